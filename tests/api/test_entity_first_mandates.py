"""A real server (``mandates serve``, its lists cut at 5 rows) over the seeds plus A/RES/79/325 in
English and French: an entity page lists the first mandates in the ``mandates-of`` query's order,
says how many there are and links the whole list, in English and in French."""

from __future__ import annotations

import html
import re
from itertools import groupby
from urllib.parse import quote

import httpx
import pytest

from graph.versions import open_current
from queries.library import load_library, prefix_block
from tests.conftest import cli_store, resolution_79_325, start_server

SHOWN = 5
_ROW = re.compile(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>")
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def served(tmp_path_factory, shared_corpus):
    """(base URL, the most-mandated assignee, its ``mandates-of`` rows evaluated by language)."""
    store = cli_store(tmp_path_factory.mktemp("first-mandates") / "store", resolution_79_325(shared_corpus))
    graph = open_current(store)
    top = graph.select(prefix_block() + """SELECT ?entity (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d mg:assignee ?entity }
        GROUP BY ?entity ORDER BY DESC(?n) ?entity LIMIT 1""").rows[0]["entity"].value
    mandates_of = load_library()["mandates-of"]
    evaluated = {lang: mandates_of.run(graph, {"entity": top, "lang": lang}).rows for lang in ("en", "fr")}
    graph.close()
    process, base = start_server(store, MANDATES_MAX_ROWS=str(SHOWN), MANDATES_ANSWER_CACHE_MB="0")
    yield base, top, evaluated
    process.terminate()
    process.wait(10)


def _cells(row) -> tuple[str, ...]:
    """What the page shows of a ``mandates-of`` row, cell by cell."""
    label = row.get("deliverableLabel", row["kind"]).value
    due = row["dueSession"].value if "dueSession" in row else "—"
    return label, row["kind"].value, row["action"].value, f"{row['symbol'].value} ¶{row['number'].value}", due


def _key(cells: tuple[str, ...]) -> tuple[str, ...]:
    return cells[1], cells[3]  # kind, symbol and number: with the action's strength, the query's order


#: The first row of the General Assembly's page (the most-mandated assignee here): A/RES/79/325,
#: operative paragraph 1, the body it establishes, named in the page's language.
FIRST = {"en": ("Independent International Scientific Panel on Artificial Intelligence", "body", "establishes",
                "A/RES/79/325 ¶1", "—"),
         "fr": ("Groupe scientifique international indépendant sur l'intelligence artificielle", "body",
                "establishes", "A/RES/79/325 ¶1", "—")}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_page_shows_the_querys_first_rows_and_links_the_rest(served, lang):
    base, entity, evaluated = served
    rows = evaluated[lang]
    assert len(rows) > SHOWN  # the page has to cut the list
    path = entity.removeprefix("https://w3id.org/mandate-graph/id/")
    page = httpx.get(f"{base}/id/{path}", params={"lang": lang}, headers={"Accept": "text/html"}, timeout=60)
    assert page.status_code == 200 and page.headers["X-Results-Truncated"] == "true"
    section = page.text[page.text.index('id="mandates"'):page.text.index("</table>", page.text.index('id="mandates"'))]
    shown = [tuple(html.unescape(_TAG.sub("", cell)) for cell in found) for found in _ROW.findall(section)]
    assert len(shown) == SHOWN and entity.endswith("/entity/general-assembly")
    assert shown[0] == FIRST[lang]
    expected = [_cells(row) for row in rows]
    # In the query's order: its first rows, row for row, except that rows the query's ORDER BY leaves
    # tied (same strength, kind, symbol and number) may come in another order.
    assert [_key(c) for c in shown] == [_key(c) for c in expected[:SHOWN]]
    for key, group in groupby(shown, key=_key):
        assert set(group) <= {c for c in expected if _key(c) == key}
    assert len(set(shown)) == SHOWN
    tail = page.text[page.text.index("</table>", page.text.index('id="mandates"')):]
    assert f"only the first {SHOWN} are shown ({len(rows)} in all)" in tail
    whole = f"/queries/mandates-of?entity={quote(entity, safe='')}&amp;lang={lang}"
    assert f'<a href="{whole}">all of them</a>' in tail
    # The link gives the whole list (cut at the server's row limit, as every library run is).
    listed = httpx.get(base + html.unescape(whole), timeout=60)
    assert listed.status_code == 200 and len(listed.json()["results"]["bindings"]) == SHOWN
