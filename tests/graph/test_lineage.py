"""Lineage on real resolutions: series links with evidence, paragraph alignment (unchanged,
amended, new, dropped), first seen, English and French alike, renewed mandates."""

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.build import add_documents
from graph.lineage.align import align
from graph.lineage.read import read_input
from graph.store import EmbeddedStore
from ontology.namespaces import MG, iris
from queries.library import load_library

B = "https://w3id.org/mandate-graph/id/instrument/"


def akn(corpus: Path, symbol: str, lang: str = "English") -> Path:
    session, number = symbol.split("/")[2:4]
    return next((corpus / "akn" / f"{session}session" / lang).glob(f"A_RES_{session}_{number}-*.xml"))


@pytest.fixture(scope="module")
def store(shared_corpus) -> EmbeddedStore:
    """Two real series: the African Nuclear-Weapon-Free Zone Treaty (77/34, 78/14, 79/15, the
    last two in English and French) and the Treaty on the Prohibition of Nuclear Weapons (77/54,
    78/35)."""
    store = EmbeddedStore(None)
    files = [akn(shared_corpus, s) for s in ("A/RES/77/34", "A/RES/78/14", "A/RES/79/15", "A/RES/77/54", "A/RES/78/35")]
    files += [akn(shared_corpus, s, "French") for s in ("A/RES/78/14", "A/RES/79/15")]
    report = add_documents(store, files)
    assert report.ok, report.failed
    assert report.lineage is not None and report.lineage.series_links == 3
    return store


def rows(store, name, **params):
    return [{k: v.value for k, v in r.items()} for r in load_library()[name].run(store, params).rows]


def lineage(store, symbol, lang="en"):
    return {(r["kind"][:3], r["number"]): r for r in rows(store, "lineage", instrument=B + symbol, lang=lang)}


def test_79_15_follows_78_14_on_the_evidence_of_its_title(store):
    follows = rows(store, "follows", instrument=B + "A/RES/79/15")
    assert {f["symbol"] for f in follows} == {"A/RES/78/14"}
    assert follows[0]["basis"] == "title" and float(follows[0]["similarity"]) == 1.0
    # The evidence is the two titles' evidence, spans of the two documents.
    assert {f["quote"] for f in follows} == {"African Nuclear-Weapon-Free Zone Treaty"}
    assert len({f["document"] for f in follows}) == 2


def test_the_series_runs_oldest_first(store):
    series = rows(store, "series", instrument=B + "A/RES/78/14")
    assert [(r["symbol"], r["session"]) for r in series] == [("A/RES/77/34", "77"), ("A/RES/78/14", "78"),
                                                           ("A/RES/79/15", "79")]
    assert rows(store, "series", instrument=B + "A/RES/78/35")[0]["instrument"] == B + "A/RES/77/54"


def test_unchanged_paragraphs_and_the_amended_agenda_paragraph_of_79_15(store):
    by_number = lineage(store, "A/RES/79/15")
    assert {k for k, r in by_number.items() if r["change"] == "unchanged"} == (
        {("pre", str(n)) for n in range(1, 6)} | {("ope", str(n)) for n in range(1, 8)})
    agenda = by_number[("ope", "8")]  # "...provisional agenda of its seventy-ninth -> eightieth session"
    assert agenda["change"] == "amended" and 0.9 < float(agenda["similarity"]) < 1
    assert (agenda["predecessorSymbol"], agenda["predecessorNumber"]) == ("A/RES/78/14", "8")
    # Unchanged language is first seen in the oldest resolution loaded; amended language here.
    assert by_number[("pre", "1")]["firstSymbol"] == "A/RES/77/34"
    assert agenda["firstSymbol"] == "A/RES/79/15"


def test_new_amended_and_dropped_paragraphs_of_78_35(store):
    by_number = lineage(store, "A/RES/78/35")
    # "Welcomes the establishment of the Treaty's Scientific Advisory Group": new in 78/35.
    assert by_number[("ope", "7")]["change"] == "new" and "predecessor" not in by_number[("ope", "7")]
    # "Also welcomes the participation of States signatories..." was 77/54's paragraph 7.
    moved = by_number[("ope", "8")]
    assert (moved["change"], moved["predecessorNumber"]) == ("amended", "7")
    assert by_number[("ope", "4")]["change"] == "amended"  # the counts of signatories and parties
    assert by_number[("ope", "9")]["change"] == "unchanged"
    dropped = rows(store, "lineage-dropped", instrument=B + "A/RES/78/35")
    # "Notes the establishment of the informal intersessional process..." is not carried over.
    assert [(r["symbol"], r["kind"], r["number"]) for r in dropped] == [("A/RES/77/54", "operative", "8")]


def test_english_and_french_align_the_same_way(store):
    english, french = lineage(store, "A/RES/79/15", "en"), lineage(store, "A/RES/79/15", "fr")
    assert {k: r["change"] for k, r in english.items()} == {k: r["change"] for k, r in french.items()}
    assert len(english) == 13


def test_a_report_of_78_14_renewed_by_79_15(store):
    renewed = list(store.store.quads_for_pattern(
        ox.NamedNode(B + "A/RES/79/15/para/8/deliverable/agenda-item"), MG.renews, None, MG.lineage))
    assert [q.object.value for q in renewed] == [B + "A/RES/78/14/para/8/deliverable/agenda-item"]


def test_align_reorders_and_finds_a_paragraph_that_changed_part(store):
    data = read_input(store)
    old = data.resolutions[iris().instrument("A/RES/78/35")].paragraphs["en"]
    new = data.resolutions[iris().instrument("A/RES/78/35")].paragraphs["en"][::-1]
    assert {link.change for link in align(old, new).links} == {"unchanged"}
    preamble_last = [p for p in old if p.kind == "operative"][:1]
    as_preamble = [type(p)(p.iri, "preambular", p.number, p.position, p.text) for p in preamble_last]
    moved = align(as_preamble, preamble_last)
    assert moved.links[0].change == "unchanged" and not moved.dropped


def test_every_lineage_node_says_its_language_and_first_resolution(store):
    missing = store.select("""PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
        PREFIX dct: <http://purl.org/dc/terms/>
        SELECT ?node WHERE { GRAPH mg:lineage { ?node a mg:ParagraphLineage
          FILTER NOT EXISTS { ?node dct:language ?lang }
          FILTER (NOT EXISTS { ?node mg:firstSeen ?first } && NOT EXISTS { ?node mg:droppedIn ?successor }) } }""")
    assert missing.rows == []
