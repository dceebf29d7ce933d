"""A resolution loaded in English and French: each fact once, paragraphs in document order."""

import httpx

R79_325 = "https://w3id.org/mandate-graph/id/instrument/A/RES/79/325"


def test_resolution_lists_each_paragraph_once_in_document_order(bilingual_api):
    body = httpx.get(bilingual_api + "/resolutions/79/325").json()
    numbers = [p["number"] for p in body["paragraphs"] if p["kind"] == "operative"]
    assert numbers[:8] == ["1", "1 (a)", "1 (b)", "1 (c)", "1 (d)", "1 (e)", "2", "3"]
    assert len(numbers) == len(set(numbers))
    assert all(set(p["text"]) == {"en", "fr"} for p in body["paragraphs"])
    for paragraph in body["paragraphs"]:
        for action in paragraph["actions"]:
            assert len(action["addressees"]) == len(set(action["addressees"])), paragraph["number"]


def test_library_query_over_http_repeats_no_row(bilingual_api):
    bindings = httpx.get(bilingual_api + "/queries/paragraphs", params={"instrument": R79_325}).json()["results"]["bindings"]
    assert len(bindings) == 52
