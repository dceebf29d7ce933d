"""The sixth development set of prose passages (benchmarks/labelled/prose-dev6.yaml: the second
held-out set, delivered by another independent reader and scored in aggregate three times on
2026-11-30, read in detail since) is a usable gold set: the file loads with the scorer's loader,
every passage keeps its source, date, language, text and facts, every label is a registry key or
a marked term, and no passage comes from a source of, or repeats a passage of, any other set.
Like the first held-out set, now development set 4, it is read in detail since it was retired."""

from __future__ import annotations

import pytest

from benchmarks.labelled.score_prose import HELDOUT_SETS, label_problems, load_passages, main
from loaders.registry import load_registry
from tests.benchmarks.prose_sets import assert_no_passage_is_shared, assert_passages_are_complete


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def dev6():
    return load_passages("dev6")


def test_every_passage_has_its_source_date_language_text_and_facts(dev6):
    assert_passages_are_complete(dev6, at_least=30)


def test_both_languages_mandate_links_and_precision_traps_are_represented(dev6):
    assert sum(p["lang"] == "fr" for p in dev6) >= 10
    with_mandates = [p for p in dev6 if any(f[1] == "mandatedBy" for f in p["facts"])]
    assert {p["lang"] for p in with_mandates} == {"en", "fr"}
    assert sum(not p["facts"] for p in dev6) >= 5


def test_every_dev6_label_names_a_registry_key_or_a_marked_term(registry, dev6):
    assert label_problems(dev6, registry) == []


@pytest.mark.parametrize("other_set", ["tuning", "dev2", "dev3", "dev4", "dev5", "dev7"])
def test_no_dev6_passage_shares_a_source_or_an_opening_with_another_set(dev6, other_set):
    assert_no_passage_is_shared(dev6, load_passages(other_set))


def test_dev6_is_read_in_detail_now(capsys):
    assert "dev6" not in HELDOUT_SETS
    main(["--set", "dev6", "--details"])
    assert "passage " in capsys.readouterr().out
