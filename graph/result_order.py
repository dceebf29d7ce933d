"""Put SPARQL JSON result rows in the order a query's ``ORDER BY`` gives, in Python.

Oxigraph sorts by comparing the terms' values, and reads a term's value from the store on
every comparison: ordering the 20-40 thousand rows of a whole-graph scan cost a build 8-9 s
per query on one session's store, against a few milliseconds here. The order is what the
query would give only where it is certain, so :func:`in_query_order` gives up (None) on rows
whose order would depend on a comparison not reproduced here; the caller then asks the
store.

Reproduced, as in SPARQL 1.1 (section 15.1) and Oxigraph: an unbound variable first, then
IRIs (by their text, code point by code point), then literals; ``xsd:integer`` literals by
value, plain and ``xsd:string`` literals by their text. Not reproduced (a row pair decided by
one of these makes the order uncertain): blank nodes, other literals (language-tagged,
dates...), and literals of two different kinds in one column.

>>> iri = lambda v: {"type": "uri", "value": v}
>>> number = lambda v: {"type": "literal", "value": v, "datatype": XSD_INTEGER}
>>> rows = [{"a": iri("b"), "n": number("10")}, {"a": iri("b"), "n": number("9")}, {"n": number("1")}]
>>> [r["n"]["value"] for r in in_query_order(rows, ["a", "n"])]
['1', '9', '10']
>>> in_query_order([{"a": {"type": "bnode", "value": "x"}}, {"a": {"type": "bnode", "value": "y"}}], ["a"]) is None
True
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

__all__ = ["XSD_INTEGER", "in_query_order", "order_variables"]

XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
#: Kinds of term, in the order SPARQL puts them; literals of two kinds are not compared here.
_UNBOUND, _IRI, _INTEGER, _STRING, _OTHER = 0, 1, 2, 3, 4
_LITERALS = {_INTEGER, _STRING}
_ORDER = re.compile(r"\bORDER\s+BY\s+((?:\?\w+\s*)+)$", re.IGNORECASE)

Row = dict[str, dict[str, Any]]


def order_variables(query: str) -> tuple[str, list[str]]:
    """(``query`` without its final ``ORDER BY``, the variables it orders by, ascending);
    raises ``ValueError`` when the clause orders by anything but plain variables."""
    match = _ORDER.search(query.rstrip())
    if match is None:
        raise ValueError("the query does not end with ORDER BY and plain variables (ascending)")
    return query.rstrip()[: match.start()], re.findall(r"\?(\w+)", match.group(1))


def _key(term: dict[str, Any] | None) -> tuple[int, Any]:
    if term is None:
        return _UNBOUND, ""
    if term["type"] == "uri":
        return _IRI, term["value"]
    if term["type"] == "literal" and "xml:lang" not in term:
        datatype = term.get("datatype", _XSD_STRING)
        if datatype == XSD_INTEGER:
            try:
                return _INTEGER, int(term["value"])
            except ValueError:  # an ill-typed integer: Oxigraph's order for it is not known here
                pass
        if datatype == _XSD_STRING:
            return _STRING, term["value"]
    # Equal keys must mean equal terms: a column decides between two rows where they differ.
    return _OTHER, (term["type"], term.get("datatype", ""), term.get("xml:lang", ""), term["value"])


def in_query_order(rows: list[Row], variables: list[str]) -> list[Row] | None:
    """``rows`` sorted as ``ORDER BY ?v1 ?v2 ...`` sorts them, or None when their order
    would rest on a comparison this module does not reproduce (or on a tie between rows
    that differ in a column not ordered by, which the store leaves in no defined order)."""
    keyed = sorted(((tuple(_key(row.get(v)) for v in variables), row) for row in rows), key=lambda kr: kr[0])
    for column in range(len(variables)):
        kinds = {key[column][0] for key, _ in keyed} & _LITERALS
        if len(kinds) > 1:
            return None
    for (before, row_before), (after, row_after) in pairwise(keyed):
        decided = next((c for c in range(len(variables)) if before[c] != after[c]), None)
        if decided is None:
            if row_before != row_after:
                return None
            continue
        if _OTHER in (before[decided][0], after[decided][0]):
            return None
    return [row for _, row in keyed]
