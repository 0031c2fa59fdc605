"""ML Dojo grader: runs a learner's code and an exercise's test cells.

The very same file runs in the browser (Pyodide, inside the exercise worker) and
in CI (`npm run check:content`, CPython), so a verdict on the site and a verdict
in CI can never disagree.

Design notes (why, not what):
- Everything the grader relies on is captured at import time (builtins, its own
  module globals) and restored before every test cell, so learner code that
  rebinds `print`/`len`/`isinstance`, patches `builtins`, or patches this module
  cannot turn a failure into a pass.
- Comparisons never trust the learner's objects: types are checked with the
  saved `type`, containers are walked with the built-in types' own methods, so an
  object whose `__eq__` always returns True fails with a clear message.
- `SystemExit`, `KeyboardInterrupt` and `input()` are caught and explained
  instead of killing the run.
"""

import ast as _ast
import builtins as _builtins_module
import io as _io
import linecache as _linecache
import math as _math
import sys as _sys
import traceback as _traceback

LEARNER_FILE = "<your code>"
TESTS_FILE = "<tests>"
PRELUDE_FILE = "<prelude>"
OUTPUT_LIMIT = 100_000

_PRISTINE_BUILTINS = dict(_builtins_module.__dict__)
_type = type
_len = len
_repr = repr
_str = str
_isinstance = isinstance
_issubclass = issubclass
_getattr = getattr
_sorted = sorted
_dict_keys = dict.keys
_dict_getitem = dict.__getitem__
_list = list
_tuple = tuple
_set = set
_frozenset = frozenset
_float = float
_int = int
_bool = bool
_min = min
_range = range
_zip = zip
_enumerate = enumerate
_abs = abs
_MISSING = object()


class Failure(AssertionError):
    """Raised by the expect_* helpers; carries expected/actual for the report."""

    def __init__(self, message, expected=_MISSING, actual=_MISSING):
        AssertionError.__init__(self, message)
        self.message = message
        self.expected = expected
        self.actual = actual


class ExitCalled(Exception):
    """sys.exit() in learner code, turned into a plain, explainable error."""


def _no_input(*_args, **_kwargs):
    raise RuntimeError(
        "input() is not available here: exercises never read from the keyboard. "
        "Give your function parameters instead, or set the value in your code."
    )


def _restore_world():
    # Undo anything the learner did to shared state before the grader trusts it again.
    builtins_dict, pristine = _builtins_module.__dict__, _PRISTINE_BUILTINS
    module_globals, snapshot = _MODULE_SNAPSHOT_TARGET, _MODULE_SNAPSHOT
    if builtins_dict != pristine:
        builtins_dict.clear()
        builtins_dict.update(pristine)
    if module_globals != snapshot:
        module_globals.clear()
        module_globals.update(snapshot)


def _fresh_builtins():
    fresh = dict(_PRISTINE_BUILTINS)
    fresh["input"] = _no_input
    return fresh


# ---------------------------------------------------------------- formatting


def short_repr(value, limit=300):
    """A repr that never floods the page and never raises."""
    try:
        np = _sys.modules.get("numpy")
        if np is not None and _isinstance(value, np.ndarray):
            text = np.array2string(value, threshold=40, edgeitems=3, precision=6)
            text = "array(" + text + ", shape=" + _repr(value.shape) + ", dtype=" + _str(value.dtype) + ")"
        else:
            text = _type(value).__repr__(value) if _type(value) in (float, int, str, bool) else _repr(value)
    except BaseException as exc:  # a learner object whose __repr__ explodes
        text = "<" + _type(value).__name__ + " object (repr failed: " + _type(exc).__name__ + ")>"
    if _len(text) > limit:
        text = text[: limit - 20] + " … (" + _str(_len(text)) + " chars)"
    return text


def _type_name(value):
    return _type(value).__name__


# ---------------------------------------------------------------- comparison


def _numpy():
    return _sys.modules.get("numpy")


def _is_number(value):
    if _type(value) in (int, float):
        return True
    np = _numpy()
    return np is not None and _isinstance(value, np.generic) and value.dtype.kind in "iuf"


def _is_bool(value):
    if _type(value) is bool:
        return True
    np = _numpy()
    return np is not None and _isinstance(value, np.bool_)


def _is_array(value):
    np = _numpy()
    return np is not None and _isinstance(value, np.ndarray)


def _is_pandas(value):
    pd = _sys.modules.get("pandas")
    return pd is not None and _isinstance(value, (pd.DataFrame, pd.Series, pd.Index))


