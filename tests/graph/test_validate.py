"""The SHACL cross-check's SPARQL: each query text parsed once, each binding answered on its own."""

import rdflib
from rdflib.plugins.sparql.processor import SPARQLProcessor

from graph import validate
from graph.validate import PreparedOnceProcessor

EX = rdflib.Namespace("https://example.org/")
QUERY = "SELECT ?label WHERE { ?this ex:label ?label } ORDER BY ?label"


def _graph() -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.bind("ex", EX)
    for node, labels in (("a", ["one", "two"]), ("b", ["three"]), ("c", [])):
        for label in labels:
            graph.add((EX[node], EX.label, rdflib.Literal(label)))
    return graph


def test_graph_queries_go_through_the_processor_that_parses_a_text_once():
    graph = _graph()
    assert isinstance(rdflib.plugin.get("sparql", rdflib.query.Processor)(graph), PreparedOnceProcessor)
    validate._prepared.cache_clear()
    for node in ("a", "b", "c", "a"):
        graph.query(QUERY, initBindings={"this": EX[node]})
    info = validate._prepared.cache_info()
    assert (info.misses, info.hits) == (1, 3)


def test_each_binding_of_one_text_gets_the_answer_of_rdflibs_own_processor():
    graph = _graph()
    namespaces = dict(graph.namespaces())
    for node in ("a", "b", "c", "b", "a"):
        ours = PreparedOnceProcessor(graph).query(QUERY, initBindings={"this": EX[node]}, initNs=namespaces)
        theirs = SPARQLProcessor(graph).query(QUERY, initBindings={"this": EX[node]}, initNs=namespaces)
        assert [tuple(row) for row in ours] == [tuple(row) for row in theirs]
    answer = [str(row[0]) for row in graph.query(QUERY, initBindings={"this": EX["a"]})]
    assert answer == ["one", "two"]


def test_the_same_text_under_other_prefixes_is_parsed_for_them():
    graph = _graph()
    other = rdflib.Graph()
    other.bind("ex", rdflib.Namespace("https://example.org/other/"))
    other.add((rdflib.URIRef("https://example.org/other/a"), rdflib.URIRef("https://example.org/other/label"),
               rdflib.Literal("elsewhere")))
    first = [str(r[0]) for r in graph.query(QUERY, initBindings={"this": EX["a"]})]
    second = [str(r[0]) for r in other.query(QUERY, initBindings={"this": rdflib.URIRef("https://example.org/other/a")})]
    assert (first, second) == (["one", "two"], ["elsewhere"])
