"""The published prose scores hold (benchmarks/labelled/score_prose.py): the labelled passages
and the seeds' curated facts are scored as the README says, and a change that makes extraction
worse on them fails here (floors a little under today's figures)."""

from __future__ import annotations

import pytest

from benchmarks.labelled.score_prose import label_problems, load_passages, passage_scores, seed_scores
from loaders.registry import load_registry

#: (precision, recall) floors on the labelled passages, per kind of fact.
PASSAGE_FLOORS = {"mandate": (0.9, 0.8), "role": (0.8, 0.65), "event": (0.9, 0.65)}
#: Recall floors on the seeds' curated facts, extraction alone.
SEED_FLOORS = {"mandate": 0.8, "role": 0.85, "event": 0.9}


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def passages():
    return load_passages("tuning")


@pytest.mark.parametrize("kind", sorted(PASSAGE_FLOORS))
def test_passage_precision_and_recall_stay_above_their_floors(registry, kind):
    correct, extracted, labelled, _ = passage_scores(registry)
    precision_floor, recall_floor = PASSAGE_FLOORS[kind]
    assert correct[kind] / extracted[kind] >= precision_floor
    assert correct[kind] / labelled[kind] >= recall_floor


@pytest.mark.parametrize("kind", sorted(SEED_FLOORS))
def test_seed_recall_by_extraction_alone_stays_above_its_floor(registry, kind):
    found, gold, _ = seed_scores(registry)
    assert found[kind] / gold[kind] >= SEED_FLOORS[kind]


def test_eight_passages_state_mandate_links_in_both_languages(passages):
    with_mandates = [p for p in passages if any(f[1] == "mandatedBy" for f in p["facts"])]
    assert len(with_mandates) >= 8
    assert {p["lang"] for p in with_mandates} == {"en", "fr"}
    assert all(p.get("source", "").startswith("http") and p.get("date") for p in passages)


def test_every_label_names_a_registry_key_or_a_marked_term(registry, passages):
    assert label_problems(passages, registry) == []
