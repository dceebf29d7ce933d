"""Obligations by assignee precomputed at build time (``mg:obligationsByAssignee``).

``/obligations?assignee=`` reads the ``obligations`` rows of the assignee to count them and
then shows one page: for the Secretary-General that is thousands of rows per request. The
build reads the rows once per language for every assignee at once (in small bound steps,
:mod:`queries.stepped_obligations`), splits them by assignee (in the query's order) and keeps
each run of 50 rows as one JSON literal (an array) on a node of its own, numbered, with the count
beside them, so a page of 50 is one or two point reads. Refreshed after every load, like
``mg:index``. Other filters (instrument, session, kind) are read in steps at request time
(:mod:`queries.stepped_runs`).
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from graph.store import EmbeddedStore, GraphStore, insert_update
from ontology.namespaces import MG
from queries.stepped_obligations import every_obligation

__all__ = ["OBLIGATIONS_GRAPH", "LANGS", "ObligationsReport", "refresh_obligations", "kept_page", "assignee_rows"]

OBLIGATIONS_GRAPH = MG.obligationsByAssignee
ROWS = MG.obligationRows
TOTAL = MG.obligationTotal
LANGS = ("en", "fr")
_JSON = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_BASE = "https://w3id.org/mandate-graph/id/obligations/"
CHUNK = 2000
#: Consecutive rows kept in one literal: the API's default page is one or two reads.
ROWS_PER_LITERAL = 50


@dataclass
class ObligationsReport:
    assignees: int = 0
    rows: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"obligations: {self.rows} rows of {self.assignees} assignees kept in "
                f"mg:obligationsByAssignee in {self.seconds:.1f} s")


def _node(assignee: str, lang: str, row: int | None = None) -> ox.NamedNode:
    digest = hashlib.blake2b(assignee.encode("utf-8"), digest_size=16).hexdigest()
    return ox.NamedNode(f"{_BASE}{digest}/{lang}" + ("" if row is None else f"/{row}"))


def _plain(term: ox.NamedNode | ox.Literal) -> object:
    """A term as :func:`api.rows.plain` gives it: an integer as a number, else its text."""
    if isinstance(term, ox.Literal) and term.datatype.value == _INTEGER:
        return int(term.value)
    return term.value


def assignee_rows(store: GraphStore, lang: str) -> dict[str, list[dict[str, object]]]:
    """Every assignee's obligations rows, as the API lists them, in the query's order (read in
    small bound steps, :func:`queries.stepped_obligations.every_obligation`: the query evaluated
    for every assignee at once did not finish in 27 minutes on the whole corpus)."""
    found: dict[str, list[dict[str, object]]] = {}
    for row in every_obligation(store, lang):
        found.setdefault(row["assignee"].value, []).append({name: _plain(term) for name, term in row.items()})
    return found


def refresh_obligations(store: GraphStore, *, fresh: bool = False) -> ObligationsReport:
    """Rebuild the graph; ``fresh``: the store was just bulk loaded and has no such graph yet."""
    started = time.perf_counter()
    report = ObligationsReport()
    if not fresh:
        store.update(f"DROP SILENT GRAPH {OBLIGATIONS_GRAPH}")
    quads = []
    for lang in LANGS:
        found = assignee_rows(store, lang)
        report.assignees = max(report.assignees, len(found))
        for assignee, rows in found.items():
            quads.append(ox.Quad(_node(assignee, lang), TOTAL, ox.Literal(str(len(rows)), datatype=ox.NamedNode(_INTEGER)),
                                 OBLIGATIONS_GRAPH))
            for number, first in enumerate(range(0, len(rows), ROWS_PER_LITERAL)):
                text = json.dumps(rows[first:first + ROWS_PER_LITERAL], ensure_ascii=False, allow_nan=False,
                                  separators=(",", ":"))
                quads.append(ox.Quad(_node(assignee, lang, number), ROWS, ox.Literal(text, datatype=_JSON),
                                     OBLIGATIONS_GRAPH))
            report.rows += len(rows) if lang == LANGS[0] else 0
    if fresh and isinstance(store, EmbeddedStore) and store.supports_bulk:
        store.bulk_add(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
    else:
        for start in range(0, len(quads), CHUNK):
            store.update(insert_update(OBLIGATIONS_GRAPH, quads[start:start + CHUNK]))
    report.seconds = time.perf_counter() - started
    return report


def kept_page(store: GraphStore, assignee: str, lang: str, start: int, size: int) -> tuple[int, list[Any]] | None:
    """(total, rows ``start`` to ``start + size``) of ``assignee``'s obligations, or None when
    the build kept none for it (or the store is remote: then the query is evaluated)."""
    if not isinstance(store, EmbeddedStore):
        return None
    raw = store.store
    totals = [q.object.value for q in raw.quads_for_pattern(_node(assignee, lang), TOTAL, None, OBLIGATIONS_GRAPH)]
    if not totals:
        return None
    total = int(totals[0])
    end = min(total, start + size)
    if end <= start:
        return total, []
    first, last = start // ROWS_PER_LITERAL, (end - 1) // ROWS_PER_LITERAL
    rows: list[Any] = []
    for number in range(first, last + 1):
        for quad in raw.quads_for_pattern(_node(assignee, lang, number), ROWS, None, OBLIGATIONS_GRAPH):
            rows.extend(json.loads(quad.object.value))
    offset = start - first * ROWS_PER_LITERAL
    return total, rows[offset:offset + end - start]
