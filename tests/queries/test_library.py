import pytest

from queries.library import ParameterError, load_library

B = "https://w3id.org/mandate-graph/id/"
R78 = B + "instrument/A/RES/78/311"


def run(store, name, **params):
    result = load_library()[name].run(store, params)
    return [{k: v.value for k, v in row.items()} for row in result.rows]


def test_every_query_declares_its_columns_and_example_params():
    for query in load_library().values():
        assert query.title and query.description, query.name
        assert query.columns, query.name
        for param in query.params.values():
            assert param.example is not None, (query.name, param.name)


@pytest.mark.parametrize("name", sorted(load_library()))
def test_every_query_runs_on_its_examples_and_projects_its_columns(built_store, name):
    query = load_library()[name]
    values = {p.name: p.example for p in query.params.values()}
    result = query.run(built_store, values)
    assert set(query.columns) <= set(result.variables)


def test_mandates_of_the_global_dialogue(built_store):
    rows = run(built_store, "mandates", activity=B + "entity/global-dialogue-ai-governance")
    by_symbol = {r["symbol"]: r for r in rows}
    assert {"A/RES/79/325", "A/RES/79/1, annex I", "A/RES/79/1"} <= set(by_symbol)
    assert any("en application de sa Résolution 79/325" in r["quote"] for r in rows if r["symbol"] == "A/RES/79/325")


def test_paragraphs_in_order_with_kind_and_language(built_store):
    rows = run(built_store, "paragraphs", instrument=R78)
    assert [(r["kind"], r["number"]) for r in rows][:2] == [("preambular", "1"), ("preambular", "2")]
    assert [r["number"] for r in rows if r["kind"] == "operative"] == [str(n) for n in range(1, 16)]
    assert {r["lang"] for r in rows} == {"fr"}


def test_addressees_of_operative_paragraph_2(built_store):
    rows = run(built_store, "addressees", instrument=R78)
    para2 = sorted((r["action"], r["addresseeLabel"]) for r in rows if r["number"] == "2" and "/para/" in r["paragraph"])
    assert para2 == [("calls upon", "international community"), ("calls upon", "relevant stakeholders"),
                     ("encourages", "Member States")]


def test_citations_are_typed(built_store):
    rows = {r["symbol"]: r["relation"] for r in run(built_store, "citations", instrument=R78)}
    assert rows["A/RES/70/1"] == "reaffirms" and rows["A/RES/217(III)"] == "recalls"
    assert len(rows) == 9


def test_milestone_status_as_of_a_date(built_store):
    rows = run(built_store, "milestones", as_of="2025-10-01")
    status = {(r["label"][:30], r["deadline"]): r["status"] for r in rows}
    assert status[("Présentation du rapport du Sec", "2025-09-25")] == "done"
    assert status[("Organiser la Conférence de l'U", "2025-06-05")] == "past-due"
    assert status[("Organiser l'édition 2026 du Fo", "2026-12-31")] == "due"
    only = run(built_store, "milestones", as_of="2025-10-01", commitment=B + "instrument/A/RES/79/1/annex/I/para/63")
    assert len(only) == 1 and len(rows) == 10


def test_signatories(built_store):
    rows = run(built_store, "signatories", document=B + "instrument/AI-Action-Summit-Statement-Paris-2025", lang="fr")
    assert len(rows) == 60
    assert {"signatory": B + "country/FR", "label": "France", "iso": "FR", "kind": "state"} in rows
    assert sum(r["kind"] == "organization" for r in rows) == 2


def test_events_between_dates(built_store):
    rows = run(built_store, "events", **{"from": "2026-01-01", "to": "2026-12-31"})
    assert [(r["label"], r["start"], r["end"]) for r in rows] == [
        ("First Global Dialogue on AI Governance (2026)", "2026-07-06", "2026-07-07")]
    assert len(run(built_store, "events")) == 2


def test_mentions_roles_and_evidence(built_store):
    mentions = run(built_store, "mentions", entity=B + "entity/secretary-general")
    assert any(r["quote"] == "Secrétaire général" for r in mentions)
    roles = {(r["activity"].rsplit("/", 1)[1], r["role"]) for r in run(built_store, "roles", agency=B + "entity/itu")}
    assert {("global-dialogue-ai-governance", "secretariat"), ("global-dialogue-2026", "coordinator"),
            ("iawg-ai", "chair or co-chair")} <= roles
    evidence = run(built_store, "evidence", subject=B + "entity/iawg-ai",
                   predicate="https://w3id.org/mandate-graph/ontology#mandatedBy")
    # The curated facts and the extractor's reading of the same sentences: both instruments, each twice.
    assert sorted({r["object"].rsplit("/RES/", 1)[1] for r in evidence}) == ["79/325", "80/173"]


def test_wrong_parameter_types_name_the_parameter(built_store):
    with pytest.raises(ParameterError, match="as_of"):
        run(built_store, "milestones", as_of="yesterday")
    with pytest.raises(ParameterError, match="activity"):
        run(built_store, "mandates", activity="not an iri")
    with pytest.raises(ParameterError, match="activity.*required"):
        run(built_store, "mandates")


