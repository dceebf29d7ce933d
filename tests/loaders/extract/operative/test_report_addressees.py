"""Whom a report goes to, read in real operative paragraphs in English and French: several bodies joined by "and" /
« et » / « ainsi qu'à », a body information is shared with, the author of the report information goes into."""

from __future__ import annotations

import pytest

from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages


def _reports_in_both_languages(corpus, symbol: str, number: str) -> dict[str, list[str | None]]:
    """The body each report of an operative paragraph goes to, read in its resolution, in English and French."""
    return {lang: sorted((d.report_to.entity.key if d.report_to.entity else d.report_to.name) if d.report_to else None
                         for c in paragraph.actions if c.mandates for d in c.mandates.deliverables if d.kind == "report")
            for lang, paragraph in _operative_in_both_languages(corpus, symbol, number).items()}


@pytest.mark.parametrize("symbol, number, bodies", [
    # A/RES/80/49, operative 6: "to forward this report to the Conference on Disarmament and the Disarmament
    # Commission" / « de transmettre ce rapport à la Conférence du désarmement et à la Commission du désarmement ».
    ("80_49", "6", ["conference-on-disarmament", "undc"]),
    # A/RES/77/209, operative 49: "to submit to the Human Rights Council, and to the General Assembly at its
    # seventy-eighth… sessions, a report" / « de lui présenter, à ses … sessions, ainsi qu'au Conseil des droits de
    # l'homme, un rapport ».
    ("77_209", "49", ["general-assembly", "human-rights-council"]),
])
def test_a_report_sent_to_two_bodies_is_a_report_to_each(shared_corpus, symbol, number, bodies):
    reports = _reports_in_both_languages(shared_corpus, symbol, number)
    assert reports["en"] == reports["fr"] == bodies


def test_information_to_be_included_in_a_report_goes_to_its_author(shared_corpus):
    # A/RES/76/139, operative 21: "to continue to provide information on their activities…, to be included in the
    # report of the Secretary-General" / « … afin que ces informations soient incluses dans le rapport du Secrétaire
    # général ».
    reports = _reports_in_both_languages(shared_corpus, "76_139", "21")
    assert reports["en"] == reports["fr"] == ["secretary-general"]


@pytest.mark.parametrize("symbol, number, body", [
    # A/RES/77/232, operative 9: "to share with the United Nations Office on Drugs and Crime, through written
    # contributions, information…" / « à communiquer à l'Office des Nations Unies contre la drogue et le crime ».
    ("77_232", "9", "unodc"),
    # A/RES/77/201, operative 4: "to continue to share with the Secretary-General, through existing processes…,
    # information" / « de continuer de communiquer au Secrétaire général … les informations ».
    ("77_201", "4", "secretary-general"),
])
def test_information_shared_with_a_body_is_reported_to_it(shared_corpus, symbol, number, body):
    reports = _reports_in_both_languages(shared_corpus, symbol, number)
    assert reports["en"] == reports["fr"] == [body]


def test_lui_before_a_conjugated_verb_of_reporting_is_the_assembly(shared_corpus):
    # A/RES/78/202 operative 18: "in his annual report to the General Assembly" / « dans le rapport annuel qu'il lui
    # présente »: « lui » was read before an infinitive only (« de lui présenter »).
    reports = _reports_in_both_languages(shared_corpus, "78_202", "18")
    assert reports["en"] == reports["fr"] == ["general-assembly"]
