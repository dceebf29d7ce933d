"""Shared fixtures: a graph built once from the project's corpus, in a real pyoxigraph store."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from graph.build import build
from graph.store import EmbeddedStore
from loaders.paths import SEEDS_DIR
from ontology.namespaces import iris

SHARED_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def built_store() -> EmbeddedStore:
    store = EmbeddedStore(None)
    report = build(store)
    assert report.ok, report.failed
    return store


@pytest.fixture(scope="session")
def ids():
    return iris()


@pytest.fixture()
def seed_text():
    def read(prefix: str) -> str:
        return next(SEEDS_DIR.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")

    return read


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """The UN documents in ../shared/corpus; tests that need them skip, saying why, without."""
    if not (SHARED_CORPUS / "akn").is_dir():
        pytest.skip(f"the real UN corpus is not at {SHARED_CORPUS} (it comes with the project's shared folder)")
    return SHARED_CORPUS



@pytest.fixture(scope="session")
def api_store(tmp_path_factory):
    return tmp_path_factory.mktemp("api") / "store"


@pytest.fixture(scope="session")
def api(api_store):
    port = free_port()
    env = dict(os.environ, MANDATES_QUERY_TIMEOUT="3", MANDATES_MAX_ROWS="500")
    process = subprocess.Popen(
        [sys.executable, "-m", "cli", "--store", str(api_store), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode())
            time.sleep(0.3)
    yield base
    process.terminate()
    process.wait(10)
