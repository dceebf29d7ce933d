"""`mandates serve` for the load test: a process of its own on 127.0.0.1, and its memory.

The server's memory is the resident set (``VmRSS`` in ``/proc/<pid>/status``) of its process
and of every process under it (the query workers, which a runaway query or a generation swap
replaces), summed: pages they share are counted once per process. Its anonymous part
(``RssAnon``: heaps, caches, kept answers) is given apart from the pages of files mapped in
(``RssFile``: the store's own files, which grow as more of the store is read and which the
kernel may drop at any time), so that a leak shows in the first.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Self

import httpx

__all__ = ["LoadServer", "server_rss_mib", "own_rss_mib"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _rss_kib(pid: int, field: str = "VmRSS") -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except OSError:
        pass  # the process ended between the listing and the read
    return 0


def own_rss_mib(pid: int) -> float:
    """MiB resident in ``pid`` alone (the server process without its query workers)."""
    return _rss_kib(pid) / 1024


def server_rss_mib(pid: int, field: str = "VmRSS") -> float:
    """MiB resident in ``pid`` and every process under it (``field``: ``VmRSS``, all of it;
    ``RssAnon``, its anonymous part)."""
    total, pending, seen = 0, [pid], set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        total += _rss_kib(current, field)
        pending += _children(current)
    return total / 1024


class LoadServer:
    """`mandates serve --no-build` on ``store`` with the default limits, one server process."""

    def __init__(self, store: Path, cwd: Path, *, start_seconds: float = 300) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "cli", "--store", str(store), "serve", "--no-build", "--host", "127.0.0.1",
             "--port", str(self.port)], cwd=cwd, env=dict(os.environ), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        self.pid = self.process.pid
        try:
            self._wait(start_seconds)
        except BaseException:
            self.close()
            raise

    def _wait(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"mandates serve exited with {self.process.returncode}")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"mandates serve did not answer within {seconds:.0f} s")

    def triples(self) -> int:
        return httpx.get(self.url + "/health", timeout=5).json()["triples"]

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
