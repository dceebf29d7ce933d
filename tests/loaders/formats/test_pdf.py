import pytest

from loaders.formats.akn import read_akn_file
from loaders.formats.pdf import pdf_text, read_pages, read_pdf_resolution
from loaders.formats.pdf_layout import Line, Page
from loaders.formats.resolution_text import parse_resolution


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2011", "-").split())


def _pdf(shared_corpus, symbol):
    path = shared_corpus / "pdf" / f"{symbol}.pdf"
    return pdf_text(read_pages(path)).text, read_pdf_resolution(path, lang="en")


def _xml(shared_corpus, relative):
    return read_akn_file(shared_corpus / "akn" / relative).main


def _agreement(left, right) -> float:
    pairs = list(zip(left, right))
    same = sum(_norm(a.text) == _norm(b.text) and a.number == b.number for a, b in pairs)
    return same / max(len(left), len(right))


def test_79_325_pdf_matches_its_xml_paragraph_by_paragraph(shared_corpus):
    _, pdf = _pdf(shared_corpus, "A_RES_79_325")
    xml = _xml(shared_corpus, "79session/English/A_RES_79_325-2513713E.xml")
    assert (pdf.symbol.value, str(pdf.adopted), pdf.draft_symbol.value) == ("A/RES/79/325", "2025-08-26", "A/79/L.118")
    assert pdf.title.value == xml.title.value
    assert _agreement(pdf.paragraphs, xml.paragraphs) == 1.0
    assert [s.number for s in pdf.operative[0].subparagraphs] == ["1 (a)", "1 (b)", "1 (c)", "1 (d)", "1 (e)"]
    assert [f.text for f in pdf.footnotes] == ["Resolution 79/1, annex I.", "See resolution 70/1."]


def test_80_173_pdf_matches_its_xml(shared_corpus):
    _, pdf = _pdf(shared_corpus, "A_RES_80_173")
    xml = _xml(shared_corpus, "80session/English/A_RES_80_173-2520874E.xml")
    assert len(pdf.operative) == len(xml.operative) == 127
    assert _agreement(pdf.operative, xml.operative) >= 0.95
    para86 = pdf.operative[85]
    assert para86.number == "86" and "Inter-Agency Working Group on Artificial Intelligence" in para86.text


def test_79_1_pdf_keeps_the_compact_numbering(shared_corpus):
    _, pdf = _pdf(shared_corpus, "A_RES_79_1")
    xml = _xml(shared_corpus, "79session/English/A_RES_79_1-2416433E.xml")
    compact_pdf = {p.number: p for p in pdf.annexes[0].paragraphs}
    compact_xml = {p.number: p for p in xml.annexes[0].paragraphs}
    assert pdf.annexes[0].label == "I" and pdf.annexes[0].title.value == "Global Digital Compact"
    for number in map(str, range(55, 64)):
        assert _norm(compact_pdf[number].text) == _norm(compact_xml[number].text), number
    assert [s.number for s in compact_pdf["56"].subparagraphs] == ["56 (a)", "56 (b)"]


def _clause_actions(parsed) -> dict[tuple, str]:
    """The action of each clause, keyed as its node is (annex, part, paragraph number, clause)."""
    out = {}

    def walk(annex, paragraphs, part=None):
        for p in paragraphs:
            for index, clause in enumerate(p.actions):
                out[(annex, p.part or part, p.kind, p.number, index)] = clause.action.value.rsplit("/", 1)[-1]
            walk(annex, p.subparagraphs, p.part or part)

    walk(None, parsed.paragraphs)
    for annex in parsed.annexes:
        walk(annex.label, annex.paragraphs)
    return out


def test_79_1_pdf_and_xml_give_each_clause_node_one_action(shared_corpus):
    """Both English readings of A/RES/79/1 write their clauses on the same nodes; they read four of
    them differently (check action-clause-action-max-one): the Compact's five objectives numbered
    1-5 after its paragraph 7 took paragraphs 1-5's nodes in the PDF ("Foster" on paragraph 3's
    "We recognize"); 23 (i) and 67 (g) lost their lead's clause in the XML reading to one inside
    the point ("We are committed"); the PDF read annex I 8 (l)'s own "We will" as the lead's "Our"."""
    _, pdf = _pdf(shared_corpus, "A_RES_79_1")
    xml = _xml(shared_corpus, "79session/English/A_RES_79_1-2416433E.xml")
    in_pdf, in_xml = _clause_actions(pdf), _clause_actions(xml)
    assert len(set(in_pdf) & set(in_xml)) > 500
    assert {key: (in_pdf[key], in_xml[key]) for key in set(in_pdf) & set(in_xml) if in_pdf[key] != in_xml[key]} == {}
    objectives = [(p.part, p.number) for p in pdf.annexes[0].paragraphs if p.text.startswith(("Close all", "Foster"))]
    assert objectives == [("2", "1"), ("2", "3")]
    assert in_pdf[("I", None, "operative", "3", 0)] == "recognizes"


