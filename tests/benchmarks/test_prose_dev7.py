"""The seventh development set of prose passages (benchmarks/labelled/prose-dev7.yaml: the third
held-out set, delivered by another independent reader and scored in aggregate three times on
2026-11-30, read in detail since) is a usable gold set: the file loads with the scorer's loader,
every passage keeps its source, date, language, text and facts, every label is a registry key or
a marked term, and no passage comes from a source of, or repeats a passage of, any other set
(the second held-out set included). Like the other retired held-out sets it is read in detail."""

from __future__ import annotations

import pytest

from benchmarks.labelled.score_prose import HELDOUT_SETS, label_problems, load_passages, main
from loaders.registry import load_registry
from tests.benchmarks.prose_sets import assert_no_passage_is_shared, assert_passages_are_complete


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def dev7():
    return load_passages("dev7")


def test_every_passage_has_its_source_date_language_text_and_facts(dev7):
    assert_passages_are_complete(dev7, at_least=30)


def test_both_languages_mandate_links_and_precision_traps_are_represented(dev7):
    assert sum(p["lang"] == "fr" for p in dev7) >= 10
    with_mandates = [p for p in dev7 if any(f[1] == "mandatedBy" for f in p["facts"])]
    assert {p["lang"] for p in with_mandates} == {"en", "fr"}
    assert sum(not p["facts"] for p in dev7) >= 5


def test_no_two_dev7_passages_share_a_source(dev7):
    sources = [p["source"] for p in dev7]
    assert len(set(sources)) == len(sources)


def test_every_dev7_label_names_a_registry_key_or_a_marked_term(registry, dev7):
    assert label_problems(dev7, registry) == []


@pytest.mark.parametrize("other_set", ["tuning", "dev2", "dev3", "dev4", "dev5", "dev6"])
def test_no_dev7_passage_shares_a_source_or_an_opening_with_another_set(dev7, other_set):
    assert_no_passage_is_shared(dev7, load_passages(other_set))


def test_dev7_is_read_in_detail_now(capsys):
    assert "dev7" not in HELDOUT_SETS
    main(["--set", "dev7", "--details"])
    assert "passage " in capsys.readouterr().out
