"""The fourth held-out set of prose passages (benchmarks/labelled/prose-heldout4.yaml, delivered
by another independent reader) is a usable gold set: the file loads with the scorer's loader,
every passage keeps its source, date, language, text and facts, both languages carry mandate
links, there are precision traps, every label is a registry key or a marked term, and no passage
comes from a source of, or repeats a passage of, any other set (the third held-out set included).
Scored in aggregate only until 2026-12-01 (five times), then retired: it is read in detail since,
like a development set, and held-out set 5 is the unseen estimate."""

from __future__ import annotations

import pytest

from benchmarks.labelled.score_prose import HELDOUT_SETS, label_problems, load_passages, main
from loaders.registry import load_registry
from tests.benchmarks.prose_sets import assert_no_passage_is_shared, assert_passages_are_complete


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def heldout4():
    return load_passages("heldout4")


def _with_mandate_links(passages, lang):
    return [p for p in passages if p["lang"] == lang and any(f[1] == "mandatedBy" for f in p["facts"])]


def test_every_passage_has_its_source_date_language_text_and_facts(heldout4):
    assert_passages_are_complete(heldout4, at_least=36)


def test_both_languages_carry_mandate_links_and_precision_traps_are_represented(heldout4):
    assert sum(p["lang"] == "fr" for p in heldout4) >= 14
    assert len(_with_mandate_links(heldout4, "en")) + len(_with_mandate_links(heldout4, "fr")) >= 16
    assert _with_mandate_links(heldout4, "en") and _with_mandate_links(heldout4, "fr")
    assert sum(not p["facts"] for p in heldout4) >= 6


def test_no_two_heldout4_passages_share_a_source(heldout4):
    sources = [p["source"] for p in heldout4]
    assert len(set(sources)) == len(sources)


def test_every_heldout4_label_names_a_registry_key_or_a_marked_term(registry, heldout4):
    assert label_problems(heldout4, registry) == []


@pytest.mark.parametrize("other_set", ["tuning", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7"])
def test_no_heldout4_passage_shares_a_source_or_an_opening_with_another_set(heldout4, other_set):
    assert_no_passage_is_shared(heldout4, load_passages(other_set))


def test_heldout4_is_retired_and_read_in_detail(capsys):
    """Retired on 2026-12-01 after five aggregate scorings: its disagreements are read like a development set's."""
    assert "heldout4" not in HELDOUT_SETS
    main(["--set", "heldout4", "--details"])
    assert "mandate links" in capsys.readouterr().out
