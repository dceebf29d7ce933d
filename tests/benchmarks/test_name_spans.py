"""The labelled activity names located in their passages as BIO tags (benchmarks/labelled/name_spans.py),
on real passages of the development sets in English and French."""

from __future__ import annotations

from benchmarks.labelled.name_spans import activity_names, labelled_sentences, located
from benchmarks.labelled.score_prose import load_passages


def _passage(which: str, passage_id: str) -> dict:
    return next(p for p in load_passages(which) if p["id"] == passage_id)


def test_names_are_the_activity_side_of_facts_never_an_agent():
    passage = _passage("dev2", "vectrel-dialogue-2026")
    assert activity_names(passage) == []  # registry keys, and the chairs are persons (objects)
    names = activity_names(_passage("dev6", "techstg-smsi20-copresidence-fr"))
    assert names == ["SMSI+20"]


def test_a_french_name_is_found_in_capitals_and_with_either_apostrophe():
    passage = _passage("dev7", "unpress-fr-groupe-travail-gouvernance-internet")
    text = passage["text"]
    spans = located(text, ["Groupe de travail sur la gouvernance de l’Internet"])
    assert [text[s:e] for s, e in spans][:2] == ["GROUPE DE TRAVAIL SUR LA GOUVERNANCE DE L'INTERNET",
                                                 "Groupe de travail sur la gouvernance de l'Internet"]


def test_a_longer_name_wins_over_a_shorter_one_inside_it():
    text = "the first meeting of the Working Group on Enhanced Cooperation (WGEC) in Geneva"
    assert located(text, ["Working Group on Enhanced Cooperation",
                          "first meeting of the Working Group on Enhanced Cooperation (WGEC)"]) == [(4, 69)]


def test_an_english_passage_is_tagged_B_then_I_on_its_name():
    sentences = labelled_sentences(_passage("dev4", "iisd-technology-bank-71-l52"))
    first = sentences[0]
    named = [w for w, tag in zip(first.words, first.tags) if tag != "O"]
    assert named == ["Technology", "Bank", "for", "the", "Least", "Developed", "Countries"]
    assert first.tags[first.words.index("Technology")] == "B"
    assert len(first.features) == len(first.words) == len(first.tags)
