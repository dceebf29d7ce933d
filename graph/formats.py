"""Serialise query results and datasets: SPARQL JSON/XML/CSV/TSV, Turtle, N-Quads, JSON-LD...

RDF in a format that has prefixes (Turtle, TriG, RDF/XML) declares the project's
(:data:`graph.sparql_prefixes.KNOWN_PREFIXES`: ``mg:``, ``rdfs:``, ``skos:``, ``dct:``…) and
uses them; JSON-LD gets them as its ``@context`` (:mod:`graph.jsonld`).

>>> triple = ox.Triple(ox.NamedNode("http://example.org/a"), ox.NamedNode("http://purl.org/dc/terms/title"),
...                    ox.Literal("A"))
>>> print(serialize_triples([triple], "text/turtle").decode())
@prefix dct: <http://purl.org/dc/terms/> .
<http://example.org/a> dct:title "A" .
<BLANKLINE>
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pyoxigraph as ox

from graph.jsonld import jsonld_with_context
from graph.sparql_prefixes import KNOWN_PREFIXES

__all__ = ["serialize_result", "serialize_triples", "export_dataset", "RESULT_TYPES", "GRAPH_TYPES",
           "NotAcceptable"]

#: Media types for SELECT and ASK results, first the default.
RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
#: Media types for CONSTRUCT and DESCRIBE results, first the default.
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/trig": ox.RdfFormat.TRIG,
}
_EXPORT = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD,
}


class NotAcceptable(ValueError):
    """No serialisation of this kind of result in the asked media type."""


def _used_prefixes(statements: list, prefixes: Mapping[str, str]) -> dict[str, str]:
    """The prefixes some IRI of ``statements`` falls under (a document declares only those)."""
    namespaces = set(prefixes.values())
    used: set[str] = set()
    for statement in statements:
        for term in statement:
            if isinstance(term, ox.NamedNode):
                used.update(n for n in namespaces if term.value.startswith(n))
    return {p: n for p, n in prefixes.items() if n in used}


def serialize_triples(triples: Iterable[ox.Triple], media_type: str, *,
                      prefixes: Mapping[str, str] = KNOWN_PREFIXES) -> bytes:
    """``triples`` in one of :data:`GRAPH_TYPES`, declaring the ``prefixes`` they use; TriG
    writes them in its default graph."""
    fmt = GRAPH_TYPES[media_type]
    triples = list(triples)
    used = _used_prefixes(triples, prefixes)
    if fmt is ox.RdfFormat.JSON_LD:
        return jsonld_with_context(triples, used)
    if fmt is ox.RdfFormat.TRIG:
        return ox.serialize([ox.Quad(t.subject, t.predicate, t.object) for t in triples], format=fmt,
                            prefixes=used) or b""
    return ox.serialize(triples, format=fmt, prefixes=used) or b""


def serialize_result(result: object, media_type: str) -> tuple[bytes, str]:
    """Bytes of ``result`` in ``media_type``; raises :class:`NotAcceptable` otherwise."""
    if isinstance(result, ox.QueryTriples):
        if media_type not in GRAPH_TYPES:
            raise NotAcceptable(f"graph results come as {', '.join(GRAPH_TYPES)}")
        return serialize_triples(result, media_type), media_type
    fmt = RESULT_TYPES.get(media_type)
    if fmt is None:
        raise NotAcceptable(f"query results come as {', '.join(RESULT_TYPES)}")
    return result.serialize(format=fmt), media_type  # type: ignore[attr-defined]


def export_dataset(store: ox.Store, fmt: str, *, prefixes: Mapping[str, str] = KNOWN_PREFIXES) -> bytes:
    """The whole dataset; formats without named graphs get the union of all graphs. Turtle and
    TriG declare ``prefixes`` (``@prefix`` lines), JSON-LD has them as its ``@context``."""
    rdf_format = _EXPORT[fmt]
    if rdf_format is ox.RdfFormat.N_QUADS:
        return store.dump(format=rdf_format)
    if rdf_format is ox.RdfFormat.TRIG:
        return store.dump(format=rdf_format, prefixes=dict(prefixes))
    if rdf_format is ox.RdfFormat.JSON_LD:
        # JSON-LD keeps named graphs as @graph objects.
        return jsonld_with_context(store.quads_for_pattern(None, None, None, None), prefixes)
    union = ox.Store()
    union.extend(ox.Quad(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None))
    if rdf_format is ox.RdfFormat.TURTLE:
        return union.dump(format=rdf_format, from_graph=ox.DefaultGraph(), prefixes=dict(prefixes))
    return union.dump(format=rdf_format, from_graph=ox.DefaultGraph())
