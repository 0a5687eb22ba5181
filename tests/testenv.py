"""Loaded with `-p tests.testenv` before Django starts: the test process's environment.

Tests run in development mode unless the caller says otherwise, each run with its
own var/ folder (SQLite test database, file-system broker), so test runs never
touch the database `make run` uses, nor each other.
"""

import atexit
import os
import shutil
from pathlib import Path

os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-anything-else")
if "FACTCHECK_VAR_DIR" not in os.environ:
    _var = Path(__file__).resolve().parent.parent / "var" / f"test-{os.getpid()}"
    _var.mkdir(parents=True, exist_ok=True)
    os.environ["FACTCHECK_VAR_DIR"] = str(_var)
    atexit.register(shutil.rmtree, _var, ignore_errors=True)
