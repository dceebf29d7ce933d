"""The tracer and the API answer the same on Virtuoso as on the embedded store.

One Virtuoso (Debian's ``virtuoso-opensource``) for the module: ``mandates --endpoint ...
build`` loads the seeds into it through the remote backend, then the real API (``mandates
--endpoint ... serve``) and the tracer run against it, each compared with the same command on an
embedded store built from the same seeds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from tests.conftest import free_port, start_server
from tests.virtuoso import missing_reason, virtuoso_server

ACTIVITY = "https://w3id.org/mandate-graph/id/entity/iawg-ai"
ASSIGNEE = "https://w3id.org/mandate-graph/id/entity/secretary-general"
SYMBOLS = ("SELECT ?symbol WHERE { GRAPH <https://w3id.org/mandate-graph/ontology#index> "
           "{ ?instrument <https://w3id.org/mandate-graph/ontology#symbol> ?symbol } } ORDER BY ?symbol")


def _cli(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    reason = missing_reason()
    if reason:
        pytest.skip(reason)
    with virtuoso_server(Path(tmp_path_factory.mktemp("virtuoso"))) as url:
        _cli("--endpoint", url, "--update-endpoint", url, "build", "--quiet")
        yield url


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("embedded") / "store"
    _cli("--store", str(path), "build", "--quiet")
    return path


def _serve_endpoint(endpoint: str, store: Path) -> tuple[subprocess.Popen, str]:
    """``MANDATES_ENDPOINT=... mandates serve`` as the README deploys it, over an empty ``store``
    it must not fall back on (answers from it would be empty), once /health answers."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "cli", "--store", str(store), "serve", "--no-build",
                                "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=dict(os.environ, MANDATES_ENDPOINT=endpoint, MANDATES_QUERY_TIMEOUT="120"))
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return process, base
        except httpx.HTTPError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode()) from None
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"the API over {endpoint} did not start")


@pytest.fixture(scope="module")
def apis(endpoint, store):
    """(the API over Virtuoso, the API over the embedded store)."""
    processes = []
    try:
        remote, remote_base = _serve_endpoint(endpoint, store.parent / "empty")
        processes.append(remote)
        local, local_base = start_server(store)
        processes.append(local)
        yield remote_base, local_base
    finally:
        for process in processes:
            process.terminate()
            process.wait(10)


def _same(apis, path: str, **params: str) -> dict:
    answers = [httpx.get(base + path, params=params, timeout=120) for base in apis]
    assert [a.status_code for a in answers] == [200, 200], [a.text[:300] for a in answers]
    remote, local = (a.json() for a in answers)
    assert remote == local
    return remote


def test_the_tracer_traces_the_same_on_virtuoso(endpoint, store):
    on_virtuoso = json.loads(_cli("--endpoint", endpoint, "trace", ACTIVITY, "--json"))
    assert on_virtuoso == json.loads(_cli("--store", str(store), "trace", ACTIVITY, "--json"))
    assert on_virtuoso


def test_mandates_are_the_same_on_virtuoso(apis):
    assert _same(apis, "/mandates", activity=ACTIVITY)


def test_a_resolution_is_the_same_on_virtuoso(apis):
    answer = _same(apis, "/resolutions/78/311")
    assert answer["paragraphs"]


def test_obligations_are_the_same_on_virtuoso(apis):
    assert _same(apis, "/obligations", assignee=ASSIGNEE)["obligations"]


def test_sparql_passes_through_to_virtuoso(apis):
    answers = [httpx.get(base + "/sparql", params={"query": SYMBOLS}, timeout=60,
                         headers={"Accept": "application/sparql-results+json"}) for base in apis]
    assert [a.status_code for a in answers] == [200, 200], [a.text[:300] for a in answers]
    rows = [[s["symbol"] for s in ox.parse_query_results(a.content, format=ox.QueryResultsFormat.JSON)]
            for a in answers]
    assert rows[0] == rows[1] and len(rows[0]) > 5
