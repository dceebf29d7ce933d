"""The SHACL shapes' intent as zero-row SPARQL checks, run inside the store at any size.

pyshacl copies the graph into memory, so it cannot check the real corpus. Each constraint
of ``ontology/shapes.ttl`` is instead one SELECT in ``queries/checks/`` (read by
:mod:`graph.check_files`) that lists the nodes breaking it (``?node``, and ``?value`` when a
value is at fault); a graph is valid when every check finds no row. The tests run every check
on its valid example and on the one broken triple its header gives.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.binding import Term
from graph.check_files import Check, check_prologue, load_checks
from graph.check_groups import grouped, rows_by_check
from graph.query_threads import in_threads
from graph.store import GraphStore

__all__ = ["EVIDENCE_QUERIES", "CheckReport", "Violation", "run_checks"]

#: The quote behind a violation: of the node itself if it is evidence, else of its facts.
EVIDENCE_QUERIES = tuple(Path(__file__).resolve().parents[1] / "queries" / "violations" / name
                         for name in ("quote-of-evidence.sparql", "evidence-of-fact.sparql"))
#: Violations looked up for evidence per check; the rest are counted.
EVIDENCE_PER_CHECK = 20


@dataclass(frozen=True)
class Violation:
    """A node that breaks a check, with the quote of the document that states the failing
    fact (or, when the fact is missing, another fact about the node) if there is one."""

    check: str
    message: str
    node: Term
    value: Term | None = None
    quote: str | None = None
    document: Term | None = None


@dataclass
class CheckReport:
    #: Violations with their evidence (at most ``EVIDENCE_PER_CHECK`` per check).
    violations: list[Violation] = field(default_factory=list)
    #: Nodes found, by check (every check that ran appears, with 0 when it passed).
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def conforms(self) -> bool:
        return not any(self.counts.values())

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        failed = sum(1 for n in self.counts.values() if n)
        verdict = "conforms" if self.conforms else f"{self.total} violations of {failed} checks"
        return f"checks: {verdict} ({len(self.counts)} checks in {self.seconds:.1f} s)"


def _evidence(store: GraphStore, check: Check, row: dict[str, Term]) -> tuple[str | None, Term | None]:
    if isinstance(row["node"], ox.BlankNode):
        return None, None  # a blank node cannot be bound into a query
    value = row.get("value")
    value = None if isinstance(value, ox.BlankNode) else value
    own, of_fact = (check_prologue() + path.read_text(encoding="utf-8") for path in EVIDENCE_QUERIES)
    rows = (store.select(own, {"node": row["node"]}).rows
            or store.select(of_fact, {"node": row["node"], "path": check.path, "value": value}).rows)
    if not rows:
        return None, None
    return rows[0]["quote"].value, rows[0].get("document")


def _violations(store: GraphStore, check: Check, rows: list[dict[str, Term]],
                evidence: bool) -> tuple[int, list[Violation]]:
    """The number of nodes ``check`` found (``rows``), and the first ones as violations."""
    violations = []
    for row in rows[:EVIDENCE_PER_CHECK]:
        quote, document = _evidence(store, check, row) if evidence else (None, None)
        violations.append(Violation(check.name, check.message, row["node"], row.get("value"), quote, document))
    return len(rows), violations


def run_checks(store: GraphStore, checks: Iterable[Check] | None = None, *,
               evidence: bool = True, build: bool = False, threads: int | None = None) -> CheckReport:
    """Run every check (or ``checks``) on the whole store; ``evidence``: look up the quote
    behind each violation reported; ``build``: only the checks every build runs. Checks with
    one target are asked in one query (:mod:`graph.check_groups`), on ``threads`` threads
    (:func:`graph.query_threads.query_threads` by default: one); the report lists them in
    the same order whatever order they finish in."""
    report = CheckReport()
    started = time.perf_counter()
    chosen = list(checks) if checks is not None else list(load_checks().values())
    chosen = [c for c in chosen if c.every_build or not build]
    # Checks with the same target are asked in one query (graph/check_groups.py: the same rows).
    rows: dict[str, list[dict[str, Term]]] = {}
    for answer in in_threads(lambda group: rows_by_check(store, group), grouped(chosen), threads=threads):
        rows.update(answer)
    for check in chosen:
        count, violations = _violations(store, check, rows[check.name], evidence)
        report.counts[check.name] = count
        report.violations += violations
    report.seconds = time.perf_counter() - started
    return report
