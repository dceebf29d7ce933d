"""The general forms of new activity names (loaders/extract/prose/prose_new_names.py,
loaders/extract/prose/quoted_titles.py), each on a real sentence of the tuning set, dev2, dev3 or
the seeds: more activity nouns as heads, words joined by "for"/"and" before the head, a year
opening an edition, French names going on after "à" and holding a year, an event's place cut
off its name, an agent's possessive cut off, and quoted titles."""

from __future__ import annotations

import pytest

from loaders.extract.prose.prose_names import read_names
from loaders.extract.prose.prose_new_names import new_activities
from loaders.registry import load_registry


def _new(text: str, lang: str) -> list[str]:
    """The new activities read in ``text``, as written."""
    return [text[f.start:f.end] for f in read_names(text, lang, load_registry()).activities if f.term.entity is None]


def _kinds(text: str, lang: str) -> dict[str, str]:
    return {f.term.label: f.term.kind for f in read_names(text, lang, load_registry()).activities if f.term.entity is None}


@pytest.mark.parametrize(("number", "name"), [
    ("003", "Comité consultatif des jeunes"),                          # head Comité
    ("003", "Cadre de préparation de l'UIT en matière d'IA"),          # head Cadre, an agent inside
    ("003", "Colloque mondial des régulateurs"),                       # head Colloque
    ("004", "Stratégie continentale sur l'intelligence artificielle"),  # head Stratégie
])
def test_french_names_headed_by_more_activity_nouns_fr(seed, number, name):
    assert name in _new(seed(number), "fr")


def test_a_year_opening_a_name_headed_by_recommendation_is_part_of_it_en(passage):
    # unesco.org: "... since the adoption of the 2021 Recommendation on the Ethics of AI"
    assert "2021 Recommendation on the Ethics of AI" in _new(passage("forum-ethics-2025-programme"), "en")


def test_a_french_name_goes_on_after_a_before_a_common_noun_fr(dev2_passage):
    # itu.int (GSS-24): "... à organiser un Sommet international annuel sur les normes relatives à
    # l'intelligence artificielle, afin de ..."
    assert "Sommet international annuel sur les normes relatives à l'intelligence artificielle" \
        in _new(dev2_passage("uit-gss24-sommet-normes-fr"), "fr")


def test_a_french_name_ends_before_a_and_a_place_fr(dev2_passage):
    # lemanbleu.ch: "la tenue du Sommet mondial sur l’intelligence artificielle à Genève en 2027"
    assert _new(dev2_passage("lemanbleu-sommet-2027-fr"), "fr") == ["Sommet mondial sur l’intelligence artificielle"]


def test_a_year_inside_a_french_name_is_kept_fr(seed):
    # seed 000: "l'édition 2025 du Forum mondial de l'UNESCO sur l'éthique de l'intelligence artificielle"
    assert "édition 2025 du Forum mondial de l'UNESCO sur l'éthique de l'intelligence artificielle" in _new(seed("000"), "fr")


def test_a_titled_agenda_the_footnotes_name_is_an_instrument_not_an_activity_fr(seed):
    # seed 002: "« Transformer notre monde : le Programme de développement durable à l'horizon 2030 »" is A/RES/70/1
    text = seed("002")
    assert not [name for name in _new(text, "fr") if name.endswith("Programme de développement durable à l'horizon 2030")]
    assert "A/RES/70/1" in {c.symbol for c in read_names(text, "fr", load_registry()).citations}


def test_a_french_name_does_not_run_across_a_line_break_fr(seed):
    # seed 003: "Suite à donner par le Conseil\nLe Conseil est invité à prendre note ..."
    assert not [name for name in _new(seed("003"), "fr") if "\n" in name or name == "Conseil"]


def test_an_event_name_ends_before_in_and_its_place_en(dev3_passage):
    # itonline.co.uk: "... during the World Economic Forum’s Annual Meeting in Davos where the ITU ..."
    text = dev3_passage("itonline-ai-skills-coalition")
    assert "World Economic Forum’s Annual Meeting" in _new(text, "en")
    assert _kinds(text, "en")["World Economic Forum’s Annual Meeting"] == "event"


def test_a_programme_name_keeps_in_and_its_complement_en(dev2_passage):
    # publicadministration.desa.un.org: a programme is no event: "in Public Administration" is its complement
    assert "United Nations Programme in Public Administration" in _new(dev2_passage("desa-dpidg-programme"), "en")


def test_an_agents_possessive_is_no_word_of_the_name_en(dev3_passage):
    # itu.int: "... met at ITU’s AI for Good Global Summit in Geneva, Switzerland."
    text = dev3_passage("aimfg-itu-closing-2023")
    sentence = text[text.index("For two days"):]
    itu = sentence.index("ITU’s")
    found = new_activities(sentence, "en", [], agents=[(itu, itu + 3)])
    assert [f.term.label for f in found] == ["AI for Good Global Summit"]


def test_a_quoted_title_holding_an_activity_noun_is_the_whole_name_en(dev3_passage):
    # aiethics.cn: "Foreign Minister Wang Yi introduced the “Artificial Intelligence Capacity-Building Action Plan
    # For Good and For All” proposed by China."
    assert "Artificial Intelligence Capacity-Building Action Plan For Good and For All" \
        in _new(dev3_passage("aiethics-cn-zm-high-level-meeting"), "en")


def test_a_quoted_title_after_an_activity_noun_is_a_project_fr(seed):
    # seed 003: "Dans le cadre du projet "Renforcement des capacités pour la transformation numérique", le cours ..."
    assert "Renforcement des capacités pour la transformation numérique" in _new(seed("003"), "fr")


def test_words_joined_by_for_before_the_head_belong_to_the_name_en(dev3_passage):
    # the same itu.int passage's title: "ITU Statement on the closing of the 2023 AI for Good Global Summit"
    text = dev3_passage("aimfg-itu-closing-2023").split("\n")[0]
    found = new_activities(text, "en", [])
    assert [f.term.label for f in found] == ["2023 AI for Good Global Summit"]



# No sentence of the seeds or the development sets has the next two forms with agents the
# registry knows; they are tested on sentences written in the style of the passages.

def test_an_organ_named_after_by_is_the_agent_not_an_activity_en(facts):
    found = facts("The AI Readiness Project was launched by the Smart Africa Board in Kigali.", "en")
    assert ("new:ai readiness project", "leadEntity", "new:smart africa board") in found


def test_agents_that_organised_an_event_in_the_active_voice_are_its_organisers_en(facts):
    found = facts("ITU and UNDP jointly organised the Digital Transformation Centres Initiative Workshop "
                  "in Bangkok on 5 March 2024.", "en")
    subject = "new:digital transformation centres initiative workshop"
    assert {(subject, "organiser", "itu"), (subject, "organiser", "undp"),
            (subject, "schema:startDate", "2024-03-05")} <= found


def test_a_host_of_a_guest_that_is_no_activity_organises_nothing_en(dev2_passage, facts):
    # undp.org: "the UN Development Programme (UNDP) hosted the G7 Italian Presidency in Addis Ababa"
    assert not [f for f in facts(dev2_passage("digwatch-undp-addis-meetings"), "en") if f[1] == "organiser"]


def test_a_new_organ_before_a_role_verb_is_its_agent_en(passage, facts):
    # unesco.org: "The UN Broadband Commission has launched the Working Group on AI Capacity Building, ..."
    found = facts(passage("unesco-broadband-working-group-2021"), "en")
    assert ("new:working group on ai capacity building", "leadEntity", "new:un broadband commission") in found
