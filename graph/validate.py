"""Check a built graph against the SHACL shapes (pyshacl) and return the violations."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate

from ontology import ONTOLOGY_FILES, SHAPES_TTL
from ontology.namespaces import SH

__all__ = ["ValidationReport", "validate_quads", "validate_store"]


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str
    #: (focus node, constraint component, path) of each result, as IRIs or literals' text.
    results: frozenset[tuple[str, str, str]] = frozenset()


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
