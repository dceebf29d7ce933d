"""The pdfminer.six engine: lines with their place, type size and weight, on a real PDF."""

from loaders.formats.pdf_lines import read_pages


def test_lines_keep_place_size_and_superscript_markers(pdf_78):
    pages = read_pages(pdf_78 / "A_RES_78_10.pdf")
    assert len(pages) == 5
    first = {line.text: line for line in pages[0].lines}
    assert first["General Assembly"].bold and first["General Assembly"].size == 20.0
    marked = [line for line in pages[0].lines if "World Summit Outcome,¹ sports" in line.text]
    assert len(marked) == 1 and marked[0].size == 10.0
    assert pages[0].lines == sorted(pages[0].lines, key=lambda line: (-line.y, line.x))


def test_the_raised_marker_of_a_footnote_set_in_8_pt_is_a_superscript(pdf_78):
    # 78/319: the note is set in 8 pt and its marker in 6.5 pt, raised: not much smaller, but raised.
    lines = [line.text for line in read_pages(pdf_78 / "A_RES_78_319.pdf")[0].lines]
    assert "¹ Resolution 66/288, annex." in lines
