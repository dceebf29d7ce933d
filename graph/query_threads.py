"""Run independent read-only queries of a build step on several threads at once.

A build's derived steps (the checks, the chain walks' rows, the lineage step's reads) ask the
store many queries that do not depend on each other. pyoxigraph evaluates a query without
holding Python's lock, so two threads can use two cores; a remote store answers concurrent
requests too. Results come back in the order of the inputs, so what a step makes of them does
not depend on which finished first. One thread unless ``MANDATES_QUERY_THREADS`` says more:
on a machine whose cores other work already keeps busy, two threads measured 10-25 % slower
(and used more memory) than one; see ``benchmarks/README.md``, "Build steps".

>>> in_threads(lambda n: n * n, [1, 2, 3], threads=2)
[1, 4, 9]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

__all__ = ["in_threads", "query_threads"]

_In = TypeVar("_In")
_Out = TypeVar("_Out")


def query_threads() -> int:
    """Threads a build step queries on: ``MANDATES_QUERY_THREADS``, else one."""
    configured = os.environ.get("MANDATES_QUERY_THREADS", "").strip()
    if configured:
        try:
            threads = int(configured)
        except ValueError:
            raise ValueError(f"MANDATES_QUERY_THREADS must be a whole number, not {configured!r}") from None
        if threads < 1:
            raise ValueError(f"MANDATES_QUERY_THREADS must be at least 1, not {threads}")
        return threads
    return 1


def in_threads(work: Callable[[_In], _Out], items: Iterable[_In], *, threads: int | None = None) -> list[_Out]:
    """``[work(item) for item in items]``, evaluated on ``threads`` threads; the first error is raised."""
    items = list(items)
    threads = min(threads or query_threads(), len(items))
    if threads <= 1:
        return [work(item) for item in items]
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="query") as pool:
        return list(pool.map(work, items))
