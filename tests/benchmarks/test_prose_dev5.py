"""The fifth development set of prose passages (benchmarks/labelled/prose-dev5.yaml: chosen and
labelled by an independent reader from the text alone) is a usable gold set: every passage keeps
its source, date, language, text and facts, every label is a registry key or a marked term, both
languages, mandate links and precision traps are represented, and no passage shares a source
address or an opening with any other prose set. It is scored in detail, like dev4."""

from __future__ import annotations

import pytest

from benchmarks.labelled import score_prose
from benchmarks.labelled.score_prose import label_problems, load_passages
from loaders.registry import load_registry
from tests.benchmarks.prose_sets import assert_no_passage_is_shared, assert_passages_are_complete


@pytest.fixture(scope="module")
def dev5():
    return load_passages("dev5")


def test_every_passage_has_its_source_date_language_text_and_facts(dev5):
    assert_passages_are_complete(dev5, at_least=30)


def test_both_languages_mandate_links_and_precision_traps_are_represented(dev5):
    assert sum(p["lang"] == "fr" for p in dev5) >= 12
    with_mandates = [p for p in dev5 if any(f[1] == "mandatedBy" for f in p["facts"])]
    assert {p["lang"] for p in with_mandates} == {"en", "fr"}
    assert sum(not p["facts"] for p in dev5) >= 5


def test_no_two_dev5_passages_share_a_source(dev5):
    sources = [p["source"] for p in dev5]
    assert len(set(sources)) == len(sources)


def test_every_dev5_label_names_a_registry_key_or_a_marked_term(dev5):
    assert label_problems(dev5, load_registry()) == []


@pytest.mark.parametrize("other_set", ["tuning", "dev2", "dev3", "dev4", "dev6", "dev7"])
def test_no_dev5_passage_shares_a_source_or_an_opening_with_another_set(dev5, other_set):
    assert_no_passage_is_shared(dev5, load_passages(other_set))


def test_dev5_is_scored_in_detail():
    assert "dev5" in score_prose.PASSAGE_SETS
    assert "dev5" not in score_prose.HELDOUT_SETS
