"""Overlap matching of new nodes' names, the scorer's second, more lenient column.

Strict scoring (:func:`benchmarks.labelled.score_prose.same_name`) counts a fact about a new
activity only when the extracted name is the labelled one, letter for letter after case,
apostrophes and a leading article. But where a name ends is partly a reader's choice: one
reader writes "33rd session", another "33rd session of the Advisory Committee"; one keeps
"annual", another drops it. Strict scoring then counts the same node twice: as a miss and as
a false fact. The overlap column counts two names of NEW nodes as one node when their content
words (the words left after dropping articles and prepositions) are the same set, or when one
set is contained in the other and they share at least 60% of their words (Jaccard ≥ 0.6):
"Global Forum on the Ethics of AI" and "third Global Forum on the Ethics of AI" match (4 of 5
words); "Advisory Committee" and "33rd session of the Advisory Committee" do not (2 of 4) —
the session is another node than the committee. Registry keys, instruments, editions, dates
and countries are compared exactly, as in the strict column. It is applied identically to the
labels and the extraction, on every set, and reported beside the strict column, never
instead of it.

>>> names_overlap("new:2025 ai for good global summit", "new:ai for good global summit")
True
>>> names_overlap("new:advisory committee", "new:33rd session of the advisory committee")
False
>>> names_overlap("new:global forum on the ethics of ai", "new:third global forum on the ethics of ai")
True
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["JACCARD_FLOOR", "content_words", "facts_overlap", "matched_pairs", "names_overlap"]

#: The least share of common words for two names, one inside the other, to count as one node.
JACCARD_FLOOR = 0.6
#: Articles and prepositions, English and French: words that do not tell two names apart.
FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "on", "for", "and", "in", "at", "to", "by", "with", "from",
    "le", "la", "les", "l", "un", "une", "de", "du", "des", "d", "sur", "pour", "et", "à", "a", "au",
    "aux", "en", "dans", "par", "avec",
})
Triple = tuple[str, str, str]


def content_words(name: str) -> frozenset[str]:
    """The words of a name that tell it apart: lower case, accents kept, no articles or
    prepositions ("l'IA" gives "ia").

    >>> sorted(content_words("Groupe de travail sur l'IA"))
    ['groupe', 'ia', 'travail']
    """
    words = re.findall(r"\w[\w+-]*", unicodedata.normalize("NFC", name.casefold()))
    return frozenset(w for w in words if w not in FUNCTION_WORDS)


def names_overlap(a: str, b: str) -> bool:
    """Whether two term keys name the same node under overlap matching: equal keys always; two
    ``new:`` keys when their content words are equal, or one's are all in the other's with a
    Jaccard index of at least :data:`JACCARD_FLOOR`. Keys are compared as ``same_name`` gives
    them (case and apostrophes already folded)."""
    if a == b:
        return True
    if not (a.startswith("new:") and b.startswith("new:")):
        return False
    left, right = content_words(a[4:]), content_words(b[4:])
    if not left or not right:
        return False
    if left == right:
        return True
    if not (left <= right or right <= left):
        return False
    return len(left & right) / len(left | right) >= JACCARD_FLOOR


def facts_overlap(a: Triple, b: Triple) -> bool:
    """Whether two facts are one under overlap matching: the same predicate, and subjects and
    objects that :func:`names_overlap`."""
    return a[1] == b[1] and names_overlap(a[0], b[0]) and names_overlap(a[2], b[2])


def matched_pairs(extracted: set[Triple], labels: set[Triple]) -> list[tuple[Triple, Triple]]:
    """A one-to-one pairing of extracted facts with labelled ones: exact equals first, then
    overlapping ones, so that one labelled fact is never counted correct twice."""
    pairs = [(fact, fact) for fact in sorted(extracted & labels)]
    free = sorted(labels - extracted)
    for fact in sorted(extracted - labels):
        match = next((label for label in free if facts_overlap(fact, label)), None)
        if match is not None:
            pairs.append((fact, match))
            free.remove(match)
    return pairs
