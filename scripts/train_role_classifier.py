"""Train the learned role classifier on every development set and write its model.

    python scripts/train_role_classifier.py [--out loaders/extract/prose/prose_role_model.json] [--threshold 0.5]

The candidates and their labels are :func:`benchmarks.labelled.role_training.read_set`'s; the fit
is :func:`benchmarks.labelled.role_training.fit` (a multinomial logistic regression, lbfgs,
deterministic): the same sets give the same file (``tests/scripts/test_train_role_classifier.py``).
The threshold is the one chosen by leave-one-set-out
(``python -m benchmarks.labelled.role_classifier_cv --sweep``). The held-out sets are never read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.labelled.role_training import DEVELOPMENT_SETS, fit, read_set
from loaders.extract.prose.prose_role_classifier import MODEL_PATH
from loaders.registry import load_registry

__all__ = ["THRESHOLD", "main", "model_text"]

#: The least probability of a role for the classifier to state it (leave-one-set-out, see the README).
THRESHOLD = 0.5


def model_text(threshold: float = THRESHOLD) -> str:
    """The model trained on every development set, as the JSON text the extractor reads."""
    registry = load_registry()
    passages = [p for which in DEVELOPMENT_SETS for p in read_set(which, registry)]
    model = fit(passages, threshold=threshold, trained_on=DEVELOPMENT_SETS)
    return json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args(argv)
    args.out.write_text(model_text(args.threshold), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
