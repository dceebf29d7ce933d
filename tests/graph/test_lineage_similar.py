"""The prefix filter finds exactly the pairs that comparing every pair finds, on real paragraphs."""

from pathlib import Path

import pytest
from rapidfuzz import process
from rapidfuzz.distance import Indel

from graph.lineage.align import Codes, words
from graph.lineage.mandates import OVERLAP_MIN
from graph.lineage.similar import similar_pairs
from loaders.formats.akn import read_akn_file


def real_paragraphs(corpus: Path, session: int, files: int) -> list[str]:
    """The operative paragraphs of the first ``files`` English resolutions of a session, with
    their repeats (a paragraph recurs in many resolutions)."""
    paths = sorted((corpus / "akn" / f"{session}session" / "English").glob("*.xml"))[:files]
    return [p.text for path in paths for p in read_akn_file(path).main.operative]


def every_pair(texts: list[str], minimum: float) -> list[tuple[int, int, float]]:
    """What the lineage step did before: rapidfuzz's cdist over every pair."""
    scores = process.cdist(texts, texts, scorer=Indel.normalized_similarity, score_cutoff=minimum)
    return [(int(a), int(b), float(scores[a, b])) for a, b in zip(*scores.nonzero()) if a < b]


@pytest.fixture(scope="module")
def encoded(shared_corpus) -> list[str]:
    codes = Codes()
    texts = real_paragraphs(shared_corpus, 79, 30) + real_paragraphs(shared_corpus, 78, 30)
    return [codes.encode(words(text)) for text in texts]


@pytest.mark.parametrize("minimum", [OVERLAP_MIN, 0.5, 0.95])
def test_the_same_pairs_as_every_pair_compared(encoded, minimum):
    found = similar_pairs(encoded, minimum)
    expected = every_pair(encoded, minimum)
    assert len(expected) > 20  # real paragraphs recur and resemble each other
    assert [(a, b) for a, b, _ in found] == sorted((a, b) for a, b, _ in expected)
    scores = {(a, b): s for a, b, s in expected}
    assert all(abs(s - scores[(a, b)]) < 1e-6 for a, b, s in found)


def test_repeats_and_empty_texts():
    assert similar_pairs(["", "ab", "", "ab"], OVERLAP_MIN) == [(0, 2, 1.0), (1, 3, 1.0)]
    assert similar_pairs([], OVERLAP_MIN) == []
