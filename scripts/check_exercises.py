"""CPython side of `npm run check:content`: grade candidate solutions with the site's own grader.

Reads {"exercises": [job…], "examples": [{"where", "code"}…]} on stdin and prints the reports. Each job:
{"id", "tests", "prelude", "time_limit", "candidates": {"solution": src, "starter": src, "wrong/x": src}}.
"""
import json
import os
import signal
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src", "runner", "python"))
os.environ.setdefault("MPLBACKEND", "Agg")

import mldojo_grader  # noqa: E402


class TimeLimit(BaseException):
    pass


def _alarm(_signum, _frame):
    raise TimeLimit()


def _close_figures():
    # One candidate's figures must not leak into the next candidate's plot assertions.
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


def grade(source, tests, prelude, limit):
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(limit)
    try:
        return mldojo_grader.check(source, tests, prelude)
    except TimeLimit:
        return {"passed": False, "load_error": {"type": "TimeLimit", "message": f"over the {limit} s time limit"}, "tests": [], "stdout": ""}
    finally:
        signal.alarm(0)
        _close_figures()


def run_example(code, limit):
    """Run a lesson's runnable example the way the Run button does; output is discarded."""
    import io
    from contextlib import redirect_stdout

    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(limit)
    try:
        with redirect_stdout(io.StringIO()):
            return mldojo_grader.run(code)
    except TimeLimit:
        return {"ok": False, "error": {"type": "TimeLimit", "message": f"over {limit} s", "traceback": ""}}
    finally:
        signal.alarm(0)
        _close_figures()


def main():
    request = json.load(sys.stdin)
    out = {"exercises": [], "examples": []}
    for job in request["exercises"]:
        reports = {}
        for kind, source in job["candidates"].items():
            reports[kind] = grade(source, job["tests"], job["prelude"], job["time_limit"])
        out["exercises"].append({"id": job["id"], "reports": reports})
    for example in request.get("examples", []):
        out["examples"].append({"where": example["where"], "outcome": run_example(example["code"], 60)})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
