"""Serialise at most N rows of a query's results, and say whether more were cut.

pyoxigraph serialises a whole result; a public endpoint must bound it. SELECT rows are
written here in the four SPARQL result formats (JSON, XML, CSV, TSV); graph results go
through :func:`graph.formats.serialize_triples` (the project's prefixes declared) after the cut.

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
from collections.abc import Callable, Iterable
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from graph.formats import GRAPH_TYPES, RESULT_TYPES, NotAcceptable, serialize_triples

__all__ = ["serialize_bounded", "json_term", "rows_csv", "rows_json", "DEFAULT_MAX_BYTES"]

#: Bytes at most in one answer unless told otherwise (the API's MANDATES_MAX_ANSWER_BYTES).
DEFAULT_MAX_BYTES = 32 * 1024 * 1024


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


def _row_parts(variables: list[str], media: str) -> tuple[bytes, Callable[[ox.QuerySolution, bool], bytes], bytes]:
    """The head, one row (given whether it is the first), and the tail of a results document."""
    fmt = RESULT_TYPES[media]
    if fmt == ox.QueryResultsFormat.JSON:
        head = json.dumps({"vars": variables}, ensure_ascii=False)
        return (f'{{"head":{head},"results":{{"bindings":['.encode("utf-8"),
                lambda row, first: ("" if first else ",").encode("utf-8") + json.dumps(
                    {v: json_term(row[v]) for v in variables if row[v] is not None}, ensure_ascii=False).encode("utf-8"),
                b"]}}")
    if fmt == ox.QueryResultsFormat.XML:
        head = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        head += [f"<variable name={quoteattr(v)}/>" for v in variables]
        head.append("</head><results>")
        return ("".join(head).encode("utf-8"),
                lambda row, _: ("<result>" + "".join(
                    f"<binding name={quoteattr(v)}>{_xml_term(row[v])}</binding>"
                    for v in variables if row[v] is not None) + "</result>").encode("utf-8"),
                b"</results></sparql>\n")
    if fmt == ox.QueryResultsFormat.CSV:
        def csv_line(values: list[str]) -> bytes:
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="\r\n").writerow(values)
            return buffer.getvalue().encode("utf-8")

        return (csv_line(variables),
                lambda row, _: csv_line(["" if row[v] is None else row[v].value for v in variables]), b"")
    return (("\t".join(f"?{v}" for v in variables) + "\n").encode("utf-8"),
            lambda row, _: ("\t".join("" if row[v] is None else str(row[v]) for v in variables) + "\n").encode("utf-8"),
            b"")


def _solutions(variables: list[str], rows: Iterable[ox.QuerySolution], media: str, *, max_rows: int,
               max_bytes: int) -> tuple[bytes, bool]:
    """Rows written one by one until ``max_rows`` rows or ``max_bytes`` bytes; whether more were cut."""
    head, row_bytes, tail = _row_parts(variables, media)
    parts, size = [head], len(head) + len(tail)
    for count, row in enumerate(rows):
        if count == max_rows:
            return b"".join([*parts, tail]), True
        data = row_bytes(row, count == 0)
        if size + len(data) > max_bytes:
            return b"".join([*parts, tail]), True
        parts.append(data)
        size += len(data)
    return b"".join([*parts, tail]), False


def _triples(result: ox.QueryTriples, media: str, *, max_rows: int, max_bytes: int) -> tuple[bytes, bool]:
    """At most ``max_rows`` triples in at most ``max_bytes`` bytes; whether more were cut."""
    kept, size, cut = [], 0, False
    for triple in result:
        size += len(str(triple)) + 3  # its N-Triples line: the other formats are about as long or shorter
        if len(kept) == max_rows or size > max_bytes:
            cut = True
            break
        kept.append(triple)
    body = serialize_triples(kept, media)
    while len(body) > max_bytes and kept:  # a format longer than N-Triples (RDF/XML): halve until it fits
        kept, cut = kept[: len(kept) // 2], True
        body = serialize_triples(kept, media)
    return body, cut


def serialize_bounded(result: object, media: str, *, max_rows: int,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str, bool]:
    """``(body, media type, truncated)`` for at most ``max_rows`` rows or triples in at most
    ``max_bytes`` bytes (whole rows: the cut never splits one); ``truncated`` says more were left out."""
    if isinstance(result, ox.QueryBoolean):
        if media not in RESULT_TYPES:
            raise NotAcceptable(f"boolean results come as {', '.join(RESULT_TYPES)}")
        return result.serialize(format=RESULT_TYPES[media]), media, False
    if isinstance(result, ox.QueryTriples):
        if media not in GRAPH_TYPES:
            raise NotAcceptable(f"graph results come as {', '.join(GRAPH_TYPES)}")
        body, truncated = _triples(result, media, max_rows=max_rows, max_bytes=max_bytes)
        return body, media, truncated
    if media not in RESULT_TYPES:
        raise NotAcceptable(f"query results come as {', '.join(RESULT_TYPES)}")
    assert isinstance(result, ox.QuerySolutions)
    variables = [v.value for v in result.variables]
    body, truncated = _solutions(variables, result, media, max_rows=max_rows, max_bytes=max_bytes)
    return body, media, truncated
