"""Every check of queries/checks/ on its own examples, on the built graph, and against the shapes."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.build import reference_graphs
from graph.check_files import Check, check_prefixes, load_checks
from graph.checks import run_checks
from graph.index import refresh_index
from graph.store import EmbeddedStore
from ontology import ONTOLOGY_FILES, SHAPES_TTL
from ontology.namespaces import MG, MGS, OA, RDFS, SH

EX = "https://example.org/check/"
DOC = ox.NamedNode(EX + "document")
CHECKS = load_checks()
#: The checks that the shapes' targets are asserted (pyshacl infers them from domains and ranges).
TARGETS = MGS.Targets
PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in check_prefixes().items())


def _turtle(text: str, ex: str = EX) -> list[ox.Quad]:
    prologue = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in {**check_prefixes(), "ex": ex}.items())
    return [ox.Quad(t.subject, t.predicate, t.object, DOC)
            for t in ox.parse(prologue + text, format=ox.RdfFormat.TURTLE)]


def _example(check: Check, *, broken: bool, ex: str = EX) -> set[ox.Quad]:
    """The check's valid example, with its break applied if ``broken``; ``ex:`` is ``ex``."""
    quads = set(_turtle(check.examples["valid"], ex))
    if broken:
        removed = set(_turtle(check.examples["break"].get("remove", ""), ex))
        assert removed <= quads, f"{check.name}: the break removes triples the valid example lacks"
        quads = (quads - removed) | set(_turtle(check.examples["break"].get("add", ""), ex))
    return quads


def _example_store(check: Check, *, broken: bool) -> EmbeddedStore:
    """A real store: the ontology, and the check's valid example (with its break applied)."""
    quads = _example(check, broken=broken)
    store = EmbeddedStore(None)
    ontology = {g: q for g, q in reference_graphs().items() if g.value.endswith("/ontology")}
    store.replace_graphs({**ontology, DOC: quads})
    refresh_index(store)
    return store


def _finds(check: Check, ex: str = EX) -> ox.NamedNode:
    prefix, _, local = check.examples["finds"].partition(":")
    return ox.NamedNode({**check_prefixes(), "ex": ex}[prefix] + local)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_the_check_finds_nothing_in_its_valid_example(name):
    check = CHECKS[name]
    assert check.nodes(_example_store(check, broken=False)) == []


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_the_check_finds_the_node_its_broken_triple_breaks(name):
    check = CHECKS[name]
    found = {row["node"] for row in check.nodes(_example_store(check, broken=True))}
    assert found == {_finds(check)}


def _shape_constraints() -> set[tuple[str, str, str]]:
    """(shape, path, constraint component) for every constraint of shapes.ttl."""
    shapes = ox.Store()
    shapes.load(path=str(SHAPES_TTL), format=ox.RdfFormat.TURTLE)
    found = set()
    for row in shapes.query("""
        PREFIX sh: <http://www.w3.org/ns/shacl#>
        SELECT ?shape ?path ?component ?value WHERE {
          ?shape sh:property ?property . ?property sh:path ?path ; ?component ?value .
          FILTER (?component NOT IN (sh:path, sh:message))
        }"""):
        local = row["component"].value.rsplit("#", 1)[1]
        value = row["value"]
        text = value.value if isinstance(value, ox.Literal) and value.datatype.value.endswith("integer") else None
        found.add((row["shape"].value, row["path"].value, f"sh:{local}" + (f" {text}" if text else "")))
    for row in shapes.query("PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT ?shape WHERE { ?shape sh:sparql ?c }"):
        found.add((row["shape"].value, "", "sh:sparql"))
    return found


def test_every_constraint_of_the_shapes_has_a_check():
    covered = set()
    for check in CHECKS.values():
        component = check.constraint.split(" ")[0]
        rest = check.constraint[len(component):].strip()
        exact = f"{component} {rest}" if rest.isdigit() else component
        covered.add((check.shape.value, "" if component == "sh:sparql" else check.path.value, exact))
    assert _shape_constraints() - covered == set()


def _component(check: Check) -> str:
    """The SHACL constraint component IRI of a check (``sh:maxCount 1`` -> ``...#MaxCountConstraintComponent``)."""
    local = check.constraint.split(" ")[0].removeprefix("sh:")
    return SH.prefix + ("SPARQL" if local == "sparql" else local[0].upper() + local[1:]) + "ConstraintComponent"


def test_pyshacl_agrees_with_the_checks_on_every_example():
    # Every check's examples in one graph (each under its own ex: namespace): the valid ones
    # conform to the shapes, and in the broken ones pyshacl reports each check's node for the
    # same constraint and path. Two pyshacl runs, not two per check: each costs seconds.
    from graph.validate import validate_quads

    def union(broken: bool) -> list[ox.Quad]:
        return [q for name, check in CHECKS.items() for q in _example(check, broken=broken, ex=f"{EX}{name}/")]

    valid = validate_quads(union(False))
    assert valid.conforms, valid.text
    broken = validate_quads(union(True))
    expected = {(_finds(check, f"{EX}{name}/").value, _component(check),
                 "" if check.constraint == "sh:sparql" else check.path.value)
                for name, check in CHECKS.items() if check.shape != TARGETS and not _implied_by_range(check)}
    assert expected - broken.results == set()


