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


def test_a_point_with_no_verb_of_its_own_carries_its_lead_in_up_to_its_own_verb(shared_corpus):
    # A/RES/78/111 operative 3 (b), lead-in "Requests the Special Committee, at its session in 2024, …:": "(b) To
    # consider … the question of the implementation of the provisions of the Charter…, and requests the
    # Secretary-General to submit his next report…" / « b) d'examiner … la question…, et prie le Secrétaire général de
    # lui soumettre le prochain rapport… ». The Special Committee is asked to consider, the Secretary-General to report.
    from loaders.formats.akn import read_akn

    for sub in ("English", "French"):
        path = next((shared_corpus / "akn/78session" / sub).glob(f"A_RES_78_111-*{sub[0]}.xml"))
        parsed = read_akn(path.read_bytes(), path=str(path))
        point = next(p for o in parsed.main.operative if o.number == "3" for p in o.subparagraphs if p.number == "3 (b)")
        assert [([a.entity.key for a in c.mandates.assignees], [d.kind for d in c.mandates.deliverables])
                for c in point.actions] == [(["special-committee-charter"], ["other"]), (["secretary-general"], ["report"])]
