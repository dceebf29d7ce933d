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
from typing import Literal

from rapidfuzz import process
from rapidfuzz.distance import Indel

from graph.lineage.read import Paragraph

__all__ = ["Change", "Link", "Alignment", "align", "words", "AMENDED_MIN", "CONTAINED_MIN"]

Change = Literal["unchanged", "amended", "new", "dropped"]
#: Below this word similarity two paragraphs are not the same paragraph reworded.
AMENDED_MIN = 0.5
#: Share of a paragraph's words that must run in order inside another for a split or merge.
CONTAINED_MIN = 0.85
#: A split or merged part shorter than this many words is too short to tell.
CONTAINED_MIN_WORDS = 8

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-",
                         "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u00ad": None})
_CLOSING = re.compile(r"[\s,;:.]*(?:\b(?:and|et)\b)?[\s,;:.]*$")
_WORD = re.compile(r"\w+(?:[-'/.]\w+)*|[^\w\s]")


def words(text: str) -> list[str]:
    """The words (and punctuation marks) of a paragraph, as compared.

    >>> words("Welcomes the non\u2011governmental report ; and")
    ['Welcomes', 'the', 'non-governmental', 'report']
    """
    text = text.translate(_QUOTES)
    text = _CLOSING.sub("", text)
    return _WORD.findall(text)


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


def _align_part(old: list[Paragraph], new: list[Paragraph]) -> tuple[dict[Paragraph, Link], list[Paragraph]]:
    old_words = [words(p.text) for p in old]
    new_words = [words(p.text) for p in new]
    links: dict[int, Link] = {}
    used: set[int] = set()
    # 1. The same words; among repeats, the nearest in order.
    by_text: dict[tuple[str, ...], list[int]] = {}
    for i, w in enumerate(old_words):
        by_text.setdefault(tuple(w), []).append(i)
    for j, w in enumerate(new_words):
        free = [i for i in by_text.get(tuple(w), ()) if i not in used]
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
        pairs = sorted(((float(scores[a, b]), a, b) for a in range(len(rest_new)) for b in range(len(rest_old))
                        if scores[a, b] >= AMENDED_MIN), key=lambda t: (-t[0], t[1], t[2]))
        for score, a, b in pairs:
            j, i = rest_new[a], rest_old[b]
            if j in links or i in used:
                continue
            used.add(i)
            links[j] = Link(new[j], "amended", score, (old[i],))
    # 3. Splits (a new paragraph inside an old one) and merges (an old one inside a new one).
    for j in range(len(new)):
        if j not in links:
            i = _container(new_words[j], old_words)
            if i is not None:
                links[j] = Link(new[j], "amended", Indel.normalized_similarity(new_words[j], old_words[i]), (old[i],))
    dropped = []
    for i in range(len(old)):
        if i in used or any(old[i] in link.predecessors for link in links.values()):
            continue
        j = _container(old_words[i], new_words)
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


def _container(part: list[str], texts: list[list[str]]) -> int | None:
    """The text that holds most of ``part``'s words in order (at least :data:`CONTAINED_MIN`)."""
    if len(part) < CONTAINED_MIN_WORDS:
        return None
    best, best_share = None, CONTAINED_MIN
    for index, text in enumerate(texts):
        if len(text) <= len(part):
            continue
        common = (len(part) + len(text) - Indel.distance(part, text)) / 2
        share = common / len(part)
        if share >= best_share:
            best, best_share = index, share
    return best
