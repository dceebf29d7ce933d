"""Mandates extracted from every operative paragraph of the real corpus (sessions 76-80,
English and French): every paragraph has its action, the reports due at the eighty-first
session are listed, the two languages agree, and an extracted report has its mandate chain."""

from __future__ import annotations

from queries.library import load_library
from queries.trace import trace_json

MG = ("PREFIX mg: <https://w3id.org/mandate-graph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
      "PREFIX act: <https://w3id.org/mandate-graph/action/> ")


def _count(store, body: str) -> int:
    return int(store.select(MG + "SELECT (COUNT(*) AS ?n) WHERE { " + body + " }").rows[0]["n"].value)


def test_every_operative_paragraph_has_its_action(store):
    paragraphs = _count(store, "SELECT DISTINCT ?p WHERE { ?p a mg:OperativeParagraph }")
    without = store.select(MG + """SELECT DISTINCT ?p WHERE { ?p a mg:OperativeParagraph
        FILTER NOT EXISTS { ?p mg:hasActionClause ?c } } LIMIT 20""").rows
    unknown = store.select(MG + """SELECT ?verb (COUNT(DISTINCT ?c) AS ?n) WHERE {
        ?c mg:action act:other ; mg:verbForm ?verb } GROUP BY ?verb ORDER BY DESC(?n) LIMIT 15""").rows
    print(f"\n{paragraphs} operative paragraphs; verbs without a concept of their own (strength 0):",
          ", ".join(f"{r['verb'].value} {r['n'].value}" for r in unknown))
    assert len(without) == 0, [r["p"].value for r in without]


def test_reports_due_at_the_eighty_first_session(store):
    rows = load_library()["reports-due"].run(store, {"session": "81"}).rows
    symbols = {r["symbol"].value for r in rows}
    print(f"\n{len(rows)} reports due at the eighty-first session, from {len(symbols)} resolutions")
    assert len(symbols) > 100
    owed_by_the_secretary_general = [r for r in rows if r.get("assignee") is not None
                                     and r["assignee"].value.endswith("/entity/secretary-general")]
    assert len(owed_by_the_secretary_general) > len(rows) / 2
    assert all(r["paragraph"].value.startswith(
        "https://w3id.org/mandate-graph/id/instrument/A/RES/") for r in rows)


def test_english_and_french_give_the_same_mandates(store):
    # A deliverable both languages found carries a label in each; one that only one language
    # found, in a paragraph read in both, is a disagreement.
    both = _count(store, """SELECT DISTINCT ?d WHERE { ?d a mg:Deliverable ; rdfs:label ?en, ?fr
        FILTER (LANG(?en) = "en" && LANG(?fr) = "fr") }""")
    one = store.select(MG + """SELECT ?d ?lang WHERE {
        { SELECT ?d (SAMPLE(LANG(?l)) AS ?lang) (COUNT(DISTINCT LANG(?l)) AS ?langs)
          WHERE { ?d a mg:Deliverable ; rdfs:label ?l } GROUP BY ?d }
        FILTER (?langs = 1)
        ?d mg:mandatedBy ?p . ?p mg:text ?en, ?fr FILTER (LANG(?en) = "en" && LANG(?fr) = "fr") }""").rows
    agreement = both / (both + len(one))
    print(f"\ndeliverables found in both languages: {both}; in one only: {len(one)}; agreement {agreement:.3f}; "
          "first disagreements:", [r["d"].value.split("/id/")[1] for r in one[:10]])
    assert agreement >= 0.80


def test_mandates_answers_for_an_extracted_report_no_person_curated(store):
    rows = load_library()["reports-due"].run(store, {"session": "81"}).rows
    report = rows[0]["report"].value
    answer = trace_json(store, report, lang="en")
    assert answer["mandates"], answer
    assert answer["mandates"][0]["instrument"]["symbol"] == rows[0]["symbol"].value
