"""Paragraph analysis (loaders/extract/paragraphs.py) on real operative paragraphs."""

from __future__ import annotations

from loaders.extract.lexicon import load_lexicon
from loaders.extract.paragraphs import analyse_paragraph
from loaders.registry import load_registry
from loaders.segments import Segment


def test_points_carry_on_the_clause_before_them_not_one_written_inside_a_point():
    # A/RES/79/1, 67, as its PDF gives it inline: (g) holds "We will", the lead's clause is "we agree".
    text = ("In response to the growing urgency to increase the effectiveness of the ability of the United "
            "Nations to maintain international peace and security as set out in the Charter, we agree on the "
            "following guiding principles identified in the intergovernmental negotiations on the question of "
            "equitable representation on and increase in the membership of the Security Council and other "
            "matters related to the Council in accordance with General Assembly decision 62/557 of 15 September "
            "2008 as parameters for reform: (a) Redress the historical injustice against Africa as a priority; "
            "(f) The working methods should ensure the inclusive, transparent, efficient, effective, democratic "
            "and accountable functioning of an enlarged Council; (g) The question of the veto is a key element "
            "of Security Council reform. We will intensify efforts to reach an agreement on the future of the "
            "veto, including discussions on limiting its scope and use;")
    paragraph = analyse_paragraph(Segment(text, list(range(len(text)))), "operative", "67", 1, "en",
                                  load_lexicon(), load_registry(), {})
    assert [c.verb.value for c in paragraph.actions][-1] == "We will"
    assert {p.actions[0].verb.value for p in paragraph.subparagraphs} == {paragraph.actions[0].verb.value}
