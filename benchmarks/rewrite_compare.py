"""Old and new text of a library query compared row by row on a store, for many parameter values.

A rewrite for speed must give the same rows: each parameter set is run with the query as it is in
a git revision (``--old``, default ``main``) and as it is in the working tree, and the rows are
compared (every column; as a sorted list, and in the order given). One JSON line per parameter set,
then a summary line::

    python -m benchmarks.rewrite_compare STORE obligations --params params.jsonl --old main
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from graph.store import EmbeddedStore
from graph.versions import open_current
from queries.library import QUERIES_DIR, NamedQuery, parse_query_file

__all__ = ["query_at", "compare", "main"]


def query_at(name: str, revision: str, scratch: Path) -> NamedQuery:
    """The library query ``name`` as the git ``revision`` has it."""
    text = subprocess.run(["git", "show", f"{revision}:queries/{name}.rq"], cwd=QUERIES_DIR.parent,
                          check=True, capture_output=True, text=True).stdout
    path = scratch / f"{name}.rq"
    path.write_text(text, encoding="utf-8")
    return parse_query_file(path)


def _rows(query: NamedQuery, store, params: dict) -> tuple[list[tuple], float, float]:
    started, cpu_started = time.perf_counter(), time.process_time()
    rows = query.run(store, params).rows
    return ([tuple(sorted((k, str(v)) for k, v in row.items())) for row in rows], time.perf_counter() - started,
            time.process_time() - cpu_started)


def compare(old: NamedQuery, new: NamedQuery, store, params: dict) -> dict:
    """One parameter set's rows by both texts: equal as lists, equal in order, the wall and CPU
    seconds of each (the process's CPU: on a shared machine the wall time also counts the waits)."""
    old_rows, old_seconds, old_cpu = _rows(old, store, params)
    new_rows, new_seconds, new_cpu = _rows(new, store, params)
    return {"params": params, "rows": len(old_rows), "same": sorted(old_rows) == sorted(new_rows),
            "same_order": old_rows == new_rows, "old_s": round(old_seconds, 3), "new_s": round(new_seconds, 3),
            "old_cpu": round(old_cpu, 3), "new_cpu": round(new_cpu, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path, help="a versions root (with CURRENT) or a store folder")
    parser.add_argument("query")
    parser.add_argument("--params", type=Path, required=True, help="one JSON object of parameters a line")
    parser.add_argument("--old", default="main")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp"))
    args = parser.parse_args(argv)
    store = (open_current(args.store) if (args.store / "CURRENT").is_file()
             else EmbeddedStore(args.store, read_only=True))
    old = query_at(args.query, args.old, args.scratch)
    new = parse_query_file(QUERIES_DIR / f"{args.query}.rq")
    results = []
    for line in args.params.read_text(encoding="utf-8").splitlines():
        if line.strip():
            results.append(compare(old, new, store, json.loads(line)))
            print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    print(json.dumps({"query": args.query, "compared": len(results),
                      "different": sum(not r["same"] for r in results),
                      "order_different": sum(not r["same_order"] for r in results),
                      "old_s": round(sum(r["old_s"] for r in results), 1),
                      "new_s": round(sum(r["new_s"] for r in results), 1)}), flush=True)
    return 0 if all(r["same"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
