import pytest

from loaders.formats.akn import read_akn_file
from loaders.formats.pdf import clean_pdf_pages, pdf_pages
from loaders.formats.resolution_text import parse_resolution


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2011", "-").split())


def _pdf(shared_corpus, symbol):
    text = clean_pdf_pages(pdf_pages(shared_corpus / "pdf" / f"{symbol}.pdf"))
    return text, parse_resolution(text, lang="en", headings=True)


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


def test_running_headers_footnotes_and_split_words_are_repaired():
    pages = [
        " United Nations  A/RES/1/2 \n \nGeneral Assembly \nDistr.: General \n1 May 2025 \n25-00001 (E) \n*2500001* \n"
        "Agenda item 9 \nA title \n  Resolution adopted by the General Assembly \non 1 May 2025 \n"
        " 1/2. Short title \n The General Assembly, \n Recalling its work,1 \n 1. Requests the Secretary-General to build capacity -\n"
        "building in developing countries and to report \n_______________ \n 1 Resolution 70/1. \n",
        "A/RES/1/2 \nShort title \n \n25-00001 2/3 \n \nto it, including through the Inter-\nAgency group; \n",
        "Short title A/RES/1/2 \n \n3/3 25-00001 \n 2. Decides to remain seized. \n 5th plenary meeting \n1 May 2025 \n",
    ]
    text = clean_pdf_pages(pages)
    parsed = parse_resolution(text, lang="en")
    assert [p.text for p in parsed.operative] == [
        "Requests the Secretary-General to build capacity-building in developing countries and to report to it, "
        "including through the Inter-Agency group;",
        "Decides to remain seized.",
    ]
    assert parsed.preambular[0].text == "Recalling its work,"
    assert [f.text for f in parsed.footnotes] == ["Resolution 70/1."]
    assert "25-00001" not in text and "2/3" not in text


def test_a_file_that_is_not_a_pdf_is_refused(tmp_path):
    from loaders.errors import LoadError

    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"not a pdf")
    with pytest.raises(LoadError, match="x.pdf"):
        pdf_pages(bad)
