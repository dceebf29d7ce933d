"""Entity pages on a real store: the route's own code, each query it runs, and the mandates list
read in steps against the evaluated ``mandates-of``, in CPU and wall seconds.

In process (``--store DIR``, opened read-only), one JSON line per entity and language::

    python -m benchmarks.entity_page --store DIR [--entity entity/secretary-general ...]

``page`` is ``api.routers.resources._answer`` as the code on ``PYTHONPATH`` has it (run it once
with another checkout first on the path for the code before a change); ``steps`` (only where
:mod:`queries.first_mandates` exists) times the first 500 mandates in steps, the whole list in
steps and the evaluated query, and says whether the whole list is the query's rows.

Over HTTP (``--url BASE --server-pid PID``): each page's wall seconds and the CPU seconds the server
and its query workers spent on it (``/proc``, the process and its children).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from pathlib import Path

DEFAULT = ["entity/secretary-general", "entity/chair-of-ecosoc", "entity/itu", "entity/general-assembly",
           "entity/member-states", "entity/states"]
BASE = "https://w3id.org/mandate-graph/id/"


def _timed(call):
    started, cpu = time.perf_counter(), time.process_time()
    value = call()
    return value, round(time.process_time() - cpu, 3), round(time.perf_counter() - started, 3)


def _plain(row: dict) -> tuple:
    return tuple(sorted((k, str(v)) for k, v in row.items()))


def in_process(store_dir: Path, entities: list[str], langs: list[str], max_rows: int) -> None:
    from api.routers import resources
    from graph.versions import open_current
    from queries.library import load_library

    store = open_current(store_dir)
    library = load_library()
    for entity in entities:
        node = BASE + entity
        for lang in langs:
            answer, cpu, wall = _timed(lambda: resources._answer(store, node, "text/html", lang, max_rows))
            line = {"entity": entity, "lang": lang, "status": answer.status, "page_cpu": cpu, "page_wall": wall,
                    "bytes": len(answer.body), "cut": answer.headers.get("X-Results-Truncated") == "true",
                    "load": round(os.getloadavg()[0], 1)}
            for name, params in (("node-info", {"node": node, "lang": lang}),
                                 ("first-relations", {"node": node, "lang": lang}),
                                 ("evidence-about", {"node": node})):
                found, cpu, wall = _timed(lambda: library[name].run(store, params, max_rows=max_rows))
                line[name] = {"rows": len(found.rows), "cpu": cpu, "wall": wall}
            try:
                from queries.first_mandates import first_mandates
            except ImportError:
                print(json.dumps(line), flush=True)
                continue
            first, cpu, wall = _timed(lambda: first_mandates(store, node, lang, limit=min(max_rows, 500)))
            line["first_mandates"] = {"rows": len(first.rows), "total": first.total, "cpu": cpu, "wall": wall}
            whole, cpu, wall = _timed(lambda: first_mandates(store, node, lang))
            line["all_mandates_in_steps"] = {"rows": len(whole.rows), "cpu": cpu, "wall": wall}
            evaluated, cpu, wall = _timed(lambda: library["mandates-of"].run(store, {"entity": node, "lang": lang}))
            line["mandates-of"] = {"rows": len(evaluated.rows), "cpu": cpu, "wall": wall}
            line["same_rows"] = Counter(map(_plain, whole.rows)) == Counter(map(_plain, evaluated.rows))
            print(json.dumps(line), flush=True)


def _cpu(pid: int) -> float:
    """User and system CPU seconds of ``pid`` alone (``/proc/<pid>/stat``); 0 once it has ended."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree_cpu(pid: int) -> float:
    """User and system CPU seconds of ``pid`` and every process under it (its query workers)."""
    from benchmarks.load_server import _children

    total, pending, seen = 0.0, [pid], set()
    while pending:
        current = pending.pop()
        if current not in seen:
            seen.add(current)
            total += _cpu(current)
            pending += _children(current)
    return total


def over_http(base: str, pid: int, entities: list[str], langs: list[str], repeat: int) -> None:
    import httpx

    with httpx.Client(timeout=120) as client:
        for entity in entities:
            for lang in langs:
                for run in range(repeat):
                    cpu = _tree_cpu(pid)
                    started = time.perf_counter()
                    answer = client.get(f"{base}/id/{entity}", params={"lang": lang}, headers={"Accept": "text/html"})
                    wall = time.perf_counter() - started
                    print(json.dumps({"entity": entity, "lang": lang, "run": run, "status": answer.status_code,
                                      "wall": round(wall, 3), "server_cpu": round(_tree_cpu(pid) - cpu, 3),
                                      "bytes": len(answer.content), "load": round(os.getloadavg()[0], 1)}), flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path)
    parser.add_argument("--url")
    parser.add_argument("--server-pid", type=int)
    parser.add_argument("--entity", action="append", help="path under the base IRI (default: the heaviest)")
    parser.add_argument("--lang", action="append", choices=["en", "fr"])
    parser.add_argument("--max-rows", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    entities, langs = args.entity or DEFAULT, args.lang or ["en", "fr"]
    if args.url:
        if args.server_pid is None:
            parser.error("--url needs --server-pid (the server whose CPU is counted)")
        over_http(args.url.rstrip("/"), args.server_pid, entities, langs, args.repeat)
        return
    if args.store is None:
        parser.error("give --store DIR (in process) or --url BASE --server-pid PID (over HTTP)")
    from graph.store import StoreError

    try:
        in_process(args.store, entities, langs, args.max_rows)
    except StoreError as error:
        parser.exit(2, f"entity_page: {error}\n")


if __name__ == "__main__":
    main()
