"""Find entities by label or alias, in English or French, accent- and case-insensitively.

The index is the ``labels`` query's rows, folded once per store state, plus the acronyms of
multi-word labels ("IATF" for "Inter-Agency Task Force on Financing for Development").

Scores fall in bands: 1.0 the whole label, 0.9 an acronym, 0.8 its start, 0.6 inside it,
0.5 every word of the text among the label's words, below that some of the words. A hit
scoring at least :data:`MATCH_SCORE` is a **match**; a weaker hit is only a "did you mean"
suggestion, never an answer (``Unicorn Programme`` does not mean UNDP).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from graph.store import GraphStore
from loaders.text import fold
from queries.library import load_library

__all__ = ["Hit", "LabelIndex", "label_index", "MATCH_SCORE", "acronyms"]

#: The weakest score that still names an entity: every word of the text is in the label
#: (0.5, less a small penalty for long labels); partial overlaps score 0.25 and less.
MATCH_SCORE = 0.45
#: Words an acronym skips, in English and French (folded).
_MINOR_WORDS = frozenset("""a an and at by for from in of on the to with au aux d de des du en et l la le les
    par pour sur un une""".split())
#: Where a name's head ends: "Inter-Agency Task Force | on Financing for Development".
_HEAD_END = frozenset("of on for de des du sur pour".split())


@dataclass(frozen=True)
class Hit:
    iri: str
    label: str
    type: str
    score: float
    lang: str

    @property
    def match(self) -> bool:
        """Whether the hit names the entity, rather than only resembling it."""
        return self.score >= MATCH_SCORE


def acronyms(folded: str) -> set[str]:
    """Acronyms of a folded multi-word label: initials of its significant words, and of
    its head (the words before the first "of", "on", "for"...); at least three letters.

    >>> sorted(acronyms("inter-agency task force on financing for development"))
    ['iatf', 'iatffd']
    >>> sorted(acronyms("united nations development programme"))
    ['undp']
    """
    words = [w for w in re.split(r"[\s\-/]+", re.sub(r"[^\w\s\-/]", " ", folded)) if w]
    if len(words) < 2:
        return set()
    found = {"".join(w[0] for w in words if w not in _MINOR_WORDS)}
    head = []
    for word in words:
        if word in _HEAD_END:
            break
        head.append(word)
    found.add("".join(w[0] for w in head if w not in _MINOR_WORDS))
    return {a for a in found if len(a) >= 3 and a.isalpha()}


@dataclass
class _Entry:
    iri: str
    label: str
    folded: str
    lang: str
    types: set[str]


class LabelIndex:
    def __init__(self, store: GraphStore) -> None:
        rows = load_library()["labels"].run(store).rows
        entries: dict[tuple[str, str], _Entry] = {}
        for row in rows:
            label = row["label"]
            key = (row["entity"].value, label.value)
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = _Entry(row["entity"].value, label.value, " ".join(fold(label.value).split()),
                                              getattr(label, "language", None) or "", set())
            entry.types.add(row["type"].value.rsplit("#", 1)[-1])
        self.entries = list(entries.values())
        self.acronyms = {entry.folded: acronyms(entry.folded) for entry in self.entries}

    def search(self, text: str, *, type: str | None = None, lang: str | None = None, limit: int = 20) -> list[Hit]:
        """Hits best first: matches (``hit.match``), then weaker hits, at most ``limit``."""
        query = " ".join(fold(text).split())
        if not query:
            return []
        words = set(query.split())
        best: dict[str, Hit] = {}
        for entry in self.entries:
            if type and type not in entry.types:
                continue
            if lang and entry.lang and entry.lang != lang:
                continue
            if entry.folded == query:
                score = 1.0
            elif query in self.acronyms[entry.folded]:
                score = 0.9
            elif entry.folded.startswith(query):
                score = 0.8
            elif query in entry.folded:
                score = 0.6
            else:
                overlap = len(words & set(entry.folded.split())) / max(len(words), 1)
                if overlap < 0.5:
                    continue
                score = 0.5 * overlap
            score = round(score - min(len(entry.folded), 200) / 10000, 4)
            hit = Hit(entry.iri, entry.label, sorted(entry.types)[0], score, entry.lang)
            if entry.iri not in best or best[entry.iri].score < score:
                best[entry.iri] = hit
        return sorted(best.values(), key=lambda h: (-h.score, h.label))[:limit]


# Held no longer than its store: a query worker opens each new generation as a new store and
# lets the old one go, and an index kept by the old store's id() stayed for good (one per
# generation served, and the id could come back with another store).
_cache: weakref.WeakKeyDictionary[GraphStore, tuple[int, LabelIndex]] = weakref.WeakKeyDictionary()


def label_index(store: GraphStore) -> LabelIndex:
    """The index for the store's current content (rebuilt when the triple count changes)."""
    size = len(store)
    cached = _cache.get(store)
    if cached is None or cached[0] != size:
        cached = (size, LabelIndex(store))
        _cache[store] = cached
    return cached[1]


