"""Roles read by a learned classifier: a logistic regression over candidate pairs.

Each (activity, agent) pair a sentence names (:mod:`loaders.extract.prose.prose_role_candidates`) is
given a probability for each role and for none; where the likeliest role reaches the model's
threshold and the rules (:mod:`loaders.extract.prose.prose_roles`) state no role of that pair anywhere
in the document, the pair holds that role (the likeliest over the sentences naming both), with
the spans of the two names as evidence.

The model is a small JSON file (``prose_role_model.json``: classes, intercepts, the weights of
the features seen in training, the threshold) written by ``scripts/train_role_classifier.py``
from the development sets' labels; reading it needs no learning library. The classifier is
opt-in: leave-one-set-out on the development sets found no role it adds to the rules there (README,
"Prose documents"), so the extractor reads roles with the rules alone unless ``MG_ROLE_MODEL``
names a model file (``shipped`` for ``prose_role_model.json``); :func:`use_model` does the same in
code (the leave-one-set-out benchmark passes models trained without the set it scores).

>>> from loaders.registry import load_registry
>>> from loaders.extract.prose.prose_role_candidates import candidate_pairs, read_document
>>> names = read_document("AI for Good is organized by ITU.", "en", load_registry())
>>> probabilities(candidate_pairs(names, 0, len(names.text))[0].features, _load(MODEL_PATH, 0))[0]
'organiser'
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
import math
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_role_candidates import Candidate, candidate_pairs
from loaders.extract.prose.prose_terms import ROLE_PREDICATES, ProseExtraction
from loaders.extract.prose.sentences import sentences

__all__ = ["MODEL_PATH", "NONE", "add_classified_roles", "load_model", "model_in_use", "probabilities", "use_model"]

MODEL_PATH = Path(__file__).resolve().parent / "prose_role_model.json"
#: The class of a pair that holds no role.
NONE = "none"
_chosen: list[Path | None] = []  # set by use_model; else MG_ROLE_MODEL; else none


def use_model(path: Path | str | None) -> None:
    """Read roles with the model at ``path`` from now on; ``None`` for the rules alone."""
    _chosen[:] = [Path(path) if path is not None else None]


@contextmanager
def model_in_use(path: Path | str | None) -> Iterator[None]:
    """Read roles with the model at ``path`` (``None``: the rules alone) inside the block only."""
    saved = list(_chosen)
    use_model(path)
    try:
        yield
    finally:
        _chosen[:] = saved


def _model_path() -> Path | None:
    if _chosen:
        return _chosen[0]
    chosen = os.environ.get("MG_ROLE_MODEL", "")
    if chosen.lower() in ("", "off"):
        return None
    return MODEL_PATH if chosen == "shipped" else Path(chosen)


@lru_cache(maxsize=8)
def _load(path: Path, mtime: float) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def load_model() -> dict[str, Any] | None:
    """The model in use (``None``: the rules alone, or no model file)."""
    path = _model_path()
    if path is None or not path.is_file():
        return None
    return _load(path, path.stat().st_mtime)


def probabilities(features: frozenset[str], model: dict[str, Any] | None = None) -> tuple[str, float]:
    """The likeliest role of a candidate other than none, and its probability."""
    model = model or load_model()
    if model is None:
        return NONE, 0.0
    classes = model["classes"]
    scores = list(model["intercept"])
    for feature in features:
        for index, weight in model["weights"].get(feature, {}).items():
            scores[int(index)] += weight
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    best = max((i for i, c in enumerate(classes) if c != NONE), key=lambda i: exps[i])
    return classes[best], exps[best] / total


def add_classified_roles(out: ProseExtraction, names: Names) -> None:
    """Add the roles the classifier reads with a probability at or above the model's threshold,
    for the pairs the rules give no role."""
    model = load_model()
    if model is None:
        return
    held = {(f.subject.key, f.object.key) for f in out.facts if f.predicate in ROLE_PREDICATES}
    held |= {(o, s) for s, o in held}
    best: dict[tuple[str, str], tuple[float, str, Candidate]] = {}
    for start, end in sentences(names.text):
        for candidate in candidate_pairs(names, start, end):
            pair = (candidate.activity.term.key, candidate.agent.term.key)
            if pair in held:
                continue
            role, probability = probabilities(candidate.features, model)
            if probability >= model["threshold"] and probability > best.get(pair, (0.0,))[0]:
                best[pair] = (probability, role, candidate)
    for _, role, candidate in best.values():
        activity, agent = candidate.activity, candidate.agent
        out.add(activity.term, role, agent.term, (activity.start, activity.end), (agent.start, agent.end))
