"""The held-out prose passages (benchmarks/labelled/prose-heldout.yaml) are a usable gold set:
the file loads, every passage keeps its source, date, language, text and facts, every label is
a registry key or a marked term, and none repeats a passage the extractor was tuned on. The
held-out set is scored in aggregate only: ``score_prose --set heldout --details`` is refused."""

from __future__ import annotations

import re

import pytest

from benchmarks.labelled.score_prose import label_problems, load_passages, main
from loaders.registry import load_registry

PREDICATES = {"mandatedBy", "partOf", "leadEntity", "partner", "secretariat", "organiser", "coordinator",
              "chair", "createdBy", "launched", "schema:startDate", "schema:endDate", "schema:location"}


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def heldout():
    return load_passages("heldout")


def test_every_passage_has_its_source_date_language_text_and_facts(heldout):
    assert len(heldout) >= 12
    for passage in heldout:
        where = passage.get("id")
        assert str(passage.get("source", "")).startswith("http"), where
        assert re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", str(passage.get("date", ""))), where
        assert passage.get("lang") in {"en", "fr"}, where
        assert isinstance(passage.get("text"), str) and passage["text"].strip(), where
        assert isinstance(passage.get("facts"), list), where
        assert all(len(fact) == 3 and fact[1] in PREDICATES for fact in passage["facts"]), where
    assert len({p["id"] for p in heldout}) == len(heldout)


def test_both_languages_and_mandate_links_are_represented(heldout):
    assert sum(p["lang"] == "fr" for p in heldout) >= 4
    with_mandates = [p for p in heldout if any(f[1] == "mandatedBy" for f in p["facts"])]
    assert {p["lang"] for p in with_mandates} == {"en", "fr"}


def test_every_heldout_label_names_a_registry_key_or_a_marked_term(registry, heldout):
    assert label_problems(heldout, registry) == []


def test_an_unknown_key_is_reported_with_its_passage(registry):
    passages = [{"id": "made-up", "facts": [["no-such-entity", "partner", "itu"]]}]
    assert label_problems(passages, registry) == ["made-up: unknown key 'no-such-entity'"]


@pytest.mark.parametrize("development_set", ["tuning", "dev2"])
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
