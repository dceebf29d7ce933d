"""Serialise query results and datasets: SPARQL JSON/XML/CSV/TSV, Turtle, N-Quads, JSON-LD..."""

from __future__ import annotations

import pyoxigraph as ox

__all__ = ["serialize_result", "export_dataset", "RESULT_TYPES", "GRAPH_TYPES", "NotAcceptable"]

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
}
_EXPORT = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD,
}


class NotAcceptable(ValueError):
    """No serialisation of this kind of result in the asked media type."""


def serialize_result(result: object, media_type: str) -> tuple[bytes, str]:
    """Bytes of ``result`` in ``media_type``; raises :class:`NotAcceptable` otherwise."""
    if isinstance(result, ox.QueryTriples):
        fmt = GRAPH_TYPES.get(media_type)
        if fmt is None:
            raise NotAcceptable(f"graph results come as {', '.join(GRAPH_TYPES)}")
        return result.serialize(format=fmt), media_type
    fmt = RESULT_TYPES.get(media_type)
    if fmt is None:
        raise NotAcceptable(f"query results come as {', '.join(RESULT_TYPES)}")
    return result.serialize(format=fmt), media_type  # type: ignore[attr-defined]


def export_dataset(store: ox.Store, fmt: str) -> bytes:
    """The whole dataset; formats without named graphs get the union of all graphs."""
    rdf_format = _EXPORT[fmt]
    if rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        return store.dump(format=rdf_format)
    if rdf_format is ox.RdfFormat.JSON_LD:
        # JSON-LD keeps named graphs as @graph objects: go through N-Quads and a dataset.
        quads = list(store.quads_for_pattern(None, None, None, None))
        return ox.serialize(quads, format=ox.RdfFormat.JSON_LD) or b""
    union = ox.Store()
    union.extend(ox.Quad(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None))
    return union.dump(format=rdf_format, from_graph=ox.DefaultGraph())
