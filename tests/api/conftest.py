"""A real uvicorn server on a free port over a freshly built store."""

import os
import subprocess
import sys
import time

import httpx
import pytest

from tests.conftest import free_port


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
