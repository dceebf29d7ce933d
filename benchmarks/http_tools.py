"""Measuring over HTTP for the benchmarks: a free port, waiting for a server, `mandates serve` in a
process of its own, wrk runs and their scripts, and table rows."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
_CLI = [sys.executable, "-c", "from cli.main import main; raise SystemExit(main())"]


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(url: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            if process.poll() is not None:
                raise RuntimeError(f"server exited: {process.stderr.read().decode()[-2000:] if process.stderr else ''}")
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


def _wrk(url: str, connections: int, seconds: int, script: Path | None = None) -> dict[str, float]:
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if script:
        command[1:1] = ["-s", str(script)]
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60).stdout

    def ms(label: str) -> float:
        match = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out)
        if not match:
            return float("nan")
        return float(match.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[match.group(2)]

    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"Socket errors:.*timeout (\d+)", out)  # no answer within wrk's 2 s
    return {"p50": ms("50"), "p99": ms("99"), "rps": float(rate.group(1)) if rate else float("nan"),
            "errors": float(errors.group(1)) if errors else 0.0,
            "timeouts": float(timeouts.group(1)) if timeouts else 0.0}


def _row(*cells: object) -> None:
    print("| " + " | ".join(str(c) for c in cells) + " |")


class _Server:
    """`mandates serve` in a process of its own, with MANDATES_* settings."""

    def __init__(self, root: Path, *, workers: int = 1, cache_mb: int = 64) -> None:
        self.port = _port()
        env = dict(os.environ, MANDATES_ANSWER_CACHE_MB=str(cache_mb), MANDATES_WORKERS="2")
        self.process = subprocess.Popen(_CLI + ["--store", str(root), "serve", "--no-build", "--port", str(self.port),
                                                "--workers", str(workers)], cwd=HERE.parent, env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.url = f"http://127.0.0.1:{self.port}"
        try:
            _wait(self.url + "/health", self.process, 600)
        except BaseException:
            self.process.kill()
            raise

    def __enter__(self) -> "_Server":
        return self

    def __exit__(self, *_: object) -> None:
        self.process.terminate()
        self.process.wait(20)


def _paths_script(work: Path, name: str, paths: list[str]) -> Path:
    """A wrk script that cycles through ``paths``."""
    script = work / f"{name}.lua"
    quoted = ",".join('"' + p.replace("\\", "\\\\").replace('"', '\\"') + '"' for p in paths)
    script.write_text(f"local paths = {{{quoted}}}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n"
                      f"  return wrk.format('GET', paths[i])\nend\n", encoding="utf-8")
    return script
