"""Throughput of 1 and 2 stateless API processes on one shared Oxigraph server.

    python benchmarks/api_processes.py [--seconds S] [--connections C] [--repeat R]

Starts ``oxigraph serve`` on 127.0.0.1, builds the project's seeds into it through the remote
backend (``mandates --endpoint ... build``), then runs ``mandates --endpoint ... serve``: one
process, then two (each on its own port, as behind a load balancer). ``wrk`` asks
``/mandates`` of one activity (a remote endpoint's answers are never kept: each request is
evaluated on the server) with C connections in all, split evenly between the processes. The
1- and 2-process runs alternate R times (the machine may be shared: alternating spreads its load
over both) and the script prints the median requests/s of each, their ratio and each round's.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.conftest import free_port  # noqa: E402

ACTIVITY = "https://w3id.org/mandate-graph/id/entity/iawg-ai"


def _wait(url: str, process: subprocess.Popen, what: str) -> None:
    for _ in range(600):
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise SystemExit(f"api_processes: error: {what} exited ({process.returncode})")
        time.sleep(0.2)
    raise SystemExit(f"api_processes: error: {what} did not answer on {url}")


def _start(stack: ExitStack, command: list[str], url: str, what: str) -> None:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stack.callback(process.wait, 10)
    stack.callback(process.terminate)
    _wait(url, process, what)


def _rate(endpoint: str, processes: int, connections: int, seconds: int) -> tuple[float, int]:
    """(requests/s, non-2xx answers) of ``processes`` API processes over ``endpoint``, ``connections`` in all."""
    with ExitStack() as stack:
        urls = []
        for _ in range(processes):
            port = free_port()
            _start(stack, [sys.executable, "-m", "cli", "--endpoint", endpoint, "serve", "--no-build",
                           "--port", str(port)], f"http://127.0.0.1:{port}/health", "mandates serve")
            urls.append(f"http://127.0.0.1:{port}/mandates?activity={ACTIVITY}")
        for url in urls:
            assert httpx.get(url, timeout=60).status_code == 200, url
        share = max(1, connections // processes)
        runs = [subprocess.Popen(["wrk", "-t1", f"-c{share}", f"-d{seconds}s", url], stdout=subprocess.PIPE, text=True)
                for url in urls]
        total, errors = 0.0, 0
        for run in runs:
            out = run.communicate(timeout=seconds + 60)[0]
            rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
            failed = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
            total += float(rate.group(1)) if rate else 0.0
            errors += int(failed.group(1)) if failed else 0
        return total, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run (default 10)")
    parser.add_argument("--connections", type=int, default=8, help="connections in all (default 8)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of 1 then 2 processes (default 3)")
    args = parser.parse_args()
    for tool in ("oxigraph", "wrk"):
        if shutil.which(tool) is None:
            print(f"api_processes: error: {tool} is not installed", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        _start(stack, ["oxigraph", "serve", "--location", str(Path(folder) / "oxigraph"), "--bind",
                       f"127.0.0.1:{port}", "--union-default-graph"], f"{base}/query?query=ASK%7B%7D", "oxigraph serve")
        subprocess.run([sys.executable, "-m", "cli", "--endpoint", f"{base}/query", "--update-endpoint",
                        f"{base}/update", "build", "--quiet"], check=True, stdout=subprocess.DEVNULL)
        rounds = [(_rate(f"{base}/query", 1, args.connections, args.seconds),
                   _rate(f"{base}/query", 2, args.connections, args.seconds)) for _ in range(args.repeat)]
    one = statistics.median(r[0][0] for r in rounds)
    two = statistics.median(r[1][0] for r in rounds)
    errors = sum(r[0][1] + r[1][1] for r in rounds)
    print(f"/mandates over one Oxigraph server (the seeds), {args.connections} connections, {args.seconds} s runs, "
          f"{os.cpu_count()} cores; medians of {args.repeat} rounds")
    print(f"| API processes | requests/s |\n|---|---|\n| 1 | {one:,.0f} |\n| 2 | {two:,.0f} |")
    print(f"ratio 2 / 1: {two / one:.2f}" if one else "ratio: no requests answered by 1 process")
    print("rounds (1 process, 2 processes, ratio): " + "; ".join(
        f"{a:,.0f}, {b:,.0f}, {b / a:.2f}" if a else f"{a:,.0f}, {b:,.0f}, -" for (a, _), (b, _) in rounds))
    print(f"non-2xx answers: {errors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
