"""The driver the per-resolution benchmarks share: open a built store read-only, then print one
table row per resolution and language, each row measured by the benchmark's own function.

A benchmark gives its name, its table's header cells, its default symbols and a ``measure(store,
symbol, lang, args)`` returning (cells, same answer); the exit status is 1 where an answer
differed, 2 where the store cannot be opened (said on stderr).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from graph.store import GraphStore, StoreError
from graph.versions import open_current

__all__ = ["run_table"]

Measure = Callable[[GraphStore, str, str, argparse.Namespace], tuple[list[str], bool]]


def run_table(parser: argparse.ArgumentParser, header: Sequence[str], symbols: Sequence[str], measure: Measure,
              argv: list[str] | None = None, *, rows_are: str = "rows") -> int:
    """Parse ``argv`` with ``parser`` (which gains --store, --symbol, --lang), then print the
    table of ``measure`` over every symbol and language."""
    parser.add_argument("--store", type=Path, required=True, help="a store built by 'mandates build' (opened read-only)")
    parser.add_argument("--symbol", action="append", help=f"a resolution's symbol (default: {', '.join(symbols)})")
    parser.add_argument("--lang", action="append", choices=("en", "fr"), help=f"the {rows_are}' language (default: both)")
    args = parser.parse_args(argv)
    try:
        store = open_current(args.store)
    except StoreError as error:
        print(f"{parser.prog}: {error}", file=sys.stderr)
        return 2
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    ok = True
    for symbol in args.symbol or symbols:
        for lang in args.lang or ("en", "fr"):
            cells, same = measure(store, symbol, lang, args)
            ok &= same
            print("| " + " | ".join(cells) + " |", flush=True)
    return 0 if ok else 1