def _implied_by_range(check: Check) -> bool:
    """``sh:class C`` on a property whose range is C: under RDFS entailment pyshacl infers the
    class and never fails; the check, reading asserted types, does (the shape's intent)."""
    if not check.constraint.startswith("sh:class "):
        return False
    prefix, _, local = check.constraint.split(" ")[1].partition(":")
    ranges = {(t.subject, t.object) for path in ONTOLOGY_FILES for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
              if t.predicate == RDFS.range}
    return (check.path, ox.NamedNode(check_prefixes()[prefix] + local)) in ranges


def test_every_check_stands_for_a_shape_of_the_shapes_file():
    shapes = {q.subject.value for q in ox.parse(path=str(SHAPES_TTL), format=ox.RdfFormat.TURTLE)
              if q.predicate == ox.NamedNode(SH.prefix + "targetClass")}
    assert {c.shape.value for c in CHECKS.values() if c.shape != TARGETS} == shapes
    assert MGS.EvidenceShape.value in shapes


def test_the_built_graph_passes_every_check(built_store):
    report = run_checks(built_store)
    assert report.conforms, report.violations[:5]
    assert set(report.counts) == set(CHECKS)


def test_a_violation_carries_the_evidence_quote_of_its_failing_fact(built_store):
    store = EmbeddedStore(None)
    store.store.extend(built_store.store.quads_for_pattern(None, None, None, None))
    row = store.select(PROLOGUE + """
        SELECT ?node ?quote ?g WHERE {
          GRAPH ?g { ?node a mg:GAResolution ; mg:symbol ?symbol }
          ?evidence rdf:subject ?node ; rdf:predicate mg:symbol ; rdf:object ?symbol ; oa:exact ?quote .
        } LIMIT 1""").rows[0]
    store.store.add(ox.Quad(row["node"], MG.symbol,
                            ox.Literal("E/RES/1/1"), row["g"]))
    refresh_index(store)
    report = run_checks(store, [CHECKS["ga-resolution-symbol-pattern"], CHECKS["instrument-symbol-max-one"]])
    assert report.counts == {"ga-resolution-symbol-pattern": 1, "instrument-symbol-max-one": 1}
    pattern = next(v for v in report.violations if v.check == "ga-resolution-symbol-pattern")
    assert pattern.node == row["node"] and pattern.value == ox.Literal("E/RES/1/1")
    assert pattern.quote == row["quote"].value and pattern.document is not None


def test_a_broken_evidence_node_is_reported_with_its_own_quote(built_store):
    store = EmbeddedStore(None)
    store.store.extend(built_store.store.quads_for_pattern(None, None, None, None))
    row = store.select(PROLOGUE + """
        SELECT ?evidence ?quote ?g ?start WHERE { GRAPH ?g { ?evidence oa:exact ?quote ; oa:start ?start } } LIMIT 1""").rows[0]
    store.store.remove(ox.Quad(row["evidence"], OA.start, row["start"], row["g"]))
    report = run_checks(store, [CHECKS["evidence-start-required"]])
    assert [(v.node, v.quote) for v in report.violations] == [(row["evidence"], row["quote"].value)]


def test_a_build_runs_every_check_but_the_ones_too_slow_for_its_budget(built_store):
    slow = {name for name, check in CHECKS.items() if not check.every_build}
    assert slow == {"targets-typed-by-domain", "targets-typed-by-range"}
    assert set(run_checks(built_store, build=True).counts) == set(CHECKS) - slow


def _prose_store(tmp_path, text: str) -> EmbeddedStore:
    """A real store: the reference graphs and one prose document loaded with no curated file."""
    from graph.build import add_documents

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    store = EmbeddedStore(None)
    store.replace_graphs(reference_graphs())
    report = add_documents(store, [path], curated_dir=tmp_path / "no-curated-files")
    assert report.failed == []
    refresh_index(store)
    return store


def test_a_place_read_from_prose_with_its_one_label_passes_the_checks_and_the_shapes(tmp_path):
    # "Pékin" is a place the registry does not know: labelled as written in French, flagged as
    # labelled only in French (an English name is never invented), and valid for both.
    from graph.validate import validate_store

    store = _prose_store(tmp_path, "Le premier atelier sur l’IA, organisé par l’UIT, se tiendra à Pékin "
                                   "du 3 au 5 juin 2026.\n")
    rows = store.select(PROLOGUE + """
        SELECT ?label ?lang WHERE { GRAPH ?g { ?place a mg:NamedPlace ; rdfs:label ?label ; mg:labelledOnlyIn ?lang } }""").rows
    assert [(r["label"].value, r["label"].language, r["lang"].value) for r in rows] == [("Pékin", "fr", "fr")]
    assert run_checks(store).violations == []
    assert validate_store(store).conforms


def test_a_one_language_flag_that_names_another_language_excuses_nothing():
    store = EmbeddedStore(None)
    ontology = {g: q for g, q in reference_graphs().items() if g.value.endswith("/ontology")}
    store.replace_graphs({**ontology, DOC: set(_turtle(
        'ex:p a mg:NamedPlace ; rdfs:label "Pékin"@fr ; mg:labelledOnlyIn "en"^^xsd:language .\n'
        'ex:q a mg:NamedPlace ; rdfs:label "Beijing"@en ; mg:labelledOnlyIn "en"^^xsd:language .\n'))})
    refresh_index(store)
    found = {row["node"] for row in CHECKS["labelled-two-labels"].nodes(store)}
    assert found == {ox.NamedNode(EX + "p")}
