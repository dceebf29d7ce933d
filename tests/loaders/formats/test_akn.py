
import pytest

from loaders.formats.akn import read_akn, read_akn_file
from loaders.errors import ParseError
from loaders.formats.resolution_text import parse_resolution


def _signature(parsed):
    return [(p.kind, p.number, [(c.action.value, sorted(m.entity.key for m in c.addressees)) for c in p.actions],
             sorted(c.symbol for c in p.citations)) for p in parsed.paragraphs]


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def test_french_78_311_xml_agrees_with_seed_002_paragraph_by_paragraph(shared_corpus, seed_text):
    xml = read_akn_file(shared_corpus / "akn/78session/French/A_RES_78_311-2412313F.xml").main
    text = parse_resolution(seed_text("002"), lang="fr")
    assert (len(xml.preambular), len(xml.operative)) == (15, 15)
    assert _signature(xml) == _signature(text)
    assert [_norm(p.text) for p in xml.paragraphs] == [_norm(p.text) for p in text.paragraphs]
    assert (xml.symbol.value, str(xml.adopted), xml.agenda_item.value, xml.draft_symbol.value) == (
        "A/RES/78/311", "2024-07-01", "13", "A/78/L.86")


def test_metadata_lines_give_frbr_subjects_and_sponsors(shared_corpus):
    doc = read_akn_file(shared_corpus / "akn/78session/French/A_RES_78_311-2412313F.xml")
    meta = doc.rendered.meta
    assert meta["expression"][0][0] == "/akn/un/statement/deliberation/unga/2024-07-01/78-311/fra@/"
    assert ("http://metadata.un.org/thesaurus/1000401", ) == tuple(v for v, *_ in meta["keyword"] if v.endswith("1000401"))
    for value, start, end in meta["keyword"] + meta["sponsor"]:
        assert doc.text[start:end] == value


def test_annexes_keep_their_own_numbering(shared_corpus):
    doc = read_akn_file(shared_corpus / "akn/79session/English/A_RES_79_1-2416433E.xml").main
    labels = [(a.label, a.title.value) for a in doc.annexes]
    assert labels == [("I", "Global Digital Compact"), ("II", "Declaration on Future Generations")]
    compact = {p.number: p for p in doc.annexes[0].paragraphs}
    assert [s.number for s in compact["56"].subparagraphs] == ["56 (a)", "56 (b)"]
    assert "Global Dialogue on AI Governance" in compact["56"].subparagraphs[1].text
    assert compact["61"].text.startswith("We will leverage existing United Nations and multi-stakeholder mechanisms")
    assert compact["63"].actions and compact["63"].text.startswith("We emphasize the importance")


def test_english_xml_actions_addressees_and_link_citations(shared_corpus):
    doc = read_akn_file(shared_corpus / "akn/79session/English/A_RES_79_325-2513713E.xml").main
    actions = {p.number: [c.action.value.rsplit("/", 1)[1] for c in p.actions] for p in doc.operative}
    assert actions["1"] == ["establishes"] and actions["6"][0] == "decides" and actions["3"] == ["requests"]
    assert [m.entity.key for m in doc.operative[2].actions[0].addressees] == ["secretary-general"]
    cited = {c.symbol for p in doc.preambular for c in p.citations}
    assert {"A/RES/79/1", "A/RES/77/320", "A/RES/78/311"} <= cited


@pytest.mark.parametrize("raw, message", [
    (b"<akomaNtoso><statement>", "not well-formed XML"),
    (b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement><meta><identification>'
     b'<FRBRExpression><FRBRlanguage language="deu"/></FRBRExpression></identification></meta></statement></akomaNtoso>',
     "language 'deu'"),
])
def test_bad_xml_is_refused_with_a_reason(raw, message):
    with pytest.raises(ParseError, match=message) as caught:
        read_akn(raw, path="bad.xml")
    assert caught.value.path == "bad.xml"


def test_malformed_xml_names_line_and_column():
    with pytest.raises(ParseError) as caught:
        read_akn(b"<akomaNtoso>\n  <statement>\n</akomaNtoso>", path="x.xml")
    assert caught.value.line == 3


