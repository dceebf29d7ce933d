"""The held-out prose passages (benchmarks/labelled/prose-heldout.yaml, delivered by an
independent reader) are a usable gold set: the file loads, every passage keeps its source, date,
language, text and facts, every label is a registry key or a marked term, and none repeats a
passage of a development set. The held-out set is scored in aggregate only:
``score_prose --set heldout --details`` is refused. While the file is absent, the checks of its
content are skipped and ``--set heldout`` says so and exits non-zero."""

from __future__ import annotations

import pytest

from benchmarks.labelled import score_prose
from benchmarks.labelled.score_prose import HERE, PASSAGE_SETS, label_problems, load_passages, main
from loaders.registry import load_registry
from tests.benchmarks.prose_sets import assert_passages_are_complete

HELDOUT_FILE = HERE / PASSAGE_SETS["heldout"]
needs_the_file = pytest.mark.skipif(not HELDOUT_FILE.is_file(),
                                    reason=f"the new held-out set is not delivered yet: no {HELDOUT_FILE.name}")


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def heldout():
    return load_passages("heldout")


@needs_the_file
def test_every_passage_has_its_source_date_language_text_and_facts(heldout):
    assert_passages_are_complete(heldout)


@needs_the_file
def test_both_languages_and_mandate_links_are_represented(heldout):
    assert sum(p["lang"] == "fr" for p in heldout) >= 4
    with_mandates = [p for p in heldout if any(f[1] == "mandatedBy" for f in p["facts"])]
    assert {p["lang"] for p in with_mandates} == {"en", "fr"}


@needs_the_file
def test_every_heldout_label_names_a_registry_key_or_a_marked_term(registry, heldout):
    assert label_problems(heldout, registry) == []


@needs_the_file
@pytest.mark.parametrize("development_set", ["tuning", "dev2", "dev3"])
def test_no_heldout_passage_repeats_a_development_passage(heldout, development_set):
    tuning = load_passages(development_set)
    sources = {p["source"] for p in tuning}
    texts = [" ".join(p["text"].split()) for p in tuning]
    for passage in heldout:
        assert passage["source"] not in sources, passage["id"]
        opening = " ".join(passage["text"].split())[:80]
        assert not any(opening in text for text in texts), passage["id"]


def test_details_are_refused_for_the_heldout_set(capsys):
    with pytest.raises(SystemExit) as refused:
        main(["--set", "heldout", "--details"])
    assert refused.value.code == 2
    assert "--details is refused for --set heldout" in capsys.readouterr().err


def test_an_absent_heldout_file_is_said_clearly_with_a_non_zero_exit(monkeypatch, capsys):
    monkeypatch.setitem(score_prose.PASSAGE_SETS, "heldout", "no-such-prose-heldout.yaml")
    with pytest.raises(SystemExit) as refused:
        main(["--set", "heldout"])
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "the heldout set is absent" in err and "no-such-prose-heldout.yaml" in err
    with pytest.raises(FileNotFoundError, match="no-such-prose-heldout.yaml"):
        load_passages("heldout")
