"""Content negotiation of the pages for people: a browser (``Accept: text/html``) gets pages,
API clients keep their JSON; what each page shows, read from its HTML."""

from __future__ import annotations

from urllib.parse import quote

import httpx

B = "https://w3id.org/mandate-graph/id/"
HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


def _get(api: str, path: str, html: bool = True) -> httpx.Response:
    return httpx.get(api + path, headers=HTML if html else {}, timeout=60)


def test_json_stays_for_api_clients(api):
    resolution = _get(api, "/resolutions/78/311", html=False)
    assert resolution.headers["content-type"] == "application/json"
    assert set(resolution.json()) == {"iri", "symbol", "title", "adopted", "paragraphs", "citations"}
    missing = _get(api, "/mandates?activity=Unicorn%20Programme", html=False)
    assert missing.status_code == 404 and set(missing.json()) == {"error", "did_you_mean"}
    assert _get(api, "/nothing/here", html=False).json() == {"detail": "Not Found"}
    assert _get(api, "/search", html=False).status_code == 422
    assert _get(api, "/search", html=False).headers["content-type"] == "application/json"


def test_browsers_get_404_300_and_422_as_pages(api):
    for path, status, text in (("/mandates?activity=Unicorn%20Programme", 404, "Not found"),
                               ("/mandates?activity=AI%20Summit", 300, "Which one?"),
                               ("/viz?focus=AI%20Summit", 300, "Which one?"),
                               ("/resolutions/12/345", 404, "no resolution A/RES/12/345"),
                               ("/resource?iri=" + quote("https://example.org/none", safe=""), 404, "Not found"),
                               ("/nothing/here", 404, "nothing is at /nothing/here"),
                               ("/search", 422, "field required")):
        response = _get(api, path)
        assert response.status_code == status, path
        assert response.headers["content-type"].startswith("text/html"), path
        assert text in response.text.replace("Field", "field"), path
        assert '<link rel="stylesheet" href="/static/pages.css">' in response.text
    ambiguous = _get(api, "/mandates?activity=AI%20Summit").text
    assert "/resource?iri=" + quote(B + "entity/", safe="") in ambiguous
    assert "“AI Summit” names several things in the graph." in ambiguous and "&lt;https://" not in ambiguous
    missing = _get(api, "/mandates?activity=Unicorn%20Programme").text
    assert "Nothing in the graph is named “Unicorn Programme”." in missing and "&lt;https://" not in missing


def test_the_stylesheet_is_served_locally(api):
    css = _get(api, "/static/pages.css", html=False)
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert ":focus-visible" in css.text and "http" not in css.text


def test_resolution_page_lists_paragraphs_in_order_with_verbs_addressees_mandates_citations(api):
    page = _get(api, "/resolutions/78/311").text
    operative = page[page.index('id="operative"'):]
    positions = [operative.index(f'id="op-{n}"') for n in range(1, 16)]
    assert positions == sorted(positions)
    assert page.index('id="pp-1"') < page.index('id="operative"')
    paragraph_2 = operative[operative.index('id="op-2"'):operative.index('id="op-3"')]
    assert '<mark class="verb">Encourage</mark>' in paragraph_2
    assert '<mark class="addressee"><a href="/resource?iri=' + quote(B + "entity/member-states", safe="") in paragraph_2
    assert "États Membres</a></mark>" in paragraph_2
    assert "kind: programme" in paragraph_2 and "Member States" in paragraph_2
    assert 'href="/resolutions/78/311/lineage"' in page
    citations = page[page.index('id="citations"'):]
    assert ">A/RES/70/1</a>" in citations and "reaffirms" in citations


def test_mandates_show_kind_due_session_and_report_to(api):
    page = _get(api, "/reports-due?session=80").text
    assert "1 report due at session 80" in page
    row = page[page.index("<tbody>"):page.index("</tbody>")]
    assert row.count("<a href=") >= 3 and "/resolutions/" in row


