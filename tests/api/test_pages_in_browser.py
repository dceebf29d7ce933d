"""The SPARQL editor and the API docs in a real browser: they work offline."""

from pathlib import Path
from urllib.parse import urlparse

from tests.browser import browser_page

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def test_the_editor_runs_a_library_query_without_outside_requests(api):
    with browser_page(urlparse(api).netloc) as (page, log):
        page.goto(api + "/sparql", wait_until="networkidle")
        page.wait_for_function("window.mandateGraphReady === true")
        assert "mg:mandatedBy" in page.evaluate("yasgui.getTab().getQuery()")
        page.select_option("#library", "roles")
        page.evaluate("yasgui.getTab().query()")
        # ITU's roles in the seeds: 13, with the project of seed 003 it leads with the Republic of Korea
        page.wait_for_selector("text=13 results", timeout=20000)
        assert page.locator("text=secretariat").count() >= 1
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "sparql-editor.png"))
    assert log.outside_requests == []
    assert log.console_errors == []


def test_the_api_docs_render_offline(api):
    with browser_page(urlparse(api).netloc) as (page, log):
        page.goto(api + "/docs", wait_until="networkidle")
        page.wait_for_selector("text=/mandates", timeout=20000)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "api-docs.png"))
    assert log.outside_requests == []


def test_redoc_renders_offline(api):
    # ReDoc's bundle fetched its footer logo from cdn.redoc.ly.
    with browser_page(urlparse(api).netloc) as (page, log):
        page.goto(api + "/redoc", wait_until="networkidle")
        page.wait_for_selector("text=/mandates", timeout=20000)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)  # the footer logo is asked for once the page has mounted
    assert log.outside_requests == []
