"""Possible overlaps on real paragraphs: the same as comparing every pair of a group, and at most
MOST_OVERLAPS nearest ones kept per mandate when a paragraph recurs in many series."""

from collections import Counter, defaultdict

import pyoxigraph as ox
import pytest
from rapidfuzz import process
from rapidfuzz.distance import Indel

from graph.lineage.align import words
from graph.lineage.mandates import MOST_OVERLAPS, OVERLAP_MIN, _OWN_RESOLUTION, overlaps
from graph.lineage.read import Mandate, Paragraph
from loaders.formats.akn import read_akn_file

REPORT = ox.NamedNode("https://w3id.org/mandate-graph/ontology#Report")
SG = ox.NamedNode("https://w3id.org/mandate-graph/id/entity/secretary-general")
GA = ox.NamedNode("https://w3id.org/mandate-graph/id/entity/general-assembly")


def every_pair(latest, texts, series_of):
    """The lineage step before (at 720e73a): rapidfuzz's cdist over every pair of a group."""
    groups = defaultdict(list)
    for mandate in latest:
        if not _OWN_RESOLUTION.search(texts[mandate.paragraph].text):
            for assignee in mandate.assignees:
                groups[(assignee, mandate.kind)].append(mandate)
    found = {}
    for group in groups.values():
        group.sort(key=lambda m: m.iri.value)
        tokens = [words(texts[m.paragraph].text) for m in group]
        scores = process.cdist(tokens, tokens, scorer=Indel.normalized_similarity, score_cutoff=OVERLAP_MIN)
        for a, b in zip(*scores.nonzero()):
            first, second = group[a], group[b]
            if a < b and series_of[first.paragraph] != series_of[second.paragraph]:
                found[(first.iri.value, second.iri.value)] = round(float(scores[a, b]), 3)
    return found


def mandates_of(texts: list[str], series: list[int]):
    """One report mandate per paragraph, to the Secretary-General (and every third one to the
    General Assembly too): the mandates, paragraphs by IRI and series by paragraph."""
    latest, paragraphs, series_of = [], {}, {}
    for n, (text, number) in enumerate(zip(texts, series)):
        paragraph = Paragraph.of(f"p/{n:05d}", text)
        paragraphs[paragraph.iri] = paragraph
        series_of[paragraph.iri] = number
        assignees = frozenset({SG, GA} if n % 3 == 0 else {SG})
        latest.append(Mandate(ox.NamedNode(f"urn:x:m/{n:05d}"), paragraph.iri, REPORT, assignees))
    return latest, paragraphs, series_of


@pytest.fixture(scope="module")
def real(shared_corpus):
    """The operative paragraphs of 30 resolutions of the 79th session and 30 of the 78th (many
    recur from one session to the next), each resolution a series of its own."""
    texts, series = [], []
    for session in (79, 78):
        paths = sorted((shared_corpus / "akn" / f"{session}session" / "English").glob("*.xml"))[:30]
        for number, path in enumerate(paths):
            operative = [p.text for p in read_akn_file(path).main.operative]
            texts += operative
            series += [session * 1000 + number] * len(operative)
    return mandates_of(texts, series)


def test_the_same_overlaps_as_every_pair_compared(real):
    latest, texts, series_of = real
    expected = every_pair(latest, texts, series_of)
    found = overlaps(latest, texts, series_of, most=len(latest))
    assert len(expected) > 20
    assert {(o.a.iri.value, o.b.iri.value): o.similarity for o in found} == expected


def test_the_cap_changes_nothing_where_no_mandate_has_more(real):
    latest, texts, series_of = real
    expected = every_pair(latest, texts, series_of)
    per_mandate = Counter(iri for pair in expected for iri in pair)
    assert max(per_mandate.values()) <= MOST_OVERLAPS
    assert len(overlaps(latest, texts, series_of)) == len(expected)


def test_a_paragraph_in_many_series_keeps_its_nearest(shared_corpus):
    """A real report request repeated in 60 series, beside a reworded one: 1,770 pairs of the
    same words before; now each mandate keeps its MOST_OVERLAPS nearest (the same words first,
    lowest IRIs first), and the reworded one is still found."""
    text = ("Requests the Secretary-General to submit to the General Assembly at its eightieth session "
            "a report on the implementation of resolution 79/1;")
    reworded = text.replace("eightieth", "eighty-first")
    latest, texts, series_of = mandates_of([text] * 60 + [reworded], list(range(61)))
    found = overlaps(latest, texts, series_of)
    per_mandate = Counter(iri for o in found for iri in (o.a.iri.value, o.b.iri.value))
    assert len(every_pair(latest, texts, series_of)) == 60 * 59 // 2 + 60
    assert len(found) < 60 * 2 * MOST_OVERLAPS
    # Every mandate keeps MOST_OVERLAPS of its own; the reworded one, less similar, keeps 20 too.
    assert all(count >= MOST_OVERLAPS for count in per_mandate.values())
    assert per_mandate["urn:x:m/00060"] == MOST_OVERLAPS
    nearest = sorted((o for o in found if o.a.iri.value == "urn:x:m/00000"), key=lambda o: o.b.iri.value)
    assert [o.similarity for o in nearest][:MOST_OVERLAPS - 1] == [1.0] * (MOST_OVERLAPS - 1)
    assert overlaps(latest, texts, series_of) == found  # the same every time
