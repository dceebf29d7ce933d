"""The whole real corpus built once for every test of this folder (about 10 minutes on 2 cores)."""

import subprocess
import sys

import pytest

from graph.versions import open_current


@pytest.fixture(scope="session")
def corpus_build(shared_corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus") / "store"
    result = subprocess.run([sys.executable, "-m", "cli", "--store", str(root), "build", "--quiet",
                             "--corpus", str(shared_corpus)], capture_output=True, text=True, timeout=1800)
    return result, open_current(root) if result.returncode in (0, 1) and (root / "CURRENT").exists() else None


@pytest.fixture(scope="session")
def store(corpus_build):
    result, store = corpus_build
    assert store is not None, result.stderr[-3000:]
    return store


