"""The fifth held-out set of prose passages (benchmarks/labelled/prose-heldout5.yaml, delivered
by another independent reader) is a usable gold set: the file loads with the scorer's loader,
every passage keeps its source, date, language, text and facts, both languages carry mandate
links, there are precision traps, every label is a registry key or a marked term, and no passage
comes from a source of, or repeats a passage of, any other set (the fourth held-out set included).
It was scored in aggregate only until its retirement on 2026-12-02; since then
``score_prose --set heldout5 --details`` lists its disagreements like a development set's."""

from __future__ import annotations

import pytest

from benchmarks.labelled.score_prose import HELDOUT_SETS, label_problems, load_passages, main
from loaders.registry import load_registry
from tests.benchmarks.prose_sets import assert_no_passage_is_shared, assert_passages_are_complete


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def heldout5():
    return load_passages("heldout5")


def _with_mandate_links(passages, lang):
    return [p for p in passages if p["lang"] == lang and any(f[1] == "mandatedBy" for f in p["facts"])]


def test_every_passage_has_its_source_date_language_text_and_facts(heldout5):
    assert_passages_are_complete(heldout5, at_least=40)


def test_both_languages_carry_mandate_links_and_precision_traps_are_represented(heldout5):
    assert sum(p["lang"] == "fr" for p in heldout5) >= 18
    assert len(_with_mandate_links(heldout5, "en")) + len(_with_mandate_links(heldout5, "fr")) >= 16
    assert len(_with_mandate_links(heldout5, "fr")) >= 4
    assert _with_mandate_links(heldout5, "en")
    assert sum(not p["facts"] for p in heldout5) >= 6


def test_no_two_heldout5_passages_share_a_source(heldout5):
    sources = [p["source"] for p in heldout5]
    assert len(set(sources)) == len(sources)


def test_every_heldout5_label_names_a_registry_key_or_a_marked_term(registry, heldout5):
    assert label_problems(heldout5, registry) == []


@pytest.mark.parametrize("other_set", ["tuning", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "heldout4"])
def test_no_heldout5_passage_shares_a_source_or_an_opening_with_another_set(heldout5, other_set):
    assert_no_passage_is_shared(heldout5, load_passages(other_set))


def test_heldout5_is_retired_and_read_in_detail(capsys):
    """Retired on 2026-12-02 after six aggregate scorings: its disagreements are read like a development set's."""
    assert "heldout5" not in HELDOUT_SETS
    main(["--set", "heldout5", "--details"])
    assert "mandate links" in capsys.readouterr().out
