"""Meetings of organs named by their organ (loaders/extract/prose/prose_organ_meetings.py), on real sentences of the
fifth prose held-out set (retired 2026-12-02, benchmarks/labelled/prose-heldout5.yaml)."""

from loaders.extract.prose.prose_organ_meetings import organ_of_meeting
from loaders.registry import load_registry


def test_the_high_level_meeting_of_the_assembly_is_part_of_the_assembly_en(heldout5_passage, facts):
    # "Within the framework of the High Level Meeting of the United Nations General Assembly, Mexico celebrates the
    # renewal of the mandate to continue the Internet Governance Forum (IGF) for ten years."
    found = facts(heldout5_passage("gobmx-mexico-igf-mandate-renewal"), "en")
    assert ("new:high level meeting of the united nations general assembly", "partOf", "general-assembly") in found


def test_the_assembly_then_its_high_level_meeting_is_part_of_the_assembly_en(heldout5_passage, facts):
    # "16 December 2025 - The United Nations General Assembly High-Level Meeting on the Twenty-Year Review of the World
    # Summit on the Information Society (WSIS+20) opened today"
    found = facts(heldout5_passage("un-news-wsis20-high-level-meeting-opens"), "en")
    assert [f for f in found if f[0].startswith("new:united nations general assembly high-level meeting")
            and f[1:] == ("partOf", "general-assembly")]


def test_a_meeting_named_in_a_document_s_title_is_told_of_no_meeting_en(heldout5_passage, facts):
    # "The Outcome Document (A/RES/80/173) of the High-Level Meeting of the General Assembly on the overall review of the
    # implementation of the outcomes of the World Summit on the Information Society was adopted by consensus on 17
    # December 2025."
    found = facts(heldout5_passage("ungis-wsis20-mandates-task-force-80-173"), "en")
    assert not [f for f in found if f[0] == "new:high-level meeting of the general assembly" and f[1] == "partOf"]


def test_a_meeting_of_no_organ_and_a_french_meeting_of_the_assembly():
    registry = load_registry()
    assert organ_of_meeting("High-Level Meeting on Digital Cooperation", registry) is None
    # « la réunion de haut niveau de l'Assemblée générale », the French form of the name (A/RES/70/125's French title:
    # « Document final de la réunion de haut niveau de l'Assemblée générale sur l'examen d'ensemble ... »)
    assert organ_of_meeting("réunion de haut niveau de l'Assemblée générale sur l'examen d'ensemble", registry).key \
        == "general-assembly"


def test_a_high_level_meeting_of_the_assembly_in_lower_case_is_dated_and_part_of_it_en(heldout5_passage, facts):
    # "Ten more years for the United Nations Internet Governance Forum (IGF): At a high-level meeting of the UN General
    # Assembly (GA) on December 16, 2015, the GA adopted an outcome document on the overall review ..."
    found = facts(heldout5_passage("upenn-igf-mandate-extended-outcome-document"), "en")
    meeting = "new:high-level meeting of the un general assembly"
    assert {(meeting, "partOf", "general-assembly"), (meeting, "schema:startDate", "2015-12-16")} <= found
    assert ("new:united nations internet governance forum", "schema:startDate", "2015-12-16") not in found


def test_la_reunion_de_haut_niveau_d_un_titre_de_document_n_est_pas_une_reunion_fr(passage, facts):
    # prose-passages (intgovforum-about-fr): "... (70/125) 'Document final de la réunion de haut niveau de l'Assemblée
    # générale sur l'examen global de la mise en œuvre des résultats du Sommet mondial ...'"
    found = facts(passage("intgovforum-about-fr"), "fr")
    assert not [f for f in found if f[0].startswith("new:réunion de haut niveau")]
