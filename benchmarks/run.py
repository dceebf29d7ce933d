"""Benchmarks: build, lookup and SPARQL endpoint, each figure beside a baseline of the same run.

    python benchmarks/run.py --quick            # small, for CI: checks the benchmarks still run
    python benchmarks/run.py --count 10000      # the full size (see benchmarks/README.md)

Build: end-to-end build of N generated resolutions (every step of `mandates build`: parse +
extract, bulk load, index, lineage, chains and the checks, with its step table) against raw
pyoxigraph bulk_load of the same N-Quads (the limit) and an rdflib parse of them (the
alternative). Lookup: /mandates and /queries/mandates over HTTP with wrk at 1, 8 and 32
connections against the same library query run in process. Endpoint: /sparql on a fixed mix
of library queries against `oxigraph serve-read-only` on the same store (the ceiling), a bare
FastAPI route (the framework floor) and rdflib-endpoint (the Python peer), when installed.
No timing is asserted: the script prints a table.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import httpx  # noqa: E402
import pyoxigraph as ox  # noqa: E402

from benchmarks.build_steps import median_steps, print_steps, read_steps  # noqa: E402
from benchmarks.generate import CURATED, generate  # noqa: E402
from benchmarks.http_tools import _CLI, _Server, _paths_script, _port, _row, _wait, _wrk  # noqa: E402
from graph.build import corpus_files  # noqa: E402
from graph.versions import current_generation, open_current  # noqa: E402
from loaders.paths import SEEDS_DIR  # noqa: E402
from queries.library import load_library  # noqa: E402

B = "https://w3id.org/mandate-graph/id/"
MILESTONES = """PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
SELECT ?m WHERE { GRAPH mg:index { ?m mg:indexedType mg:Milestone } } ORDER BY ?m"""


#: The two resolutions the endpoint's mix reads: generated ones, or the seeds' own.
GENERATED_RESOLUTIONS = ("A/RES/900/1", "A/RES/900/2")
SEED_RESOLUTIONS = ("A/RES/78/311", "A/RES/79/325")  # a seed resolution; one the seeds cite


def _mix(milestone: str, resolutions: tuple[str, str]) -> list[tuple[str, dict[str, str]]]:
    """The endpoint's fixed mix: a mandate lookup, a 2-hop point query, a resolution's paragraphs."""
    return [
        ("mandates", {"activity": milestone}),
        ("hops", {"node": milestone}),
        ("paragraphs", {"instrument": B + "instrument/" + resolutions[0]}),
        ("node-info", {"node": B + "instrument/" + resolutions[1], "lang": "en"}),
    ]


def _measured(command: list[str], log: Path) -> tuple[float, float]:
    """Run ``command`` to the end, its output into ``log`` (a file: a pipe read only at the end
    could fill and stall it): (wall seconds, peak RSS in MiB of it and its children)."""
    started = time.perf_counter()
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=HERE.parent, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"{command[:4]} failed: {log.read_text(errors='replace')[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


_BULK = [sys.executable, "-c", "import sys, pyoxigraph as ox; s = ox.Store(sys.argv[1]); "
         "s.bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_QUADS); s.flush()"]
_RDFLIB = [sys.executable, "-c", "import sys, rdflib; rdflib.Dataset().parse(sys.argv[1], format='nquads')"]


def _build_command(root: Path, count: int, work: Path, corpus: Path | None) -> tuple[list[str], int, str]:
    """The `mandates build` command line, its number of documents and what they are: the build
    as users run it (the checks included), its progress output kept for its step table."""
    build = _CLI + ["--store", str(root), "build"]
    if corpus is not None:  # the real documents: the project's seeds and the corpus folder
        sources = len(corpus_files(SEEDS_DIR)[0]) + len(corpus_files(corpus)[0])
        return build + ["--corpus", str(corpus)], sources, f"the seeds and {corpus}"
    generated = work / "generated"
    files = generate(count, generated)
    return (build + ["--no-seeds", "--corpus", str(generated), "--curated", str(generated / CURATED)],
            len(files), f"{count} generated resolutions")


def bench_build(count: int, work: Path, *, rdflib: bool = True, corpus: Path | None = None,
                repeat: int = 1) -> Path:
    """The build beside its baselines; with ``repeat``, builds and bulk loads alternate and
    the medians are shown (the two-core machine's run-to-run spread is several per cent)."""
    root = work / "store"
    command, documents, what = _build_command(root, count, work, corpus)
    builds, bulks, pairs, steps = [], [], [], []
    log = work / "build.log"
    for run in range(repeat):
        if run:
            shutil.rmtree(root)
        builds.append(_measured(command, log))
        steps.append(read_steps(log.read_text(errors="replace")))
        nquads = work / "data.nq"
        if not run:
            store = open_current(root)
            triples = len(store)
            nquads.write_bytes(store.export("nq"))
            del store
        shutil.rmtree(work / "raw", ignore_errors=True)
        bulks.append(_measured(_BULK + [str(work / "raw"), str(nquads)], work / "bulk.log"))
        pairs.append(builds[-1][0] / bulks[-1][0])
    elapsed, peak = _median(builds)
    bulk, bulk_peak = _median(bulks)
    if rdflib:
        rdflib_time, rdflib_peak = _measured(_RDFLIB + [str(nquads)], work / "rdflib.log")
    runs = f", median of {repeat} runs each (build ÷ bulk load per run: " + \
        ", ".join(f"{r:.2f}×" for r in pairs) + ")" if repeat > 1 else ""
    print(f"\n### Build: {documents} documents ({what}), {triples:,} triples{runs}\n")
    print("| | wall time (s) | documents/s | triples/s | peak RSS (MiB) | build time ÷ this |\n|---|---|---|---|---|---|")
    _row("`mandates build` (every step, the checks included)", f"{elapsed:.2f}", f"{documents / elapsed:.0f}",
         f"{triples / elapsed:,.0f}", f"{peak:.0f}", "1.00×")
    _row("pyoxigraph `bulk_load` of its N-Quads (the limit)", f"{bulk:.2f}", "", f"{triples / bulk:,.0f}",
         f"{bulk_peak:.0f}", f"{elapsed / bulk:.2f}×")
    if rdflib:
        _row("rdflib parse of its N-Quads (the alternative)", f"{rdflib_time:.2f}", "", f"{triples / rdflib_time:,.0f}",
             f"{rdflib_peak:.0f}", f"{elapsed / rdflib_time:.2f}×")
    else:
        _row("rdflib parse of its N-Quads (the alternative)", "not run (`--no-rdflib`)", "", "", "", "")
    print_steps(median_steps(steps), elapsed, bulk)
    return root


def _median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """The median wall time and the largest peak RSS of ``runs``."""
    return statistics.median(t for t, _ in runs), max(m for _, m in runs)


def _milestones(root: Path) -> list[str]:
    """The milestones that have a mandate chain to look up."""
    store = open_current(root)
    mandates = load_library()["mandates"]
    return [m for m in (row["m"].value for row in store.select(MILESTONES).rows)
            if mandates.run(store, {"activity": m}).rows]


def _in_process(label: str, call, runs: int = 200) -> None:
    call()
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    _row(label, f"{statistics.median(timings):.2f}", f"{timings[int(len(timings) * 0.99) - 1]:.2f}")


def bench_lookup(root: Path, work: Path, seconds: int, milestones: list[str]) -> None:
    from queries.trace import trace_json

    one = milestones[len(milestones) // 2]
    every = _paths_script(work, "every-milestone", [f"/mandates?activity={quote(m, safe='')}" for m in milestones])
    store = open_current(root)
    print(f"\n### Lookup: the mandates of a milestone ({len(milestones)} milestones, each with a 2-hop chain)\n")
    print("In process, on pyoxigraph (the baseline):\n")
    print("| call | p50 ms | p99 ms |\n|---|---|---|")
    _in_process("`mandates` library query", lambda: load_library()["mandates"].run(store, {"activity": one}))
    _in_process("`trace_json` (what /mandates computes)", lambda: trace_json(store, one))
    del store
    print("\nOver HTTP with wrk:\n")
    print("| server | request | clients | p50 ms | p99 ms | requests/s | non-2xx |\n|---|---|---|---|---|---|---|")
    for label, workers, cache in (("1 process", 1, 64), ("1 process, no answer cache", 1, 0),
                                  ("2 processes, no answer cache", 2, 0)):
        with _Server(root, workers=workers, cache_mb=cache) as server:
            answer = httpx.get(f"{server.url}/mandates", params={"activity": one}, timeout=30).json()
            if not answer.get("mandates"):
                raise RuntimeError(f"/mandates found no mandate for {one}: the lookup would measure nothing")
            for request, url, script in (
                ("/mandates, one milestone", f"{server.url}/mandates?activity={quote(one, safe='')}", None),
                (f"/mandates, {len(milestones)} milestones in turn", server.url, every),
                ("/queries/mandates, one milestone", f"{server.url}/queries/mandates?activity={quote(one, safe='')}", None),
            ):
                for clients in (1, 8, 32):
                    r = _wrk(url, clients, seconds, script)
                    _row(label, request, clients, f"{r['p50']:.2f}", f"{r['p99']:.2f}", f"{r['rps']:.0f}",
                         f"{r['errors']:.0f}")


def _mix_paths(prefix: str, milestone: str, resolutions: tuple[str, str]) -> list[str]:
    """The mix's request paths, each query with its parameters bound and its comment lines left out:
    a GET request's line must fit the Oxigraph server's 8 KiB of headers, and the library's comments
    (``node-info`` documents its ranking) took one query past it."""
    from graph.binding import with_values

    paths = []
    for name, params in _mix(milestone, resolutions):
        query = load_library()[name]
        text = "\n".join(line for line in with_values(query.text, query.bindings(params)).splitlines()
                         if not line.lstrip().startswith("#"))
        paths.append(prefix + quote(text, safe=""))
    return paths


def _warm(base: str, paths: list[str]) -> None:
    """Ask each path once, so that wrk measures the steady state (a server that keeps answers
    has kept them, the page cache is warm); like wrk, without an Accept header (answers are
    kept per Accept)."""
    for path in paths:
        with urllib.request.urlopen(base + path, timeout=300) as response:
            response.read()


def _check_mix(root: Path, milestone: str, resolutions: tuple[str, str]) -> None:
    """Every query of the mix has an answer on this store: an empty one would measure nothing."""
    store = open_current(root)
    for name, params in _mix(milestone, resolutions):
        rows = load_library()[name].run(store, params).rows
        if not rows or not rows[0]:  # node-info's aggregate answers one row, empty if the node is unknown
            raise RuntimeError(f"the endpoint mix's {name} query finds nothing for {params}")


def bench_endpoint(root: Path, work: Path, seconds: int, milestones: list[str], *, rdflib: bool = True,
                   resolutions: tuple[str, str] = GENERATED_RESOLUTIONS) -> None:
    milestone = milestones[0]
    _check_mix(root, milestone, resolutions)
    sparql_mix = _mix_paths("/sparql?query=", milestone, resolutions)
    sparql_script = _paths_script(work, "mix-sparql", sparql_mix)
    rows = []
    for label, workers, cache in (("Mandate Graph /sparql, 1 process", 1, 64),
                                  ("Mandate Graph /sparql, 1 process, no answer cache", 1, 0),
                                  ("Mandate Graph /sparql, 2 processes, no answer cache", 2, 0)):
        with _Server(root, workers=workers, cache_mb=cache) as server:
            _warm(server.url, sparql_mix)
            rows.append((label, _wrk(server.url, 8, seconds, sparql_script)))
    ours = rows[0][1]
    servers = []
    try:
        oxigraph = shutil.which("oxigraph")
        if oxigraph:
            port = _port()
            copy = work / "readonly"
            ox.Store.read_only(str(current_generation(root))).backup(str(copy))
            servers.append(subprocess.Popen([oxigraph, "serve-read-only", "--location", str(copy), "--bind",
                                             f"127.0.0.1:{port}", "--union-default-graph"], stderr=subprocess.PIPE))
            _wait(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", servers[-1])
            oxigraph_mix = _mix_paths("/query?query=", milestone, resolutions)
            _warm(f"http://127.0.0.1:{port}", oxigraph_mix)
            rows.append(("oxigraph serve-read-only (the ceiling)", _wrk(
                f"http://127.0.0.1:{port}", 8, seconds, _paths_script(work, "mix-oxigraph", oxigraph_mix))))
        port = _port()
        servers.append(subprocess.Popen([sys.executable, "-m", "uvicorn", "benchmarks.bare_app:app", "--port", str(port),
                                         "--log-level", "warning"], cwd=HERE.parent, stderr=subprocess.PIPE))
        _wait(f"http://127.0.0.1:{port}/constant", servers[-1])
        floor = _wrk(f"http://127.0.0.1:{port}/constant", 8, seconds)
        rows.append(("bare FastAPI route, coroutine (the floor)", floor))
        rows.append(("bare FastAPI route, plain function (thread pool)",
                     _wrk(f"http://127.0.0.1:{port}/constant-sync", 8, seconds)))
        if rdflib and importlib.util.find_spec("rdflib_endpoint") is not None:
            port = _port()
            servers.append(subprocess.Popen([sys.executable, "-m", "uvicorn", "benchmarks.rdflib_app:app", "--port",
                                             str(port), "--log-level", "warning"], cwd=HERE.parent,
                                            env=dict(os.environ, BENCH_NQ=str(work / "data.nq")), stderr=subprocess.PIPE))
            _wait(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", servers[-1], 1800)
            # Not warmed: rdflib-endpoint keeps nothing, and one pass of the mix takes it minutes.
            rows.append(("rdflib-endpoint (the Python peer)", _wrk(f"http://127.0.0.1:{port}", 8, seconds, sparql_script)))
    finally:
        for server in servers:
            server.terminate()
            try:
                server.wait(20)
            except subprocess.TimeoutExpired:  # busy past its stop (rdflib-endpoint on a loaded machine)
                server.kill()
                server.wait()
    print("\n### SPARQL endpoint: a fixed mix of library queries, 8 connections\n")
    print("| server | requests/s | p50 ms | p99 ms | non-2xx | timeouts | ours (1 process) ÷ this |\n"
          "|---|---|---|---|---|---|---|")
    for name, r in rows:
        _row(name, f"{r['rps']:.0f}", f"{r['p50']:.2f}", f"{r['p99']:.2f}", f"{r['errors']:.0f}",
             f"{r['timeouts']:.0f}", _ratio(ours["rps"], r["rps"]))


def _ratio(ours: float, theirs: float) -> str:
    """ours ÷ theirs; a peer that answered (almost) nothing has no meaningful ratio."""
    if theirs != theirs or ours != ours:
        return "n/a"
    if theirs < 1 or ours / theirs > 1000:
        return "> 1,000× (the peer answered almost nothing)"
    return f"{ours / theirs:.2f}×"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small size and short runs (CI)")
    parser.add_argument("--count", type=int, default=10000, help="generated resolutions (default 10000)")
    parser.add_argument("--corpus", type=Path, metavar="DIR",
                        help="measure the real documents instead: the seeds and this folder (e.g. ../shared/corpus)")
    parser.add_argument("--seconds", type=int, default=10, help="seconds per load run")
    parser.add_argument("--repeat", type=int, default=3, metavar="R",
                        help="builds and bulk loads to take the median of (default 3; 1 with --quick)")
    parser.add_argument("--no-rdflib", dest="rdflib", action="store_false",
                        help="leave out the rdflib baselines (slow: minutes per million triples)")
    parser.add_argument("--only", choices=["build", "lookup", "endpoint"], action="append",
                        help="run only this part after the build (repeatable); 'build' alone: the build only")
    args = parser.parse_args()
    if args.quick:
        args.count, args.seconds, args.repeat = 60, 1, 1
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.corpus is not None and not args.corpus.is_dir():
        parser.error(f"--corpus {args.corpus}: no such folder")
    if shutil.which("wrk") is None:
        sys.exit("benchmarks need wrk (apt-get install wrk)")
    size = f"the seeds and {args.corpus}" if args.corpus else f"N = {args.count}"
    print(f"Mandate Graph benchmarks — {os.cpu_count()} cores — {time.strftime('%Y-%m-%d')} — {size}")
    resolutions = SEED_RESOLUTIONS if args.corpus else GENERATED_RESOLUTIONS
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        root = bench_build(args.count, work, rdflib=args.rdflib, corpus=args.corpus, repeat=args.repeat)
        parts = args.only or ["lookup", "endpoint"]
        milestones = _milestones(root) if {"lookup", "endpoint"} & set(parts) else []
        if "lookup" in parts:
            bench_lookup(root, work, args.seconds, milestones)
        if "endpoint" in parts:
            bench_endpoint(root, work, args.seconds, milestones, rdflib=args.rdflib, resolutions=resolutions)


if __name__ == "__main__":
    main()
