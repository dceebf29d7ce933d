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