def _compare(actual, expected, rel, abs_tol, path):
    """Return None when equal, else a sentence saying where and how they differ."""
    where = ("at " + path + ": ") if path else ""
    if _is_bool(expected):
        if not _is_bool(actual):
            return where + "expected a bool, got " + _type_name(actual)
        return None if _bool(actual) == _bool(expected) else where + "expected " + short_repr(expected) + ", got " + short_repr(actual)
    if _is_number(expected):
        if _is_bool(actual) or not _is_number(actual):
            return where + "expected a number, got " + _type_name(actual) + " " + short_repr(actual)
        a, e = _float(actual), _float(expected)
        if _math.isnan(e) and _math.isnan(a):
            return None
        if _math.isinf(e) or _math.isinf(a):
            return None if a == e else where + "expected " + short_repr(expected) + ", got " + short_repr(actual)
        if _math.isclose(a, e, rel_tol=rel, abs_tol=abs_tol):
            return None
        return where + "expected " + short_repr(expected) + ", got " + short_repr(actual) + " (difference " + format(a - e, ".3g") + ")"
    if expected is None:
        return None if actual is None else where + "expected None, got " + short_repr(actual)
    if _type(expected) is str:
        if _type(actual) is not str:
            return where + "expected a str, got " + _type_name(actual)
        return None if str.__eq__(actual, expected) else where + "expected " + short_repr(expected) + ", got " + short_repr(actual)
    if _is_array(expected) or _is_array(actual):
        return _compare_arrays(actual, expected, rel, abs_tol, where)
    if _is_pandas(expected):
        return _compare_pandas(actual, expected, rel, abs_tol, where)
    if _type(expected) in (list, tuple):
        if _type(actual) is not _type(expected):
            return where + "expected a " + _type_name(expected) + ", got " + _type_name(actual)
        if _len(actual) != _len(expected):
            return where + "expected " + _str(_len(expected)) + " items, got " + _str(_len(actual))
        for index, (a_item, e_item) in _enumerate(_zip(actual, expected)):
            problem = _compare(a_item, e_item, rel, abs_tol, path + "[" + _str(index) + "]")
            if problem:
                return problem
        return None
    if _isinstance(expected, dict):
        if not _isinstance(actual, dict):
            return where + "expected a dict, got " + _type_name(actual)
        a_keys = _set(_dict_keys(actual))
        e_keys = _set(_dict_keys(expected))
        missing = e_keys - a_keys
        extra = a_keys - e_keys
        if missing:
            return where + "missing key(s) " + short_repr(_sorted(missing, key=_repr))
        if extra:
            return where + "unexpected key(s) " + short_repr(_sorted(extra, key=_repr))
        for key in _sorted(e_keys, key=_repr):
            problem = _compare(_dict_getitem(actual, key), _dict_getitem(expected, key), rel, abs_tol, path + "[" + _repr(key) + "]")
            if problem:
                return problem
        return None
    if _type(expected) in (set, frozenset):
        if _type(actual) not in (set, frozenset):
            return where + "expected a set, got " + _type_name(actual)
        a_set, e_set = _frozenset(actual), _frozenset(expected)
        if a_set == e_set and _len(a_set) == _len(e_set):
            return None
        return where + "missing " + short_repr(_sorted(e_set - a_set, key=_repr)) + ", unexpected " + short_repr(_sorted(a_set - e_set, key=_repr))
    # Anything else (a test's own class, say): the *expected* object decides.
    if _type(actual) is not _type(expected):
        return where + "expected a " + _type_name(expected) + ", got " + _type_name(actual)
    return None if _type(expected).__eq__(expected, actual) is True else where + "expected " + short_repr(expected) + ", got " + short_repr(actual)


def _compare_arrays(actual, expected, rel, abs_tol, where):
    np = _numpy()
    if not _is_array(actual):
        return where + "expected a NumPy array, got " + _type_name(actual)
    expected = np.asarray(expected)
    if actual.shape != expected.shape:
        return where + "shape differs: expected " + _repr(expected.shape) + ", got " + _repr(actual.shape)
    e_kind, a_kind = expected.dtype.kind, actual.dtype.kind
    numeric = "biuf"
    if (e_kind in numeric) != (a_kind in numeric):
        return where + "dtype differs: expected " + _str(expected.dtype) + ", got " + _str(actual.dtype)
    if e_kind == "b" and a_kind != "b":
        return where + "dtype differs: expected bool, got " + _str(actual.dtype)
    if e_kind in numeric:
        close = np.isclose(actual.astype(float), expected.astype(float), rtol=rel, atol=abs_tol, equal_nan=True)
        if _bool(close.all()):
            return None
        bad = np.argwhere(~close)
        first = _tuple(_int(i) for i in bad[0]) if bad.size else ()
        diff = np.abs(actual.astype(float) - expected.astype(float))
        return (
            where + _str(_int(bad.shape[0])) + " of " + _str(_int(expected.size)) + " values differ; first at index "
            + _repr(first) + ": expected " + short_repr(expected[first].item() if first else expected.item())
            + ", got " + short_repr(actual[first].item() if first else actual.item())
            + " (max abs difference " + format(_float(np.nanmax(diff)), ".3g") + ")"
        )
    if _bool(np.array_equal(actual, expected)):
        return None
    return where + "arrays differ: expected " + short_repr(expected) + ", got " + short_repr(actual)


