"""Bind values into a SPARQL query safely: as a ``VALUES`` block of serialised RDF terms.

Values are pyoxigraph terms, built (and so validated) before they reach the query; their
N-Triples serialisation escapes every quote and bracket, so user text can never become
query syntax. The block goes first inside the top-level ``WHERE { ... }`` so that engines
start from the bound values; an unbound optional parameter is ``UNDEF``.

>>> from pyoxigraph import Literal, NamedNode
>>> with_values("SELECT ?s WHERE { ?s ?p ?o }", {"o": Literal('a" } DROP ALL #')})
'SELECT ?s WHERE { VALUES (?o) { ("a\\\\" } DROP ALL #") }  ?s ?p ?o }'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pyoxigraph import BlankNode, Literal, NamedNode

__all__ = ["with_values", "with_value_rows", "Term"]

Term = NamedNode | Literal | BlankNode
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _serialise(value: Term | None) -> str:
    if value is None:
        return "UNDEF"
    if isinstance(value, BlankNode):
        raise ValueError("blank nodes cannot be bound into a query")
    if not isinstance(value, (NamedNode, Literal)):
        raise TypeError(f"cannot bind {type(value).__name__}: give a NamedNode or Literal")
    return str(value)


def with_values(sparql: str, bindings: Mapping[str, Term | None]) -> str:
    """``sparql`` with ``bindings`` joined in as a one-row ``VALUES`` block."""
    if not bindings:
        return sparql
    for name in bindings:
        if not _VARIABLE.match(name):
            raise ValueError(f"invalid variable name {name!r}")
    names = " ".join(f"?{n}" for n in bindings)
    row = " ".join(_serialise(v) for v in bindings.values())
    block = f"VALUES ({names}) {{ ({row}) }} "  # on the WHERE line: the query's lines keep their numbers
    match = _WHERE.search(sparql)
    if match is None:
        return f"{sparql}\n{block}"
    return sparql[: match.end()] + " " + block + sparql[match.end():]


def with_value_rows(sparql: str, names: list[str], rows: list[tuple[Term | None, ...]]) -> str:
    """``sparql`` with a ``VALUES`` block of several rows (one query for many bindings)."""
    for name in names:
        if not _VARIABLE.match(name):
            raise ValueError(f"invalid variable name {name!r}")
    if any(len(row) != len(names) for row in rows):
        raise ValueError(f"every row must bind {len(names)} values")
    body = " ".join("(" + " ".join(_serialise(v) for v in row) + ")" for row in rows)
    block = f"VALUES ({' '.join(f'?{n}' for n in names)}) {{ {body} }} "
    match = _WHERE.search(sparql)
    if match is None:
        return f"{sparql}\n{block}"
    return sparql[: match.end()] + " " + block + sparql[match.end():]
