"""The SPARQL endpoint table of benchmarks/run.py on a store built beforehand (the real corpus
takes many minutes to build; one store serves every measurement).

    python -m benchmarks.endpoint_on_store --store /tmp/corpus-store [--seconds 10]

The mix reads the seeds' resolutions (A/RES/78/311, A/RES/79/325) and a milestone with a
mandate chain, as `run.py --corpus` does; `oxigraph serve-read-only` (the ceiling) runs on a
copy of the store, the bare FastAPI route is the floor. rdflib-endpoint is left out (it
cannot hold the real corpus; `run.py --count 1000 --only endpoint` measures it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.run import SEED_RESOLUTIONS, _milestones, bench_endpoint  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="a built store folder with the seeds in it")
    parser.add_argument("--seconds", type=int, default=10, help="seconds per wrk run")
    args = parser.parse_args()
    milestones = _milestones(args.store)
    if not milestones:
        sys.exit(f"{args.store}: no milestone with a mandate chain (build it with the seeds)")
    print(f"SPARQL endpoint — {os.cpu_count()} cores — {time.strftime('%Y-%m-%d %H:%M')} — {args.store}")
    with tempfile.TemporaryDirectory() as tmp:
        bench_endpoint(args.store, Path(tmp), args.seconds, milestones, rdflib=False, resolutions=SEED_RESOLUTIONS)


if __name__ == "__main__":
    main()
