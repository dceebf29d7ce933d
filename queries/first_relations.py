"""The library's ``first-relations`` rows, in two steps: the node's relations unordered, then the
first of them in the query's order named by the query's own labelling part.

The query orders every relation of the node (``ORDER BY ?direction ?property ?value``) before it
keeps 500. For a node thousands of facts point at, that sort is nearly all its time: Oxigraph reads
each IRI's text back from its string table at every comparison (the Secretary-General on one
session's store: 3,630 relations read in 0.08 s of CPU, sorted in 0.79 s; benchmarks/README.md,
"Entity pages bounded"). Here the relations are read by the query's own inner ``SELECT DISTINCT``
without its ``ORDER BY`` and ``LIMIT``, sorted in Python as SPARQL orders these terms
(:func:`queries.paragraph_mandates.sort_key`), and only the first ``limit`` are bound by ``VALUES``
into the query's labelling part (its text with the inner sub-select's patterns taken out), so the
labels, symbols and paragraph numbers are the query's picks. The ``.rq`` file stays the reference
and what ``/queries/first-relations`` evaluates; ``tests/queries/test_first_relations.py`` compares
the two.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyoxigraph as ox

from graph.binding import with_value_rows
from graph.store import GraphStore
from queries.library import load_library, prefix_block
from queries.paragraph_mandates import sort_key

__all__ = ["first_relations", "LIMIT"]

_INNER = re.compile(r"\{ SELECT DISTINCT \?lang \?direction \?property \?value WHERE \{(?P<patterns>.*?)\}\s*"
                    r"ORDER BY \?direction \?property \?value\s*LIMIT (?P<limit>\d+) \}", re.DOTALL)
_OUTER_ORDER = re.compile(r"ORDER BY \?direction \?property \?value\s*$")


@lru_cache(maxsize=1)
def _texts() -> tuple[str, str, int]:
    """The query's inner patterns as a query of their own, its labelling part with the inner
    sub-select left for ``VALUES``, and its ``LIMIT``."""
    body = load_library()["first-relations"].body
    inner = _INNER.search(body)
    if inner is None or not _OUTER_ORDER.search(body.strip()):
        raise ValueError("queries/first-relations.rq no longer has the shape queries/first_relations.py reads")
    relations = f"SELECT DISTINCT ?direction ?property ?value WHERE {{{inner['patterns']}}}"
    labelling = _OUTER_ORDER.sub("", (body[:inner.start()] + "{ SELECT ?lang ?direction ?property ?value WHERE { } }"
                                      + body[inner.end():]).strip())
    return prefix_block() + relations, prefix_block() + labelling, int(inner["limit"])


LIMIT = _texts()[2]


def _order(row: dict) -> tuple:
    return (row["direction"].value, sort_key(row["property"]), sort_key(row["value"]))


def first_relations(store: GraphStore, node: str, lang: str = "en", limit: int | None = None) -> list[dict]:
    """The rows of ``first-relations`` for ``node`` and ``lang`` (its first ``LIMIT``, or fewer),
    in its order."""
    relations, labelling, most = _texts()
    limit = most if limit is None else min(limit, most)
    found = store.select(relations, {"node": ox.NamedNode(node)}).rows
    first = sorted(found, key=_order)[:limit]
    if not first:
        return []
    if any(isinstance(r["value"], ox.BlankNode) for r in first):  # not bindable by VALUES: the query itself
        return load_library()["first-relations"].run(store, {"node": node, "lang": lang}).rows[:limit]
    language = ox.Literal(lang)
    rows = store.select(with_value_rows(labelling, ["lang", "direction", "property", "value"],
                                        [(language, r["direction"], r["property"], r["value"]) for r in first])).rows
    place = {(r["direction"], r["property"], r["value"]): i for i, r in enumerate(first)}
    return sorted(rows, key=lambda r: place[(r["direction"], r["property"], r["value"])])
