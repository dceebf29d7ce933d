"""Instrument names are read from the corpus's footnotes (scripts/mine_instrument_names.py): the
symbol from a footnote that gives only a symbol, the name from what the paragraph writes right
before its mark, the French name from the same footnote of the same paragraph in French."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from loaders.text import fold
from scripts.mine_instrument_names import (closest_french, footnoted_names, main, name_before, note_symbol,
                                           paragraphs_with_notes)

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "corpus/registry/instrument_names.yaml"


@pytest.mark.parametrize(("note", "symbol"), [
    ("A/74/821.", "A/74/821"),
    ("See resolution 70/1.", "A/RES/70/1"),
    ("Resolution 69/313, annex.", "A/RES/69/313, annex"),
    ("Résolution 69/313, annexe.", "A/RES/69/313, annex"),
    ("Resolution 69/283, annex II.", "A/RES/69/283, annex II"),
    ("Resolution 217 A (III).", "A/RES/217 A (III)"),
    ("Resolution S-27/2, annex.", "A/RES/S-27/2, annex"),
    ("United Nations, Treaty Series, vol. 1577, No. 27531.", None),  # a treaty, no UN symbol
    ("Ibid.", None),
    ("Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 4 (A/78/4).", None),
])
def test_a_footnote_gives_a_symbol_only_where_it_gives_nothing_else(note, symbol):
    assert note_symbol(note) == symbol


def _paragraph(corpus: Path, symbol: str, language: str, number: str) -> tuple[str, list]:
    path = next((corpus / f"akn/{symbol[:2]}session/{language}").glob(f"A_RES_{symbol}-*.xml"))
    return paragraphs_with_notes(path)[number]


def test_a_quoted_title_before_a_footnote_is_the_instrument_s_name_in_both_languages(shared_corpus):
    # A/RES/76/295 operative 8: "... entitled “Road map for digital cooperation: implementation of ...”¹".
    english = footnoted_names(*_paragraph(shared_corpus, "76_295", "English", "o8"), "en")
    french = footnoted_names(*_paragraph(shared_corpus, "76_295", "French", "o8"), "fr")
    [(name, symbol)] = [v for v in english.values() if v[1] == "A/74/821"]
    assert name.startswith("Road map for digital cooperation") and symbol == "A/74/821"
    [(candidates, _)] = [v for v in french.values() if v[1] == "A/74/821"]
    assert closest_french(name, candidates).startswith("Plan d’action de coopération numérique")


@pytest.mark.parametrize(("before", "lang", "name"), [
    # A/RES/78/160 preambular: a capitalised run after the paragraph's opening verb.
    ("Recalling the Addis Ababa Action Agenda of the Third International Conference on Financing for Development,",
     "en", "Addis Ababa Action Agenda of the Third International Conference on Financing for Development"),
    ("Recalling article 31 of the Convention on the Rights of the Child,", "en", "Convention on the Rights of the Child"),
    ("Rappelant le Programme d’action d’Addis-Abeba issu de la troisième Conférence internationale sur le "
     "financement du développement", "fr", "Programme d’action d’Addis-Abeba issu de la troisième Conférence "
     "internationale sur le financement du développement"),
    # a name completing a lowercase head names what the head is about: not the footnote's instrument
    ("Recalling the outcome document of the high-level meeting of the General Assembly on the overall review of the "
     "implementation of the outcomes of the World Summit on the Information Society,", "en", None),
    # a meeting's place and days, a place, a date: no instrument
    ("Recalling the declaration adopted at the summit held in New York on 18 and 19 September 2023,", "en", None),
    ("Noting the situation in the Syrian Arab Republic,", "en", None),
    # a title inside a longer title ("Kyoto Declaration ...: Towards the Achievement of the 2030 Agenda ...")
    ("Recalling the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards "
     "the Achievement of the 2030 Agenda for Sustainable Development,", "en", None),
])
def test_the_name_is_what_the_paragraph_writes_right_before_the_mark(before, lang, name):
    found = name_before(before, lang)
    if lang == "fr":  # the French names that end at the mark, each opening at a capital after an article
        assert name in found.split("|") and all(name.endswith(other) for other in found.split("|"))
    else:
        assert found == name


def test_a_name_is_never_given_two_symbols_and_each_entry_cites_its_paragraph():
    entries = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    owners: dict[str, str] = {}
    for entry in entries.values():
        assert entry["source"].startswith("A/RES/") and entry["label"]["en"]
        names = [*entry["label"].values(), *(n for ns in (entry.get("aliases") or {}).values() for n in ns)]
        for name in names:
            assert owners.setdefault(fold(name), entry["symbol"]) == entry["symbol"], name
    assert owners[fold("2030 Agenda for Sustainable Development")] == "A/RES/70/1"
    assert owners[fold("Programme de développement durable à l’horizon 2030")] == "A/RES/70/1"


def test_the_table_is_what_the_miner_writes_from_the_corpus(shared_corpus, tmp_path):
    out = tmp_path / "instrument_names.yaml"
    assert main(["--corpus", str(shared_corpus / "akn"), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == TABLE.read_text(encoding="utf-8"), \
        "corpus/registry/instrument_names.yaml was edited by hand or the miner changed: run scripts/mine_instrument_names.py"


def test_no_corpus_is_a_clear_error(tmp_path, capsys):
    assert main(["--corpus", str(tmp_path / "missing")]) == 2
    assert "no corpus at" in capsys.readouterr().err
