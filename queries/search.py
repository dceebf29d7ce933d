"""Find entities by label or alias, in English or French, accent- and case-insensitively.

The index is the ``labels`` query's rows, folded once per store state.
"""

from __future__ import annotations

from dataclasses import dataclass


from graph.store import GraphStore
from loaders.text import fold
from queries.library import load_library

__all__ = ["Hit", "LabelIndex", "label_index"]


@dataclass(frozen=True)
class Hit:
    iri: str
    label: str
    type: str
    score: float
    lang: str


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

    def search(self, text: str, *, type: str | None = None, lang: str | None = None, limit: int = 20) -> list[Hit]:
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


_cache: dict[int, tuple[int, LabelIndex]] = {}


def label_index(store: GraphStore) -> LabelIndex:
    """The index for the store's current content (rebuilt when the triple count changes)."""
    size = len(store)
    cached = _cache.get(id(store))
    if cached is None or cached[0] != size:
        cached = (size, LabelIndex(store))
        _cache[id(store)] = cached
    return cached[1]


