"""The leave-one-set-out measures of the name tagger (benchmarks/labelled/name_tagger_cv.py and
name_tagger_facts.py) count names and facts as the prose scorer matches them, on real development sets."""

from __future__ import annotations

import pytest

from benchmarks.labelled import name_tagger_facts
from benchmarks.labelled.name_tagger_cv import matched, set_counts
from loaders.extract.prose.name_tagger import MODEL_PATH, MODEL_VARIABLE
from loaders.registry import load_registry
from scripts.train_name_tagger import DEVELOPMENT_SETS, train, training_sentences


def test_names_match_strictly_or_by_overlap_one_to_one():
    gold = {"new:global forum on the ethics of ai", "new:advisory committee"}
    found = {"new:third global forum on the ethics of ai", "new:33rd session of the advisory committee"}
    assert matched(found, gold, overlap=False) == 0
    assert matched(found, gold, overlap=True) == 1  # the session is another node than the committee
    assert matched(found | gold, gold, overlap=True) == 2  # never counted twice


@pytest.fixture(scope="module")
def without_dev3(tmp_path_factory):
    path = tmp_path_factory.mktemp("cv") / "without-dev3.crfsuite"
    return train(training_sentences([s for s in DEVELOPMENT_SETS if s != "dev3"]), path)


def test_the_rules_column_reads_without_the_tagger_whatever_the_environment(monkeypatch, without_dev3):
    registry = load_registry()
    monkeypatch.setenv(MODEL_VARIABLE, str(MODEL_PATH))  # the in-sample model would inflate the rules' column
    counts = set_counts("dev3", without_dev3, registry, [0.7])
    monkeypatch.setenv(MODEL_VARIABLE, "none")
    assert set_counts("dev3", without_dev3, registry, [0.7]) == counts
    assert counts["gold"] == 10
    assert counts["rules + tagger ≥ 0.7", "found"] >= counts["rules", "found"]
    assert counts["rules + tagger ≥ 0.7", "strict"] >= counts["rules", "strict"]


def test_the_fact_scores_compare_the_rules_alone_with_a_tagger_trained_without_the_set(capsys):
    name_tagger_facts.main(["--sets", "dev3", "--floors", "0.7"])
    out = capsys.readouterr().out
    assert "| mandate links | rules alone | 1.00 (7/7) | 1.00 (7/7) | 0.88 (7/8) | 0.88 (7/8) |" in out
    assert "| dev3 | rules + tagger ≥ 0.7 |" in out
