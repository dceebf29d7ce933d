
import pytest

from loaders.formats.akn import read_akn, read_akn_file
from loaders.errors import ParseError
from loaders.formats.resolution_text import parse_resolution
from loaders.text import parse_date


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




def _iris(parsed):
    """The IRI of every paragraph and point, as the quads mint them (points carry their part)."""
    from ontology.namespaces import iris

    ids = iris("https://example.org/")
    out = []

    def walk(node, paragraphs, part=None):
        for p in paragraphs:
            out.append(ids.paragraph(node, p.kind, p.number, p.part or part).value.split("/instrument/")[1])
            walk(node, p.subparagraphs, p.part or part)

    walk(ids.instrument(parsed.symbol.value), parsed.paragraphs)
    for annex in parsed.annexes:
        walk(ids.instrument(f"{parsed.symbol.value}, annex {annex.label}".rstrip()), annex.paragraphs)
    return out


@pytest.mark.parametrize("language", ["English", "French"])
def test_sections_that_restart_numbering_give_79_258_distinct_paragraph_iris(shared_corpus, language):
    path = next((shared_corpus / f"akn/79session/{language}").glob("A_RES_79_258-*.xml"))
    parsed = read_akn_file(path).main
    found = _iris(parsed)
    assert len(found) == len(set(found))
    numbered = [p for p in parsed.operative if p.number.isdigit()]
    assert len(numbered) + sum(len(p.subparagraphs) for p in numbered) >= 214 + 28
    assert {"A/RES/79/258/para/1", "A/RES/79/258/part/II/para/1", "A/RES/79/258/part/II/para/12"} <= set(found)
    first = next(p for p in parsed.operative if p.part == "II" and p.number == "1")
    assert first.text in ("Takes note of the report of the Secretary-General;", "Prend acte du rapport du Secrétaire général ;")


def test_preambular_paragraphs_of_sections_are_read(shared_corpus):
    parsed = read_akn_file(next((shared_corpus / "akn/79session/English").glob("A_RES_79_258-*.xml"))).main
    recalling = next(p for p in parsed.preambular if p.text.startswith("Recalling section II of its resolution 60/283"))
    assert {"A/RES/60/283", "A/RES/78/253"} <= {c.symbol for c in recalling.citations}
    assert len(parsed.preambular) == 29


def test_lettered_headings_are_not_operative_paragraphs(shared_corpus):
    parsed = read_akn_file(next((shared_corpus / "akn/79session/English").glob("A_RES_79_253-*.xml"))).main
    assert not [p.number for p in parsed.operative if not p.number[:1].isdigit()]
    assert not [p for p in parsed.operative if p.text == "Audit"]


def test_a_lone_unnumbered_operative_paragraph_is_operative(shared_corpus):
    parsed = read_akn_file(next((shared_corpus / "akn/78session/English").glob("A_RES_78_1_*.xml"))).main
    assert [p.text[:40] for p in parsed.operative] == ["Endorses the political declaration adopt"]
    assert parsed.preambular == [] or not parsed.preambular[0].text.startswith("Endorses")
    sections = read_akn_file(next((shared_corpus / "akn/79session/English").glob("A_RES_79_258-*.xml"))).main
    lone = [p for p in sections.operative if p.text.startswith("Approves resources in the amount of 23,376,800")]
    assert len(lone) == 1 and lone[0].kind == "operative" and lone[0].part


def test_text_after_a_list_is_kept_with_its_paragraph(shared_corpus):
    parsed = read_akn_file(next((shared_corpus / "akn/79session/English").glob("A_RES_79_248-*.xml"))).main
    paragraph = next(p for p in parsed.operative if p.number == "79")
    assert [s.number for s in paragraph.subparagraphs] == ["79 (a)", "79 (b)", "79 (c)"]
    assert "and its request that all documents submitted to legislative organs" in paragraph.text


