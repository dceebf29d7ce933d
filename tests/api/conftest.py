"""A real uvicorn server on a free port over a freshly built store."""

import subprocess
import sys
import time

import httpx
import pytest

from tests.conftest import free_port


@pytest.fixture(scope="session")
def api(tmp_path_factory):
    store = tmp_path_factory.mktemp("api") / "store"
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "cli", "--store", str(store), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
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
