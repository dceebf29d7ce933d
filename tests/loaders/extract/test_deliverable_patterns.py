"""How each kind of deliverable is written (loaders/extract/deliverable_patterns.py), proven on real operative
paragraphs of the labelled sets: where a verb starts, which gerunds name a document given, how a French agenda
item is named."""

from __future__ import annotations

from loaders.extract.lexicon import load_lexicon
from loaders.extract.paragraphs import analyse_paragraph
from loaders.registry import load_registry
from loaders.segments import Segment


def kinds(text: str, lang: str) -> list[list[str]]:
    """The kinds of the deliverables of each clause of a paragraph."""
    paragraph = analyse_paragraph(Segment.of(text, 0, len(text)), "operative", "1", 1, lang, load_lexicon(),
                                  load_registry(), {})
    return [[d.kind for d in c.mandates.deliverables] if c.mandates else [] for c in paragraph.actions]


def test_a_gerund_giving_briefing_notes_and_reports_asks_for_a_report(operative_text):
    # "… by providing, in a timely and publicly available manner, …, briefing notes, informal briefings,
    # documents and reports on progress …"
    assert kinds(operative_text("A/RES/76/220#7#en"), "en")[0] == ["report"]


def test_a_gerund_giving_information_to_the_public_is_no_report(operative_text):
    # "… by providing accessible information, social care services and infrastructure"
    assert "report" not in kinds(operative_text("A/RES/80/184#2 (m)#en"), "en")[0]


def test_a_verb_inside_a_capitalised_name_creates_nothing(operative_text):
    # "the United Nations Industrial Development Organization, the World Food Programme": no programme developed.
    assert "programme" not in kinds(operative_text("A/RES/77/117#4#en"), "en")[0]


def test_a_verb_starts_a_word_in_french_too(operative_text):
    # « représentant l’écart positif constaté par rapport au montant » presents no report.
    assert kinds(operative_text("A/RES/79/309#20#fr"), "fr")[0] == ["other"]
    # « des grandes conférences et réunions au sommet tenues sous l’égide »: a noun, not « réunir ».
    assert "meeting" not in kinds(operative_text("A/RES/77/153#38#fr"), "fr")[0]


def test_a_french_question_examined_under_an_agenda_item_of_a_session_is_an_agenda_item(operative_text):
    # « poursuivre l’examen de la question à sa quatre-vingt-unième session, au titre du point de l’ordre du jour
    # intitulé « … » »
    assert "agenda-item" in kinds(operative_text("A/RES/79/267#15#fr"), "fr")[0]


def test_what_something_serves_as_is_no_deliverable(operative_text):
    # "… which shall include consultations with Indigenous Peoples’ representatives … as an input to the
    # intergovernmental process"
    assert kinds(operative_text("A/RES/78/328#2#en"), "en")[0] == ["other"]


def test_processes_in_the_plural_are_a_process(operative_text):
    # "urges Member States to continue to engage in adaptation planning processes"
    assert "process" in kinds(operative_text("A/RES/80/139#22#en"), "en")[1]


def test_a_body_established_by_its_agent_is_one_that_exists(operative_text):
    # "… in conformity with the mandate of the High Commissioner, established by the General Assembly in its
    # resolution 48/141 …": no body created.
    assert kinds(operative_text("A/RES/79/176#21#en"), "en")[0] == ["other"]


def test_a_meeting_said_to_have_been_held_is_not_one_to_hold(operative_text):
    # "Adopts the political declaration of the General Assembly high-level meeting on pandemic prevention,
    # preparedness and response, held on 20 September 2023 …"
    assert kinds(operative_text("A/RES/78/3#1#en"), "en")[0] == ["other"]


def test_an_infinitive_after_a_purpose_continues_the_purpose(operative_text):
    # "Decides to declare 12 February the International Day … in order to raise awareness of the threats … and to
    # enhance international cooperation in this regard"
    assert kinds(operative_text("A/RES/77/243#1#en"), "en")[0] == ["observance"]
    # « … des programmes d’éducation de manière à accroître et à faciliter la participation … »: the same in French.
    assert kinds(operative_text("A/RES/77/52#2#fr"), "fr")[0] == ["programme"]
