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
SHARED_PDF_78 = SHARED_CORPUS.parent / "pdf-78"


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
def pdf_78() -> Path:
    """The official English PDFs of session 78 in ../shared/pdf-78; tests skip, saying why, without."""
    if not SHARED_PDF_78.is_dir():
        pytest.skip(f"the session-78 PDFs are not at {SHARED_PDF_78} (they come with the project's shared folder)")
    return SHARED_PDF_78


def resolution_79_325(corpus: Path) -> list[Path]:
    """A/RES/79/325 in English and French, the UN's Akoma Ntoso XML."""
    folder = corpus / "akn" / "79session"
    return [next((folder / lang).glob("A_RES_79_325-*.xml")) for lang in ("English", "French")]


@pytest.fixture(scope="session")
def bilingual_store(shared_corpus) -> EmbeddedStore:
    """The project's graph plus A/RES/79/325 loaded in English and French (two named graphs)."""
    from graph.build import add_documents

    store = EmbeddedStore(None)
    assert build(store).ok
    report = add_documents(store, resolution_79_325(shared_corpus))
    assert report.ok and report.merged == 1, report.failed
    return store


def start_server(store: Path, **env: str) -> tuple[subprocess.Popen, str]:
    """``mandates serve`` over ``store`` on a free port, once /health answers: (process, base URL)."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "cli", "--store", str(store), "serve", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ, **env))
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while True:
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return process, base
        except httpx.HTTPError:
            if process.poll() is not None or time.time() > deadline:
                process.kill()
                raise RuntimeError(process.stderr.read().decode()) from None
            time.sleep(0.2)


def cli_store(store: Path, documents: list[Path], timeout: float = 600) -> Path:
    """``store`` built by the CLI as a user would: ``mandates build``, then ``mandates add`` of ``documents``."""
    for command in (["build", "--quiet"], ["add", *map(str, documents)]):
        done = subprocess.run([sys.executable, "-m", "cli", "--store", str(store), *command],
                              capture_output=True, text=True, timeout=timeout)
        assert done.returncode == 0, done.stderr
    return store


@pytest.fixture(scope="session")
def bilingual_api(tmp_path_factory, shared_corpus):
    """A server over the project's graph plus A/RES/79/325 in English and French."""
    store = cli_store(tmp_path_factory.mktemp("bilingual") / "store", resolution_79_325(shared_corpus))
    process, base = start_server(store)
    yield base
    process.terminate()
    process.wait(10)


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


def lineage_files(corpus: Path) -> list[Path]:
    """Two real series: 78/14 -> 79/15 (English and French) and 77/54 -> 78/35 (English)."""
    def akn(symbol: str, lang: str) -> Path:
        session, number = symbol.split("/")[2:4]
        return next((corpus / "akn" / f"{session}session" / lang).glob(f"A_RES_{session}_{number}-*.xml"))

    return [akn("A/RES/78/14", "English"), akn("A/RES/78/14", "French"), akn("A/RES/79/15", "English"),
            akn("A/RES/79/15", "French"), akn("A/RES/77/54", "English"), akn("A/RES/78/35", "English")]


@pytest.fixture(scope="session")
def lineage_store(tmp_path_factory, shared_corpus) -> Path:
    """A store (built by the CLI) with the project's graph and two real series of resolutions."""
    return cli_store(tmp_path_factory.mktemp("lineage") / "store", lineage_files(shared_corpus))


@pytest.fixture(scope="session")
def lineage_api(lineage_store):
    """A server over :func:`lineage_store`."""
    process, base = start_server(lineage_store)
    yield base
    process.terminate()
    process.wait(10)


def pytest_collection_modifyitems(session, config, items):
    """Start the whole-corpus build now if a collected test needs it, and run those tests last,
    so that the build runs beside every other test (tests/corpus/background_build.py)."""
    needing = [item for item in items if "corpus_build" in getattr(item, "fixturenames", ())]
    if not needing or not (SHARED_CORPUS / "akn").is_dir():
        return
    from tests.corpus.background_build import BUILD_KEY, BackgroundBuild

    waiting = set(map(id, needing))
    items[:] = [item for item in items if id(item) not in waiting] + needing
    config.stash[BUILD_KEY] = BackgroundBuild(SHARED_CORPUS)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """The whole-corpus build's steps and the tests' wait for it, when the session started one."""
    from tests.corpus.background_build import BUILD_KEY

    build = config.stash.get(BUILD_KEY, None)
    if build is not None:
        terminalreporter.write_line(build.summary())


def pytest_unconfigure(config):
    from tests.corpus.background_build import BUILD_KEY

    build = config.stash.get(BUILD_KEY, None)
    if build is not None:
        build.stop()
