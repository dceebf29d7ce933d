"""The pages for people in a real Chromium, outside requests blocked: each renders with labels,
a keyboard reaches every link and control in document order with its focus visible, and
axe-core finds no serious or critical accessibility violation."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

import pytest

from tests.accessibility import axe_violations, focusable_in_order, tab_through
from tests.browser import browser_page

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
B = "https://w3id.org/mandate-graph/id/"

PAGES = {
    "resolution": ("/resolutions/78/311", "Intensifier la coopération internationale"),
    "entity": ("/resource?iri=" + quote(B + "entity/itu", safe=""), "International Telecommunication Union"),
    "paragraph": ("/resource?iri=" + quote(B + "instrument/A/RES/78/311/para/2", safe=""), "A/RES/78/311 ¶2"),
    "document": ("/resource?iri=" + quote(B + "document/003_12d49f0f1eeb1cd5", safe=""),
                 "RAPPORT SUR LA RÉSOLUTION 214"),
    "search": ("/search?q=ITU", "Search: ITU"),
    "chains": ("/mandates?activity=Global%20Dialogue%20on%20AI%20Governance",
               "What mandates Global Dialogue on AI Governance?"),
    "reports-due": ("/reports-due?session=80", "Reports due at session 80"),
    "not-found": ("/mandates?activity=Unicorn%20Programme", "Not found"),
    "ambiguous": ("/mandates?activity=AI%20Summit", "Several things have this name"),
}


def _links(page) -> list[tuple[str, str]]:
    return page.evaluate("[...document.querySelectorAll('a[href]')].map(a => [a.textContent.trim(), a.getAttribute('href')])")


def _assert_links_are_labelled(links: list[tuple[str, str]]) -> None:
    for text, href in links:
        assert text, f"a link with no text to {href}"
        iri = parse_qs(urlparse(href).query).get("iri", [""])[0]
        assert "w3id.org" not in text and "://" not in text, (text, href)
        if iri:
            # A one-word label may spell its IRI's tail ("individuals"); a slug or a hash is not a label.
            tail = iri.rsplit("/", 1)[-1]
            assert text != tail or re.fullmatch(r"[A-Za-z]+", text), (text, href)
            assert not re.fullmatch(r"\d{3}_[0-9a-f]{16}|[0-9a-f]{20}", text), (text, href)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_renders_with_labels_and_passes_axe(api, name):
    path, heading = PAGES[name]
    with browser_page(urlparse(api).netloc) as (page, log):
        response = page.goto(api + path, wait_until="networkidle")
        assert response.headers["content-type"].startswith("text/html")
        assert heading in page.locator("h1").inner_text()
        assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")  # the stylesheet
        _assert_links_are_labelled(_links(page))
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"page-{name}.png"), full_page=True)
        violations = axe_violations(page)
    assert violations == []
    # The 404 page's own status is the one error Chromium logs for it.
    errors = [e for e in log.console_errors if not (name == "not-found" and "status of 404" in e)]
    assert log.outside_requests == [] and errors == []


@pytest.mark.parametrize("name", ["resolution", "entity", "search", "reports-due", "not-found"])
def test_keyboard_reaches_every_link_in_order_with_visible_focus(api, name):
    path, _ = PAGES[name]
    with browser_page(urlparse(api).netloc) as (page, log):
        page.goto(api + path, wait_until="networkidle")
        stops = tab_through(page, limit=600)
        expected = focusable_in_order(page)
        assert stops and stops[0]["text"] == "Skip to content"
        assert [s["index"] for s in stops] == expected
        assert [s["text"] for s in stops if not s["visible"]] == []
    assert log.outside_requests == []


def test_enter_follows_a_link_and_the_skip_link_moves_focus_to_the_content(api):
    with browser_page(urlparse(api).netloc) as (page, _):
        page.goto(api + "/search?q=International%20Telecommunication%20Union", wait_until="networkidle")
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "content"
        page.locator("ul.results a").first.focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "/resource?iri=" in page.url and "International Telecommunication Union" in page.locator("h1").inner_text()


def test_the_search_form_works_from_the_keyboard(api):
    with browser_page(urlparse(api).netloc) as (page, _):
        page.goto(api + "/", wait_until="networkidle")
        page.focus("#site-q")
        page.keyboard.type("Global Dialogue on AI Governance")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "Global Dialogue on AI Governance" in page.locator("ul.results").inner_text()


def test_axe_finds_a_regression(api):
    # The check can fail: a page whose link loses its text and whose text loses its contrast.
    with browser_page(urlparse(api).netloc) as (page, _):
        page.goto(api + PAGES["search"][0], wait_until="networkidle")
        page.evaluate("""document.querySelector('ul.results a').textContent = '';
                         document.querySelector('h1').style.color = '#ccc';""")
        found = {v["id"] for v in axe_violations(page)}
    assert {"link-name", "color-contrast"} <= found
