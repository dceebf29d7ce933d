"""Time a build's derived steps on a built store, step by step and query by query.

``python -m benchmarks.derived_steps --store DIR`` computes what the chains step and the
checks step compute (nothing is written: the store is opened read-only) and prints the
seconds of each part: the chain starts, the two whole-graph scans, the ``node-info`` batches,
the walks, and every check of the build (one by one, then grouped by target as the build
asks them). Run it from two checkouts on the same store, one after the other and again, to
compare two versions of the steps (see ``benchmarks/README.md``, "Build steps").
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from graph import chain_batches, chains
from graph.check_groups import grouped, rows_by_check
from graph.check_files import load_checks
from graph.versions import open_current


def _timed(function, label: str, parts: dict[str, float]):
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            parts[label(*args)] = parts.get(label(*args), 0.0) + time.perf_counter() - started
    return wrapper


def time_chains(store) -> dict[str, float]:
    """Seconds of each part of the chains step (``mg:chains``' answers computed, not written)."""
    parts: dict[str, float] = {}
    scan, ask = chain_batches._scan, chain_batches._ask
    chain_batches._scan = _timed(scan, lambda _store, name, *rest: f"scan {name}", parts)
    chain_batches._ask = _timed(ask, lambda _store, name, *rest: f"batches {name}", parts)
    try:
        started = time.perf_counter()
        starts = chains.chain_starts(store)
        parts["chain starts"] = time.perf_counter() - started
        chains._quads(store, starts, chains.ChainsReport(), False)
        parts["chains step"] = time.perf_counter() - started
    finally:
        chain_batches._scan, chain_batches._ask = scan, ask
    parts["walks and JSON"] = parts["chains step"] - sum(v for k, v in parts.items() if k != "chains step")
    return parts


def time_checks(store) -> dict[str, float]:
    """Seconds of every check a build runs, and their sum; then of the checks asked as the
    build asks them (graph/check_groups.py: one query per target), wall and CPU seconds of
    both ways (CPU: what they cost whatever else the machine runs)."""
    parts: dict[str, float] = {}
    chosen = [check for check in load_checks().values() if check.every_build]
    cpu = time.process_time()
    for check in chosen:
        started = time.perf_counter()
        check.nodes(store)
        parts[check.name] = time.perf_counter() - started
    parts["checks step"] = sum(parts.values())
    parts["checks step, cpu"] = time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    for group in grouped(chosen):
        rows_by_check(store, group)
    parts["checks step grouped"] = time.perf_counter() - started
    parts["checks step grouped, cpu"] = time.process_time() - cpu
    return parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="a store folder a build made")
    parser.add_argument("--steps", default="chains,checks", help="chains, checks or both (comma-separated)")
    args = parser.parse_args(argv)
    steps = args.steps.split(",")
    unknown = set(steps) - {"chains", "checks"}
    if unknown:
        parser.error(f"unknown steps: {', '.join(sorted(unknown))}")
    store = open_current(args.store)
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for step, timer in (("chains", time_chains), ("checks", time_checks)):
        if step in steps:
            for part, seconds in timer(store).items():
                print(f"{step}\t{part}\t{seconds:.2f}", flush=True)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
