"""Check a built graph against the SHACL shapes (pyshacl) and return the violations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.query import Processor

from ontology import ONTOLOGY_FILES, SHAPES_TTL
from ontology.namespaces import SH

__all__ = ["PreparedOnceProcessor", "ValidationReport", "validate_quads", "validate_store"]


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str
    #: (focus node, constraint component, path) of each result, as IRIs or literals' text.
    results: frozenset[tuple[str, str, str]] = frozenset()


@lru_cache(maxsize=256)
def _prepared(text: str, base: str | None, namespaces: tuple[tuple[str, Any], ...]):
    return translateQuery(parseQuery(text), base, dict(namespaces))


class PreparedOnceProcessor(SPARQLProcessor):
    """rdflib's SPARQL processor, parsing each query text once (as ``prepareQuery`` does).

    pyshacl runs a ``sh:SPARQLConstraint`` once per focus node, the same text with the node
    bound, and rdflib parses the text again each time: nine tenths of a cross-check's time on
    the seeds' graph went to parsing one of two texts 1,453 times. The evaluation is rdflib's own.
    """

    def query(self, strOrQuery, initBindings: Mapping[str, Any] | None = None,  # noqa: N803 - rdflib's names
              initNs: Mapping[str, Any] | None = None, base: str | None = None, DEBUG: bool = False):  # noqa: N803
        if isinstance(strOrQuery, str):
            try:
                strOrQuery = _prepared(strOrQuery, base, tuple(sorted((initNs or {}).items())))
            except TypeError:  # a namespace value that cannot be a cache key: parse as rdflib does
                strOrQuery = translateQuery(parseQuery(strOrQuery), base, initNs)
        return super().query(strOrQuery, initBindings, initNs, base, DEBUG)


# pyshacl asks ``Graph.query`` with rdflib's default processor name, so the name is taken over.
rdflib.plugin.register("sparql", Processor, __name__, "PreparedOnceProcessor")


def validate_quads(quads: list[ox.Quad]) -> ValidationReport:
    """SHACL-validate the union of ``quads`` with the ontology's class hierarchy."""
    data = rdflib.Graph()
    payload = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                           format=ox.RdfFormat.N_TRIPLES) or b""
    data.parse(data=payload.decode("utf-8"), format="nt")
    ontology = rdflib.Graph()
    for path in ONTOLOGY_FILES:
        ontology.parse(path, format="turtle")
    shapes = rdflib.Graph().parse(SHAPES_TTL, format="turtle")
    conforms, report, text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", allow_warnings=True,
    )
    sh = rdflib.Namespace(SH.prefix)
    found = list(report.subjects(rdflib.RDF.type, sh.ValidationResult))
    results = frozenset((str(report.value(r, sh.focusNode)), str(report.value(r, sh.sourceConstraintComponent)),
                         str(report.value(r, sh.resultPath) or "")) for r in found)
    return ValidationReport(bool(conforms), len(found), str(text), results)


def validate_store(store) -> ValidationReport:
    result = store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    return validate_quads([ox.Quad(r["s"], r["p"], r["o"]) for r in result.rows])
