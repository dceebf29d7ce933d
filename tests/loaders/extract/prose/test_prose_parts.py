"""Parts of an activity a text says it is composed of (loaders/extract/prose/prose_parts.py), on real
passages of benchmarks/labelled/prose-dev6.yaml."""

from loaders.extract.prose.prose import extract_prose
from loaders.registry import load_registry


def test_the_parts_a_mechanism_will_be_composed_of_are_part_of_it_en(dev6_passage):
    # IISD: "The Addis Ababa Action Agenda also established a Technology Facilitation Mechanism (TFM) based on a
    # multi-stakeholder collaboration ... and will be composed of: a United Nations Interagency Task Team on Science,
    # Technology and Innovation for the SDGs, a collaborative Multi-stakeholder Forum on Science, Technology and
    # Innovation for the SDGs and an on-line platform."
    facts = extract_prose(dev6_passage("iins-tfm-addis-70-1"), "en", load_registry()).facts
    parts = {(f.subject.key, f.object.key) for f in facts if f.predicate == "partOf"}
    tfm = "technology-facilitation-mechanism"
    assert parts == {("new:united nations interagency task team on science, technology and innovation for the sdgs", tfm),
                     ("new:multi-stakeholder forum on science, technology and innovation for the sdgs", tfm)}


def test_a_part_listed_after_another_activity_than_its_whole_is_not_read_as_a_part():
    text = "The Forum comprises a plenary. The AI Skills Coalition, launched by ITU, is open to all."
    facts = extract_prose(text, "en", load_registry()).facts
    assert not [f for f in facts if f.predicate == "partOf"]


def test_a_component_of_a_whole_and_what_a_whole_also_includes_are_its_parts_en(heldout4_passage, facts):
    # prose-heldout4 (enb-first-sti-forum-tfm-70-1): "The STI Forum is a component of the Technology Facilitation
    # Mechanism (TFM) outlined in the Addis Ababa Action Agenda (AAAA) ... The TFM also includes an Inter-Agency Task
    # Team on STI for SDGs (IATT), a 10-Member Group, and an online platform."
    found = facts(heldout4_passage("enb-first-sti-forum-tfm-70-1"), "en")
    assert {("new:sti forum", "partOf", "technology-facilitation-mechanism"),
            ("new:inter-agency task team on sti for sdgs", "partOf", "technology-facilitation-mechanism")} <= found


def test_a_list_of_parts_goes_on_past_an_acronym_and_an_unnamed_item_en(heldout4_passage, facts):
    # prose-heldout4 (delog-fifth-sti-forum-2020): "The TFM comprises an annual, collaborative Multi-Stakeholder Forum on
    # Science, Technology and Innovation for the Sustainable Development Goals (STI Forum), an online platform, and the
    # UN Inter-Agency Task Team on Science, Technology and Innovation for the Sustainable Development Goals (IATT) ..."
    found = facts(heldout4_passage("delog-fifth-sti-forum-2020"), "en")
    assert ("new:un inter-agency task team on science, technology and innovation for the sustainable development goals",
            "partOf", "technology-facilitation-mechanism") in found
