"""JSON-LD with a ``@context`` of the project's prefixes, its IRIs written as prefixed names.

pyoxigraph writes JSON-LD in expanded form, every IRI in full and no context. This module
takes that document and gives it a context that declares the prefixes, then writes each IRI
a prefix covers as ``prefix:local`` — in property keys, ``@id``, ``@type`` and literal
datatypes, never inside a literal's ``@value``. A JSON-LD processor reads the same triples
back (the tests parse both forms and compare them).

>>> import pyoxigraph as ox
>>> triple = ox.Triple(ox.NamedNode("http://example.org/a"),
...                    ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("a"))
>>> print(jsonld_with_context([triple], {"rdfs": "http://www.w3.org/2000/01/rdf-schema#"}).decode())
{"@context":{"rdfs":"http://www.w3.org/2000/01/rdf-schema#"},"@graph":[{"@id":"http://example.org/a","rdfs:label":[{"@value":"a"}]}]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox

__all__ = ["compact_iri", "jsonld_with_context"]


def compact_iri(iri: str, prefixes: Mapping[str, str]) -> str:
    """``iri`` as ``prefix:local`` under the longest namespace that covers it, else unchanged.

    A local part starting with ``//`` would read as an absolute IRI, so it is left whole.

    >>> compact_iri("http://purl.org/dc/terms/title", {"dct": "http://purl.org/dc/terms/"})
    'dct:title'
    """
    best = ""
    for namespace in prefixes.values():
        if iri.startswith(namespace) and len(namespace) > len(best) and not iri[len(namespace):].startswith("//"):
            best = namespace
    if not best:
        return iri
    prefix = next(p for p, n in prefixes.items() if n == best)
    return f"{prefix}:{iri[len(best):]}"


def _compact(node: Any, prefixes: Mapping[str, str]) -> Any:
    if isinstance(node, list):
        return [_compact(item, prefixes) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("@id", "@type") and isinstance(value, str):
            out[key] = value if value.startswith("_:") else compact_iri(value, prefixes)
        elif key == "@type" and isinstance(value, list):
            out[key] = [v if v.startswith("_:") else compact_iri(v, prefixes) for v in value]
        elif key == "@value" or key.startswith("@") and key != "@graph":
            out[key] = value
        else:
            out[key if key.startswith("@") else compact_iri(key, prefixes)] = _compact(value, prefixes)
    return out


def jsonld_with_context(statements: Iterable[ox.Triple] | Iterable[ox.Quad], prefixes: Mapping[str, str]) -> bytes:
    """``statements`` (triples, or quads whose named graphs become ``@graph`` objects) as a
    JSON-LD document with ``prefixes`` as its ``@context``."""
    expanded = json.loads(ox.serialize(statements, format=ox.RdfFormat.JSON_LD) or b"[]")
    document = {"@context": dict(prefixes), "@graph": _compact(expanded, prefixes)}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
