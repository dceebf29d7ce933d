import pytest
from pyoxigraph import Store

from loaders.quads.builder import GraphBuilder, SourceDocument
from loaders.quads.resolution import instrument_node
from ontology.namespaces import MG, RDF


@pytest.mark.parametrize("symbol, kind, organ", [
    ("A/RES/79/325", MG.GAResolution, "general-assembly"),
    ("A/RES/S-32/1", MG.GAResolution, "general-assembly"),
    ("A/RES/ES-11/1", MG.GAResolution, "general-assembly"),
    ("A/HRC/RES/53/2", MG.HRCResolution, "human-rights-council"),
    ("S/RES/2719(2023)", MG.SCResolution, "security-council"),
    ("E/RES/2023/1", MG.ECOSOCResolution, "ecosoc"),
    ("A/DEC/78/550", MG.Decision, "general-assembly"),
    ("A/79/391", MG.UNDocument, "general-assembly"),
])
def test_an_instrument_is_typed_by_the_organ_its_symbol_names(symbol, kind, organ):
    b = GraphBuilder(SourceDocument.from_text("text", name="symbols-test", lang="en"))
    node = instrument_node(b, symbol)
    store = Store()
    store.extend(b.quads)
    types = {q.object for q in store.quads_for_pattern(node, RDF.type, None)}
    assert types == {MG.Instrument, kind}
    assert [q.object for q in store.quads_for_pattern(node, MG.issuedBy, None)] == [b.iris.entity(organ)]
    assert [q.object.value for q in store.quads_for_pattern(node, MG.officialRecord, None)] == [
        "https://undocs.org/" + symbol]


def test_an_annex_is_an_instrument_only():
    b = GraphBuilder(SourceDocument.from_text("text", name="symbols-test", lang="en"))
    node = instrument_node(b, "A/RES/79/1, annex I")
    assert {q.object for q in b.quads if q.subject == node and q.predicate == RDF.type} == {MG.Instrument}
