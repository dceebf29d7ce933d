"""The graph view in a real browser, served by the API: no outside request, no console error."""

from pathlib import Path
from urllib.parse import urlparse

from tests.browser import browser_page

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
B = "https://w3id.org/mandate-graph/id/"


def test_view_of_the_global_dialogue_in_chromium(api):
    with browser_page(urlparse(api).netloc) as (page, log):
        page.goto(api + "/viz?focus=Global%20Dialogue%20on%20AI%20Governance&depth=2", wait_until="load")
        page.wait_for_function("window.mandateGraph !== undefined")
        nodes = page.evaluate("mandateGraph.nodes.getIds()")
        edges = page.evaluate("mandateGraph.edges.get().map(e => [e.from, e.label, e.to, e.color])")
        page.wait_for_timeout(1500)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "graph-view.png"))
        page.uncheck("input[data-type='Agency']")
        visible = page.evaluate("window.mandateGraph.network.body.data.nodes.getIds()")
    assert log.outside_requests == [] and log.console_errors == []
    assert {B + "entity/global-dialogue-ai-governance", B + "entity/itu", B + "instrument/A/RES/79/325"} <= set(nodes)
    chain = [e for e in edges if e[1] == "mandatedBy" and e[2] == B + "instrument/A/RES/79/325"]
    assert chain and chain[0][0] == B + "entity/global-dialogue-ai-governance" and chain[0][3] == "#d62828"
    assert B + "entity/itu" not in visible


def test_viz_cli_writes_a_self_contained_file(api_store, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "view.html"
    result = subprocess.run([sys.executable, "-m", "cli", "--store", str(api_store), "viz", "--focus", "GTI-IA",
                             "--lang", "fr", "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<script src" not in page and "http://" not in page.split("<script>", 1)[0]
    assert "Groupe de travail interinstitutions" in page


def test_the_graph_view_passes_axe_with_readable_labels(api):
    from tests.accessibility import axe_violations
    from views.colours import CANVAS, contrast_ratio
    from views.render import LABEL_INSIDE

    with browser_page(urlparse(api).netloc) as (page, log):
        page.goto(api + "/viz?focus=A/RES/78/311&depth=1", wait_until="load")
        page.wait_for_function("window.mandateGraph !== undefined")
        nodes = page.evaluate("mandateGraph.nodes.get().map(n => [n.label, n.shape, n.color, n.font.color])")
        violations = axe_violations(page)
    assert violations == [] and log.outside_requests == []
    focus = [n for n in nodes if n[0].startswith("Intensifier la coopération internationale")]
    assert focus and len(focus[0][0]) > 60  # whole, not cut at 60 characters
    for label, shape, color, ink in nodes:
        assert contrast_ratio(ink, color if shape in LABEL_INSIDE else CANVAS) >= 4.5, label
