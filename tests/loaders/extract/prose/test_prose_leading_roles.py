"""A leading role said with a noun (loaders/extract/prose/prose_leading_roles.py), on real sentences of the retired held-out
sets 4 and 5 (benchmarks/labelled/prose-heldout4.yaml, prose-heldout5.yaml), English and French."""

from __future__ import annotations


def _sentence(text: str, needle: str) -> str:
    at = text.index(needle)
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return text[start:end if end >= 0 else None]


def test_an_agent_taking_a_leading_role_in_its_preparations_leads_the_summit_en(heldout5_passage, facts):
    # prose-heldout5 itu-council-resolution-1179-wsis-preparations: "that the Summit meeting is to be organized under the
    # auspices of the United Nations Secretary-General with the ITU taking a leading role in its preparations in
    # cooperation with interested U.N. and other international agencies ..." ("the Summit": the passage named it before)
    text = heldout5_passage("itu-council-resolution-1179-wsis-preparations")
    assert ("new:world summit on the information society", "leadEntity", "itu") in facts(text, "en")


def test_an_agent_assuring_the_role_of_lead_in_the_preparations_leads_the_summit_fr(heldout4_passage, facts):
    # prose-heldout4 unesco-archive-smsi-resolution-56-183: "... une résolution (A/RES/56/183) approuvant l’organisation
    # du Sommet mondial sur la société de l’information (SMSI) sous le patronage du Secrétaire générale de l’ONU, M. Kofi
    # Annan, l’Union internationale des télécommunications assurant le rôle de chef de file dans les préparatifs ..."
    text = _sentence(heldout4_passage("unesco-archive-smsi-resolution-56-183"), "chef de file")
    assert ("new:sommet mondial sur la société de l’information", "leadEntity", "itu") in facts(text, "fr")


def test_an_agent_given_a_leading_role_in_the_preparation_of_the_summit_leads_it_fr(heldout4_passage, facts):
    # prose-heldout4 mpt-algerie-smsi-deux-phases: "Cette décision a été approuvée par l’Assemblée Générale des Nations
    # Unies dans sa Résolution 56/183 qui accordait à l’UIT un rôle de premier plan dans la préparation du Sommet, en
    # collaboration avec d’autres organisations et partenaires intéressés."
    found = facts(heldout4_passage("mpt-algerie-smsi-deux-phases"), "fr")
    assert ("new:sommet mondial sur la société de l’information", "leadEntity", "itu") in found


def test_an_activity_said_to_be_an_agent_led_process_is_led_by_it_en(heldout5_passage, facts):
    # prose-heldout5 datawitz-wsis20-review-desa-secretariat: "The WSIS+20 review is a United Nations General
    # Assembly-led process, with the Office of the President of the General Assembly and future co-facilitators
    # providing leadership." (English only: French says « un processus mené par », a trigger read elsewhere)
    text = _sentence(heldout5_passage("datawitz-wsis20-review-desa-secretariat"), "Assembly-led")
    text = text[:text.index(".") + 1]
    assert ("new:wsis+20 review", "leadEntity", "general-assembly") in facts(text, "en")
