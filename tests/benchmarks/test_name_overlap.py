"""Overlap matching of new nodes' names (benchmarks/labelled/name_overlap.py), the scorer's
second column: names whose content words are the same, or one inside the other with a Jaccard
index of at least 0.6, are one node; everything else is compared as the strict column does."""

from __future__ import annotations

import pytest

from benchmarks.labelled.name_overlap import content_words, facts_overlap, matched_pairs, names_overlap
from benchmarks.labelled.score_prose import passage_scores, same_name
from loaders.registry import load_registry


@pytest.mark.parametrize(("a", "b"), [
    # seed 004 writes the year inside the name; the series is named without it elsewhere
    ("Sommet mondial 2025 sur l'IA au service du bien social", "Sommet mondial sur l'IA au service du bien social"),
    # dev2: the name with and without the organisation that opens it (3 of 5 words)
    ("United Nations Programme in Public Administration", "Programme in Public Administration"),
    # only articles and prepositions differ
    ("Dialogue de Genève : Solidarité pour la gouvernance de l'IA", "Dialogue de Genève - Solidarité pour gouvernance de l'IA"),
    ("the Group of Friends for International Cooperation on AI Capacity-building",
     "Group of Friends on International Cooperation for AI Capacity-building"),
])
def test_names_with_the_same_content_words_or_one_inside_the_other_match(a, b):
    assert names_overlap(same_name("new:" + a), same_name("new:" + b))
    assert names_overlap(same_name("new:" + b), same_name("new:" + a))


@pytest.mark.parametrize(("a", "b"), [
    # dev3: the session is another node than the committee (2 of 4 words)
    ("Advisory Committee", "33rd session of the Advisory Committee"),
    # dev2: the subtitle is most of the name (2 of 5 words)
    ("Dialogue de Genève", "Dialogue de Genève : Solidarité pour la gouvernance de l'IA"),
    # dev2: the Forum and its annual gathering are two nodes
    ("World Economic Forum", "World Economic Forum’s annual gathering"),
    # sharing words without one containing the other is no match
    ("AI Skills Coalition", "AI Governance Dialogue"),
    # accents are kept, as in the strict column
    ("Genève", "Geneve"),
])
def test_names_that_are_other_nodes_do_not_match(a, b):
    assert not names_overlap(same_name("new:" + a), same_name("new:" + b))


def test_only_new_nodes_are_matched_by_overlap():
    assert not names_overlap("itu", "new:itu")
    assert not names_overlap("edition:ai-for-good-summit:2025", "edition:ai-for-good-summit:2024")
    assert names_overlap("itu", "itu")


def test_content_words_drop_articles_and_prepositions_in_both_languages():
    assert content_words("le Groupe de travail sur l'IA") == {"groupe", "travail", "ia"}
    assert content_words("the Office for Digital and Emerging Technologies") == {"office", "digital", "emerging", "technologies"}


def test_facts_overlap_needs_the_same_predicate():
    subject = same_name("new:United Nations Programme in Public Administration")
    shorter = same_name("new:Programme in Public Administration")
    assert facts_overlap((subject, "createdBy", "ecosoc"), (shorter, "createdBy", "ecosoc"))
    assert not facts_overlap((subject, "createdBy", "ecosoc"), (shorter, "organiser", "ecosoc"))


def test_one_labelled_fact_is_found_once_even_when_two_extracted_names_overlap_it():
    label = ("new:united nations programme in public administration", "createdBy", "ecosoc")
    extracted = {("new:programme in public administration", "createdBy", "ecosoc"),
                 ("new:united nations programme in public administration", "createdBy", "ecosoc")}
    assert matched_pairs(extracted, {label}) == [(label, label)]


@pytest.mark.parametrize("which", ["tuning", "dev2", "dev3"])
def test_the_overlap_column_counts_at_least_what_the_strict_one_does(which):
    registry = load_registry()
    strict = passage_scores(registry, which)
    overlap = passage_scores(registry, which, match="overlap")
    assert overlap[1] == strict[1] and overlap[2] == strict[2]  # the same facts are counted
    assert all(overlap[0][kind] >= strict[0][kind] for kind in strict[0])
