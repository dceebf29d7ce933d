"""Benchmarks: build, lookup and SPARQL endpoint, each figure beside a baseline of the same run.

    python benchmarks/run.py --quick            # small, for CI: checks the benchmarks still run
    python benchmarks/run.py --count 10000      # the full size (see benchmarks/README.md)

Build: end-to-end build of N generated resolutions (parse + extract + load) against raw
pyoxigraph bulk_load of the same N-Quads (the limit) and an rdflib parse of them (the
alternative). Lookup: /mandates and /queries/mandates over HTTP with wrk at 1, 8 and 32
connections against the same library query run in process. Endpoint: /sparql on a fixed mix
of library queries against `oxigraph serve-read-only` on the same store (the ceiling), a bare
FastAPI route (the framework floor) and rdflib-endpoint (the Python peer), when installed.
No timing is asserted: the script prints a table.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import httpx  # noqa: E402
import pyoxigraph as ox  # noqa: E402

from benchmarks.generate import generate  # noqa: E402
from graph.build import build  # noqa: E402
from graph.versions import current_generation, open_current, writable  # noqa: E402
from queries.library import load_library  # noqa: E402

B = "https://w3id.org/mandate-graph/id/"
MIX = [
    ("mandates", {"activity": B + "entity/iawg-ai"}),
    ("paragraphs", {"instrument": B + "instrument/A/RES/900/1"}),
    ("roles", {"agency": B + "entity/itu"}),
]


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
    return {"p50": ms("50"), "p99": ms("99"), "rps": float(rate.group(1)) if rate else float("nan"),
            "errors": float(errors.group(1)) if errors else 0.0}


def _row(name: str, value: str, baseline: str = "", ratio: str = "") -> None:
    print(f"| {name} | {value} | {baseline} | {ratio} |")


def bench_build(count: int, work: Path) -> Path:
    corpus = work / "generated"
    files = generate(count, corpus)
    root = work / "store"
    started = time.perf_counter()
    with writable(root, fresh=True) as store:
        report = build(store, seeds_dir=None, corpus=corpus)
    elapsed = time.perf_counter() - started
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    triples = report.triples
    nquads = open_current(root).export("nq")
    raw = ox.Store(str(work / "raw"))
    started = time.perf_counter()
    raw.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    raw.flush()
    bulk = time.perf_counter() - started
    del raw
    import rdflib

    started = time.perf_counter()
    rdflib.Dataset().parse(data=nquads.decode("utf-8"), format="nquads")
    rdflib_time = time.perf_counter() - started
    print(f"\n### Build: {len(files)} documents ({count} resolutions), {triples:,} triples\n")
    print("| measure | mandates build | baseline | ratio |\n|---|---|---|---|")
    _row("wall time (s)", f"{elapsed:.2f}", f"bulk_load {bulk:.2f}", f"{elapsed / bulk:.1f}× bulk_load")
    _row("", "", f"rdflib parse {rdflib_time:.2f}", f"{elapsed / rdflib_time:.2f}× rdflib")
    _row("documents/s", f"{len(files) / elapsed:.0f}")
    _row("triples/s", f"{triples / elapsed:,.0f}", f"bulk_load {triples / bulk:,.0f}")
    _row("peak RSS (MiB)", f"{peak / 1024:.0f}")
    return root


def _in_process(root: Path, name: str, params: dict, runs: int = 200) -> tuple[float, float]:
    store = open_current(root)
    query = load_library()[name]
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        query.run(store, params)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.99) - 1]


def bench_lookup(root: Path, seconds: int) -> None:
    port = _port()
    env = dict(os.environ, MANDATES_BUILD_IF_EMPTY="false", MANDATES_WORKERS="2")
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--port", str(port),
                               "--log-level", "warning"], cwd=HERE.parent, env=dict(env, MANDATES_STORE=str(root)),
                              stderr=subprocess.PIPE)
    try:
        _wait(f"http://127.0.0.1:{port}/health", server)
        activity = quote(B + "entity/iawg-ai", safe="")
        p50, p99 = _in_process(root, "mandates", {"activity": B + "entity/iawg-ai"})
        print("\n### Lookup\n")
        print("| route | clients | p50 ms | p99 ms | requests/s | in-process query p50 / p99 ms |\n|---|---|---|---|---|---|")
        for route in (f"/mandates?activity={activity}", f"/queries/mandates?activity={activity}"):
            for clients in (1, 8, 32):
                r = _wrk(f"http://127.0.0.1:{port}{route}", clients, seconds)
                print(f"| {route.split('?')[0]} | {clients} | {r['p50']:.2f} | {r['p99']:.2f} | {r['rps']:.0f} | {p50:.2f} / {p99:.2f} |")
    finally:
        server.terminate()
        server.wait(10)


def _mix_script(work: Path, prefix: str) -> Path:
    paths = []
    for name, params in MIX:
        from graph.binding import with_values

        query = load_library()[name]
        text = with_values(query.text, query.bindings(params))
        paths.append(prefix + quote(text, safe=""))
    script = work / f"mix-{abs(hash(prefix))}.lua"
    quoted = ",".join('"' + p.replace('"', '\\"') + '"' for p in paths)
    script.write_text(f"local paths = {{{quoted}}}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n"
                      f"  return wrk.format('GET', paths[i])\nend\n", encoding="utf-8")
    return script


def bench_endpoint(root: Path, work: Path, seconds: int) -> None:
    rows = []
    servers = []
    try:
        port = _port()
        env = dict(os.environ, MANDATES_STORE=str(root), MANDATES_BUILD_IF_EMPTY="false", MANDATES_WORKERS="2")
        servers.append(subprocess.Popen([sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--port",
                                         str(port), "--log-level", "warning"], cwd=HERE.parent, env=env, stderr=subprocess.PIPE))
        _wait(f"http://127.0.0.1:{port}/health", servers[-1])
        ours = _wrk(f"http://127.0.0.1:{port}", 8, seconds, _mix_script(work, "/sparql?query="))
        rows.append(("Mandate Graph /sparql", ours))
        oxigraph = shutil.which("oxigraph")
        if oxigraph:
            port = _port()
            copy = work / "readonly"
            ox.Store.read_only(str(current_generation(root))).backup(str(copy))
            servers.append(subprocess.Popen([oxigraph, "serve-read-only", "--location", str(copy), "--bind",
                                             f"127.0.0.1:{port}", "--union-default-graph"], stderr=subprocess.PIPE))
            _wait(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", servers[-1])
            rows.append(("oxigraph serve-read-only (ceiling)", _wrk(f"http://127.0.0.1:{port}", 8, seconds,
                                                                  _mix_script(work, "/query?query="))))
        port = _port()
        servers.append(subprocess.Popen([sys.executable, "-m", "uvicorn", "benchmarks.bare_app:app", "--port", str(port),
                                         "--log-level", "warning"], cwd=HERE.parent, stderr=subprocess.PIPE))
        _wait(f"http://127.0.0.1:{port}/constant", servers[-1])
        rows.append(("bare FastAPI route (floor)", _wrk(f"http://127.0.0.1:{port}/constant", 8, seconds)))
        try:
            import rdflib_endpoint  # noqa: F401

            port = _port()
            nq = work / "data.nq"
            nq.write_bytes(open_current(root).export("nq"))
            servers.append(subprocess.Popen([sys.executable, "-m", "uvicorn", "benchmarks.rdflib_app:app", "--port",
                                             str(port), "--log-level", "warning"], cwd=HERE.parent,
                                            env=dict(os.environ, BENCH_NQ=str(nq)), stderr=subprocess.PIPE))
            _wait(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", servers[-1], 600)
            rows.append(("rdflib-endpoint (Python peer)", _wrk(f"http://127.0.0.1:{port}", 8, seconds,
                                                             _mix_script(work, "/sparql?query="))))
        except ImportError:
            rows.append(("rdflib-endpoint (not installed)", {"p50": float("nan"), "p99": float("nan"), "rps": float("nan"), "errors": 0}))
    finally:
        for server in servers:
            server.terminate()
            server.wait(10)
    print("\n### SPARQL endpoint, mix of library queries, 8 connections\n")
    print("| server | requests/s | p50 ms | p99 ms | non-2xx | ratio to ours |\n|---|---|---|---|---|---|")
    for name, r in rows:
        ratio = ours["rps"] / r["rps"] if r["rps"] == r["rps"] and r["rps"] else float("nan")
        print(f"| {name} | {r['rps']:.0f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['errors']:.0f} | ours = {ratio:.2f}× |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small size and short runs (CI)")
    parser.add_argument("--count", type=int, default=10000, help="generated resolutions (default 10000)")
    parser.add_argument("--seconds", type=int, default=10, help="seconds per load run")
    parser.add_argument("--only", choices=["build", "lookup", "endpoint"], action="append")
    args = parser.parse_args()
    if args.quick:
        args.count, args.seconds = 60, 2
    if shutil.which("wrk") is None:
        sys.exit("benchmarks need wrk (apt-get install wrk)")
    print(f"Mandate Graph benchmarks — {os.cpu_count()} cores — {time.strftime('%Y-%m-%d')} — N = {args.count}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        root = bench_build(args.count, work)
        if not args.only or "lookup" in args.only:
            bench_lookup(root, args.seconds)
        if not args.only or "endpoint" in args.only:
            bench_endpoint(root, work, args.seconds)


if __name__ == "__main__":
    main()
