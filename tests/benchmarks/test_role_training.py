"""Labelled candidates for the role classifier (benchmarks/labelled/role_training.py) and its
leave-one-set-out measure (benchmarks/labelled/role_classifier_cv.py), on the tuning set."""

import pytest

from benchmarks.labelled.role_classifier_cv import role_scores
from benchmarks.labelled.role_training import read_set
from benchmarks.labelled.score_prose import passage_scores
from loaders.extract.prose.prose_role_classifier import model_in_use
from loaders.registry import load_registry


@pytest.fixture(scope="module")
def tuning():
    return read_set("tuning", load_registry())


def test_a_candidate_takes_the_role_its_passage_labels(tuning):
    # "AI for Good is organized by ITU, ... together with 40 partner UN agencies." labelled [ai-for-good, organiser, itu]
    passage = next(p for p in tuning if p.id == "ifipnews-ai-for-good-2023")
    targets = {(c.activity.term.key, c.agent.term.key): t for c, t in zip(passage.candidates, passage.targets, strict=True)}
    assert targets[("ai-for-good", "itu")] == "organiser"
    assert targets[("ai-for-good-summit", "country-CH")] == "organiser"


def test_a_pair_no_label_links_is_none(tuning):
    assert "none" in {t for p in tuning for t in p.targets}
    assert all(t == "none" for p in tuning if not p.labels for t in p.targets)


def test_a_set_that_is_no_development_set_is_refused():
    with pytest.raises(ValueError, match="not a development set"):
        read_set("unseen", load_registry())


def test_the_rules_role_figures_are_the_scorers(tuning):
    with model_in_use(None):
        correct, extracted, labelled, _ = passage_scores(load_registry(), "tuning")
    bests = [{} for _ in tuning]
    assert role_scores(tuning, bests, 0.5, "rules", "strict") == (correct["role"], extracted["role"], labelled["role"])
