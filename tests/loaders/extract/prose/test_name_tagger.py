"""The learned activity-name tagger (loaders/extract/prose/name_tagger.py): the shipped model loads with no
network and tags names in real sentences of the development sets, English and French;
MG_NAME_TAGGER_MODEL picks another model file or none."""

from __future__ import annotations

import pytest

from loaders.extract.prose.name_tagger import MODEL_PATH, MODEL_VARIABLE, model_path, tag_names, tagged_spans

# prose-dev4.yaml, iisd-technology-bank-71-l52
ENGLISH = ("23 December 2016: The UN General Assembly (UNGA) adopted a draft resolution on the ‘Establishment of the "
           "Technology Bank for the Least Developed Countries’ (LDCs) (A/71/L.52), which officially establishes the "
           "Technology Bank as a subsidiary organ of the UNGA.")
# prose-dev6.yaml, techstg-smsi20-copresidence-fr
FRENCH = ("Le SMSI+20, marquant les vingt ans du Sommet mondial sur la société de l’information se tient du 7 au 11 "
          "juillet 2025 à Genève.")


def test_the_shipped_model_is_the_default(monkeypatch):
    monkeypatch.delenv(MODEL_VARIABLE, raising=False)
    assert MODEL_PATH.is_file() and model_path() == MODEL_PATH


def test_an_english_name_is_tagged_with_its_offsets_and_a_confidence(monkeypatch):
    monkeypatch.delenv(MODEL_VARIABLE, raising=False)
    names = tag_names(ENGLISH, "en")
    bank = next(n for n in names if n.text == "Technology Bank for the Least Developed Countries")
    assert ENGLISH[bank.start:bank.end] == bank.text and 0.5 <= bank.confidence <= 1.0
    assert not any("December" in n.text or "adopted" in n.text for n in names)


def test_a_french_name_is_tagged(monkeypatch):
    monkeypatch.delenv(MODEL_VARIABLE, raising=False)
    assert "SMSI+20" in [n.text for n in tag_names(FRENCH, "fr")]


@pytest.mark.parametrize("value", ["none", "off", ""])
def test_the_variable_turns_the_tagger_off(monkeypatch, value):
    monkeypatch.setenv(MODEL_VARIABLE, value)
    assert model_path() is None and tag_names(ENGLISH, "en") == []


def test_the_variable_names_another_model_file(monkeypatch, tmp_path):
    other = tmp_path / "other.crfsuite"
    other.write_bytes(MODEL_PATH.read_bytes())
    monkeypatch.setenv(MODEL_VARIABLE, str(other))
    assert model_path() == other
    assert [n.text for n in tag_names(FRENCH, "fr")] == [n.text for n in tag_names(FRENCH, "fr", path=MODEL_PATH)]


def test_bio_tags_give_token_spans():
    assert tagged_spans(["B", "I", "I", "O", "B", "B", "I"]) == [(0, 3), (4, 5), (5, 7)]
    assert tagged_spans(["O", "O"]) == []


def test_threads_tagging_at_once_get_what_one_thread_gets(monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.delenv(MODEL_VARIABLE, raising=False)
    alone = [tag_names(ENGLISH, "en"), tag_names(FRENCH, "fr")]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda i: tag_names(*([(ENGLISH, "en"), (FRENCH, "fr")][i % 2])), range(40)))
    assert all(result == alone[i % 2] for i, result in enumerate(together))
