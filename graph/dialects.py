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
- answers JSON results with the SPARQL 1.0 ``typed-literal``, which pyoxigraph reads;
- does not take a variable bound by ``VALUES`` as fixed when it plans a query: a property path
  from it fails ("transitive start not given") and a bound variable that is projected and
  ordered by fails to compile (SP031). Each IRI bound to a query is therefore also compared to
  its variable by a ``FILTER`` and written in place of the variable at the ends of ``+`` and
  ``*`` paths (:func:`fixed_iris`); the ``VALUES`` block still binds the variable for all else;
- evaluates a ``+`` path to a few rows once it is joined with other patterns, when its ends are
  not both constants. The queries write ``?paragraph mg:paragraphOf+ ?instrument`` (which
  Oxigraph drives from whichever end is bound); for a property whose chains the graph keeps
  short (:attr:`Virtuoso.bounded_paths`: a paragraph, its points and their points), the
  Virtuoso dialect sends the path as the union of its chains, one join per length
  (:func:`bounded_paths`).

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
from graph.sparql_tokens import Token, iri_value, tokenize
from ontology.namespaces import MG

__all__ = [
    "VIRTUOSO_SYSTEM_GRAPHS",
    "Dialect",
    "DialectName",
    "Sparql11",
    "Virtuoso",
    "bounded_paths",
    "detect_dialect",
    "dialect_named",
    "fixed_iris",
    "with_where",
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


def with_where(sparql: str) -> str:
    """``sparql`` with the optional ``WHERE`` keyword before its group, so that bound values go
    inside the group: Virtuoso refuses a ``VALUES`` block after it (``ASK { } VALUES ...``).

    >>> with_where("ASK { ?s ?p ?o }")
    'ASK WHERE { ?s ?p ?o }'
    """
    tokens = list(tokenize(sparql))
    if any(t.keyword == "WHERE" for t in tokens):
        return sparql
    brace = next((t for t in tokens if t.text == "{"), None)
    if brace is None:
        return sparql
    return sparql[:brace.start] + "WHERE " + sparql[brace.start:]


def fixed_iris(sparql: str, iris: Mapping[str, ox.NamedNode]) -> str:
    """``sparql`` with each variable of ``iris`` compared to its IRI at the start of the
    top-level ``WHERE`` group, and written as its IRI where it ends a property path of
    ``+`` or ``*`` (the constants Virtuoso's planner reads as fixed).

    >>> fixed_iris("SELECT ?m WHERE { { ?x mg:follows* ?m } UNION { ?m mg:follows+ ?x } ?x a ?t }",
    ...            {"x": ox.NamedNode("x:n")})
    'SELECT ?m WHERE { FILTER (?x = <x:n>) { <x:n> mg:follows* ?m } UNION { ?m mg:follows+ <x:n> } ?x a ?t }'
    """
    if not iris:
        return sparql
    tokens = list(tokenize(sparql))
    where = next((i for i, t in enumerate(tokens) if t.keyword == "WHERE"), None)
    if where is None or where + 1 >= len(tokens) or tokens[where + 1].text != "{":
        return sparql
    brace = tokens[where + 1]
    filters = "".join(f"FILTER (?{name} = {iri}) " for name, iri in iris.items())
    out = [sparql[:brace.start + 1], " ", filters.rstrip()]
    last = brace.start + 1
    for index in range(where + 2, len(tokens)):
        token = tokens[index]
        if token.kind != "var" or token.text[1:] not in iris:
            continue
        after = tokens[index + 2].text if index + 2 < len(tokens) and tokens[index + 1].kind in ("pname", "iri") else ""
        before = tokens[index - 1].text
        if after in ("+", "*") or before in ("+", "*"):
            out.append(sparql[last:token.start])
            out.append(str(iris[token.text[1:]]))
            last = token.start + len(token.text)
    out.append(sparql[last:])
    return "".join(out)


def _prefixes(tokens: list[Token]) -> dict[str, str]:
    """The namespaces the query's ``PREFIX`` lines declare, by prefix (``mg:`` -> its IRI)."""
    return {tokens[i + 1].text: iri_value(tokens[i + 2]) for i in range(len(tokens) - 2)
            if tokens[i].keyword == "PREFIX" and tokens[i + 1].kind == "pname" and tokens[i + 2].kind == "iri"}


def _iri(token: Token, prefixes: Mapping[str, str]) -> str | None:
    """The IRI a predicate token names, if it is an IRI or a prefixed name of a declared prefix."""
    if token.kind == "iri":
        return iri_value(token)
    if token.kind == "pname":
        prefix, _, local = token.text.partition(":")
        namespace = prefixes.get(prefix + ":")
        return None if namespace is None else namespace + local
    return None


#: Tokens after which a term starts a triple (a group, a previous triple, a FILTER or BIND).
_TRIPLE_STARTS = frozenset({"{", "}", ".", ")"})


def bounded_paths(sparql: str, depths: Mapping[str, int]) -> str:
    """``sparql`` with each triple ``S P+ O`` whose property ``P`` (an IRI of ``depths``) has
    chains of at most ``depths[P]`` steps written as the union of its chains, one to
    ``depths[P]`` steps long: the same rows wherever no chain of ``P`` is longer. Only a whole
    triple (followed by ``.``, ``;`` or ``}``) is rewritten; other paths are left as they are.

    >>> bounded_paths("PREFIX m: <x:> SELECT * WHERE { ?a m:of+ ?b ; m:n ?n . ?c a ?d }", {"x:of": 2})
    'PREFIX m: <x:> SELECT * WHERE { { ?a m:of ?b } UNION { ?a m:of/m:of ?b } ?a m:n ?n . ?c a ?d }'
    """
    tokens = list(tokenize(sparql))
    prefixes = _prefixes(tokens)
    out, last = [], 0
    for i in range(1, len(tokens) - 4):
        subject, predicate, plus, obj, after = tokens[i:i + 5]
        depth = depths.get(_iri(predicate, prefixes) or "")
        if (not depth or plus.text != "+" or tokens[i - 1].text not in _TRIPLE_STARTS
                or subject.kind not in ("var", "iri") or obj.kind not in ("var", "iri")
                or after.text not in (".", ";", "}")):
            continue
        union = " UNION ".join(f"{{ {subject.text} {'/'.join([predicate.text] * n)} {obj.text} }}"
                               for n in range(1, depth + 1))
        out.append(sparql[last:subject.start])
        if after.text == ";":  # the subject's other predicates follow the union
            out.append(f"{union} {subject.text}")
            last = after.start + 1
        else:
            out.append(union)
            last = obj.start + len(obj.text)
    out.append(sparql[last:])
    return "".join(out)


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
    #: Properties whose chains the graph keeps short, with the longest: a sub-point is a
    #: paragraph of a point, which is a paragraph of a paragraph of the instrument (3 steps).
    bounded_paths: Mapping[str, int] = {MG.paragraphOf.value: 3}

    def __init__(self, system_graphs: Iterable[str] = VIRTUOSO_SYSTEM_GRAPHS) -> None:
        graphs = self._graphs = tuple(system_graphs)
        self._defines = "".join(f"DEFINE input:{kind}-graph-exclude <{g}>\n"
                                for kind in ("default", "named") for g in graphs)

    def bind(self, sparql: str, bindings: Mapping[str, Term | None]) -> str:
        if not bindings:
            return sparql
        sparql = with_where(sparql)
        iris = {name: value for name, value in bindings.items() if isinstance(value, ox.NamedNode)}
        return with_values(fixed_iris(sparql, iris), bindings)

    def query(self, sparql: str) -> str:
        return bounded_paths(sparql, self.bounded_paths)

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
