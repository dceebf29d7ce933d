"""Every pair of similar texts among many, without comparing every pair (pure, rapidfuzz).

Texts are sequences of words (here: strings of one character per word, see
:class:`graph.lineage.align.Codes`); two are *similar* when rapidfuzz's normalised Indel
similarity (``2 × longest common subsequence / total words``) is at least ``minimum``.

Comparing all pairs grows with the square of the texts. A *prefix filter* (Bayardo et al.,
"Scaling up all pairs similarity search", WWW 2007) finds the same pairs from far fewer
comparisons, and misses none: the longest common subsequence of two texts is at most the number
of words they share (as multisets), so two similar texts share at least ``minimum / (2 -
minimum)`` of the words of each (two thirds at 0.8). Order every word by how rare it is; if
two texts share that many words, the first ``len - shared + 1`` words of each in that order
(its *prefix*) have one in common. Only texts whose prefixes meet are compared, and a prefix is
made of rare words, so boilerplate words ("the", "Secretary-General") never make a candidate.

>>> pairs = similar_pairs(["abcdefghij", "abcdefghix", "xyz", "abcdefghij"], 0.8)
>>> [(a, b, round(s, 2)) for a, b, s in pairs]
[(0, 1, 0.9), (0, 3, 1.0), (1, 3, 0.9)]
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from rapidfuzz.distance import Indel

__all__ = ["similar_pairs"]


def _shared_at_least(length: int, minimum: float) -> int:
    """The fewest words a text of ``length`` words shares with any text similar to it, rounded
    down (a smaller number only makes the prefix longer: more candidates, none missed)."""
    return max(1, math.floor(length * minimum / (2 - minimum) - 1e-9))


def similar_pairs(texts: list[str], minimum: float) -> list[tuple[int, int, float]]:
    """Every pair ``(i, j, similarity)``, ``i < j``, of ``texts`` at least ``minimum`` similar,
    sorted. Empty texts are similar only to each other (rapidfuzz: 1.0)."""
    # Words as a multiset: the k-th occurrence of a word is a token of its own.
    tokens: list[list[tuple[str, int]]] = []
    for text in texts:
        seen: Counter = Counter()
        own = []
        for word in text:
            own.append((word, seen[word]))
            seen[word] += 1
        tokens.append(own)
    frequency = Counter(token for own in tokens for token in set(own))
    index: dict[tuple[str, int], list[int]] = defaultdict(list)
    candidates: set[tuple[int, int]] = set()
    empty = [i for i, text in enumerate(texts) if not text]
    candidates.update((a, b) for n, a in enumerate(empty) for b in empty[n + 1:])
    for i, own in enumerate(tokens):
        if not own:
            continue
        own.sort(key=lambda token: (frequency[token], token))
        prefix = len(own) - _shared_at_least(len(own), minimum) + 1
        for token in own[:prefix]:
            for j in index[token]:
                candidates.add((j, i))
            index[token].append(i)
    found = []
    for i, j in sorted(candidates):
        similarity = Indel.normalized_similarity(texts[i], texts[j], score_cutoff=minimum)
        if similarity >= minimum:
            found.append((i, j, similarity))
    return found
