"""``/obligations`` over a real server: mandates extracted from the seeds' resolution."""

from __future__ import annotations

import httpx

SG = "https://w3id.org/mandate-graph/id/entity/secretary-general"


def test_the_secretary_generals_report_on_78_311_is_an_obligation(api):
    answer = httpx.get(api + "/obligations", params={"assignee": SG, "kind": "report"}, timeout=30)
    assert answer.status_code == 200, answer.text
    rows = answer.json()["obligations"]
    report = next(r for r in rows if r["paragraph"].endswith("/A/RES/78/311/para/15"))
    assert (report["action"], report["strength"], report["kind"], report["dueSession"]) == ("requests", 3, "report", 80)
    assert report["condition"] == "within-existing-resources" and report["quote"] == "Prie"


def test_an_assignee_by_name_and_pages_with_link_headers(api):
    first = httpx.get(api + "/obligations", params={"assignee": "Member States", "per_page": 1}, timeout=30)
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["total"] > 1 and len(body["obligations"]) == 1
    assert 'rel="next"' in first.headers["link"]
    second = httpx.get(first.headers["link"].split(">")[0].lstrip("<"), timeout=30)
    assert second.json()["page"] == 2 and 'rel="prev"' in second.headers["link"]


def test_obligations_need_a_filter_and_a_known_kind(api):
    assert httpx.get(api + "/obligations", timeout=30).status_code == 422
    assert httpx.get(api + "/obligations", params={"session": 80, "kind": "nonsense"}, timeout=30).status_code == 422


def test_reports_due_at_the_eightieth_session(api):
    answer = httpx.get(api + "/queries/reports-due", params={"session": 80}, timeout=30)
    assert answer.status_code == 200, answer.text
    rows = answer.json()["results"]["bindings"]
    assert any(r["symbol"]["value"] == "A/RES/78/311" and r["number"]["value"] == "15" for r in rows)


def test_mandates_answers_for_an_extracted_report_no_person_curated(api):
    report = "https://w3id.org/mandate-graph/id/instrument/A/RES/78/311/para/15/deliverable/report"
    answer = httpx.get(api + "/mandates", params={"activity": report}, timeout=30)
    assert answer.status_code == 200, answer.text
    assert "A/RES/78/311" in answer.text and "Prie" in answer.text


def test_a_resolutions_paragraphs_carry_their_mandates(api):
    answer = httpx.get(api + "/resolutions/78/311", timeout=30)
    assert answer.status_code == 200, answer.text
    paragraphs = {p["number"]: p for p in answer.json()["paragraphs"]}
    (report,) = [m for m in paragraphs["15"]["mandates"] if m["kind"] == "report"]
    assert (report["action"], report["strength"], report["assignee"], report["dueSession"], report["recurrence"]) == (
        "requests", 3, SG, 80, "once")
    assert (report["quote"], report["assigneeLabel"]) == ("Prie", "Secretary-General of the United Nations")
    assert paragraphs["12"]["mandates"] == [] and paragraphs["14"]["mandates"] == []  # supports, looks forward to
    mandates = [m for p in paragraphs.values() for m in p["mandates"]]
    assert len(mandates) >= 20 and all(m["quote"] and m["assigneeLabel"] and m["deliverableLabel"] for m in mandates)


def test_an_entity_page_lists_the_mandates_addressed_to_it(api):
    page = httpx.get(api + "/resource", params={"iri": SG}, headers={"Accept": "text/html"}, timeout=30)
    assert page.status_code == 200, page.text
    assert "Mandates addressed to it" in page.text
    assert "A/RES/78/311 ¶15" in page.text and "report" in page.text
