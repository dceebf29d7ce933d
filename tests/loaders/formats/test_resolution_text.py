import pytest

from loaders.errors import ParseError
from loaders.formats.resolution_text import parse_resolution


@pytest.fixture(scope="module")
def res_78_311():
    from loaders.paths import SEEDS_DIR

    text = next(SEEDS_DIR.glob("002_*.txt")).read_text(encoding="utf-8")
    return text, parse_resolution(text, lang="fr")


def _actions(paragraph):
    return [(c.action.value.rsplit("/", 1)[1], sorted(m.entity.key for m in c.addressees)) for c in paragraph.actions]


def test_header_gives_symbol_session_dates_agenda_and_draft(res_78_311):
    _, r = res_78_311
    assert r.symbol.value == "A/RES/78/311" and r.session == 78
    assert r.title.value.startswith("Intensifier la coopération internationale")
    assert str(r.adopted) == "2024-07-01" and str(r.published) == "2024-07-05"
    assert r.agenda_item.value == "13" and r.draft_symbol.value == "A/78/L.86"


def test_fifteen_preambular_and_fifteen_operative_paragraphs(res_78_311):
    _, r = res_78_311
    assert len(r.preambular) == 15 and len(r.operative) == 15
    assert [p.number for p in r.operative] == [str(n) for n in range(1, 16)]
    assert [p.opening.value for p in r.preambular[:4]] == ["Réaffirmant", "Réaffirmant", "Réaffirmant", "Considérant"]


def test_operative_paragraph_with_two_actions_and_different_addressees(res_78_311):
    _, r = res_78_311
    assert _actions(r.operative[1]) == [
        ("encourages", ["member-states"]),
        ("callsUpon", ["international-community", "relevant-stakeholders"]),
    ]


@pytest.mark.parametrize("number, expected", [
    ("1", [("resolves", [])]),
    ("9", [("callsUpon", ["specialized-agencies", "un-system"])]),
    ("12", [("supports", [])]),
    ("13", [("invites", ["un-system"])]),
    ("14", [("looksForwardTo", [])]),
    ("15", [("requests", ["secretary-general"])]),
])
def test_operative_actions_and_addressees(res_78_311, number, expected):
    _, r = res_78_311
    assert _actions(r.operative[int(number) - 1]) == expected


def test_page_breaks_and_footnotes_do_not_cut_paragraphs(res_78_311):
    text, r = res_78_311
    third = r.preambular[2].text
    assert "au service du développement durable », et 78/213" in third
    assert "217 A" not in third
    assert "tout en veillant à respecter pleinement" in r.operative[1].text
    assert "auxquels se heurtent les pays en développement en matière" in r.operative[14].text
    start, end = r.operative[14].span
    assert text[start:end].startswith("15.") and text[start:end].endswith("défis.")


def test_footnote_marker_links_to_its_footnote(res_78_311):
    _, r = res_78_311
    assert [f.text for f in r.preambular[0].footnotes] == ["Résolution 217 A (III)."]


def test_citations_are_typed_with_symbol_date_and_title(res_78_311):
    _, r = res_78_311
    cites = {c.symbol: c for p in r.paragraphs for c in p.citations}
    assert set(cites) == {"A/RES/70/1", "A/RES/69/313", "A/RES/78/1", "A/RES/70/125", "A/RES/78/265",
                          "A/RES/77/320", "A/RES/78/132", "A/RES/78/213", "A/RES/217(III)"}
    assert cites["A/RES/70/1"].title.startswith("Transformer notre monde")
    assert str(cites["A/RES/78/265"].adopted) == "2024-03-21"
    assert cites["A/RES/70/1"].relation.value.endswith("#reaffirms")
    assert cites["A/RES/217(III)"].relation.value.endswith("#recalls")


def test_text_without_body_is_refused_with_its_line():
    with pytest.raises(ParseError) as caught:
        parse_resolution("Assemblée générale\n\n78/1. Titre\n", lang="fr", path="x.txt")
    assert "x.txt:1" in str(caught.value)


def test_unnumbered_paragraph_after_operative_part_names_its_line():
    text = "78/1. Titre\n\nL'Assemblée générale,\n\nRéaffirmant tout,\n\n1. *Prie* le Secrétaire général de faire ;\n\nTexte perdu.\n"
    with pytest.raises(ParseError) as caught:
        parse_resolution(text, lang="fr", path="bad.txt")
    assert caught.value.line == 9


ENGLISH = """United Nations A/RES/79/999

General Assembly Distr.: General
2 July 2025

Seventy-ninth session
Agenda item 13

Resolution adopted by the General Assembly on 1 July 2025

[without reference to a Main Committee (A/79/L.99)]

79/999. Artificial intelligence capacity-building

The General Assembly,

Recalling its resolution 79/1 of 22 September 2024, entitled “Pact for the Future”,

Noting with concern the digital divide,

1. Requests the Secretary-General to submit a report;

2. Encourages Member States to cooperate, and calls upon the international community to
assist, including by:

(a) Sharing knowledge;

(b) Building capacity;

3. Decides to remain seized of the matter.
"""


def test_english_text_with_sub_paragraphs_and_citation():
    r = parse_resolution(ENGLISH, lang="en")
    assert r.symbol.value == "A/RES/79/999" and str(r.adopted) == "2025-07-01"
    assert r.draft_symbol.value == "A/79/L.99" and r.agenda_item.value == "13"
    assert [p.opening.value for p in r.preambular] == ["Recalling", "Noting with concern"]
    (cite,) = r.preambular[0].citations
    assert (cite.symbol, str(cite.adopted), cite.title) == ("A/RES/79/1", "2024-09-22", "Pact for the Future")
    assert cite.relation.value.endswith("#recalls")
    assert _actions(r.operative[0]) == [("requests", ["secretary-general"])]
    assert _actions(r.operative[1]) == [("encourages", ["member-states"]), ("callsUpon", ["international-community"])]
    assert [s.number for s in r.operative[1].subparagraphs] == ["2 (a)", "2 (b)"]
    assert r.operative[1].subparagraphs[0].text == "Sharing knowledge;"
