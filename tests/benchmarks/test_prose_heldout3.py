"""The third held-out set of prose passages (benchmarks/labelled/prose-heldout3.yaml, delivered
by another independent reader) is a usable gold set: the file loads with the scorer's loader,
every passage keeps its source, date, language, text and facts, every label is a registry key or
a marked term, and no passage comes from a source of, or repeats a passage of, any other set
(the second held-out set included). Like the other held-out sets it is scored in aggregate
only: ``score_prose --set heldout3 --details`` is refused (before anything is extracted)."""

from __future__ import annotations

import pytest

from benchmarks.labelled.score_prose import HELDOUT_SETS, label_problems, load_passages, main
from loaders.registry import load_registry
from tests.benchmarks.prose_sets import assert_no_passage_is_shared, assert_passages_are_complete


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def heldout3():
    return load_passages("heldout3")


def test_every_passage_has_its_source_date_language_text_and_facts(heldout3):
    assert_passages_are_complete(heldout3, at_least=30)


def test_both_languages_mandate_links_and_precision_traps_are_represented(heldout3):
    assert sum(p["lang"] == "fr" for p in heldout3) >= 10
    with_mandates = [p for p in heldout3 if any(f[1] == "mandatedBy" for f in p["facts"])]
    assert {p["lang"] for p in with_mandates} == {"en", "fr"}
    assert sum(not p["facts"] for p in heldout3) >= 5


def test_no_two_heldout3_passages_share_a_source(heldout3):
    sources = [p["source"] for p in heldout3]
    assert len(set(sources)) == len(sources)


def test_every_heldout3_label_names_a_registry_key_or_a_marked_term(registry, heldout3):
    assert label_problems(heldout3, registry) == []


@pytest.mark.parametrize("other_set", ["tuning", "dev2", "dev3", "dev4", "dev6"])
def test_no_heldout3_passage_shares_a_source_or_an_opening_with_another_set(heldout3, other_set):
    assert_no_passage_is_shared(heldout3, load_passages(other_set))


def test_heldout3_is_a_heldout_set_and_refuses_details(capsys):
    assert "heldout3" in HELDOUT_SETS
    with pytest.raises(SystemExit) as refused:
        main(["--set", "heldout3", "--details"])
    assert refused.value.code == 2
    assert "--details is refused for --set heldout3" in capsys.readouterr().err
