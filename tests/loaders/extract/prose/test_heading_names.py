"""A body's name that is its heading's but for case and plurals is the heading's
(loaders/extract/prose/heading_names.py), on a real page (prose-dev7, which keeps its source)."""

from loaders.extract.prose.prose_names import read_names
from loaders.registry import load_registry

# itu.int (WSIS implementation page, updated 19 March 2007)
TEXT = ("Consultation Meeting of WSIS Action Lines Moderators/Facilitators on 24 February 2006\n\n"
        "In line with para 108-109 of the Tunis Agenda for the Information Society, ITU, UNESCO and UNDP organised a "
        "consultation meeting of WSIS Action Line Moderators/Facilitators, in Geneva, on 24 February 2006.")


def test_the_body_names_the_meeting_by_its_heading_en():
    labels = {f.term.label for f in read_names(TEXT, "en", load_registry()).activities}
    assert labels == {"Consultation Meeting of WSIS Action Lines Moderators/Facilitators"}


def test_the_mandate_and_the_organisers_are_the_headed_meeting_s_en(facts):
    found = facts(TEXT, "en")
    meeting = "new:consultation meeting of wsis action lines moderators/facilitators"
    assert {(meeting, "mandatedBy", "instrument:WSIS-05/TUNIS/DOC/6(Rev.1)"), (meeting, "organiser", "itu")} <= found


def test_another_name_in_the_body_stays_its_own_en():
    text = TEXT.replace("consultation meeting of WSIS Action Line Moderators/Facilitators",
                        "Consultation Meeting of WSIS Stakeholders")
    labels = {f.term.label for f in read_names(text, "en", load_registry()).activities}
    assert "Consultation Meeting of WSIS Stakeholders" in labels
