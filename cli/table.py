"""Query rows as a text table for people, never cutting an IRI.

An IRI under one of the project's prefixes (the ones a query may use undeclared,
:data:`graph.sparql_prefixes.KNOWN_PREFIXES`) is shown as its prefixed name (``mg:mandatedBy``),
which a reader can paste back into a query; any other IRI is shown whole. Long literals are
cut at ``max_width`` characters and end with ``…``, so a cut is always visible. ``wide`` shows
every value whole, IRIs written out in full. Line breaks inside a value are shown as spaces
(``--format csv`` or ``json`` give values exactly).

>>> from pyoxigraph import Literal, NamedNode
>>> rows = [{"p": NamedNode("https://w3id.org/mandate-graph/ontology#mandatedBy"), "n": Literal("x" * 8)}]
>>> print(format_table(["p", "n"], rows, max_width=5))
p              n
mg:mandatedBy  xxxx…
>>> print(format_table(["p"], rows, wide=True))
p
https://w3id.org/mandate-graph/ontology#mandatedBy
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from pyoxigraph import NamedNode

from graph.sparql_prefixes import KNOWN_PREFIXES

__all__ = ["DEFAULT_MAX_WIDTH", "format_table", "prefixed_name"]

#: Characters at most in a column of literals, unless ``wide``.
DEFAULT_MAX_WIDTH = 60

#: A local part written as is after a prefix (a simple subset of SPARQL's PN_LOCAL).
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?")


def prefixed_name(iri: str, prefixes: Mapping[str, str] = KNOWN_PREFIXES) -> str | None:
    """``iri`` as ``prefix:local`` when a known prefix covers it with a plain local part, else None.

    >>> prefixed_name("http://www.w3.org/2000/01/rdf-schema#label")
    'rdfs:label'
    >>> prefixed_name("https://w3id.org/mandate-graph/action/requests/x") is None
    True
    """
    best: str | None = None
    for prefix, namespace in prefixes.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            local = iri[len(namespace):]
            if _LOCAL.fullmatch(local) and (best is None or len(local) < len(best.partition(":")[2])):
                best = f"{prefix}:{local}"
    return best


def _cell(term: Any, *, wide: bool, max_width: int) -> str:
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        return term.value if wide else (prefixed_name(term.value) or term.value)
    text = " ".join(term.value.split())  # one line per row: line breaks and runs of spaces as one space
    if wide or len(text) <= max_width:
        return text
    return text[: max_width - 1] + "…"


def format_table(variables: Sequence[str], rows: Sequence[Mapping[str, Any]], *, wide: bool = False,
                 max_width: int = DEFAULT_MAX_WIDTH) -> str:
    """A header line and one line per row, columns padded to their widest cell and two spaces apart."""
    cells = [[_cell(row.get(v), wide=wide, max_width=max_width) for v in variables] for row in rows]
    widths = [max([len(v)] + [len(line[i]) for line in cells]) for i, v in enumerate(variables)]
    lines = [[*variables], *cells]
    return "\n".join("  ".join(text.ljust(width) for text, width in zip(line, widths)).rstrip() for line in lines)