def test_entity_page_shows_evidence_in_its_sentence_with_the_documents_title(api):
    page = _get(api, "/resource?iri=" + quote(B + "entity/itu", safe="")).text
    assert "<h1>International Telecommunication Union</h1>" in page
    # The quote "coprésidé par l'UIT et l'UNESCO" in the sentence that states it.
    assert ("sur les programmes et <q>coprésidé par l&#x27;UIT et l&#x27;UNESCO</q>, assure la coordination entre "
            "plus de 60 entités des Nations Unies.") in page
    assert "RAPPORT SUR LA RÉSOLUTION 214" in page and ">003_12d49f0f1eeb1cd5<" not in page
    assert "United Nations Inter-Agency Working Group on Artificial Intelligence</a> — chair or co-chair" in page


def test_paragraph_and_document_pages(api):
    paragraph = _get(api, "/resource?iri=" + quote(B + "instrument/A/RES/78/311/para/2", safe="")).text
    assert "<h1>A/RES/78/311 ¶2</h1>" in paragraph
    assert 'Operative paragraph 2 of <a href="/resolutions/78/311#op-2">A/RES/78/311</a>' in paragraph
    assert '<mark class="verb">Encourage</mark>' in paragraph
    document = _get(api, "/resource?iri=" + quote(B + "document/003_12d49f0f1eeb1cd5", safe="")).text
    assert "<h1>RAPPORT SUR LA RÉSOLUTION 214" in document and "What it states" in document
    assert "unnamed" not in document


def test_search_page_links_results_by_label(api):
    page = _get(api, "/search?q=ITU").text
    assert '<a href="/resource?iri=' + quote(B + "entity/itu", safe="") + '">ITU</a>' in page
    suggestions = _get(api, "/search?q=Unicorn%20Programme").text
    assert "Nothing is named “Unicorn Programme”" in suggestions


def test_mandate_chains_page_names_each_hop_and_quotes_its_sentence(api):
    page = _get(api, "/mandates?activity=Global%20Dialogue%20on%20AI%20Governance").text
    assert "3 mandate chains" in page
    assert "Global Dialogue on AI Governance</a> — mandated by — " in page
    assert "Comme indiqué dans le <q>Pacte numérique mondial" in page
    assert "Déclaration du Sommet pour l&#x27;action sur l&#x27;intelligence artificielle (Paris, 2025)</a>" in page
    assert _get(api, "/mandates?activity=Global%20Dialogue%20on%20AI%20Governance", html=False).json()["activity"]


def test_french_resolution_page_names_addressees_in_french(api):
    actions = {}
    for lang in ("en", "fr"):
        page = _get(api, f"/resolutions/78/311?lang={lang}").text
        operative = page[page.index('id="operative"'):]
        paragraph_2 = operative[operative.index('id="op-2"'):operative.index('id="op-3"')]
        start = paragraph_2.index('<p class="actions">')
        actions[lang] = paragraph_2[start:paragraph_2.index("</p>", start)]
    assert "Member States</a>" in actions["en"] and "États Membres</a>" not in actions["en"]
    assert "États Membres</a>" in actions["fr"] and "Member States</a>" not in actions["fr"]


def test_library_routes_answer_browsers_with_pages_and_programs_with_json(api):
    for path, status, text in (("/queries/no-such-query", 404, "no query named"),
                               ("/queries/mandates-of?entity=Unicorn%20Programme", 404, "Did you mean"),
                               ("/obligations?assignee=Unicorn%20Programme", 404, "Not found"),
                               ("/obligations?assignee=AI%20Summit", 300, "Which one?")):
        page = _get(api, path)
        assert page.status_code == status, path
        assert page.headers["content-type"].startswith("text/html"), path
        assert text in page.text, path
        program = _get(api, path, html=False)
        assert program.status_code == status and "error" in program.json(), path
