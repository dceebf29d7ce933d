"""Evaluated lookups on a built store: `/mandates` over many distinct activities and
`/obligations?assignee=` of the most-mandated entities, with kept answers off.

    python -m benchmarks.lookups --store /tmp/corpus-store [--activities 1000] [--seconds 10]

Every request is evaluated (``MANDATES_ANSWER_CACHE_MB=0``): `/mandates` cycles through
``--activities`` distinct activities that have a mandate chain (spread over every kind: the
extracted reports and bodies as well as the seeds' milestones), `/obligations` through the 20
entities with the most obligations. Beside them, in the same run: the same `/mandates` cycle
with every chain walked by queries (``MANDATES_WALK_CHAINS=1``, how lookups were answered
before the build precomputed them), a bare FastAPI route returning a constant (the framework's
floor) and the calls in process. No timing is asserted: the script prints tables.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import httpx  # noqa: E402

from benchmarks.http_tools import _Server, _paths_script, _port, _row, _wait, _wrk  # noqa: E402
from graph.chains import chain_starts, precomputed_answer  # noqa: E402
from graph.versions import open_current  # noqa: E402
from queries.library import load_library  # noqa: E402

ASSIGNEES = """PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
SELECT ?assignee (COUNT(DISTINCT ?deliverable) AS ?n) WHERE {
  ?deliverable mg:assignee ?assignee ; mg:mandatedBy ?paragraph .
} GROUP BY ?assignee ORDER BY DESC(?n) ?assignee LIMIT 20"""
TYPE = """PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
SELECT ?type WHERE { GRAPH mg:index { ?node mg:indexedType ?type } FILTER (STRSTARTS(STR(?type), STR(mg:))) }"""


def activities(store, count: int) -> list[str]:
    """``count`` activities with a mandate chain, spread evenly over every chain start."""
    starts = [n for n in chain_starts(store) if (precomputed_answer(store, n, "en") or {}).get("mandates")]
    step = max(1, len(starts) // count)
    return starts[::step][:count] if len(starts) >= count else starts


def _kinds(store, nodes: list[str]) -> str:
    import pyoxigraph as ox

    kinds: Counter[str] = Counter()
    for node in nodes:
        types = sorted(r["type"].value.rsplit("#", 1)[1] for r in store.select(TYPE, {"node": ox.NamedNode(node)}).rows)
        kinds[types[0] if types else "untyped"] += 1
    return ", ".join(f"{n:,} {kind}" for kind, n in kinds.most_common())


def _timed(call, items: list) -> tuple[float, float]:
    timings = []
    for item in items:
        started = time.perf_counter()
        call(item)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[max(0, int(len(timings) * 0.99) - 1)]


def in_process(store, nodes: list[str], assignees: list[str], *, evaluated: bool = False) -> None:
    from graph.obligations_kept import kept_page
    from queries.stepped_runs import run_query
    from queries.trace import trace_json

    sample = nodes[:: max(1, len(nodes) // 200)]
    obligations = load_library()["obligations"]
    print("\n### In process (pyoxigraph, one call at a time)\n")
    print("| call | calls | p50 ms | p99 ms |\n|---|---|---|---|")
    for label, call, items in (
        ("`trace_json`: the chain walked by queries (before)", lambda n: trace_json(store, n), sample),
        ("the precomputed answer read back (`mg:chains`)", lambda n: precomputed_answer(store, n, "en"), sample),
        # The query evaluated takes minutes per assignee on the whole corpus: --evaluated-obligations to time it.
        *((("`obligations` library query of an assignee, evaluated", lambda a: obligations.run(store, {"assignee": a}),
            assignees),) if evaluated else ()),
        ("`obligations` of an assignee read in steps (`run_query`)", lambda a: run_query(store, obligations, {"assignee": a}),
         assignees),
        ("the kept page of an assignee (`mg:obligationsByAssignee`)", lambda a: kept_page(store, a, "en", 0, 50), assignees),
    ):
        if not items:
            continue
        p50, p99 = _timed(call, items)
        _row(label, len(items), f"{p50:.2f}", f"{p99:.2f}")


def _ready(base: str, paths: list[str]) -> None:
    """Ask each path once: the query workers are started and answer."""
    for path in paths:
        response = httpx.get(base + path, timeout=300)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: {response.status_code} {response.text[:300]}")


def over_http(root: Path, work: Path, nodes: list[str], assignees: list[str], seconds: int, clients: int) -> None:
    mandates = _paths_script(work, "activities", [f"/mandates?activity={quote(n, safe='')}" for n in nodes])
    owed = _paths_script(work, "assignees", [f"/obligations?assignee={quote(a, safe='')}" for a in assignees or ["-"]])
    rows = []
    first = [f"/mandates?activity={quote(n, safe='')}" for n in nodes[:1]] + \
        [f"/obligations?assignee={quote(a, safe='')}" for a in assignees[:1]]
    with _Server(root, cache_mb=0) as server:
        _ready(server.url, first)
        for label, script in ((f"/mandates, {len(nodes):,} activities in turn", mandates),
                              (f"/obligations?assignee=, {len(assignees)} entities in turn", owed))[:2 if assignees else 1]:
            _wrk(server.url, clients, min(3, seconds), script)  # page cache warm, answers not kept
            rows.append(("kept answers off", label, _wrk(server.url, clients, seconds, script)))
    os.environ["MANDATES_WALK_CHAINS"] = "1"
    try:
        with _Server(root, cache_mb=0) as server:
            _ready(server.url, first[:1])
            _wrk(server.url, clients, min(3, seconds), mandates)
            rows.append(("kept answers off, chains walked (before)", f"/mandates, {len(nodes):,} activities in turn",
                         _wrk(server.url, clients, seconds, mandates)))
    finally:
        del os.environ["MANDATES_WALK_CHAINS"]
    port = _port()
    bare = subprocess.Popen([sys.executable, "-m", "uvicorn", "benchmarks.bare_app:app", "--port", str(port),
                             "--log-level", "warning"], cwd=HERE.parent, stderr=subprocess.PIPE)
    try:
        _wait(f"http://127.0.0.1:{port}/constant", bare)
        rows.append(("bare FastAPI route (the floor)", "a constant", _wrk(f"http://127.0.0.1:{port}/constant", clients, seconds)))
    finally:
        bare.terminate()
        bare.wait(20)
    print(f"\n### Over HTTP with wrk, {clients} connections, {seconds} s each\n")
    print("| server | request | p50 ms | p99 ms | requests/s | non-2xx | requests/s ÷ walked chains |\n"
          "|---|---|---|---|---|---|---|")
    before = next(r["rps"] for server, _, r in rows if "before" in server)
    for server, request, r in rows:
        _row(server, request, f"{r['p50']:.2f}", f"{r['p99']:.2f}", f"{r['rps']:.0f}", f"{r['errors']:.0f}",
             f"{r['rps'] / before:.2f}×" if before else "n/a")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="a built store folder (e.g. of the real corpus)")
    parser.add_argument("--activities", type=int, default=1000, help="distinct activities to cycle through")
    parser.add_argument("--seconds", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--clients", type=int, default=8, help="wrk connections")
    parser.add_argument("--no-obligations", dest="obligations", action="store_false",
                        help="leave out /obligations (on a store without kept obligations each one takes seconds)")
    parser.add_argument("--evaluated-obligations", action="store_true",
                        help="also time the obligations query evaluated per assignee (minutes each on the whole corpus)")
    args = parser.parse_args()
    store = open_current(args.store)
    nodes = activities(store, args.activities)
    assignees = [r["assignee"].value for r in store.select(ASSIGNEES).rows] if args.obligations else []
    if not nodes or (args.obligations and not assignees):
        sys.exit(f"{args.store}: no activity with a mandate chain, or no assignee: nothing to measure")
    print(f"Evaluated lookups — {os.cpu_count()} cores — {time.strftime('%Y-%m-%d %H:%M')} — {len(store):,} quads")
    print(f"\n{len(nodes):,} activities with a mandate chain: {_kinds(store, nodes)}; "
          f"{len(assignees)} assignees with the most obligations")
    in_process(store, nodes, assignees, evaluated=args.evaluated_obligations)
    del store
    with tempfile.TemporaryDirectory() as tmp:
        over_http(args.store, Path(tmp), nodes, assignees, args.seconds, args.clients)


if __name__ == "__main__":
    main()