def _compare_pandas(actual, expected, rel, abs_tol, where):
    pd = _sys.modules["pandas"]
    if _type(actual) is not _type(expected):
        return where + "expected a " + _type_name(expected) + ", got " + _type_name(actual)
    testing = pd.testing
    try:
        if _isinstance(expected, pd.DataFrame):
            testing.assert_frame_equal(actual, expected, check_dtype=False, rtol=rel, atol=abs_tol)
        elif _isinstance(expected, pd.Series):
            testing.assert_series_equal(actual, expected, check_dtype=False, rtol=rel, atol=abs_tol)
        else:
            testing.assert_index_equal(actual, expected)
    except AssertionError as exc:
        return where + _str(exc).strip()
    return None


# ---------------------------------------------------------------- helpers for test cells


def expect_equal(actual, expected, message=None, *, rel=1e-7, abs=1e-9):
    """Fail unless actual equals expected (floats and arrays within tolerance)."""
    _restore_world()
    problem = _compare(actual, expected, rel, abs, "")
    if problem:
        raise Failure((message + ": " if message else "") + problem, expected, actual)


def expect_close(actual, expected, message=None, *, rel=1e-6, abs=1e-9):
    """Like expect_equal, with a looser default tolerance for numerical work."""
    expect_equal(actual, expected, message, rel=rel, abs=abs)


def expect_true(condition, message="condition was False"):
    """Fail with `message` unless condition is exactly True (a learner object cannot pretend)."""
    _restore_world()
    np = _numpy()
    if np is not None and _isinstance(condition, np.bool_):
        condition = _bool(condition)
    if condition is not True:
        raise Failure(message)


def expect_raises(exception_type, function, *args, **kwargs):
    """Fail unless calling function(*args, **kwargs) raises exception_type; return the exception."""
    _restore_world()
    try:
        result = function(*args, **kwargs)
    except exception_type as exc:
        return exc
    except (SystemExit, KeyboardInterrupt):
        raise
    except Exception as exc:
        raise Failure(
            "expected " + exception_type.__name__ + " to be raised, but got " + _type(exc).__name__ + ": " + _str(exc),
            exception_type.__name__,
            _type(exc).__name__,
        )
    raise Failure(
        "expected " + exception_type.__name__ + " to be raised, but the call returned " + short_repr(result),
        exception_type.__name__,
        short_repr(result),
    )


def expect_type(value, expected_type, message=None):
    """Fail unless value is an instance of expected_type."""
    _restore_world()
    if not _isinstance(value, expected_type):
        names = expected_type.__name__ if _isinstance(expected_type, type) else " or ".join(t.__name__ for t in expected_type)
        raise Failure((message + ": " if message else "") + "expected a " + names + ", got " + _type_name(value), names, _type_name(value))


def expect_shape(array, shape, message=None):
    """Fail unless array (a NumPy array) has exactly this shape."""
    _restore_world()
    if not _is_array(array):
        raise Failure((message + ": " if message else "") + "expected a NumPy array, got " + _type_name(array), "ndarray", _type_name(array))
    if _tuple(array.shape) != _tuple(shape):
        raise Failure((message + ": " if message else "") + "expected shape " + _repr(_tuple(shape)) + ", got " + _repr(array.shape), _tuple(shape), array.shape)


def _loop_nodes(source, comprehensions):
    kinds = (_ast.For, _ast.While, _ast.AsyncFor)
    if comprehensions:
        kinds = kinds + (_ast.comprehension,)
    tree = _ast.parse(source)
    return [node for node in _ast.walk(tree) if _isinstance(node, kinds)]


