"""Serialise at most N rows of a query's results, and say whether more were cut.

pyoxigraph serialises a whole result; a public endpoint must bound it. SELECT rows are
written here in the four SPARQL result formats (JSON, XML, CSV, TSV); graph results go
through pyoxigraph's RDF serialisers after the cut.

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> result = store.query('SELECT ?x WHERE { VALUES ?x { 1 2 3 } }')
>>> body, media, truncated = serialize_bounded(result, "text/csv", max_rows=2)
>>> body.decode().splitlines(), truncated
(['x', '1', '2'], True)
"""

from __future__ import annotations

import csv
import io
import json
from itertools import islice
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from graph.formats import GRAPH_TYPES, RESULT_TYPES, NotAcceptable

__all__ = ["serialize_bounded", "json_term", "rows_csv", "rows_json"]


def json_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def rows_json(variables: list[str], rows: list[dict]) -> dict:
    """Rows as ``{name: term}`` dicts (a :class:`graph.store.QueryResult`) in SPARQL JSON."""
    return {"head": {"vars": variables}, "results": {"bindings": [{k: json_term(v) for k, v in row.items()} for row in rows]}}


def rows_csv(variables: list[str], rows: list[dict]) -> str:
    """Rows as ``{name: term}`` dicts in SPARQL CSV: one column per variable, values only."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([row[v].value if v in row else "" for v in variables])
    return buffer.getvalue()


def _xml_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def _solutions(variables: list[str], rows: list[ox.QuerySolution], media: str) -> bytes:
    fmt = RESULT_TYPES[media]
    if fmt == ox.QueryResultsFormat.JSON:
        bindings = [{v: json_term(row[v]) for v in variables if row[v] is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == ox.QueryResultsFormat.XML:
        parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        parts += [f"<variable name={quoteattr(v)}/>" for v in variables]
        parts.append("</head><results>")
        for row in rows:
            parts.append("<result>")
            parts += [f"<binding name={quoteattr(v)}>{_xml_term(row[v])}</binding>" for v in variables if row[v] is not None]
            parts.append("</result>")
        parts.append("</results></sparql>\n")
        return "".join(parts).encode("utf-8")
    if fmt == ox.QueryResultsFormat.CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow(["" if row[v] is None else row[v].value for v in variables])
        return buffer.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if row[v] is None else str(row[v]) for v in variables) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def serialize_bounded(result: object, media: str, *, max_rows: int) -> tuple[bytes, str, bool]:
    """``(body, media type, truncated)`` for at most ``max_rows`` rows or triples."""
    if isinstance(result, ox.QueryBoolean):
        if media not in RESULT_TYPES:
            raise NotAcceptable(f"boolean results come as {', '.join(RESULT_TYPES)}")
        return result.serialize(format=RESULT_TYPES[media]), media, False
    if isinstance(result, ox.QueryTriples):
        if media not in GRAPH_TYPES:
            raise NotAcceptable(f"graph results come as {', '.join(GRAPH_TYPES)}")
        triples = list(islice(result, max_rows + 1))
        body = ox.serialize(triples[:max_rows], format=GRAPH_TYPES[media]) or b""
        return body, media, len(triples) > max_rows
    if media not in RESULT_TYPES:
        raise NotAcceptable(f"query results come as {', '.join(RESULT_TYPES)}")
    assert isinstance(result, ox.QuerySolutions)
    variables = [v.value for v in result.variables]
    rows = list(islice(result, max_rows + 1))
    return _solutions(variables, rows[:max_rows], media), media, len(rows) > max_rows