def _page(number, *lines):
    return Page(number, 612, 792, [Line(text, x, y, size, bold) for text, x, y, size, bold in lines])


def test_headers_footers_and_footnotes_are_told_apart_by_where_they_stand():
    pages = [
        _page(1, ("United Nations A/RES/1/2", 123, 731, 14, False), ("General Assembly", 123, 701, 20, True),
              ("Resolution adopted by the General Assembly", 123, 497, 14, True), ("on 1 May 2025", 123, 482, 14, True),
              ("1/2. Short title", 78, 432, 12, True), ("The General Assembly,", 147, 395, 10, False),
              ("Recalling its work,¹", 147, 377, 10, False),
              ("1. Requests the Secretary-General to build capacity-", 147, 359, 10, False),
              ("building in developing countries and to report", 123, 347, 10, False),
              ("__________________", 99, 79, 8, True), ("¹ Resolution 70/1.", 116, 65, 8.5, False),
              ("25-00001 (E) 010525", 65, 42, 10, False)),
        _page(2, ("Short title", 366, 742, 8.5, True), ("A/RES/1/2", 60, 733, 8.5, True),
              ("to it;", 123, 709, 10, False), ("2. Decides to remain seized.", 147, 691, 10, False),
              ("5th plenary meeting", 397, 667, 10, False), ("2/2 25-00001", 60, 36, 7, False)),
    ]
    text = pdf_text(pages).text
    parsed = parse_resolution(text, lang="en", layout=True)
    assert [p.text for p in parsed.operative] == [
        "Requests the Secretary-General to build capacity-building in developing countries and to report to it;",
        "Decides to remain seized.",
    ]
    assert str(parsed.adopted) == "2025-05-01" and parsed.title.value == "Short title"
    assert parsed.preambular[0].text == "Recalling its work,"
    assert [f.text for f in parsed.footnotes] == ["Resolution 70/1."]
    assert "25-00001" not in text and "2/2" not in text and text.count("Short title") == 1


def test_a_file_that_is_not_a_pdf_is_refused(tmp_path):
    from loaders.errors import LoadError

    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"not a pdf")
    with pytest.raises(LoadError, match="x.pdf"):
        read_pages(bad)


def test_resumed_plenary_meeting_line_ends_the_operative_part(pdf_78):
    parsed = read_pdf_resolution(pdf_78 / "A_RES_78_230.pdf")
    assert len(parsed.operative) == 9
    assert parsed.operative[-1].text.endswith("international cooperation on tax matters at the United Nations”.")


def test_lone_unnumbered_operative_paragraph_is_the_operative_part(pdf_78):
    parsed = read_pdf_resolution(pdf_78 / "A_RES_78_124.pdf")
    assert [p.text for p in parsed.preambular] == [
        "Having considered the report of the Credentials Committee and the recommendation contained therein,"]
    assert [(p.number, p.text) for p in parsed.operative] == [("1", "Approves the report of the Credentials Committee.")]


def test_body_opens_after_the_title_when_the_pdf_leaves_out_its_opening_line(pdf_78):
    parsed = read_pdf_resolution(pdf_78 / "A_RES_78_225.pdf")
    assert (len(parsed.preambular), len(parsed.operative)) == (8, 15)
    assert parsed.preambular[0].text.startswith("Reaffirming its resolution 70/1 of 25 September 2015")


def test_each_section_keeps_its_own_preamble(pdf_78):
    parsed = read_pdf_resolution(pdf_78 / "A_RES_78_247.pdf")
    assert (len(parsed.preambular), len(parsed.operative)) == (4, 12)


def test_footnotes_under_the_meeting_line_belong_to_the_body(pdf_78):
    # 78/44 is one page: its notes come after "42nd plenary meeting" and the date.
    parsed = read_pdf_resolution(pdf_78 / "A_RES_78_44.pdf")
    assert [f.text for f in parsed.footnotes][:3] == ["Resolution S-10/2.", "A/51/218, annex.", "Resolution 55/2."]
    assert "A/RES/55/2" in {c.symbol for p in parsed.paragraphs for c in p.citations}


def test_a_footnote_cited_in_the_first_page_of_78_319_is_read(pdf_78):
    recalling = read_pdf_resolution(pdf_78 / "A_RES_78_319.pdf").preambular[1]
    assert [c.symbol for c in recalling.citations] == ["A/RES/66/288"]


def test_points_of_three_roman_letters_stay_with_their_paragraph(pdf_78):
    # 78/255 ¶1: points (iii) to (v), then (c) "… of General Assembly resolution 59/276", were dropped.
    first = read_pdf_resolution(pdf_78 / "A_RES_78_255.pdf").operative[0]
    assert "A/RES/59/276" in {c.symbol for c in first.citations}
    assert first.span[1] > 2000
