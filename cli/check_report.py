"""What ``build`` and ``validate`` print of the shapes' checks, and pyshacl's cross-check."""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["print_checks", "shacl_cross_check", "SHACL_LIMIT"]

SHACL_LIMIT = 300_000


def print_checks(report: Any) -> None:
    """Each violation a check found: the check, the node, the value at fault, the message and
    the quote of the document behind the failing fact."""
    for violation in report.violations:
        value = f" {violation.value}" if violation.value is not None else ""
        print(f"{violation.check}: {violation.node}{value}: {violation.message}", file=sys.stderr)
        if violation.quote is not None:
            source = f" ({violation.document.value})" if violation.document is not None else ""
            print(f"    « {' '.join(violation.quote.split())[:300]} »{source}", file=sys.stderr)
    shown = len(report.violations)
    if report.total > shown:
        print(f"... and {report.total - shown} more: { {k: n for k, n in report.counts.items() if n} }",
              file=sys.stderr)
    print(report.summary())


def shacl_cross_check(store: Any, triples: int) -> bool:
    """pyshacl on a graph small enough for memory (a cross-check of the SPARQL checks)."""
    from graph.validate import validate_store

    if triples > SHACL_LIMIT:
        return True
    result = validate_store(store)
    print(f"SHACL (pyshacl cross-check): {'conforms' if result.conforms else 'does not conform'} "
          f"({result.violations} violations)")
    if not result.conforms:
        print(result.text, file=sys.stderr)
    return result.conforms
