"""Who created an activity (loaders/extract/prose/prose_creations.py), on real sentences: an organ
adopting a resolution that creates it, approving its creation, or whose resolution established it."""

from __future__ import annotations

CREATED_BY_ASSEMBLY = {("scientific-panel-ai", "createdBy", "general-assembly"),
                       ("global-dialogue-ai-governance", "createdBy", "general-assembly")}


def test_the_assembly_adopting_a_resolution_creating_two_bodies_created_both_fr(dev3_passage, facts):
    # prose-dev3 (mac4ever.com): "L’Assemblée générale des Nations Unies a adopté cette semaine une résolution créant
    # deux instances inédites consacrées à l’intelligence artificielle : un Groupe scientifique international
    # indépendant et un Dialogue mondial sur la gouvernance de l’IA."
    assert CREATED_BY_ASSEMBLY <= facts(dev3_passage("mac4ever-deux-instances-fr"), "fr")


def test_a_resolution_passed_to_set_up_what_a_dash_lists_en(facts):
    # boomlive.in (web story, 2025): the list opened by a dash
    sentence = ("The UN General Assembly has passed a resolution to set up two big initiatives on AI — an Independent "
                "International Scientific Panel and a Global Dialogue on AI Governance.")
    assert facts(sentence, "en") == CREATED_BY_ASSEMBLY


def test_established_through_two_organs_resolutions_created_by_both_en(dev2_passage, facts):
    # prose-dev2 (publicadministration.desa.un.org): "... the United Nations Programme in Public Administration
    # established through a UN General Assembly resolution of 1953 and ECOSOC resolution of 24 May 1967."
    found = facts(dev2_passage("desa-dpidg-programme"), "en")
    programme = "new:united nations programme in public administration"
    assert {(programme, "createdBy", "general-assembly"), (programme, "createdBy", "ecosoc")} <= found


def test_a_decision_to_establish_mechanisms_it_does_not_name_creates_nothing_en(facts):
    # finanznachrichten.de (dpa-AFX, 2025-08-27): the mechanisms are named only in the next sentence, as established
    sentence = ("The UN General Assembly on Tuesday decided to establish two new mechanisms to promote international "
                "cooperation on the governance of artificial intelligence, or AI.")
    assert not [f for f in facts(sentence, "en") if f[1] == "createdBy"]