@pytest.mark.parametrize("language", ["English", "French"])
def test_a_human_rights_council_resolution_cited_in_a_footnote_is_one(shared_corpus, language):
    parsed = read_akn_file(next((shared_corpus / f"akn/79session/{language}").glob("A_RES_79_161-*.xml"))).main
    paragraph = next(p for p in parsed.operative if p.number == "42")
    assert [c.symbol for c in paragraph.citations] == ["A/HRC/RES/57/25"]


def test_undocs_links_give_canonical_symbols(shared_corpus):
    parsed = read_akn_file(next((shared_corpus / "akn/79session/English").glob("A_RES_79_133-*.xml"))).main
    symbols = {c.symbol for p in parsed.paragraphs for c in p.citations}
    assert "A/HRC/RES/49/7" in symbols and not any("hrc" in s for s in symbols)


@pytest.mark.parametrize("symbol, session", [("A/RES/ES-11/1", None), ("A/RES/S-32/1", None)])
def test_special_and_emergency_special_session_resolutions_are_read(shared_corpus, symbol, session):
    path = next((shared_corpus / "akn/76session/English").glob("A_RES_ES-11_1-*.xml"))
    # The corpus holds no special-session resolution: the same real file, under the symbol of one.
    raw = path.read_bytes().replace(b"A/RES/ES-11/1", symbol.encode())
    parsed = read_akn(raw, path=str(path)).main
    assert (parsed.symbol.value, parsed.session) == (symbol, session)
    assert parsed.operative


def test_a_point_written_as_a_paragraph_with_points_of_its_own_stays_a_point(shared_corpus):
    """76/84 B ¶1 (e) "To aim at…:" has points (i)-(iv): it is point (e) of ¶1 in both
    languages (not a paragraph numbered "(e)" in English and "e)" in French)."""
    for folder in ("English", "French"):
        path = next((shared_corpus / "akn/76session" / folder).glob("A_RES_76_84 A-B-*.xml"))
        first = read_akn_file(path).main.operative[0]
        assert [p.number for p in first.subparagraphs] == [f"1 ({x})" for x in "abcdef"], folder
        assert [p.number for p in first.subparagraphs[4].subparagraphs] == [
            f"1 (e) ({x})" for x in ("i", "ii", "iii", "iv")], folder


@pytest.mark.parametrize("language", ["English", "French"])
def test_one_annex_element_holding_three_annexes_gives_three(shared_corpus, language):
    # 78/128 writes "Annex I", "Annex II", "Annex III" as headings inside one <doc name="annex">.
    parsed = read_akn_file(next((shared_corpus / f"akn/78session/{language}").glob("A_RES_78_128-*.xml"))).main
    assert [(a.label, len(a.paragraphs)) for a in parsed.annexes] == [("I", 12), ("II", 26), ("III", 36)]


def _cited(shared_corpus, number: int) -> set[str]:
    parsed = read_akn_file(next((shared_corpus / "akn/78session/English").glob(f"A_RES_78_{number}-*.xml"))).main
    return {c.symbol for p in parsed.paragraphs for c in p.citations}


@pytest.mark.parametrize("number, read, slipped", [
    (116, "A/RES/77/114", "A/RES/76/122"),  # "resolution 77/114" linked to A/RES/76/122
    (199, "A/HRC/RES/53/11", "A/RES/53/11"),  # "Human Rights Council resolution 53/11" linked to A/RES/53/11
    (292, "A/DEC/78/542", "A/RES/78/542"),  # "its decision 78/542 C" linked to A/RES/78/542C
])
def test_a_link_that_disagrees_with_its_text_does_not_replace_it(shared_corpus, number, read, slipped):
    cited = _cited(shared_corpus, number)
    assert read in cited and not any(symbol.startswith(slipped) for symbol in cited)


def test_a_footnote_marker_set_as_a_plain_digit_is_not_read_into_the_number(shared_corpus):
    # 78/253 ¶7: "section V of its resolution 74/2639, section XX" — the 9 is footnote 9's marker.
    cited = _cited(shared_corpus, 253)
    assert "A/RES/74/263" in cited and "A/RES/74/2639" not in cited