@pytest.mark.parametrize("hostile", [
    '"} } DROP ALL ; SELECT * WHERE { ?s ?p ?o',
    "https://x/> } UNION { ?s ?p ?o } #",
    "en\" ) } SELECT * WHERE { ?s ?p ?o } #",
])
def test_hostile_values_cannot_change_the_query(built_store, hostile):
    with pytest.raises(ParameterError):
        run(built_store, "roles", agency=hostile)
    with pytest.raises(ParameterError):
        run(built_store, "roles", agency=B + "entity/itu", lang=hostile)
    before = len(built_store)
    from pyoxigraph import Literal

    rows = built_store.select("SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }",
                              {"l": Literal(hostile)}).rows
    assert rows == [] and len(built_store) == before


R79_325 = B + "instrument/A/RES/79/325"
#: Parameters that make each library query look at A/RES/79/325 (two language graphs).
BILINGUAL_PARAMS = {"instrument": R79_325, "activity": B + "entity/global-dialogue-ai-governance",
                    "subject": B + "entity/global-dialogue-ai-governance", "node": R79_325,
                    "entity": B + "entity/general-assembly", "agency": B + "entity/itu", "lang": "en"}


@pytest.mark.parametrize("name", sorted(load_library()))
def test_no_library_query_repeats_a_row_for_a_resolution_in_two_languages(bilingual_store, name):
    query = load_library()[name]
    values = {p.name: BILINGUAL_PARAMS.get(p.name, p.example) for p in query.params.values()}
    rows = [tuple(sorted((k, str(v)) for k, v in row.items())) for row in query.run(bilingual_store, values).rows]
    repeated = {row for row in rows if rows.count(row) > 1}
    assert not repeated, f"{name}: {len(rows)} rows, {len(set(rows))} distinct; e.g. {sorted(repeated)[:1]}"


def test_paragraphs_of_a_bilingual_resolution_once_per_language_in_document_order(bilingual_store):
    rows = run(bilingual_store, "paragraphs", instrument=R79_325)
    assert len(rows) == 52 == len({(r["paragraph"], r["lang"]) for r in rows})
    numbers = [r["number"] for r in rows if r["kind"] == "operative" and r["lang"] == "en"]
    assert numbers[:8] == ["1", "1 (a)", "1 (b)", "1 (c)", "1 (d)", "1 (e)", "2", "3"]
    assert numbers[numbers.index("4"):numbers.index("4") + 2] == ["4", "4 (a)"]



def test_reports_due_name_who_owes_them_and_to_whom_in_the_asked_language(built_store):
    rows = run(built_store, "reports-due", session="80")
    row = next(r for r in rows if r["symbol"] == "A/RES/78/311" and r["number"] == "15")
    assert (row["assigneeLabel"], row["reportToLabel"]) == ("Secretary-General of the United Nations", "General Assembly")
    french = next(r for r in run(built_store, "reports-due", session="80", lang="fr") if r["number"] == "15")
    assert (french["assigneeLabel"], french["reportToLabel"]) == ("Secrétaire général de l'Organisation des Nations Unies", "Assemblée générale")


def test_obligations_name_the_body_a_report_goes_to(built_store):
    rows = run(built_store, "obligations", instrument=R78)
    report = next(r for r in rows if r["number"] == "15" and r["kind"] == "report")
    assert report["reportToLabel"] == "General Assembly"


def test_obligations_are_ordered_by_every_grouped_column():
    """The build keeps `obligations` pages per assignee and the API compares nothing at run time:
    rows that tie on the first sort keys must come out in one order on every engine and run."""
    import re

    text = load_library()["obligations"].text
    # The GROUP BY ends its sub-select ("}"), or a line.
    grouped = set(re.search(r"GROUP BY([^}]*?)(?:\}|\n(?:#|ORDER))", text, re.DOTALL).group(1).split())
    ordered = set(re.search(r"ORDER BY(.*)", text).group(1).split())
    assert grouped - {"?strength"} <= ordered, sorted(grouped - ordered)


def test_a_paragraph_of_a_resolution_read_in_two_languages_gives_one_row_per_text(shared_corpus):
    # A/RES/78/311 in English and French: each text with the title in its own language, not every
    # text with every title (four rows for two texts, each shown twice on the paragraph's page).
    from graph.build import add_documents, reference_graphs
    from graph.store import EmbeddedStore

    store = EmbeddedStore(None)
    store.replace_graphs(reference_graphs())
    files = [next((shared_corpus / "akn/78session" / folder).glob("A_RES_78_311-*.xml")) for folder in ("English", "French")]
    assert add_documents(store, files, curated_dir=()).ok
    rows = run(store, "paragraph-of", paragraph=R78 + "/para/2")
    assert [(row["lang"], row["title"].split()[0]) for row in rows] == [("en", "Enhancing"), ("fr", "Intensifier")]
