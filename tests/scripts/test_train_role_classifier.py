"""The role classifier's training (scripts/train_role_classifier.py) is reproducible: trained again
on the development sets, it writes the model the extractor ships, byte for byte."""

from loaders.extract.prose_role_classifier import MODEL_PATH
from scripts.train_role_classifier import model_text


def test_training_again_writes_the_shipped_model():
    assert model_text() == MODEL_PATH.read_text(encoding="utf-8")
