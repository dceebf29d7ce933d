"""Paragraphs of real session-78 PDFs, joined by the space between lines and their indent."""

from loaders.formats.pdf import read_pdf_resolution


def test_paragraph_ending_in_a_footnote_marker_is_not_glued_to_the_next(pdf_78):
    parsed = read_pdf_resolution(pdf_78 / "A_RES_78_17.pdf")
    ending = [p for p in parsed.preambular if p.text.endswith("Tenth Special Session of the General Assembly,")]
    assert len(ending) == 1
    following = parsed.preambular[parsed.preambular.index(ending[0]) + 1]
    assert following.text.startswith("Recalling also") or following.text[:1].isupper()
    assert [f.text for f in ending[0].footnotes] == ["Resolution S-10/2."]


def test_wrapped_title_and_adoption_date_are_read_whole(pdf_78):
    parsed = read_pdf_resolution(pdf_78 / "A_RES_78_10.pdf")
    assert parsed.title.value == "Building a peaceful and better world through sport and the Olympic ideal"
    assert str(parsed.adopted) == "2023-11-21"


def test_two_page_resolution_keeps_its_adoption_date_and_paragraphs(pdf_78):
    parsed = read_pdf_resolution(pdf_78 / "A_RES_78_9.pdf")
    assert parsed.adopted is not None
    assert not any("A/RES/78/9" in p.text for p in parsed.paragraphs)


def test_meeting_line_set_to_the_right_is_not_glued_to_the_last_paragraph(pdf_78):
    parsed = read_pdf_resolution(pdf_78 / "A_RES_78_20.pdf")
    assert parsed.operative[-1].number == "10"
    assert parsed.operative[-1].text.endswith("principles of responsible behaviours”.")


def test_bold_headings_of_the_preamble_are_no_paragraphs(pdf_78):
    parsed = read_pdf_resolution(pdf_78 / "A_RES_78_148.pdf")
    texts = [p.text for p in parsed.preambular]
    assert "Social aspects" not in texts and "Multimodal transportation" not in texts
    assert len(texts) == 30 and all(text.endswith(",") for text in texts)


def test_a_paragraph_number_alone_on_the_first_line_of_a_page_opens_its_paragraph(pdf_78):
    # Page 19 of 78/128 opens with "3." and its text as two lines on one baseline (a tab between).
    annex = read_pdf_resolution(pdf_78 / "A_RES_78_128.pdf").annexes[2]
    opening = [p for p in annex.paragraphs if p.text.startswith("If the question arises whether a matter is one")]
    assert [p.number for p in opening] == ["3"]
    assert len(annex.paragraphs) == 36
