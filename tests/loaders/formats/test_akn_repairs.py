"""Repairs of the UN's markup before rendering (loaders/formats/akn_repairs.py), on real files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from loaders.formats.akn import read_akn_file
from loaders.formats.akn_repairs import join_split_numbers

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
PACT_FR = "akn/79session/French/A_RES_79_1-2416433F.xml"
PACT_EN = "akn/79session/English/A_RES_79_1-2416433E.xml"


def _numbers(doc) -> tuple[list[str], list[tuple[str, list[str]]]]:
    main = doc.main
    return ([p.number for p in main.operative],
            [(a.label, [p.number for p in a.paragraphs]) for a in main.annexes])


def test_french_pact_numbers_written_apart_from_their_text_are_joined(shared_corpus):
    french = read_akn_file(shared_corpus / PACT_FR)
    operative = french.main.operative
    assert len(operative) == 84, [p.number for p in operative[:5]]
    assert operative[0].number == "1" and operative[0].text.startswith("Nous, chefs d’État et de gouvernement")
    assert len(french.main.preambular) == 1


def test_french_and_english_pact_read_the_same_paragraphs(shared_corpus):
    assert _numbers(read_akn_file(shared_corpus / PACT_FR)) == _numbers(read_akn_file(shared_corpus / PACT_EN))


def test_a_number_is_moved_only_onto_unnumbered_text():
    root = ET.fromstring(
        f'<body xmlns="{AKN}">'
        "<paragraph><num>1.</num><content><p></p></content></paragraph>"
        "<paragraph><content><p>Text of one.</p></content></paragraph>"
        "<paragraph><num>2.</num><content><p>Text of two.</p></content></paragraph>"
        "<paragraph><content><p>Carried on.</p></content></paragraph>"
        "<paragraph><num>3.</num><content><p></p></content></paragraph>"
        "<paragraph><num>4.</num><content><p>Four.</p></content></paragraph>"
        "</body>")
    assert join_split_numbers(root) == 1
    paragraphs = root.findall(f"{{{AKN}}}paragraph")
    assert [(p.findtext(f"{{{AKN}}}num"), "".join(p.itertext()).replace(p.findtext(f"{{{AKN}}}num") or "", ""))
            for p in paragraphs][:2] == [("1.", "Text of one."), ("2.", "Text of two.")]
    assert len(paragraphs) == 5  # 3. stays apart: the paragraph after it has its own number


def test_french_points_labelled_in_their_text_are_points(shared_corpus):
    """Annex I ¶11 of the French Pact writes its points as unnumbered paragraphs "a) Élaborer…":
    they are points (a)-(g), as in English, not text glued onto the lead-in."""
    for path, lead in ((PACT_FR, "Nous nous engageons, d’ici à 2030, à :"), (PACT_EN, "We commit, by 2030, to:")):
        eleven = next(p for p in read_akn_file(shared_corpus / path).main.annexes[0].paragraphs if p.number == "11")
        assert eleven.text == lead
        assert [p.number for p in eleven.subparagraphs] == [f"11 ({x})" for x in "abcdefg"], path
