"""The sixth held-out set of prose passages (benchmarks/labelled/prose-heldout6.yaml, delivered
by an independent reader) is a usable gold set: the file loads with the scorer's loader, every
passage keeps its source, date, language, text and facts, both languages carry mandate links,
there are precision traps, every label is a registry key or a marked term, and no passage comes
from a source of, or repeats the opening of a passage of, any other set (the retired held-out
sets 4 and 5 included). It is scored in aggregate only: ``score_prose --set heldout6 --details``
is refused."""

from __future__ import annotations

import pytest

from benchmarks.labelled.score_prose import HELDOUT_SETS, PASSAGE_SETS, label_problems, load_passages, main
from loaders.registry import load_registry
from tests.benchmarks.prose_sets import assert_no_passage_is_shared, assert_passages_are_complete

OTHER_SETS = sorted(name for name in PASSAGE_SETS if name != "heldout6")


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def heldout6():
    return load_passages("heldout6")


def _with_mandate_links(passages, lang):
    return [p for p in passages if p["lang"] == lang and any(f[1] == "mandatedBy" for f in p["facts"])]


def test_every_passage_has_its_source_date_language_text_and_facts(heldout6):
    assert_passages_are_complete(heldout6, at_least=40)


def test_both_languages_carry_mandate_links_and_precision_traps_are_represented(heldout6):
    assert sum(p["lang"] == "fr" for p in heldout6) >= 18
    assert len(_with_mandate_links(heldout6, "en")) + len(_with_mandate_links(heldout6, "fr")) >= 16
    assert len(_with_mandate_links(heldout6, "fr")) >= 4
    assert _with_mandate_links(heldout6, "en")
    assert sum(not p["facts"] for p in heldout6) >= 6


def test_no_two_heldout6_passages_share_a_source(heldout6):
    sources = [p["source"] for p in heldout6]
    assert len(set(sources)) == len(sources)


def test_every_heldout6_label_names_a_registry_key_or_a_marked_term(registry, heldout6):
    assert label_problems(heldout6, registry) == []


def test_every_other_set_is_compared():
    assert {"tuning", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "heldout4", "heldout5"} <= set(OTHER_SETS)


@pytest.mark.parametrize("other_set", OTHER_SETS)
def test_no_heldout6_passage_shares_a_source_or_an_opening_with_another_set(heldout6, other_set):
    assert_no_passage_is_shared(heldout6, load_passages(other_set))


def test_heldout6_is_scored_in_aggregate_only(capsys):
    """``--details`` would list the held-out passages' disagreements one by one: it is refused."""
    assert "heldout6" in HELDOUT_SETS
    with pytest.raises(SystemExit) as refused:
        main(["--set", "heldout6", "--details"])
    assert refused.value.code == 2
    assert "--details is refused" in capsys.readouterr().err
