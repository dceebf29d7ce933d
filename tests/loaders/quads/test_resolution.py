import pytest
from pyoxigraph import NamedNode, Store

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


# What a citation says of the instrument it cites ("its resolution 79/1 … entitled …") is the citing
# document's wording: another title (A/RES/79/211 writes "The Pact of the Future"), another date
# (the French text of A/RES/79/236 dates resolution 78/167 "19 décembre 2024", the English one
# "19 December 2023"). It lands on mg:citedTitle and mg:citedAdoptionDate, never on the instrument's
# own dct:title and mg:adoptionDate, so the shapes' checks hold on a store holding both.
P = ("PREFIX mg: <https://w3id.org/mandate-graph/ontology#> PREFIX dct: <http://purl.org/dc/terms/> ")
I = "https://w3id.org/mandate-graph/id/instrument/"


@pytest.fixture(scope="module")
def citing_and_cited(shared_corpus):
    from graph.build import add_documents, reference_graphs
    from graph.store import EmbeddedStore

    store = EmbeddedStore(None)
    store.replace_graphs(reference_graphs())
    files = [("79session/English", "A_RES_79_1-"), ("79session/English", "A_RES_79_211-"),
             ("79session/English", "A_RES_79_236-"), ("79session/French", "A_RES_79_236-"),
             ("78session/English", "A_RES_78_167-")]
    report = add_documents(store, [next((shared_corpus / "akn" / folder).glob(f"{prefix}*.xml"))
                                   for folder, prefix in files], curated_dir=())
    assert report.ok, report.failed
    return store


def _values(store, node: str, prop: str) -> set[str]:
    return {str(r["v"].value) for r in store.select(P + f"SELECT DISTINCT ?v WHERE {{ <{I}{node}> {prop} ?v }}").rows}


def test_a_cited_title_is_the_citing_documents_not_the_instruments(citing_and_cited):
    assert _values(citing_and_cited, "A/RES/79/1", "dct:title") == {"The Pact for the Future"}
    assert "The Pact of the Future" in _values(citing_and_cited, "A/RES/79/1", "mg:citedTitle")


def test_a_cited_adoption_date_is_the_citing_documents_not_the_instruments(citing_and_cited):
    assert _values(citing_and_cited, "A/RES/78/167", "mg:adoptionDate") == {"2023-12-19"}
    assert _values(citing_and_cited, "A/RES/78/167", "mg:citedAdoptionDate") == {"2023-12-19", "2024-12-19"}


def test_the_title_and_date_checks_hold_on_the_instrument_and_its_citing_documents(citing_and_cited):
    from graph.check_files import load_checks
    from graph.checks import run_checks

    checks = load_checks()
    report = run_checks(citing_and_cited, [checks["instrument-title-unique-lang"],
                                           checks["instrument-adoption-date-max-one"]], evidence=False)
    assert report.counts == {"instrument-title-unique-lang": 0, "instrument-adoption-date-max-one": 0}


def test_queries_show_the_own_title_and_date_and_the_cited_ones_only_when_there_is_none(citing_and_cited):
    from queries.library import load_library

    library = load_library()
    rows = {r["symbol"].value: r for r in library["citations"].run(
        citing_and_cited, {"instrument": I + "A/RES/79/236"}).rows}
    assert str(rows["A/RES/78/167"]["adopted"].value) == "2023-12-19"
    info = library["node-info"].run(citing_and_cited, {"node": I + "A/RES/79/1"}).rows[0]
    assert info["title"].value == "The Pact for the Future"
    # A/RES/70/1 is not loaded: its title and date are those 79/236 cites it with.
    assert (rows["A/RES/70/1"]["title"].value, str(rows["A/RES/70/1"]["adopted"].value)) == (
        "Transforming our world: the 2030 Agenda for Sustainable Development", "2015-09-25")


def test_a_title_typed_with_a_straight_apostrophe_is_the_same_title(shared_corpus):
    # Seed 002 is A/RES/78/311 in French typed with "'", the UN's XML writes "’": one title, one check held.
    from graph.build import add_documents, reference_graphs
    from graph.check_files import load_checks
    from graph.checks import run_checks
    from graph.store import EmbeddedStore
    from loaders.paths import SEEDS_DIR

    store = EmbeddedStore(None)
    store.replace_graphs(reference_graphs())
    files = [next(SEEDS_DIR.glob("002_*.txt")),
             next((shared_corpus / "akn/78session/French").glob("A_RES_78_311-*.xml"))]
    report = add_documents(store, files, curated_dir=())
    assert report.ok, report.failed
    assert _values(store, "A/RES/78/311", "dct:title") == {
        "Intensifier la coopération internationale en matière de renforcement des capacités dans le domaine "
        "de l’intelligence artificielle"}
    check = load_checks()["instrument-title-unique-lang"]
    assert run_checks(store, [check], evidence=False).counts == {"instrument-title-unique-lang": 0}