def expect_no_loops(source, comprehensions=False, message="Use vectorised NumPy operations instead of Python loops"):
    """Fail if the learner's source has a for/while loop (rule T5: checked on the source text)."""
    _restore_world()
    nodes = _loop_nodes(source, comprehensions)
    if nodes:
        line = _getattr(nodes[0], "lineno", None) or _getattr(_getattr(nodes[0], "target", None), "lineno", "?")
        raise Failure(message + " (found a loop on line " + _str(line) + ")", "no loops", "loop on line " + _str(line))


HELPERS = {
    "expect_equal": expect_equal,
    "expect_close": expect_close,
    "expect_true": expect_true,
    "expect_raises": expect_raises,
    "expect_type": expect_type,
    "expect_shape": expect_shape,
    "expect_no_loops": expect_no_loops,
    "Failure": Failure,
}


# ---------------------------------------------------------------- errors


def _learner_error(exc, source):
    """Describe an exception in the learner's terms: type, message, their line, trimmed traceback."""
    if _isinstance(exc, SyntaxError) and exc.filename == LEARNER_FILE:
        text = (exc.text or "").rstrip("\n")
        pointer = ""
        if text and exc.offset:
            pointer = "\n    " + text.strip() + "\n    " + " " * _min(_len(text.strip()), _max0(exc.offset - 1 - (_len(text) - _len(text.lstrip())))) + "^"
        return {
            "type": _type(exc).__name__,
            "message": _str(exc.msg),
            "line": exc.lineno,
            "traceback": _type(exc).__name__ + " on line " + _str(exc.lineno) + ": " + _str(exc.msg) + pointer,
        }
    frames = [f for f in _traceback.extract_tb(exc.__traceback__) if f.filename == LEARNER_FILE]
    line = frames[-1].lineno if frames else None
    kind = _type(exc).__name__
    message = _str(exc)
    if _isinstance(exc, ExitCalled):
        kind, message = "SystemExit", message
    parts = []
    if frames:
        parts.append("Traceback (your code only):")
        for frame in frames:
            where = "  line " + _str(frame.lineno) + (", in " + frame.name if frame.name != "<module>" else "")
            parts.append(where)
            if frame.line:
                parts.append("    " + frame.line.strip())
    parts.append(kind + (": " + message if message else ""))
    return {"type": kind, "message": message, "line": line, "traceback": "\n".join(parts)}


def _max0(value):
    return value if value > 0 else 0


def _exit_error(exc):
    return ExitCalled(
        "your code called sys.exit()" + ("" if exc.code is None else " with " + short_repr(exc.code))
        + ". Exercises must return values instead of exiting; remove the exit call."
    )


def _register_source(filename, source):
    # Lets tracebacks show the learner's own lines for code that came from a string.
    lines = [line + "\n" for line in source.splitlines()]
    _linecache.cache[filename] = (_len(source), None, lines, filename)


# ---------------------------------------------------------------- output capture


class CappedOutput(_io.TextIOBase):
    """Keeps the first OUTPUT_LIMIT characters and counts the rest, so a print loop cannot flood anything."""

    def __init__(self, limit=OUTPUT_LIMIT):
        self.limit = limit
        self.parts = []
        self.kept = 0
        self.dropped = 0

    def writable(self):
        return True

    def write(self, text):
        text = _str(text)
        room = self.limit - self.kept
        if room > 0:
            piece = text[:room]
            self.parts.append(piece)
            self.kept += _len(piece)
        self.dropped += _max0(_len(text) - _max0(room))
        return _len(text)

    def getvalue(self):
        value = "".join(self.parts)
        if self.dropped:
            value += "\n… output truncated: " + format(self.dropped, ",") + " more characters not shown."
        return value


# ---------------------------------------------------------------- running


def _exec_learner(source, namespace):
    _register_source(LEARNER_FILE, source)
    code = compile(source, LEARNER_FILE, "exec")
    try:
        exec(code, namespace)
    except SystemExit as exc:
        raise _exit_error(exc) from None


def new_namespace(prelude=""):
    """A fresh __main__-like namespace with pristine builtins (and the exercise's prelude)."""
    namespace = {"__name__": "__main__", "__builtins__": _fresh_builtins()}
    if prelude:
        _register_source(PRELUDE_FILE, prelude)
        exec(compile(prelude, PRELUDE_FILE, "exec"), namespace)
    return namespace


def run(source, prelude="", namespace=None):
    """Run learner code (Run button). Output goes to the current sys.stdout; returns {ok, error}."""
    namespace = new_namespace(prelude) if namespace is None else namespace
    try:
        _exec_learner(source, namespace)
    except KeyboardInterrupt:
        _restore_world()
        return {"ok": False, "interrupted": True, "error": {"type": "KeyboardInterrupt", "message": "stopped", "line": None, "traceback": "Stopped."}}
    except BaseException as exc:
        _restore_world()
        return {"ok": False, "error": _learner_error(exc, source)}
    _restore_world()
    return {"ok": True, "error": None}


