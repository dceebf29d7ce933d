"""The role classifier's training (scripts/train_role_classifier.py) is reproducible: trained again
on the development sets, it writes the model the extractor ships: the same classes, features,
threshold and sets, and the same weights to within 0.001 (the weights are rounded to four decimals,
and another numpy, scipy or BLAS build moves the last decimal of a few of them)."""

import json

import pytest

from loaders.extract.prose.prose_role_classifier import MODEL_PATH
from scripts.train_role_classifier import model_text

#: How far a weight may move between two numeric libraries' fits of the same data.
TOLERANCE = 1e-3


def _differences(trained, shipped, path=""):
    """Every place where the two models differ beyond the tolerance, as readable strings."""
    if isinstance(trained, dict) and isinstance(shipped, dict):
        if set(trained) != set(shipped):
            return [f"{path}: keys {sorted(set(trained) ^ set(shipped))[:5]} in one model only"]
        return [d for key in trained for d in _differences(trained[key], shipped[key], f"{path}/{key}")]
    if isinstance(trained, list) and isinstance(shipped, list):
        if len(trained) != len(shipped):
            return [f"{path}: {len(trained)} items trained, {len(shipped)} shipped"]
        return [d for i, pair in enumerate(zip(trained, shipped)) for d in _differences(*pair, f"{path}[{i}]")]
    if isinstance(trained, float) or isinstance(shipped, float):
        return [] if trained == pytest.approx(shipped, abs=TOLERANCE) else [f"{path}: {trained} != {shipped}"]
    return [] if trained == shipped else [f"{path}: {trained!r} != {shipped!r}"]


def test_training_again_writes_the_shipped_model():
    trained = json.loads(model_text())
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert _differences(trained, shipped) == []


def test_a_changed_weight_is_a_difference():
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    feature, by_class = next(iter(shipped["weights"].items()))
    changed = json.loads(json.dumps(shipped))
    label = next(iter(by_class))
    changed["weights"][feature][label] = by_class[label] + 0.01
    assert _differences(changed, shipped) == [f"/weights/{feature}/{label}: {by_class[label] + 0.01} != {by_class[label]}"]
