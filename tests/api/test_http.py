import httpx
import pytest

B = "https://w3id.org/mandate-graph/id/"


def test_health_counts_triples(api):
    body = httpx.get(api + "/health").json()
    assert body["status"] == "ok" and body["triples"] > 5000


def test_mandates_answers_why_itu_runs_the_global_dialogue(api):
    body = httpx.get(api + "/mandates", params={"activity": "Global Dialogue on AI Governance"}).json()
    assert body["activity"]["iri"] == B + "entity/global-dialogue-ai-governance"
    chain = next(m for m in body["mandates"] if m["instrument"]["symbol"] == "A/RES/79/325")
    assert chain["paragraph"] is None and chain["path"][0]["property"].endswith("#mandatedBy")
    assert "Résolution 79/325" in chain["evidence"][0]["quote"]


def test_mandates_not_found_and_ambiguous(api):
    assert httpx.get(api + "/mandates", params={"activity": "qqqq nothing"}).status_code == 404
    response = httpx.get(api + "/mandates", params={"activity": "Sommet"})
    assert response.status_code == 300 and len(response.json()["candidates"]) > 1


@pytest.mark.parametrize("text", ["Unicorn Programme", "Quantum Summit"])
def test_a_weak_match_is_a_404_with_did_you_mean(api, text):
    response = httpx.get(api + "/mandates", params={"activity": text})
    assert response.status_code == 404
    assert response.json()["did_you_mean"] and "did you mean" in response.json()["error"]
    search = httpx.get(api + "/search", params={"q": text}).json()
    assert search["results"] == [] and search["did_you_mean"]


def test_search_is_accent_and_case_insensitive_in_both_languages(api):
    for text in ["groupe de travail interinstitutions", "GTI-IA", "inter-agency working group"]:
        results = httpx.get(api + "/search", params={"q": text}).json()["results"]
        assert results[0]["iri"] == B + "entity/iawg-ai", text
    results = httpx.get(api + "/search", params={"q": "etats membres"}).json()["results"]
    assert results[0]["iri"] == B + "entity/member-states"


def test_queries_list_run_and_reject_bad_parameters(api):
    names = {q["name"] for q in httpx.get(api + "/queries").json()["queries"]}
    assert {"mandates", "activities-under", "paragraphs", "addressees", "citations", "milestones",
            "signatories", "events", "mentions", "roles", "evidence"} <= names
    ok = httpx.get(api + "/queries/roles", params={"agency": B + "entity/itu"})
    assert ok.status_code == 200 and ok.json()["results"]["bindings"]
    csv = httpx.get(api + "/queries/roles", params={"agency": B + "entity/itu"}, headers={"Accept": "text/csv"})
    assert csv.text.splitlines()[0] == "activity,label,role"
    bad = httpx.get(api + "/queries/milestones", params={"as_of": "soon"})
    assert bad.status_code == 422 and bad.json()["parameter"] == "as_of"
    missing = httpx.get(api + "/queries/mandates")
    assert missing.status_code == 422 and missing.json()["parameter"] == "activity"


def test_resolution_page(api):
    body = httpx.get(api + "/resolutions/78/311").json()
    assert body["symbol"] == "A/RES/78/311" and body["adopted"] == "2024-07-01"
    assert len(body["paragraphs"]) == 30 and len(body["citations"]) == 9
    para15 = next(p for p in body["paragraphs"] if p["iri"].endswith("/para/15"))
    assert para15["actions"] == [{"action": "requests", "addressees": [B + "entity/secretary-general"]}]
    assert httpx.get(api + "/resolutions/1/1").status_code == 404


def test_library_parameters_take_symbols_and_names_as_people_type_them(api):
    def rows(name, **params):
        answer = httpx.get(api + f"/queries/{name}", params=params, timeout=30)
        assert answer.status_code == 200, answer.text
        return answer.json()["results"]["bindings"]

    assert rows("roles", agency="ITU") == rows("roles", agency=B + "entity/itu") != []
    assert rows("obligations", instrument="A/RES/78/311") == rows("obligations", instrument=B + "instrument/A/RES/78/311") != []
    assert rows("mandates", activity="Global Dialogue on AI Governance") == rows(
        "mandates", activity=B + "entity/global-dialogue-ai-governance") != []
    ambiguous = httpx.get(api + "/queries/roles", params={"agency": "Sommet"}, timeout=30)
    assert ambiguous.status_code == 300 and len(ambiguous.json()["candidates"]) > 1
    unknown = httpx.get(api + "/queries/roles", params={"agency": "Unicorn Programme"}, timeout=30)
    assert unknown.status_code == 404 and "did_you_mean" in unknown.json()
    by_symbol = httpx.get(api + "/obligations", params={"instrument": "A/RES/78/311"}, timeout=30).json()
    by_iri = httpx.get(api + "/obligations", params={"instrument": B + "instrument/A/RES/78/311"}, timeout=30).json()
    assert by_symbol == by_iri and by_symbol["total"] > 0
    assert httpx.get(api + "/obligations", params={"assignee": "Sommet"}, timeout=30).status_code == 300


