"""The activity names a labelled passage gives, located in its text as token spans (BIO tags).

Training data for the learned name tagger (:mod:`loaders.extract.prose.name_tagger`) and the gold
names of its leave-one-set-out measure (:mod:`benchmarks.labelled.name_tagger_cv`), from the
development sets only (never the held-out ones). A name is a ``{new: "..."}`` term on the
activity side of a fact: the subject of a mandate link, a role, a date, a place or a part-of
link, and the whole a part-of link names. Every occurrence of it in the passage is tagged
(case and runs of spaces aside), longer names first, where its bounds are those of tokens.

>>> passage = {"lang": "en", "text": "The WGEC met. The Working Group on Enhanced Cooperation (WGEC) met again.",
...            "facts": [[{"new": "Working Group on Enhanced Cooperation"}, "schema:location", "geneva"]]}
>>> sentence = labelled_sentences(passage)[1]
>>> [w for w, tag in zip(sentence.words, sentence.tags) if tag != "O"]
['Working', 'Group', 'on', 'Enhanced', 'Cooperation']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from loaders.extract.prose.line_breaks import unwrap
from loaders.extract.prose.name_tagger_features import token_features, tokens
from loaders.extract.prose.sentences import sentences

__all__ = ["ACTIVITY_PREDICATES", "LabelledSentence", "activity_names", "labelled_sentences", "located"]

#: Predicates whose subject is an activity (the side a name tagger must find).
ACTIVITY_PREDICATES = frozenset({"mandatedBy", "leadEntity", "partner", "secretariat", "organiser", "coordinator", "chair",
                                 "createdBy", "partOf", "schema:startDate", "schema:endDate", "schema:location"})


@dataclass(frozen=True)
class LabelledSentence:
    """One sentence: its words, their features and their gold tags (B, I, O)."""

    words: list[str]
    features: list[list[str]]
    tags: list[str]


def activity_names(passage: dict[str, Any]) -> list[str]:
    """The new activity names a passage's labels give, as written, once each."""
    names: list[str] = []
    for subject, predicate, obj in passage["facts"]:
        sides = [subject] + ([obj] if predicate == "partOf" else [])
        for term in sides:
            if predicate in ACTIVITY_PREDICATES and isinstance(term, dict) and "new" in term:
                name = " ".join(str(term["new"]).split())
                if name not in names:
                    names.append(name)
    return names


def _pattern(name: str) -> re.Pattern[str]:
    words = ["['’]".join(re.escape(part) for part in re.split("['’]", w)) for w in name.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def located(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Character spans of every occurrence of ``names`` in ``text``, longer names first, never overlapping."""
    spans: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        for m in _pattern(name).finditer(text):
            if all(m.end() <= s or m.start() >= e for s, e in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)


def labelled_sentences(passage: dict[str, Any]) -> list[LabelledSentence]:
    """The passage's sentences (as the prose extractor reads them: unwrapped), tagged with its names."""
    text = unwrap(passage["text"])
    names = located(text, activity_names(passage))
    out = []
    for start, end in sentences(text):
        spans = tokens(text, start, end)
        if not spans:
            continue
        tags = ["O"] * len(spans)
        for s, e in names:
            inside = [i for i, (a, b) in enumerate(spans) if s <= a and b <= e]
            if inside and spans[inside[0]][0] == s and spans[inside[-1]][1] == e:
                tags[inside[0]] = "B"
                for i in inside[1:]:
                    tags[i] = "I"
        out.append(LabelledSentence([text[a:b] for a, b in spans], token_features(text, spans, passage["lang"]), tags))
    return out
