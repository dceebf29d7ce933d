"""A learned tagger of activity names (a CRF over the tokens of each sentence, BIO tags).

The rules of :mod:`loaders.extract.prose.prose_names` were written from the development sets and find
few names they were not written for. This tagger was trained on the same sets' labelled names
(``scripts/train_name_tagger.py``), with features that say what a word looks like
(:mod:`loaders.extract.prose.name_tagger_features`), never which name it is. Its model is a small file
shipped in ``loaders/extract/prose/models/``, read with no network. ``MG_NAME_TAGGER_MODEL`` names
another model file (the leave-one-set-out measures train one per development set), or ``none``
to read prose without the tagger.

>>> [name.text for name in tag_names("The first meeting of the Working Group on Enhanced Cooperation (WGEC) was held.", "en")]
['first meeting of the Working Group on Enhanced Cooperation (WGEC)']
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from loaders.extract.prose.name_tagger_features import token_features, tokens
from loaders.extract.prose.sentences import sentences

__all__ = ["MODEL_PATH", "TaggedName", "model_path", "tag_names", "tagged_spans"]

MODEL_PATH = Path(__file__).resolve().parent / "models" / "activity_names.crfsuite"
#: The environment variable naming another model file, or "none".
MODEL_VARIABLE = "MG_NAME_TAGGER_MODEL"
#: A CRFsuite tagger keeps the last sequence it tagged for its marginals: one sequence at a time.
_LOCK = threading.Lock()


@dataclass(frozen=True)
class TaggedName:
    """A name the tagger found at ``start:end``, with the least marginal probability of its tags."""

    text: str
    start: int
    end: int
    confidence: float


def model_path() -> Path | None:
    """The model file in use: ``MG_NAME_TAGGER_MODEL`` if set ("none": no tagger), else :data:`MODEL_PATH`
    (None when it is absent)."""
    chosen = os.environ.get(MODEL_VARIABLE)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "none", "off") else Path(chosen)
    return MODEL_PATH if MODEL_PATH.is_file() else None


@lru_cache(maxsize=8)
def _tagger(path: str) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def tagged_spans(tags: list[str]) -> list[tuple[int, int]]:
    """Token spans (first, last + 1) of the names a BIO sequence marks; an I without a B opens one.

    >>> tagged_spans(["O", "B", "I", "O", "I", "B"])
    [(1, 3), (4, 5), (5, 6)]
    """
    out, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I":
            out.append((start, i))
            start = None
        if tag == "B" or (tag == "I" and start is None):
            start = i
    return out


def tag_names(text: str, lang: str, *, path: Path | None = None) -> list[TaggedName]:
    """The activity names the tagger finds in ``text`` (in ``lang``), sentence by sentence; none
    when no model is in use (``path`` overrides :func:`model_path`)."""
    path = path or model_path()
    if path is None:
        return []
    tagger = _tagger(str(path))
    out = []
    for start, end in sentences(text):
        spans = tokens(text, start, end)
        if not spans:
            continue
        features = token_features(text, spans, lang)
        with _LOCK:
            tags = tagger.tag(features)
            found = [(first, last, min(tagger.marginal(tags[i], i) for i in range(first, last)))
                     for first, last in tagged_spans(tags)]
        for first, last, confidence in found:
            s, e = spans[first][0], spans[last - 1][1]
            out.append(TaggedName(text[s:e], s, e, confidence))
    return out