def test_sparql_knows_the_projects_prefixes_and_lists_them(api):
    prefixes = httpx.get(api + "/sparql/prefixes").json()["prefixes"]
    assert prefixes["mg"] == "https://w3id.org/mandate-graph/ontology#"
    assert {"rdfs", "skos", "dct", "prov", "oa", "org", "schema", "act", "dk"} <= set(prefixes)
    undeclared = "SELECT ?label WHERE { <" + B + "entity/itu> rdfs:label ?label FILTER (LANG(?label) = 'en') }"
    answer = httpx.get(api + "/sparql", params={"query": undeclared}, headers={"Accept": "application/sparql-results+json"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"]["bindings"][0]["label"]["value"] == "International Telecommunication Union"


def test_sparql_errors_read_as_sentences_in_the_users_lines(api):
    unknown = httpx.get(api + "/sparql", params={"query": "SELECT * WHERE { ?s foo:bar ?o }"})
    assert unknown.status_code == 400 and "unknown prefix `foo:` at line 1, column 21" in unknown.json()["error"]
    broken = httpx.get(api + "/sparql", params={"query": "SELECT ?l WHERE {\n  ?s rdfs:label ?l .\n  FILTER(?l = ) }"})
    message = broken.json()["error"]
    assert broken.status_code == 400 and message.startswith("syntax error at line 3, column 18: expected one of ")
    assert "\\u{" not in message and "[" not in message


def test_head_on_sparql_answers_like_get_without_a_body(api):
    get = httpx.get(api + "/sparql", params={"query": QUERY}, headers={"Accept": "text/csv"})
    head = httpx.head(api + "/sparql", params={"query": QUERY}, headers={"Accept": "text/csv"})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert int(head.headers["content-length"]) == len(get.content)
    assert httpx.head(api + "/sparql", params={"query": "SELECT"}).status_code == 400


def test_a_resolution_the_corpus_only_cites_is_titled_by_its_name(api):
    # The seeds name A/RES/79/1 "Pact for the Future" (the tracer showed it) but state no dct:title.
    body = httpx.get(api + "/resolutions/79/1").json()
    assert body["title"] == "Pact for the Future"
    assert httpx.get(api + "/resolutions/79/1", params={"lang": "fr"}).status_code == 200


QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.mark.parametrize("accept, expected", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
])
def test_sparql_get_with_content_negotiation(api, accept, expected):
    response = httpx.get(api + "/sparql", params={"query": QUERY}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(expected)


def test_sparql_post_form_and_direct(api):
    form = httpx.post(api + "/sparql", data={"query": QUERY})
    direct = httpx.post(api + "/sparql", content=QUERY, headers={"Content-Type": "application/sparql-query"})
    assert form.json() == direct.json()
    construct = httpx.post(api + "/sparql", data={"query": "CONSTRUCT WHERE { ?s a ?t } LIMIT 3"},
                           headers={"Accept": "text/turtle"})
    assert construct.status_code == 200 and construct.headers["content-type"].startswith("text/turtle")


@pytest.mark.parametrize("request_kwargs, status", [
    ({"method": "GET", "params": {"query": "SELECT * WHERE { ?s ?p }"}}, 400),
    ({"method": "GET", "params": [("query", QUERY), ("query", QUERY)]}, 400),
    ({"method": "GET", "params": {}}, 400),
    ({"method": "POST", "data": {"update": "DROP ALL"}}, 400),
    ({"method": "POST", "content": "DROP ALL", "headers": {"Content-Type": "application/sparql-query"}}, 400),
    ({"method": "POST", "content": QUERY, "headers": {"Content-Type": "text/plain"}}, 415),
    ({"method": "POST", "content": b"\xff\xfe", "headers": {"Content-Type": "application/sparql-query"}}, 400),
    ({"method": "GET", "params": {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}}, 400),
    ({"method": "GET", "params": {"query": QUERY}, "headers": {"Accept": "image/png"}}, 406),
])
def test_sparql_protocol_errors_are_4xx(api, request_kwargs, status):
    kwargs = dict(request_kwargs)
    method = kwargs.pop("method")
    response = httpx.request(method, api + "/sparql", **kwargs)
    assert response.status_code == status, response.text
    assert httpx.get(api + "/health").status_code == 200


def test_syntax_error_gives_the_position(api):
    response = httpx.get(api + "/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert "at line 1, column " in response.json()["error"]


def test_sparqlwrapper_and_rdflib_clients(api):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(api + "/sparql")
    client.setQuery("PREFIX mg: <https://w3id.org/mandate-graph/ontology#> SELECT ?s WHERE { ?s mg:symbol \"A/RES/78/311\" }")
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert rows[0]["s"]["value"] == B + "instrument/A/RES/78/311"

    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(api + "/sparql", returnFormat="json")
    result = list(store.query("SELECT ?n WHERE { BIND(2 AS ?n) }"))
    assert int(result[0][0]) == 2


@pytest.mark.parametrize("hostile", [
    '"} } ; DROP ALL #', "https://x/> } UNION { ?s ?p ?o } #", "en\") } SELECT * WHERE { ?s ?p ?o } #",
])
def test_sparql_injection_through_parameters_is_impossible(api, hostile):
    before = httpx.get(api + "/health").json()["triples"]
    # Text that is not an IRI is a name to search for (nothing is called that: 404), never query text.
    assert httpx.get(api + "/queries/roles", params={"agency": hostile}).status_code in (404, 422)
    assert httpx.get(api + "/queries/roles", params={"agency": B + "entity/itu", "lang": hostile}).status_code == 422
    assert httpx.get(api + "/mandates", params={"activity": hostile}).status_code in (404, 300)
    assert httpx.get(api + "/search", params={"q": hostile}).status_code == 200
    assert httpx.get(api + "/health").json()["triples"] == before
