"""Paragraph analysis (loaders/extract/operative/paragraphs.py) on real operative paragraphs."""

from __future__ import annotations

from loaders.extract.operative.lexicon import load_lexicon
from loaders.extract.operative.paragraphs import analyse_paragraph
from loaders.registry import load_registry
from loaders.segments import Segment


def _english_operative(text: str, number: str):
    """``text`` read as the English operative paragraph ``number``, as the loaders read it."""
    return analyse_paragraph(Segment(text, list(range(len(text)))), "operative", number, 1, "en",
                             load_lexicon(), load_registry(), {})


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
    paragraph = _english_operative(text, "67")
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


def _point(lead: str, point: str, number: str):
    """A point of ``lead`` read as the Akoma Ntoso reading reads one (an element of its own)."""
    lexicon, registry = load_lexicon(), load_registry()
    parent = analyse_paragraph(Segment(lead, list(range(len(lead)))), "operative", number, 1, "en", lexicon, registry, {})
    return analyse_paragraph(Segment(point, list(range(len(point)))), "operative", f"{number} (i)", 1, "en",
                             lexicon, registry, {}, inherited=parent.actions[-1], first_person=True)


def test_a_point_without_a_verb_at_its_start_carries_its_lead_on_before_a_clause_inside_it():
    # A/RES/79/1, 23 (i), as the Akoma Ntoso XML gives it: the point goes on "We decide to:"; its own
    # "We are committed" came first alone, while the PDF reading (points inline) gave clause 1 "We
    # decide": one clause node with two actions.
    lead = ("We note ongoing efforts to address the financing gap, including through the Secretary-General’s "
            "proposal for a Sustainable Development Goal stimulus. We decide to:")
    point = ("Promote inclusive and effective international tax cooperation, which contributes significantly to "
             "national efforts to achieve the Sustainable Development Goals, as it enables countries to "
             "effectively mobilize their domestic resources, and stress that the current international tax "
             "governance structures need improvements. We are committed to strengthening the inclusiveness and "
             "effectiveness of tax cooperation at the United Nations.")
    assert [c.verb.value for c in _point(lead, point, "23").actions] == ["We decide", "We are committed"]


def test_a_pdf_point_opening_with_a_verb_of_its_own_reads_it_as_the_xml_does():
    # A/RES/79/1, annex I, 8 (l) inline, as the PDF gives it: the lead has no verb the scheme knows
    # ("Our" was kept as written); the point's own "We will" is its clause, as in the XML reading.
    text = ("Our digital cooperation will be guided by the purposes and principles of the Charter of the United "
            "Nations and the following cross-cutting and mutually reinforcing principles: (k) Governments, the "
            "private sector, civil society, the technical community, academia and international and regional "
            "organizations have roles and responsibilities in advancing an inclusive, open, safe and secure "
            "digital future; (l) We will enhance partnerships to ensure the provision of the required means of "
            "implementation to developing countries, including the mobilization of financial resources, "
            "capacity-building and the transfer of technology on mutually agreed terms;")
    paragraph = _english_operative(text, "8")
    points = {p.number: [c.verb.value for c in p.actions] for p in paragraph.subparagraphs}
    assert points["8 (l)"] == ["We will"]
    assert points["8 (k)"] == [paragraph.actions[0].verb.value]  # no verb of its own: the lead's, carried on
