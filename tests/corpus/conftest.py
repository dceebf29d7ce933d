"""The whole real corpus built once for every test of this folder (about 10 minutes on 2 cores).

The build starts when the session has collected its tests, if any of them needs it
(``tests/conftest.py``), and runs beside the other tests; the tests that need it run last.
"""

import pytest

from graph.versions import open_current
from tests.corpus.background_build import BUILD_KEY, BackgroundBuild

#: seconds the build may take, counted from its start
BUILD_TIMEOUT = 3000


@pytest.fixture(scope="session")
def corpus_build(request, shared_corpus):
    build = request.config.stash.get(BUILD_KEY, None)
    if build is None:  # not started at collection (e.g. the fixture reached another way)
        build = request.config.stash[BUILD_KEY] = BackgroundBuild(shared_corpus)
    result = build.wait(BUILD_TIMEOUT)
    root = build.root
    return result, open_current(root) if result.returncode in (0, 1) and (root / "CURRENT").exists() else None


@pytest.fixture(scope="session")
def store(corpus_build):
    result, store = corpus_build
    assert store is not None, result.stderr[-3000:]
    return store