def _first_paragraph(doc):
    if not doc:
        return ""
    lines = [line.strip() for line in doc.strip().splitlines()]
    paragraph = []
    for line in lines:
        if not line:
            break
        paragraph.append(line)
    return " ".join(paragraph)


def collect_tests(tests_source):
    """The test cells of a tests file, in file order: (name, description)."""
    tree = _ast.parse(tests_source)
    cells = []
    for node in tree.body:
        if _isinstance(node, _ast.FunctionDef) and node.name.startswith("test_"):
            cells.append((node.name, _first_paragraph(_ast.get_docstring(node))))
    return cells


def check(source, tests_source, prelude=""):
    """Grade learner code against test cells. Never raises for anything the learner does.

    Returns {"passed", "load_error", "tests": [...], "stdout"}; each test is
    {"name", "description", "passed", "message", "expected", "actual", "error"}.
    """
    saved_stdout, saved_stderr = _sys.stdout, _sys.stderr
    output = CappedOutput()
    _sys.stdout = _sys.stderr = output
    cells = collect_tests(tests_source)
    report = {"passed": False, "load_error": None, "tests": [], "stdout": ""}
    try:
        learner_ns = new_namespace(prelude)
        try:
            _exec_learner(source, learner_ns)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            _restore_world()
            report["load_error"] = _learner_error(exc, source)
            for name, description in cells:
                report["tests"].append(_result(name, description, False, "not run: your code did not finish loading"))
            return report
        _restore_world()
        tests_ns = new_namespace(prelude)
        for name, value in learner_ns.items():
            # Names that shadow builtins stay behind, so a learner's `len = ...` cannot leak into the tests.
            if not name.startswith("__") and name not in _PRISTINE_BUILTINS:
                tests_ns[name] = value
        tests_ns.update(HELPERS)
        tests_ns["LEARNER_SOURCE"] = source
        _register_source(TESTS_FILE, tests_source)
        exec(compile(tests_source, TESTS_FILE, "exec"), tests_ns)
        for name, description in cells:
            report["tests"].append(_run_cell(tests_ns[name], name, description, source))
        report["passed"] = _len(report["tests"]) > 0 and all(t["passed"] for t in report["tests"])
        return report
    finally:
        _restore_world()
        _sys.stdout, _sys.stderr = saved_stdout, saved_stderr
        report["stdout"] = output.getvalue()


def _result(name, description, passed, message="", expected=_MISSING, actual=_MISSING, error=None):
    return {
        "name": name,
        "description": description,
        "passed": passed,
        "message": message,
        "expected": None if expected is _MISSING else short_repr(expected),
        "actual": None if actual is _MISSING else short_repr(actual),
        "error": error,
    }


def _run_cell(function, name, description, source):
    _restore_world()
    try:
        function()
    except KeyboardInterrupt:
        raise
    except Failure as failure:
        _restore_world()
        return _result(name, description, False, failure.message, failure.expected, failure.actual)
    except AssertionError as exc:
        _restore_world()
        return _result(name, description, False, _str(exc) or "an assertion in the test failed")
    except SystemExit as exc:
        _restore_world()
        error = _learner_error(_exit_error(exc), source)
        return _result(name, description, False, error["message"], error=error)
    except BaseException as exc:
        _restore_world()
        error = _learner_error(exc, source)
        where = " (your line " + _str(error["line"]) + ")" if error["line"] else ""
        return _result(name, description, False, "your code raised " + error["type"] + where + ": " + error["message"], error=error)
    _restore_world()
    return _result(name, description, True)


def collect_figures():
    """PNG (base64) of every open matplotlib figure, then close them all, so the page can show plots."""
    pyplot = _sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return []
    import base64
    import io

    images = []
    for number in pyplot.get_fignums():
        buffer = io.BytesIO()
        pyplot.figure(number).savefig(buffer, format="png", dpi=96, bbox_inches="tight")
        images.append(base64.b64encode(buffer.getvalue()).decode("ascii"))
    pyplot.close("all")
    return images


def check_json(source, tests_source, prelude=""):
    """check() serialised, for hosts that prefer a string across the boundary."""
    import json

    return json.dumps(check(source, tests_source, prelude))


_MODULE_SNAPSHOT_TARGET = globals()
_MODULE_SNAPSHOT = {}
_MODULE_SNAPSHOT.update(globals())
