"""The whole real corpus: every GA resolution of sessions 76-80 in English and French, the
session metadata and the PDFs, built with the CLI into a real on-disk store."""

import unicodedata

import pytest

from queries.library import load_library
from queries.trace import trace_json

B = "https://w3id.org/mandate-graph/id/"
MG = "PREFIX mg: <https://w3id.org/mandate-graph/ontology#> PREFIX dct: <http://purl.org/dc/terms/> "


def _rows(store, name, **params):
    return [{k: v.value for k, v in r.items()} for r in load_library()[name].run(store, params).rows]


def test_every_document_loads_or_is_explained(corpus_build, shared_corpus):
    result, _ = corpus_build
    sources = len(list(shared_corpus.rglob("*.xml"))) + len(list(shared_corpus.rglob("*.pdf"))) + len(
        list(shared_corpus.rglob("*.jsonl")))
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"{sources + 5} loaded" in result.stdout, result.stdout
    assert " 0 failed" in result.stdout


@pytest.mark.parametrize("symbol", ["A/RES/76/1", "A/RES/77/150", "A/RES/78/311", "A/RES/79/325", "A/RES/80/100"])
def test_any_resolution_has_paragraphs_in_both_languages(store, symbol):
    rows = _rows(store, "paragraphs", instrument=B + "instrument/" + symbol)
    assert {r["lang"] for r in rows} == {"en", "fr"}, symbol
    numbers = {lang: [r["number"] for r in rows if r["lang"] == lang and r["kind"] == "operative"] for lang in ("en", "fr")}
    assert numbers["en"] and set(numbers["en"]) == set(numbers["fr"])


def test_verbs_addressees_citations_subjects_sponsors_and_votes(store):
    r = B + "instrument/A/RES/79/325"
    addressees = _rows(store, "addressees", instrument=r)
    assert {"action": "requests", "addresseeLabel": "Secretary-General of the United Nations"}.items() <= next(
        a for a in addressees if a["number"] == "3").items()
    assert {c["symbol"] for c in _rows(store, "citations", instrument=r)} >= {"A/RES/79/1", "A/RES/78/311"}
    subjects = store.select(MG + "SELECT DISTINCT ?s WHERE { <%s> dct:subject ?s }" % r).rows
    assert subjects and all(x["s"].value.startswith("http://metadata.un.org/thesaurus/") for x in subjects)
    r78 = B + "instrument/A/RES/78/311"
    sponsors = store.select(MG + "SELECT DISTINCT ?s WHERE { <%s> mg:sponsor|mg:additionalSponsor ?s }" % r78).rows
    assert len(sponsors) > 100 and {"country/DZ", "country/CN"} <= {x["s"].value.split("/id/")[1] for x in sponsors}
    kinds = {x["t"].value for x in store.select(MG + "SELECT DISTINCT ?t WHERE { <%s> mg:adoptionType ?t }" % r78).rows}
    assert kinds == {"Without a vote", "adoptedWithoutVote"}
    votes = store.select(MG + """SELECT ?r (COUNT(DISTINCT ?s) AS ?n) ?count WHERE {
        ?r mg:votedInFavour ?s ; mg:inFavourCount ?count } GROUP BY ?r ?count LIMIT 50""").rows
    assert votes and all(int(v["n"].value) == int(v["count"].value) for v in votes)


def test_78_311_from_seed_002_and_from_the_xml_agree_paragraph_by_paragraph(store):
    rows = _rows(store, "paragraphs", instrument=B + "instrument/A/RES/78/311")
    french: dict[str, set[str]] = {}
    for row in rows:
        if row["lang"] == "fr":
            text = unicodedata.normalize("NFC", " ".join(row["text"].replace("’", "'").split()))
            french.setdefault(row["paragraph"], set()).add(text)
    assert len(french) == 30
    assert all(len(texts) == 1 for texts in french.values()), [t for t in french.values() if len(t) > 1][:1]


def test_a_compact_milestone_traces_to_the_pact_for_the_future(store):
    answer = trace_json(store, B + "tracker/000_de6332f6ce3bed7e/milestone/1")
    symbols = {m["instrument"]["symbol"] for m in answer["mandates"]}
    assert {"A/RES/79/1, annex I", "A/RES/79/1"} <= symbols
    para61 = _rows(store, "paragraphs", instrument=B + "instrument/A/RES/79/1/annex/I")
    texts = {r["lang"]: r["text"] for r in para61 if r["paragraph"].endswith("/para/61")}
    assert texts["en"].startswith("We will leverage existing United Nations")


def test_evidence_spans_of_a_sample_match_their_documents(store):
    counts = store.select("""
        PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
        SELECT (COUNT(?e) AS ?all) (SUM(IF(SUBSTR(STR(?text), ?s + 1, ?end - ?s) = STR(?q), 1, 0)) AS ?ok) WHERE {
          VALUES ?d { <%sdocument/A_RES_78_311-2412313F> <%sdocument/metadata-78> <%sdocument/A_RES_79_1-pdf> }
          ?e prov:wasDerivedFrom ?d ; oa:start ?s ; oa:end ?end ; oa:exact ?q . ?d mg:sourceText ?text }""" % (B, B, B)).rows[0]
    assert int(counts["all"].value) > 10000
    assert counts["ok"].value == counts["all"].value


