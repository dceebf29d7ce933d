"""Bounded load test: clients on a mixed workload against a real `mandates serve`.

    python -m benchmarks.load                                  # 32 clients × 60 s over the seeds
    python -m benchmarks.load --clients 4 --seconds 5 --warmup 1   # a quick run
    python -m benchmarks.load --swap                           # while `mandates add` swaps the store
    python -m benchmarks.load --corpus ../shared/corpus/akn/79session/English
    python -m benchmarks.load --store COPY --swap              # a built store (a copy: it gets a generation)

Builds a store (the seeds, plus ``--corpus``), starts `mandates serve` on 127.0.0.1 with its
default limits, and runs ``--clients`` clients for ``--warmup`` then ``--seconds`` seconds on
mandate lookups, /search, /obligations, library queries, /sparql (half of them new texts, so
the workers keep working) and pages, while one more client sends a few hostile requests (a
runaway cartesian query, a body past the size limit). It prints per route: requests, errors
(any status but the expected one; a 503 is counted apart), p50/p99 latency; the server's RSS
(its process and its query workers) after the warm-up and at the end; and `/health` latency
sampled every 0.5 s throughout. With ``--swap``, a `mandates add` publishes a new store
generation halfway through. Everything stops by itself; nothing leaves 127.0.0.1.
No figure is asserted here: the script prints tables (and ``--json`` writes them).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.load_health import HealthSampler
from benchmarks.load_report import Tally, print_report
from benchmarks.load_server import LoadServer, own_rss_mib, server_rss_mib
from benchmarks.load_workload import Request, Workload, find_targets, hostile_requests
from loaders.paths import SEEDS_DIR

HERE = Path(__file__).resolve().parent
_CLI = [sys.executable, "-m", "cli"]
#: The document `--swap` adds: a seed resolution under a symbol no other document has.
SWAP_SOURCE = next(SEEDS_DIR.glob("002_*.txt"))
SWAP_SYMBOL = ("A/RES/99/1", 99, 1)
HEALTH_EVERY = 0.5
#: Seconds `mandates add` may take in a `--swap` run.
ADD_TIMEOUT = 3600


def build_store(root: Path, corpus: Path | None) -> None:
    command = _CLI + ["--store", str(root), "build", "--no-validate", "--quiet"]
    if corpus is not None:
        command += ["--corpus", str(corpus)]
    subprocess.run(command, cwd=HERE.parent, check=True, stdout=subprocess.DEVNULL, timeout=3600)


async def _send_expecting_continue(base_url: str, request: Request) -> tuple[int, str]:
    """Status and first line of the answer to ``request`` sent with ``Expect: 100-continue``: its
    headers first, its body only if the server asks for it (httpx always sends the body)."""
    url = httpx.URL(base_url)
    reader, writer = await asyncio.open_connection(url.host, url.port)
    try:
        headers = {**request.headers, "Host": f"{url.host}:{url.port}", "Content-Length": str(len(request.body or b"")),
                   "Expect": "100-continue", "Connection": "close"}
        writer.write(f"{request.method} {request.path} HTTP/1.1\r\n".encode()
                     + "".join(f"{k}: {v}\r\n" for k, v in headers.items()).encode() + b"\r\n")
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), 60)
        if status_line.split()[1:2] == [b"100"]:
            await reader.readline()  # the blank line that ends the interim answer
            writer.write(request.body or b"")
            await writer.drain()
            status_line = await asyncio.wait_for(reader.readline(), 60)
        return int(status_line.split()[1]), status_line.decode(errors="replace").strip()
    finally:
        writer.close()


async def _send(client: httpx.AsyncClient, request: Request, tally: Tally) -> None:
    started = time.perf_counter()
    if request.expect_continue:
        try:
            status, detail = await _send_expecting_continue(str(client.base_url), request)
            tally.add(request, status, time.perf_counter() - started, detail)
        except (TimeoutError, OSError, ValueError, IndexError) as error:
            tally.add(request, None, time.perf_counter() - started, f"{type(error).__name__}: {error}")
        return
    try:
        response = await client.request(request.method, request.path, params=request.params,
                                        headers=request.headers, content=request.body)
        await response.aread()
        tally.add(request, response.status_code, time.perf_counter() - started, response.text[:200])
    except httpx.HTTPError as error:
        tally.add(request, None, time.perf_counter() - started, f"{type(error).__name__}: {error}")


async def _client(client: httpx.AsyncClient, workload: Workload, until: float, tally: Tally) -> None:
    while time.monotonic() < until:
        await _send(client, workload.next(), tally)


async def _hostile(client: httpx.AsyncClient, until: float, tally: Tally, calm: asyncio.Lock) -> None:
    """A body past the limit every 2 s, a runaway query every 15 s (one at a time; ``calm`` is
    held while it runs, so that memory is not read with a runaway worker in it)."""
    oversized, runaway = hostile_requests()
    tick = 0
    while time.monotonic() < until:
        if tick % 8 == 1:
            async with calm:
                await _send(client, runaway, tally)
        else:
            await _send(client, oversized, tally)
        tick += 1
        await asyncio.sleep(max(0.0, min(2.0, until - time.monotonic())))


async def _phase(url: str, workload: Workload, clients: int, seconds: float, tally: Tally,
                 calm: asyncio.Lock) -> None:
    until = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients + 1, max_keepalive_connections=clients + 1)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        await asyncio.gather(*(_client(client, workload, until, tally) for _ in range(clients)),
                             _hostile(client, until, tally, calm))


async def _swap(server: LoadServer, store: Path, work: Path, after: float) -> dict:
    """`mandates add` of one more resolution, ``after`` seconds in; what changed."""
    await asyncio.sleep(after)
    source = work / "load-test-resolution.txt"
    shutil.copy(SWAP_SOURCE, source)
    before = await asyncio.to_thread(server.triples)
    started = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        *_CLI, "--store", str(store), "add", str(source), "--kind", "resolution", "--symbol", SWAP_SYMBOL[0],
        "--quiet", cwd=HERE.parent, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    # On a whole-corpus store the add refreshes the index, lineage and chains of 17 M triples:
    # many minutes on a busy machine.
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=ADD_TIMEOUT)
    elapsed = time.perf_counter() - started
    after_triples = await asyncio.to_thread(server.triples)
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:
        added = await client.get(f"/resolutions/{SWAP_SYMBOL[1]}/{SWAP_SYMBOL[2]}")
    return {"exit_code": process.returncode, "seconds": elapsed, "triples_before": before,
            "triples_after": after_triples, "added_resolution_status": added.status_code,
            "stderr": stderr.decode(errors="replace")[-500:]}


async def run(server: LoadServer, store: Path, work: Path, workload: Workload, *, clients: int, warmup: float,
              seconds: float, swap: bool) -> dict:
    calm = asyncio.Lock()
    health = HealthSampler(server.url, every=HEALTH_EVERY, seconds=warmup + seconds + 120)
    warm, measured = Tally(), Tally()
    await _phase(server.url, workload, clients, warmup, warm, calm)
    async with calm:
        rss_warm, own_warm = server_rss_mib(server.pid), own_rss_mib(server.pid)
        anon_warm = server_rss_mib(server.pid, "RssAnon")
    swapping = asyncio.create_task(_swap(server, store, work, seconds / 2)) if swap else None
    started = time.perf_counter()
    await _phase(server.url, workload, clients, seconds, measured, calm)
    elapsed = time.perf_counter() - started
    swapped = await swapping if swapping else None
    rss_end, own_end = server_rss_mib(server.pid), own_rss_mib(server.pid)
    anon_end = server_rss_mib(server.pid, "RssAnon")
    samples = await asyncio.to_thread(health.stop)
    return {"clients": clients, "warmup_seconds": warmup, "seconds": seconds, "elapsed": elapsed,
            "warmup": warm.summary(), "routes": measured.per_route(), "overall": measured.overall(),
            "error_samples": (warm.error_samples + measured.error_samples)[:10],
            "refusal_samples": measured.refusal_samples,
            "rss_mib": {"after_warmup": rss_warm, "end": rss_end, "ratio": rss_end / rss_warm,
                        "server_after_warmup": own_warm, "server_end": own_end,
                        "anonymous_after_warmup": anon_warm, "anonymous_end": anon_end},
            "health": {"samples": len(samples), "max": max(samples, default=float("inf")),
                       "p50": sorted(samples)[len(samples) // 2] if samples else None},
            "swap": swapped}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients (default 32)")
    parser.add_argument("--seconds", type=float, default=60, help="measured seconds (default 60)")
    parser.add_argument("--warmup", type=float, default=10, help="seconds of the same load first, not measured (default 10)")
    parser.add_argument("--corpus", type=Path, metavar="DIR", help="real documents to build with the seeds")
    parser.add_argument("--store", type=Path, metavar="DIR",
                        help="an already built store folder to serve instead of building one; with --swap "
                             "`mandates add` publishes a new generation in it, so give a copy")
    parser.add_argument("--swap", action="store_true", help="run `mandates add` halfway: a store generation swap under load")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if args.clients < 1 or args.seconds <= 0 or args.warmup < 0:
        parser.error("--clients must be at least 1, --seconds positive, --warmup not negative")
    if args.corpus is not None and not args.corpus.is_dir():
        parser.error(f"--corpus {args.corpus}: no such folder")
    if args.store is not None and (args.corpus is not None or not (args.store / "CURRENT").is_file()):
        parser.error(f"--store {args.store}: give a built store folder, without --corpus")
    with tempfile.TemporaryDirectory(prefix="mandates-load-") as tmp:
        work = Path(tmp)
        store = args.store or work / "store"
        if args.store is None:
            build_store(store, args.corpus)
        workload = Workload(find_targets(store))
        with LoadServer(store, HERE.parent) as server:
            figures = asyncio.run(run(server, store, work, workload, clients=args.clients, warmup=args.warmup,
                                      seconds=args.seconds, swap=args.swap))
    figures.update(date=time.strftime("%Y-%m-%d"), cores=os.cpu_count(),
                   data=f"the seeds and {args.corpus}" if args.corpus else f"the store {args.store}" if args.store
                   else "the seeds",
                   triples=workload.targets.triples)
    print_report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
