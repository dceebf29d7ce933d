"""Align the paragraphs of a resolution with those of its predecessor (pure, rapidfuzz).

Paragraphs are compared word by word: two texts are *unchanged* when their words are the same
(spacing, quote marks and the closing ``,`` ``;`` ``.`` or ``; and`` aside: a paragraph that
moves to the end of a list changes its closing punctuation, not its language); otherwise their
similarity is rapidfuzz's normalised Indel similarity over words (``2 × common words / total
words``). Each part (preamble, operative paragraphs with their lettered points) is aligned on its
own, in three passes:

1. the same words: *unchanged*, wherever the paragraph moved;
2. the most similar remaining pairs, one to one, best first, while the similarity is at least
   :data:`AMENDED_MIN`: *amended*;
3. splits and merges: a remaining paragraph most of whose words (:data:`CONTAINED_MIN`) run in
   order inside one paragraph of the other text is *amended* from it (a split), or, if it is
   the predecessor's, merged into it (the successor's paragraph gains a second predecessor).

What is left is *new* (in the successor) or *dropped* (in the predecessor).

>>> old = [Paragraph.of("p/1", "Recalls its resolution 78/14 of 4 December 2023;")]
>>> new = [Paragraph.of("q/1", "Recalls its resolution 79/15 of 2 December 2024;")]
>>> link = align(old, new).links[0]
>>> link.change, round(link.similarity, 2)
('amended', 0.62)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel

from graph.lineage.read import Paragraph

__all__ = ["Change", "Link", "Alignment", "align", "words", "Codes", "AMENDED_MIN", "CONTAINED_MIN"]

Change = Literal["unchanged", "amended", "new", "dropped"]
#: Below this word similarity two paragraphs are not the same paragraph reworded.
AMENDED_MIN = 0.5
#: Share of a paragraph's words that must run in order inside another for a split or merge.
CONTAINED_MIN = 0.85
#: A split or merged part shorter than this many words is too short to tell.
CONTAINED_MIN_WORDS = 8

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-",
                         "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u00ad": None})
_CLOSING_MARKS = " \t\n,;:."
_WORD = re.compile(r"\w+(?:[-'/.]\w+)*|[^\w\s]")


@lru_cache(maxsize=1 << 16)
def words(text: str) -> tuple[str, ...]:
    """The words (and punctuation marks) of a paragraph, as compared.

    >>> words("Welcomes the non\u2011governmental report ; and")
    ('Welcomes', 'the', 'non-governmental', 'report')
    """
    text = text.translate(_QUOTES).rstrip(_CLOSING_MARKS)
    for conjunction in (" and", " et"):
        if text.endswith(conjunction):
            text = text[: -len(conjunction)].rstrip(_CLOSING_MARKS)
    return tuple(_WORD.findall(text))


@dataclass(frozen=True)
class Link:
    """One successor paragraph and where its language comes from."""

    paragraph: Paragraph
    change: Change
    similarity: float
    predecessors: tuple[Paragraph, ...] = ()


@dataclass(frozen=True)
class Alignment:
    links: list[Link]
    dropped: list[Paragraph]


def _part(paragraph: Paragraph) -> str:
    return "preamble" if paragraph.kind == "preambular" else "operative"


def align(previous: list[Paragraph], current: list[Paragraph]) -> Alignment:
    """Where each paragraph of ``current`` comes from in ``previous`` (both in document order)."""
    links: dict[Paragraph, Link] = {}
    dropped: list[Paragraph] = []
    for part in ("preamble", "operative"):
        old = [p for p in previous if _part(p) == part]
        new = [p for p in current if _part(p) == part]
        part_links, part_dropped = _align_part(old, new)
        links.update(part_links)
        dropped += part_dropped
    # What is left may have changed part ("Takes note of the report", once the preamble's last
    # line, becomes operative paragraph 1 when operative paragraphs are added).
    left = [p for p in current if links[p].change == "new"]
    if left and dropped:
        moved, dropped = _align_part(dropped, left)
        links.update(moved)
    return Alignment([links[p] for p in current], dropped)


class Codes(dict):
    """One character per distinct word, so that rapidfuzz compares words as fast as letters (a
    list of Python strings is hashed again on every call; a string is not)."""

    def encode(self, tokens: tuple[str, ...]) -> str:
        out = []
        for token in tokens:
            code = self.get(token)
            if code is None:
                code = self[token] = chr(0xE000 + len(self)) if len(self) < 0x1900 else chr(0x10000 + len(self))
            out.append(code)
        return "".join(out)


def _align_part(old: list[Paragraph], new: list[Paragraph]) -> tuple[dict[Paragraph, Link], list[Paragraph]]:
    codes = Codes()
    old_words = [codes.encode(words(p.text)) for p in old]
    new_words = [codes.encode(words(p.text)) for p in new]
    links: dict[int, Link] = {}
    used: set[int] = set()
    # 1. The same words; among repeats, the nearest in order.
    by_text: dict[str, list[int]] = {}
    for i, w in enumerate(old_words):
        by_text.setdefault(w, []).append(i)
    for j, w in enumerate(new_words):
        free = [i for i in by_text.get(w, ()) if i not in used]
        if free:
            i = min(free, key=lambda i: abs(i - j))
            used.add(i)
            links[j] = Link(new[j], "unchanged", 1.0, (old[i],))
    # 2. The most similar remaining pairs, one to one.
    rest_new = [j for j in range(len(new)) if j not in links]
    rest_old = [i for i in range(len(old)) if i not in used]
    if rest_new and rest_old:
        scores = process.cdist([new_words[j] for j in rest_new], [old_words[i] for i in rest_old],
                               scorer=Indel.normalized_similarity, score_cutoff=AMENDED_MIN)
        pairs = sorted(((float(scores[a, b]), int(a), int(b)) for a, b in zip(*scores.nonzero())),
                       key=lambda t: (-t[0], t[1], t[2]))
        for score, a, b in pairs:
            j, i = rest_new[a], rest_old[b]
            if j in links or i in used:
                continue
            used.add(i)
            links[j] = Link(new[j], "amended", score, (old[i],))
    # 3. Splits (a new paragraph inside an old one) and merges (an old one inside a new one).
    for j, i in _containers([j for j in range(len(new)) if j not in links], new_words, old_words).items():
        links[j] = Link(new[j], "amended", Indel.normalized_similarity(new_words[j], old_words[i]), (old[i],))
    carried = {p for link in links.values() for p in link.predecessors}
    left = [i for i in range(len(old)) if i not in used and old[i] not in carried]
    merged = _containers(left, old_words, new_words)
    dropped = []
    for i in left:
        j = merged.get(i)
        if j is None:
            dropped.append(old[i])
            continue
        similarity = Indel.normalized_similarity(old_words[i], new_words[j])
        link = links.get(j)
        if link is None:
            links[j] = Link(new[j], "amended", similarity, (old[i],))
        else:
            links[j] = Link(link.paragraph, "amended", min(link.similarity, similarity), (*link.predecessors, old[i]))
    for j in range(len(new)):
        links.setdefault(j, Link(new[j], "new", 0.0))
    return {new[j]: link for j, link in links.items()}, dropped


def _containers(parts: list[int], part_texts: list[str], texts: list[str]) -> dict[int, int]:
    """For each of ``parts`` (indexes into ``part_texts``), the text of ``texts`` that holds most
    of its words in order (at least :data:`CONTAINED_MIN`), if one does."""
    parts = [k for k in parts if len(part_texts[k]) >= CONTAINED_MIN_WORDS]
    if not parts or not texts:
        return {}
    distances = process.cdist([part_texts[k] for k in parts], texts, scorer=Indel.distance, dtype=np.int32)
    part_lengths = np.array([len(part_texts[k]) for k in parts])[:, None]
    text_lengths = np.array([len(t) for t in texts])[None, :]
    # Indel distance = |a| + |b| - 2 × longest common subsequence.
    share = (part_lengths + text_lengths - distances) / 2 / part_lengths
    share[text_lengths.repeat(len(parts), 0) <= part_lengths] = 0  # a container is longer
    found = {}
    for row, k in enumerate(parts):
        best = int(share[row].argmax())
        if share[row, best] >= CONTAINED_MIN:
            found[k] = best
    return found
