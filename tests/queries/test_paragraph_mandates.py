"""A resolution's paragraphs' mandates read in small bound steps are the ``obligations`` rows."""

import pytest
from pyoxigraph import Literal

from graph.store import EmbeddedStore
from queries.library import load_library, prefix_block
from queries.paragraph_mandates import COLUMNS, paragraph_mandates

B = "https://w3id.org/mandate-graph/id/"


def _paragraphs(store, instrument: str) -> list[str]:
    rows = load_library()["paragraphs"].run(store, {"instrument": instrument}).rows
    return list(dict.fromkeys(r["paragraph"].value for r in rows))


def _comparable(rows) -> list[dict]:
    """Every column, labels and quotes with their language: the same value picked as the query picks it."""
    return [{k: (v.value, getattr(v, "language", None)) for k, v in row.items()} for row in rows]


def _by_paragraph(rows, paragraphs: list[str]) -> list[dict]:
    """``obligations`` rows in the page's order: paragraph by paragraph, each in the query's order."""
    return [row for p in paragraphs for row in rows if row["paragraph"].value == p]


@pytest.mark.parametrize("symbol", ["A/RES/78/311", "A/RES/79/325"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_rows_are_the_obligations_rows_of_the_instrument(bilingual_store, symbol, lang):
    instrument = B + "instrument/" + symbol
    paragraphs = _paragraphs(bilingual_store, instrument)
    evaluated = load_library()["obligations"].run(bilingual_store, {"instrument": instrument, "lang": lang}).rows
    read = paragraph_mandates(bilingual_store, paragraphs, lang)
    assert read and _comparable(read) == _comparable(_by_paragraph(evaluated, paragraphs))
    assert all(list(row) == [c for c in COLUMNS if c in row] for row in read)


_QUOTES = """SELECT DISTINCT ?deliverable ?action ?quote WHERE {
  ?clause mg:deliverable ?deliverable ; mg:action/skos:prefLabel ?action .
  ?evidence rdf:subject ?clause ; rdf:predicate mg:action ; oa:exact ?quote .
  FILTER (LANG(?action) = "en")
}"""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_mandate_keeps_the_quote_of_its_verb_in_the_language_asked(bilingual_store, lang):
    # A/RES/79/325 is loaded in English and French: most deliverables are asked by an English and
    # a French clause, and the quote is the verb in ``lang`` when one is (SAMPLE took either).
    quotes: dict[tuple[str, str], set] = {}
    for row in bilingual_store.select(prefix_block() + _QUOTES).rows:
        quotes.setdefault((row["deliverable"].value, row["action"].value), set()).add(row["quote"])
    instrument = B + "instrument/A/RES/79/325"
    rows = paragraph_mandates(bilingual_store, _paragraphs(bilingual_store, instrument), lang=lang)
    assert len(rows) > 20
    for row in rows:
        candidates = quotes[(row["deliverable"].value, row["action"].value)]
        assert row["quote"] in candidates
        assert row["quote"].language == lang or all(q.language != lang for q in candidates), row
        assert row["assigneeLabel"].value and row["deliverableLabel"].value
    assert sum(row["quote"].language == lang for row in rows) > len(rows) / 2


def test_paragraphs_without_mandates_give_no_rows(built_store):
    assert paragraph_mandates(built_store, [B + "instrument/A/RES/78/311/para/12"]) == []
    assert paragraph_mandates(built_store, []) == []


def test_of_two_labels_the_page_picks_the_one_the_query_picks():
    # A deliverable labelled twice in English (a PDF's copy and the XML's, say): the least, as the
    # library picks it, not the longest.
    store = EmbeddedStore(None)
    store.update(prefix_block() + f"""INSERT DATA {{ GRAPH <{B}document/test> {{
        <{B}instrument/X> a mg:Resolution .
        <{B}instrument/X/para/1> mg:paragraphOf <{B}instrument/X> ; mg:number "1" ; mg:position 1 ;
            mg:hasActionClause <{B}instrument/X/para/1/clause/1> .
        <{B}instrument/X/para/1/clause/1> mg:deliverable <{B}instrument/X/para/1/deliverable/report> ;
            mg:action <{B}test/requests> .
        <{B}test/requests> skos:prefLabel "requests"@en ; mg:strength 3 .
        <{B}instrument/X/para/1/deliverable/report> mg:mandatedBy <{B}instrument/X/para/1> ;
            mg:assignee <{B}entity/secretary-general> ; mg:deliverableKind <{B}test/report> ;
            rdfs:label "Zeta report on the implementation of the present resolution"@en, "Alpha report"@en .
        <{B}test/report> skos:notation "report" .
    }} }}""")
    read = paragraph_mandates(store, [B + "instrument/X/para/1"])
    evaluated = load_library()["obligations"].run(store, {"instrument": B + "instrument/X"}).rows
    assert [row["deliverableLabel"] for row in read] == [Literal("Alpha report", language="en")]
    assert _comparable(read) == _comparable(evaluated)
