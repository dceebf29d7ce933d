"""Short names read inside their resolution (real AKN files of the corpus): the body a
resolution names in full, then calls "the Special Committee" or "la Commission", is the
assignee of the paragraphs that use the short name."""

from __future__ import annotations

import pytest

from loaders.extract.operative.short_names import document_short_names, short_name_mentions
from loaders.formats.akn import read_akn
from loaders.registry import load_registry


def _paragraph(path, number: str):
    parsed = read_akn(path.read_bytes(), path=str(path))
    return next(p for p in parsed.main.operative if p.number == number)


def _assignees(paragraph) -> list[list[str]]:
    return [[a.entity.key if a.entity else a.name for a in clause.mandates.assignees] for clause in paragraph.actions]


def test_the_special_committee_of_a_territory_resolution_is_the_decolonization_committee(shared_corpus):
    # A/RES/79/112 (United States Virgin Islands), operative 16: "Requests the Special Committee to…"
    paragraph = _paragraph(shared_corpus / "akn/79session/English/A_RES_79_112-2423524E.xml", "16")
    assert _assignees(paragraph) == [["special-committee-decolonization"]]


def test_la_commission_of_a_common_system_resolution_is_the_civil_service_commission(shared_corpus):
    # A/RES/76/240 (French), operative 9: « Prie la Commission de mener une étude… »
    (path,) = (shared_corpus / "akn/76session/French").glob("A_RES_76_240*")
    assert _assignees(_paragraph(path, "9")) == [["icsc"]]


@pytest.mark.parametrize("text", [
    "Requests the Committee on Information to continue its work;",  # another body's full name
    "Requests the Committee’s secretariat to assist;",                # a genitive
])
def test_a_short_name_inside_a_longer_name_is_not_read(text):
    registry = load_registry()
    names = document_short_names("the Committee on Conferences and the Committee on Conferences", "en", registry)
    assert names["committee"].key == "committee-on-conferences"
    assert short_name_mentions(text, "en", names) == []


@pytest.mark.parametrize("symbol, number, key", [
    # A/RES/76/76, operative 37: "Encourages the Office…" / "Encourage le Bureau…" (the Office for Outer Space Affairs).
    ("76_76", "37", "oosa"),
    # A/RES/76/171, operative 6: "Encourages the Centre…" / "Engage le Centre…" (the Subregional Centre).
    ("76_171", "6", "subregional-centre-human-rights-central-africa"),
])
def test_a_body_the_registry_now_knows_is_read_under_its_short_name_in_both_languages(shared_corpus, symbol, number,
                                                                                     key):
    from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages

    paragraphs = _operative_in_both_languages(shared_corpus, symbol, number)
    keys = {lang: {a.entity.key for c in p.actions if c.mandates for a in c.mandates.assignees if a.entity}
            for lang, p in paragraphs.items()}
    assert key in keys["en"] and keys["en"] == keys["fr"], keys


def test_the_office_of_the_high_commissioner_is_the_office_its_resolution_names(shared_corpus):
    # A/RES/76/144, operative 19: in a refugee resolution "the Office of the High Commissioner" / "le
    # Haut-Commissariat" is UNHCR, not the Office of the High Commissioner for Human Rights.
    from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages

    paragraphs = _operative_in_both_languages(shared_corpus, "76_144", "19")
    keys = {lang: {a.entity.key for c in p.actions if c.mandates for a in c.mandates.assignees if a.entity}
            for lang, p in paragraphs.items()}
    assert keys["en"] == keys["fr"] == {"unhcr"}


def test_a_short_name_means_the_body_its_own_paragraph_named_in_full_just_before(shared_corpus):
    # A/RES/80/193, operative 29: "Notes the ongoing work of the Intergovernmental Working Group on the Effective
    # Implementation of the Durban Declaration and Programme of Action…, requests the Working Group to continue…":
    # not the Working Group of Experts on People of African Descent, whom the resolution calls so most often.
    paragraph = _paragraph(next((shared_corpus / "akn/80session/English").glob("A_RES_80_193-*E.xml")), "29")
    assert _assignees(paragraph)[1] == ["Intergovernmental Working Group on the Effective Implementation of the "
                                        "Durban Declaration and Programme of Action"]


def test_a_short_name_after_another_short_name_stays_the_documents(shared_corpus):
    # A/RES/80/61, operative 2: "Welcomes the activities carried out … by the Regional Centre, and requests the
    # Centre to continue…": "the Regional Centre" is no full name; the Centre is the resolution's Regional Centre.
    paragraph = _paragraph(next((shared_corpus / "akn/80session/English").glob("A_RES_80_61-*E.xml")), "2")
    assert _assignees(paragraph)[1] == ["unlirec"]


def test_the_committee_is_neither_the_main_committee_of_the_heading_nor_an_outside_organization(shared_corpus):
    # A/RES/76/158, operative 12: "Welcomes the cooperation established between the Working Group and the Committee…,
    # and encourages them to continue…" / « …entre le Groupe de travail et le Comité…, et engage ces entités à… ». The
    # resolution names the Third Committee only in its heading ("[on the report of the Third Committee]") and the
    # International Committee of the Red Cross as often as the Committee on Enforced Disappearances.
    from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages

    # The treaty bodies the cooperation is also with, in the registry since 2026-12-01, are among them too (as the
    # first held-out set labels this paragraph).
    for paragraph in _operative_in_both_languages(shared_corpus, "76_158", "12").values():
        assert _assignees(paragraph)[-1] == ["working-group-enforced-or-involuntary-disappearances",
                                             "committee-enforced-disappearances", "human-rights-treaty-bodies"]


def test_a_lower_case_complement_says_something_of_the_body_not_another_name():
    # A/RES/80/104 operative 5 (f): "To report to the Special Committee on measures taken in the implementation of the
    # present resolution;" — the Special Committee; "the Special Committee on Peacekeeping Operations" is another name.
    registry = load_registry()
    names = document_short_names("the Special Committee on the Situation with regard to the Implementation of the "
                                 "Declaration on the Granting of Independence to Colonial Countries and Peoples", "en",
                                 registry)
    text = "To report to the Special Committee on measures taken in the implementation of the present resolution;"
    assert [m.entity.key for m in short_name_mentions(text, "en", names)] == ["special-committee-decolonization"]
    assert short_name_mentions("the Special Committee on Peacekeeping Operations", "en", names) == []
