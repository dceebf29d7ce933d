"""The fourth development set of prose passages (benchmarks/labelled/prose-dev4.yaml: the first
held-out set, delivered by an independent reader, scored in aggregate three times and then made a
development set when a second held-out set replaced it) stays a usable gold set: every passage
keeps its source, date, language, text and facts, every label is a registry key or a marked term,
and none repeats a passage of the other development sets. A held-out set that is absent is said
clearly, with a non-zero exit."""

from __future__ import annotations

import pytest

from benchmarks.labelled import score_prose
from benchmarks.labelled.score_prose import label_problems, load_passages, main
from loaders.registry import load_registry
from tests.benchmarks.prose_sets import assert_no_passage_is_shared, assert_passages_are_complete


@pytest.fixture(scope="module")
def dev4():
    return load_passages("dev4")


def test_every_passage_has_its_source_date_language_text_and_facts(dev4):
    assert_passages_are_complete(dev4)


def test_both_languages_and_mandate_links_are_represented(dev4):
    assert sum(p["lang"] == "fr" for p in dev4) >= 4
    with_mandates = [p for p in dev4 if any(f[1] == "mandatedBy" for f in p["facts"])]
    assert {p["lang"] for p in with_mandates} == {"en", "fr"}


def test_every_dev4_label_names_a_registry_key_or_a_marked_term(dev4):
    assert label_problems(dev4, load_registry()) == []


@pytest.mark.parametrize("development_set", ["tuning", "dev2", "dev3"])
def test_no_dev4_passage_repeats_another_development_passage(dev4, development_set):
    assert_no_passage_is_shared(dev4, load_passages(development_set))


def test_dev4_is_scored_in_detail():
    assert "dev4" not in score_prose.HELDOUT_SETS


def test_an_absent_heldout_file_is_said_clearly_with_a_non_zero_exit(monkeypatch, capsys):
    monkeypatch.setitem(score_prose.PASSAGE_SETS, "heldout4", "no-such-prose-heldout.yaml")
    with pytest.raises(SystemExit) as refused:
        main(["--set", "heldout4"])
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "the heldout4 set is absent" in err and "no-such-prose-heldout.yaml" in err
    with pytest.raises(FileNotFoundError, match="no-such-prose-heldout.yaml"):
        load_passages("heldout4")
