"""``GET /resolutions/{session}/{number}/lineage`` on real resolutions: JSON and the page."""

from urllib.parse import urlparse

import httpx

from tests.browser import browser_page


def test_lineage_json_of_79_15(lineage_api):
    response = httpx.get(lineage_api + "/resolutions/79/15/lineage", timeout=60)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"symbol", "predecessor", "paragraphs", "dropped"}
    assert body["symbol"] == "A/RES/79/15"
    assert body["predecessor"]["symbol"] == "A/RES/78/14" and 0.99 < body["predecessor"]["similarity"] < 1
    assert set(body["paragraphs"][0]) == {"number", "kind", "change", "similarity", "predecessor", "firstSeen"}
    agenda = [p for p in body["paragraphs"] if p["kind"] == "operative" and p["number"] == "8"][0]
    assert agenda["change"] == "amended" and agenda["predecessor"] == {"symbol": "A/RES/78/14", "number": "8"}
    assert agenda["firstSeen"] == "A/RES/79/15"
    assert sum(p["change"] == "unchanged" for p in body["paragraphs"]) == 12
    assert body["dropped"] == []


def test_lineage_json_in_french_and_with_dropped_paragraphs(lineage_api):
    french = httpx.get(lineage_api + "/resolutions/79/15/lineage", params={"lang": "fr"}, timeout=60).json()
    assert [p["change"] for p in french["paragraphs"]].count("amended") == 1
    body = httpx.get(lineage_api + "/resolutions/78/35/lineage", timeout=60).json()
    assert body["dropped"] == [{"symbol": "A/RES/77/54", "number": "8"}]
    new = [p for p in body["paragraphs"] if p["change"] == "new"]
    assert [(p["number"], p["predecessor"], p["similarity"]) for p in new] == [("7", None, None)]


def test_a_resolution_without_a_predecessor_and_one_not_loaded(lineage_api):
    first = httpx.get(lineage_api + "/resolutions/78/14/lineage", timeout=60).json()
    assert first["predecessor"] is None
    assert {p["change"] for p in first["paragraphs"]} == {None}
    assert {p["firstSeen"] for p in first["paragraphs"]} == {"A/RES/78/14"}
    assert httpx.get(lineage_api + "/resolutions/12/345/lineage", timeout=60).status_code == 404
    assert httpx.get(lineage_api + "/resolutions/79/15/lineage", params={"lang": "de"}, timeout=60).status_code == 422


def test_the_lineage_page_shows_the_two_texts_with_the_changes_marked(lineage_api):
    response = httpx.get(lineage_api + "/resolutions/79/15/lineage", headers={"Accept": "text/html"}, timeout=60)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "<del>seventy-ninth</del>" in page and "<ins>eightieth</ins>" in page
    assert "A/RES/78/14" in page and "<script" not in page and "http" not in page.split("</head>")[0]


def test_the_lineage_page_renders_offline_in_a_browser(lineage_api):
    with browser_page(urlparse(lineage_api).netloc) as (page, log):
        page.goto(lineage_api + "/resolutions/78/35/lineage", wait_until="networkidle")
        page.wait_for_selector("#lineage")
        assert page.locator("ins").count() > 0 and page.locator("del").count() > 0
        assert page.locator(".change.new").count() == 1 and page.locator(".change.dropped").count() == 1
    assert log.outside_requests == [] and log.console_errors == []


def test_the_lineage_page_has_the_sites_frame_and_passes_axe(lineage_api):
    from tests.accessibility import axe_violations

    with browser_page(urlparse(lineage_api).netloc) as (page, log):
        page.goto(lineage_api + "/resolutions/79/15/lineage", wait_until="networkidle")
        assert page.locator("link[href='/static/pages.css']").count() == 1
        assert page.locator("h1").inner_text() == "Lineage of A/RES/79/15"
        violations = axe_violations(page)
    assert violations == [] and log.outside_requests == []
