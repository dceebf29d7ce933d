"""The second held-out set of prose passages (benchmarks/labelled/prose-heldout2.yaml, delivered
by another independent reader) is a usable gold set: the file loads with the scorer's loader,
every passage keeps its source, date, language, text and facts, every label is a registry key or
a marked term, and no passage comes from a source of, or repeats a passage of, any other set.
Like the first held-out set it is scored in aggregate only: ``score_prose --set heldout2
--details`` is refused (before anything is extracted)."""

from __future__ import annotations

import pytest

from benchmarks.labelled.score_prose import HELDOUT_SETS, label_problems, load_passages, main
from loaders.registry import load_registry
from tests.benchmarks.prose_sets import assert_no_passage_is_shared, assert_passages_are_complete


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def heldout2():
    return load_passages("heldout2")


def test_every_passage_has_its_source_date_language_text_and_facts(heldout2):
    assert_passages_are_complete(heldout2, at_least=30)


def test_both_languages_mandate_links_and_precision_traps_are_represented(heldout2):
    assert sum(p["lang"] == "fr" for p in heldout2) >= 10
    with_mandates = [p for p in heldout2 if any(f[1] == "mandatedBy" for f in p["facts"])]
    assert {p["lang"] for p in with_mandates} == {"en", "fr"}
    assert sum(not p["facts"] for p in heldout2) >= 5


def test_every_heldout2_label_names_a_registry_key_or_a_marked_term(registry, heldout2):
    assert label_problems(heldout2, registry) == []


@pytest.mark.parametrize("other_set", ["tuning", "dev2", "dev3", "dev4"])
def test_no_heldout2_passage_shares_a_source_or_an_opening_with_another_set(heldout2, other_set):
    assert_no_passage_is_shared(heldout2, load_passages(other_set))


def test_heldout2_is_a_heldout_set_and_refuses_details(capsys):
    assert "heldout2" in HELDOUT_SETS
    with pytest.raises(SystemExit) as refused:
        main(["--set", "heldout2", "--details"])
    assert refused.value.code == 2
    assert "--details is refused for --set heldout2" in capsys.readouterr().err
