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
