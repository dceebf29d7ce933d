"""``GET /obligations?instrument=``'s answer, before and after the rows were read in small bound
steps, on a built store opened read-only.

    python -m benchmarks.obligations_instrument --store /tmp/corpus-store [--symbol A/RES/78/311 ...]

For each resolution and language, in turn on the same store, by the route's own code
(``api.routers.obligations._answer``, one page of 500 rows, so every row of these resolutions):
the answer as it is read now (:mod:`queries.instrument_obligations`), then as it was read before
(the library's ``obligations`` query evaluated with the instrument bound). The two answers are
compared whole (every row, every field, the order, the total): a difference is printed and makes
the exit status 1. "after" is the median of ``--repeat`` runs; "before" is one run (seconds
each). No timing is asserted: the script prints a table.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import api.library_runs as library_runs
from api.routers.obligations import _answer
from benchmarks.resolution_table import run_table
from graph.store import GraphStore
from ontology.namespaces import iris

SYMBOLS = ("A/RES/78/311", "A/RES/79/1", "A/RES/76/100")
PER_PAGE = 500


def _evaluated(store: GraphStore, query, values, *, max_rows=None):
    """The run before: the ``.rq`` evaluated whatever is bound."""
    return query.run(store, values, max_rows=max_rows)


def _timed(call: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    value = call()
    return time.perf_counter() - started, value


def measure(store: GraphStore, symbol: str, lang: str, repeat: int) -> tuple[list[str], bool]:
    params = {"instrument": iris().instrument(symbol).value, "lang": lang}
    ask = lambda: _answer(store, params, 1, PER_PAGE, "http://localhost/obligations")  # noqa: E731
    runs = [_timed(ask) for _ in range(repeat)]
    after_s, after = statistics.median(s for s, _ in runs), runs[-1][1]
    with mock.patch.object(library_runs, "run_query", _evaluated):
        before_s, before = _timed(ask)
    same = (before.status, before.body) == (after.status, after.body)
    if not same:
        print(f"{symbol} {lang}: the answers differ\n  before: {before.body[:600]!r}\n  after:  {after.body[:600]!r}",
              file=sys.stderr)
    total = after.body.split(b'"total":', 1)[1].split(b",", 1)[0].decode() if after.status == 200 else after.status
    cells = [symbol, lang, str(total), f"{before_s:.2f}", f"{after_s:.3f}", f"{before_s / after_s:.0f}×",
             "yes" if same else "NO"]
    return cells, same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="obligations_instrument", description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of the stepped reading, median shown (default 3)")
    header = ("resolution", "lang", "rows", "before s (query evaluated)", "after s (stepped, median)", "before ÷ after",
              "same answer")
    return run_table(parser, header, SYMBOLS, lambda store, symbol, lang, args: measure(store, symbol, lang, max(1, args.repeat)),
                     argv, rows_are="rows")


if __name__ == "__main__":
    sys.exit(main())
