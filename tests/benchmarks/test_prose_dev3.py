"""Development set 3 (benchmarks/labelled/prose-dev3.yaml, the first held-out set until its
held-out scoring on 2026-11-30) is a usable gold set: the file loads, every passage keeps its
source, date, language, text and facts, every label is a registry key or a marked term, none
repeats a passage of the other development sets, and it is scored in detail."""

from __future__ import annotations

import pytest

from benchmarks.labelled.score_prose import label_problems, load_passages, main
from loaders.registry import load_registry
from tests.benchmarks.prose_sets import assert_no_passage_is_shared, assert_passages_are_complete



@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def dev3():
    return load_passages("dev3")


def test_every_passage_has_its_source_date_language_text_and_facts(dev3):
    assert_passages_are_complete(dev3)


def test_both_languages_and_mandate_links_are_represented(dev3):
    assert sum(p["lang"] == "fr" for p in dev3) >= 4
    with_mandates = [p for p in dev3 if any(f[1] == "mandatedBy" for f in p["facts"])]
    assert {p["lang"] for p in with_mandates} == {"en", "fr"}


def test_every_dev3_label_names_a_registry_key_or_a_marked_term(registry, dev3):
    assert label_problems(dev3, registry) == []


def test_an_unknown_key_is_reported_with_its_passage(registry):
    passages = [{"id": "made-up", "facts": [["no-such-entity", "partner", "itu"]]}]
    assert label_problems(passages, registry) == ["made-up: unknown key 'no-such-entity'"]


@pytest.mark.parametrize("development_set", ["tuning", "dev2"])
def test_no_dev3_passage_repeats_another_development_passage(dev3, development_set):
    assert_no_passage_is_shared(dev3, load_passages(development_set))


def test_dev3_is_scored_in_detail_for_error_analysis(capsys):
    main(["--set", "dev3", "--details"])
    out = capsys.readouterr().out
    assert ("| kind of fact | dev3 passages: precision | dev3 passages: precision (overlap names) "
            "| dev3 passages: recall | dev3 passages: recall (overlap names) |") in out
    assert "passage " in out  # at least one per-passage difference is listed
