# Runs inside Pyodide itself (scripts/precompile-stdlib.ts), so the bytecode is made by exactly the
# interpreter that will load it. Every module becomes an unchecked hash-based .pyc: zipimport then
# loads it without looking for, or hashing, a source file that is no longer there.
import importlib.util
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc


def precompile(source_path: str, dest_path: str, stamp: str) -> int:
    # The path Pyodide mounts the zip at: tracebacks through the standard library name the same
    # files they named when the modules were compiled from source.
    mounted = f"/lib/python{sys.version_info.major}{sys.version_info.minor}.zip/"
    compiled = 0
    with zipfile.ZipFile(source_path) as src, zipfile.ZipFile(dest_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in src.infolist():
            data = src.read(info)
            if not info.filename.endswith(".py"):
                out.writestr(info, data)
                continue
            try:
                code = compile(data, mounted + info.filename, "exec", dont_inherit=True)
            except SyntaxError:
                out.writestr(info, data)  # never imported successfully anyway: leave it as it was
                continue
            pyc = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
            out.writestr(zipfile.ZipInfo(info.filename + "c", info.date_time), bytes(pyc), zipfile.ZIP_DEFLATED)
            compiled += 1
        out.comment = stamp.encode()
    return compiled
