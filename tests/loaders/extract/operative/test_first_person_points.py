"""Points of a first-person lead carry their own verb (loaders/extract/operative/first_person_points.py),
read from the Pact for the Future as the corpus gives it (A/RES/79/1, annex II, paragraph 32) and
from the same paragraph written inline, as plain text and PDFs give it."""

from __future__ import annotations

import pytest

from loaders.extract.operative.first_person_points import leads_first_person_points, point_opening
from loaders.extract.operative.lexicon import load_lexicon
from loaders.extract.operative.paragraphs import analyse_paragraph
from loaders.formats.akn import read_akn_file
from loaders.registry import load_registry
from loaders.segments import Segment

INLINE = ("Recognizing the important advisory and advocacy role that the United Nations should play with "
          "respect to future generations, we: (a) Take note of the Secretary-General’s proposal to appoint a "
          "Special Envoy for Future Generations to support the implementation of this Declaration; (b) Decide "
          "to convene an inclusive high-level plenary meeting of the General Assembly on future generations "
          "that will review the implementation of this Declaration during the eighty-third session of the "
          "General Assembly; (c) Request the Secretary-General to present a report on the implementation of "
          "this Declaration for consideration at the high-level plenary meeting to be held during the "
          "eighty-third session of the General Assembly.")


def _declaration_32(corpus, lang: str):
    folder = "English" if lang == "en" else "French"
    path = next((corpus / "akn/79session" / folder).glob(f"A_RES_79_1-*{folder[0]}.xml"))
    annex = next(a for a in read_akn_file(path).main.annexes if a.label == "II")
    return next(p for p in annex.paragraphs if p.number == "32")


@pytest.mark.parametrize("lang, verbs", [
    ("en", ["Take note", "Decide", "Request"]),
    ("fr", ["Prenons note", "Décidons", "Demandons"]),
])
def test_each_point_of_a_we_lead_has_its_own_verb(shared_corpus, lang, verbs):
    points = _declaration_32(shared_corpus, lang).subparagraphs
    assert [p.actions[0].verb.value for p in points] == verbs
    assert [p.actions[0].action.value.rsplit("/", 1)[-1] for p in points][:2] == ["takesNote", "decides"]


def test_the_point_requesting_a_report_names_the_secretary_general(shared_corpus):
    request = _declaration_32(shared_corpus, "en").subparagraphs[2]
    assert request.actions[0].action.value.endswith("/requests")
    assert [a.entity.key for a in request.actions[0].mandates.assignees] == ["secretary-general"]


def test_points_written_inline_read_the_same_verbs():
    paragraph = analyse_paragraph(Segment(INLINE, list(range(len(INLINE)))), "operative", "32", 1, "en",
                                  load_lexicon(), load_registry(), {})
    assert [p.actions[0].action.value.rsplit("/", 1)[-1] for p in paragraph.subparagraphs] == [
        "takesNote", "decides", "requests"]


def test_points_of_a_third_person_lead_carry_its_verb_on():
    # "Requests the Secretary-General: (a) To submit…": no "we:", so a point has no verb of its own.
    assert not leads_first_person_points("Requests the Secretary-General:", "en")
    text = "Requests the Secretary-General: (a) Request for proposals to be issued; (b) To report thereon."
    paragraph = analyse_paragraph(Segment(text, list(range(len(text)))), "operative", "5", 1, "en",
                                  load_lexicon(), load_registry(), {})
    assert {p.actions[0].verb.value for p in paragraph.subparagraphs} == {"Requests"}


