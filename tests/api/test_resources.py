from urllib.parse import quote

import httpx
import pyoxigraph as ox

ITU = "https://w3id.org/mandate-graph/id/entity/itu"


def test_entity_page_for_a_person(api):
    # The first page a fresh server builds loads its query workers: allow for a busy machine.
    page = httpx.get(api + "/resource", params={"iri": ITU}, headers={"Accept": "text/html"}, timeout=60)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<h1>International Telecommunication Union</h1>" in page.text
    assert "secrétariat conjoint" in page.text and "/viz?focus=" in page.text
    # Evidence names its document by kind and title, not by a hash.
    assert "prose: <a href=\"/resource?iri=" in page.text and "RAPPORT SUR LA RÉSOLUTION 214" in page.text
    assert "(003_12d49f0f1eeb1cd5 [" not in page.text


def test_entity_iris_dereference_with_content_negotiation(api):
    turtle = httpx.get(api + "/id/entity/itu", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    triples = list(ox.parse(turtle.content, format=ox.RdfFormat.TURTLE))
    assert any(t.object == ox.NamedNode(ITU) for t in triples)
    jsonld = httpx.get(api + "/id/entity/itu", headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"].startswith("application/ld+json") and jsonld.json()


def test_hostile_labels_are_escaped_and_unknown_nodes_404(api):
    assert httpx.get(api + "/resource", params={"iri": "https://example.org/<script>"}).status_code == 422
    assert httpx.get(api + "/resource", params={"iri": "https://example.org/none"}).status_code == 404
    page = httpx.get(api + "/resource?iri=" + quote("https://w3id.org/mandate-graph/id/instrument/A/RES/78/311"))
    assert "<script" not in page.text


def test_openapi_docs_and_editor_reference_only_local_assets(api):
    docs = httpx.get(api + "/docs").text
    editor = httpx.get(api + "/sparql", headers={"Accept": "text/html"}).text
    for page in (docs, editor):
        assert "cdn" not in page and "unpkg" not in page
    assert "/static/docs/swagger-ui-bundle.js" in docs
    assert "/static/vendor/yasgui/yasgui.min.js" in editor and "LIBRARY" in editor
    assert httpx.get(api + "/static/vendor/yasgui/yasgui.min.js").status_code == 200
    assert httpx.get(api + "/openapi.json").json()["paths"]["/mandates"]


MEMBER_STATES = "https://w3id.org/mandate-graph/id/entity/member-states"  # 7 mandates in the seeds


def test_a_page_lists_at_most_max_rows_mandates_and_links_the_whole_list(built_store):
    from api.routers import resources

    whole = resources._answer(built_store, MEMBER_STATES, "text/html", "en", 10000).body.decode()
    listed = whole[whole.index('id="mandates"'):whole.index('id="evidence"')]
    assert listed.count("<tr><td>") > 2 and "only the first" not in listed
    answer = resources._answer(built_store, MEMBER_STATES, "text/html", "en", 2)
    page = answer.body.decode()
    mandates = page[page.index('id="mandates"'):page.index('id="evidence"')]
    assert mandates.count("<tr><td>") == 2 and "only the first 2 are shown (7 in all)" in mandates
    assert f'href="/queries/mandates-of?entity={quote(MEMBER_STATES, safe="")}&amp;lang=en"' in mandates
    assert answer.headers["X-Results-Truncated"] == "true" and answer.headers["X-Results-Limit"] == "2"
    assert resources._answer(built_store, "https://example.org/none", "text/html", "en", 10000).status == 404


def test_a_node_with_page_rows_relations_lists_its_first_mandates_and_links_its_evidence(built_store, monkeypatch):
    from api.routers import resources

    monkeypatch.setattr(resources, "PAGE_ROWS", 3)
    answer = resources._answer(built_store, MEMBER_STATES, "text/html", "fr", 10000)
    page = answer.body.decode()
    evidence = page[page.index('id="evidence"'):page.index('id="relations"')]
    assert "Too many facts are about this node" in evidence and "<blockquote" not in evidence
    mandates = page[page.index('id="mandates"'):page.index('id="evidence"')]
    assert mandates.count("<tr><td>") == 3 and "only the first 3 are shown (7 in all)" in mandates
    assert f'href="/queries/mandates-of?entity={quote(MEMBER_STATES, safe="")}&amp;lang=fr"' in mandates
    assert f'href="/queries/evidence-about?node={quote(MEMBER_STATES, safe="")}"' in evidence
    relations = page[page.index('id="relations"'):]
    assert relations.count("<tr><td>") == 3 and "only the first 3" in relations
    assert answer.headers["X-Results-Truncated"] == "true"


def test_page_rows_is_the_limit_of_the_first_relations_query():
    from api.routers import resources
    from queries.library import load_library

    assert f"LIMIT {resources.PAGE_ROWS} }}" in load_library()["first-relations"].text
