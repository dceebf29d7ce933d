"""The pypdf engine (the alternative measured against pdfminer.six) on a real PDF."""

from loaders.formats.pdf_layout import read_pages_pypdf


def test_pypdf_engine_places_lines_and_raises_footnote_markers(pdf_78):
    pages = read_pages_pypdf(pdf_78 / "A_RES_78_10.pdf")
    assert len(pages) == 5
    lines = pages[1].lines
    assert any("Millennium Declaration²" in line.text for line in lines)
    header = max(lines, key=lambda line: line.y)
    assert header.y > 730 and header.size < 9 and header.bold
