"""Start a real Virtuoso (Debian's ``virtuoso-opensource``) on 127.0.0.1 for a test session.

Each server gets its own folder: its ini, database, transaction log and error log. SPARQL
Update through ``/sparql`` is granted to the anonymous SPARQL user (a test-only set-up:
a deployment keeps updates behind authentication).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.conftest import free_port

__all__ = ["ISQL", "VIRTUOSO", "missing_reason", "virtuoso_server"]

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")

_INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = {folder}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 600
"""

_GRANTS = 'GRANT SPARQL_UPDATE TO "SPARQL"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET (\'nobody\', 7);'


def missing_reason() -> str | None:
    """Why Virtuoso cannot be started here, or None."""
    if VIRTUOSO is None or ISQL is None:
        return "Virtuoso is not installed (Debian: apt-get install virtuoso-opensource; .ci/run does)"
    return None


@contextmanager
def virtuoso_server(folder: Path, *, timeout: float = 120.0) -> Iterator[str]:
    """A Virtuoso with its database in ``folder``; yields its SPARQL endpoint URL."""
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(_INI.format(folder=folder, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    process = subprocess.Popen([VIRTUOSO, "-f", "-c", str(ini)], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{http_port}/sparql"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                log = (folder / "virtuoso.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"virtuoso-t exited ({process.returncode}):\n{log}")
            try:
                if httpx.get(endpoint, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"Virtuoso did not answer on {endpoint} within {timeout} s")
            time.sleep(0.5)
        subprocess.run([ISQL, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={_GRANTS}"], check=True,
                       capture_output=True, timeout=60)
        yield endpoint
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
