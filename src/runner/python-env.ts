// What every interpreter the site runs is booted with. One definition, two users: the worker, and
// the build's shipped snapshot (scripts/make-snapshot.ts), which must boot exactly as the worker
// does, or a learner restoring it would get another interpreter than one booted fresh.

/** Environment variables for Python: figures render off-screen, and `~` is the grader's directory. */
export const PYTHON_ENV = { MPLBACKEND: 'Agg', HOME: '/home/pyodide' } as const;
