"""``/resolutions/{session}/{number}`` for resolutions adopted in parts (A/RES/80/236 A-B, A/RES/76/235 B)
on a real server over a store holding them (English and French), beside the plain number of another."""

import httpx
import pytest

from api.routers.resolutions import resolution_symbol
from tests.conftest import cli_store, start_server


@pytest.mark.parametrize("number, symbol", [
    ("236", "A/RES/80/236"), ("236 A-B", "A/RES/80/236 A-B"), ("236AB", "A/RES/80/236 A-B"),
    ("236A-B", "A/RES/80/236 A-B"), ("235 B", "A/RES/80/235 B"), ("235B", "A/RES/80/235 B")])
def test_a_number_names_the_resolution_and_its_parts(number, symbol):
    assert resolution_symbol(80, number) == symbol


@pytest.fixture(scope="module")
def parts_api(tmp_path_factory, shared_corpus):
    akn = shared_corpus / "akn"
    files = [*(akn / "80session").glob("*/A_RES_80_236AB-*.xml"), *(akn / "76session").glob("*/A_RES_76_235B_*.xml"),
             *(akn / "76session").glob("*/A_RES_76_235-*.xml")]
    assert len(files) >= 4, files  # 80/236 A-B in English and French, 76/235 B and 76/235
    store = cli_store(tmp_path_factory.mktemp("parts") / "store", files)
    process, base = start_server(store)
    yield base
    process.terminate()
    process.wait(10)


def test_a_resolution_in_parts_is_served_by_its_number_and_parts(parts_api):
    for number in ("236 A-B", "236AB"):
        body = httpx.get(f"{parts_api}/resolutions/80/{number}", timeout=120).json()
        assert body["symbol"] == "A/RES/80/236 A-B" and body["paragraphs"]
    french = httpx.get(f"{parts_api}/resolutions/80/236 A-B", params={"lang": "fr"}, timeout=120)
    assert french.status_code == 200
    # Part B of 76/235 and 76/235 itself are two resolutions.
    part = httpx.get(f"{parts_api}/resolutions/76/235 B", timeout=120).json()
    whole = httpx.get(f"{parts_api}/resolutions/76/235", timeout=120).json()
    assert part["symbol"] == "A/RES/76/235 B" and whole["symbol"] == "A/RES/76/235"
    assert {p["iri"] for p in part["paragraphs"]}.isdisjoint({p["iri"] for p in whole["paragraphs"]})


def test_the_page_of_a_resolution_in_parts_links_its_lineage_by_the_same_path(parts_api):
    page = httpx.get(f"{parts_api}/resolutions/80/236 A-B", headers={"Accept": "text/html"}, timeout=120)
    assert page.status_code == 200 and 'href="/resolutions/80/236%20A-B/lineage"' in page.text
    lineage = httpx.get(f"{parts_api}/resolutions/80/236%20A-B/lineage", timeout=120)
    assert lineage.status_code in (200, 404)  # served by the route (a first resolution may have no lineage)
    assert lineage.status_code != 422


@pytest.mark.parametrize("number", ["0", "236 a-b", "236 ABC", "A", "236--B", "123456"])
def test_a_number_that_is_no_resolution_number_is_refused(parts_api, number):
    response = httpx.get(f"{parts_api}/resolutions/80/{number}", timeout=60)
    assert response.status_code == 422 and "number" in response.text