@pytest.mark.parametrize("french, english, symbol, adopted", [
    # The cover and FRBR identifiers write "A/RES/78/13" (adopted on 4 December 2023), cut short.
    ("A_RES_78_130-2325874F.xml", "A_RES_78_130-2325874E.xml", "A/RES/78/130", "2023-12-18"),
    # The cover writes "A/RES/78/3"; the text is headed "78/4." (the universal health coverage declaration).
    ("A_RES_78_4_F.xml", "A_RES_78_4_E.xml", "A/RES/78/4", "2023-10-05"),
])
def test_a_french_text_whose_cover_names_another_resolution_is_read_under_its_own(shared_corpus, french, english,
                                                                                    symbol, adopted):
    # Read as written, each was a second French text of another resolution, each of its clauses on
    # that resolution's nodes with a second action (check action-clause-action-max-one).
    read = [read_akn_file(shared_corpus / "akn/78session" / folder / name).main
            for folder, name in (("French", french), ("English", english))]
    assert [(r.symbol.value, str(r.adopted)) for r in read] == [(symbol, adopted)] * 2


@pytest.mark.parametrize("french, symbol", [("A_RES_78_13-2324427F.xml", "A/RES/78/13"), ("A_RES_78_3_F.xml", "A/RES/78/3")])
def test_the_resolutions_those_covers_name_keep_their_own_french_text(shared_corpus, french, symbol):
    assert read_akn_file(shared_corpus / "akn/78session/French" / french).main.symbol.value == symbol


@pytest.mark.parametrize("path, symbol", [
    ("77session/English/A_RES_77_128-2228507E.xml", "A/RES/77/128 A-B"),
    ("76session/French/A_RES_76_247-2119714F.xml", "A/RES/76/247 A-C"),
    ("79session/English/A_RES_79_259-*E.xml", "A/RES/79/259 A-C"),
])
def test_a_resolution_in_parts_keeps_its_parts_though_its_file_name_and_heading_have_none(shared_corpus, path,
                                                                                           symbol):
    # The file name gives "A/RES/77/128" and the heading "77/128." (its part letter in a docNumber of its
    # own): the cover's "A/RES/77/128 A-B" is the same resolution, the symbol its UN metadata keys on.
    folder, name = path.rsplit("/", 1)
    read = read_akn_file(next((shared_corpus / "akn" / folder).glob(name))).main
    assert read.symbol.value == symbol


@pytest.mark.parametrize("path, frbr", [
    ("79session/French/A_RES_79_285-2506950F.xml", "2025-05-02"),  # its publication date
    ("79session/French/A_RES_79_287-2506953F.xml", "2025-05-02"),
    ("76session/English/A_RES_76_254-2203841E.xml", "2022-03-17"),
])
def test_the_adoption_date_the_text_states_wins_over_a_frbr_date_that_disagrees(shared_corpus, path, frbr):
    # Only these 3 of the corpus's texts disagree with their own heading ("Résolution adoptée par
    # l'Assemblée générale le 29 avril 2025"); their other language agrees with the heading, so the
    # instrument had two adoption dates (check instrument-adoption-date-max-one).
    main = read_akn_file(shared_corpus / "akn" / path).main
    twin = read_akn_file(next((shared_corpus / "akn" / path).parent.parent.glob(
        f"{'English' if 'French' in path else 'French'}/{path.split('/')[-1][:-5]}*.xml"))).main
    assert main.adopted == twin.adopted == parse_date(main.adopted_at.value)
    assert str(main.adopted) != frbr


def test_a_link_in_a_number_the_text_gives_another_body_is_no_citation(shared_corpus):
    # 78/147's markup links ESCAP's "resolution 79/8 of 19 May 2023" to A/RES/79/8, a resolution the
    # Assembly adopted a year later; the PDF reading (no links) leaves it out, so does the XML's.
    path = next((shared_corpus / "akn/78session/English").glob("A_RES_78_147-*.xml"))
    cited = {c.symbol for p in read_akn_file(path).main.paragraphs for c in p.citations}
    assert "A/RES/79/8" not in cited
    assert {"A/RES/70/1", "A/RES/77/165", "A/RES/77/334"} <= cited  # the Assembly's own, linked and read
