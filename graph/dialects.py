"""What a SPARQL server needs said differently: the one place where engines differ.

The queries of ``queries/`` are standard SPARQL 1.1 and stay so; a :class:`Dialect` adapts
the text on the way to the server and the answers on the way back. Oxigraph's server takes
the standard as it is (:class:`Sparql11`). Virtuoso (:class:`Virtuoso`):

- reads the union of all graphs by default, its own system graphs included (``virtrdf#``
  and others). Updates start with ``DEFINE input:default-graph-exclude`` and
  ``input:named-graph-exclude`` for them, so the index graph is derived from ours only;
  queries cannot (in 7.2 either pragma makes every ``GRAPH <iri> { }`` pattern empty), so
  counts and graph lists filter them out (:meth:`Dialect.graph_filter`) and library queries,
  which match the project's classes and properties only, never meet their triples;
- compiles a SPARQL Update to SQL and fails on large ``INSERT DATA``: a graph is replaced by
  ``DROP SILENT GRAPH`` then inserts of at most :attr:`Virtuoso.triples_per_insert` triples
  (one request each, so the replacement is not atomic there);
- answers JSON results with the SPARQL 1.0 ``typed-literal``, which pyoxigraph reads.

>>> Virtuoso().update("CLEAR GRAPH <x:g>").splitlines()[0]
'DEFINE input:default-graph-exclude <http://www.openlinksw.com/schemas/virtrdf#>'
>>> Sparql11().graph_filter("?g")
''
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Literal as Lit

import httpx
import pyoxigraph as ox

from graph.binding import Term, with_values

__all__ = [
    "VIRTUOSO_SYSTEM_GRAPHS",
    "Dialect",
    "DialectName",
    "Sparql11",
    "Virtuoso",
    "detect_dialect",
    "dialect_named",
]

DialectName = Lit["auto", "sparql11", "virtuoso"]

#: The graphs a fresh Virtuoso holds for itself.
VIRTUOSO_SYSTEM_GRAPHS = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
)


def _triples_text(quads: Iterable[ox.Quad]) -> str:
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


class Dialect:
    """Standard SPARQL 1.1 (Oxigraph's server, and any server that needs nothing more)."""

    name: str = "sparql11"

    def query(self, sparql: str) -> str:
        """The text to send for a query written in standard SPARQL."""
        return sparql

    def bind(self, sparql: str, bindings: Mapping[str, Term | None]) -> str:
        """``sparql`` with ``bindings`` joined in (a ``VALUES`` block)."""
        return with_values(sparql, bindings)

    def replace_updates(self, graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> Iterator[str]:
        """The updates that replace each named graph by its quads, to send in order."""
        parts = []
        for graph, quads in graphs.items():
            parts.append(f"DROP SILENT GRAPH {graph}")
            body = _triples_text(quads)
            if body:
                parts.append(f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")
        yield " ;\n".join(parts)

    def update(self, sparql_update: str) -> str:
        """The text to send for an update written in standard SPARQL."""
        return sparql_update

    def graph_filter(self, variable: str) -> str:
        """A FILTER keeping ``variable`` off the server's own graphs (none here)."""
        return ""


class Sparql11(Dialect):
    """The standard, by its name."""


class Virtuoso(Dialect):
    """OpenLink Virtuoso 7 (Debian's ``virtuoso-opensource``)."""

    name = "virtuoso"
    #: Triples per ``INSERT DATA``: Virtuoso's SPARQL-to-SQL compiler handles a few thousand.
    triples_per_insert = 2000

    def __init__(self, system_graphs: Iterable[str] = VIRTUOSO_SYSTEM_GRAPHS) -> None:
        graphs = self._graphs = tuple(system_graphs)
        self._defines = "".join(f"DEFINE input:{kind}-graph-exclude <{g}>\n"
                                for kind in ("default", "named") for g in graphs)

    def replace_updates(self, graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> Iterator[str]:
        for graph, quads in graphs.items():
            yield f"DROP SILENT GRAPH {graph}"
            pending = iter(quads)
            while chunk := list(islice(pending, self.triples_per_insert)):
                yield f"INSERT DATA {{ GRAPH {graph} {{\n{_triples_text(chunk)}\n}} }}"

    def update(self, sparql_update: str) -> str:
        return self._defines + sparql_update

    def graph_filter(self, variable: str) -> str:
        return f"FILTER ({variable} NOT IN ({', '.join(f'<{g}>' for g in self._graphs)}))"


def dialect_named(name: str) -> Dialect:
    """The dialect called ``name`` (``sparql11`` or ``virtuoso``)."""
    if name == "virtuoso":
        return Virtuoso()
    if name == "sparql11":
        return Sparql11()
    raise ValueError(f"unknown SPARQL dialect {name!r}: sparql11 or virtuoso")


def detect_dialect(client: httpx.Client, query_url: str) -> Dialect:
    """The dialect of the server at ``query_url``, from the ``Server`` header of one ASK."""
    try:
        response = client.post(query_url, data={"query": "ASK {}"},
                                headers={"Accept": "application/sparql-results+json"})
    except httpx.HTTPError:
        return Sparql11()  # the first real request will say what is wrong
    return Virtuoso() if "virtuoso" in response.headers.get("server", "").lower() else Sparql11()
