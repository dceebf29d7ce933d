"""The tagger's names join the rules' ones where the rules found none
(loaders/extract/prose/prose_tagged_names.py), and the frames then attach facts to them: real passages of
the development sets, English and French, read with and without the tagger."""

from __future__ import annotations

import pytest

from loaders.extract.prose.name_tagger import MODEL_VARIABLE, TaggedName
from loaders.extract.prose.prose import extract_prose
from loaders.extract.prose.prose_names import read_names
from loaders.extract.prose.prose_tagged_names import kept_names, tagged_activities
from loaders.registry import load_registry

# prose-dev2.yaml, digitaldemocracynow-wsis-review
ENGLISH = ("The event laid the groundwork for the United Nations General Assembly’s 20-year review of the WSIS Process, "
           "a multi-stakeholder platform addressing challenges in digital development driven by advancing technologies. "
           "This review is scheduled for 16 and 17 December 2025, in New York.")
# prose-dev4.yaml, iisd-technology-bank-71-l52
BANK = ("23 December 2016: The UN General Assembly (UNGA) adopted a draft resolution on the ‘Establishment of the "
        "Technology Bank for the Least Developed Countries’ (LDCs) (A/71/L.52), which officially establishes the "
        "Technology Bank as a subsidiary organ of the UNGA.")
# prose-dev6.yaml, techstg-smsi20-copresidence-fr
FRENCH = ("Le SMSI+20, marquant les vingt ans du Sommet mondial sur la société de l’information se tient du 7 au 11 "
          "juillet 2025 à Genève.")


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _activities(text: str, lang: str, registry) -> set[str]:
    return {f.term.label for f in read_names(text, lang, registry).activities if f.term.entity is None}


def test_only_confident_names_outside_the_rules_spans_are_kept():
    tagged = [TaggedName("Forum", 4, 9, 0.9), TaggedName("Hub", 20, 23, 0.9), TaggedName("Lab", 30, 33, 0.2),
              TaggedName("(", 40, 41, 0.99)]
    assert kept_names(tagged, [(0, 6)]) == [TaggedName("Hub", 20, 23, 0.9)]
    assert kept_names(tagged, [(0, 6)], min_confidence=0.1) == [TaggedName("Hub", 20, 23, 0.9),
                                                                TaggedName("Lab", 30, 33, 0.2)]


def test_a_tagged_review_is_an_activity_with_its_span(monkeypatch):
    monkeypatch.delenv(MODEL_VARIABLE, raising=False)
    found = tagged_activities(ENGLISH, "en", [])
    review = next(f for f in found if f.term.label == "20-year review of the WSIS Process")
    assert ENGLISH[review.start:review.end] == review.term.label and review.term.kind == "activity"
    assert tagged_activities(ENGLISH, "en", [(review.start, review.start + 2)]) == \
        [f for f in found if f != review]  # a span the rules took is left to them


def test_the_rules_miss_the_english_name_and_the_tagger_adds_it(monkeypatch, registry):
    monkeypatch.setenv(MODEL_VARIABLE, "none")
    assert "20-year review of the WSIS Process" not in _activities(ENGLISH, "en", registry)
    monkeypatch.delenv(MODEL_VARIABLE)
    assert "20-year review of the WSIS Process" in _activities(ENGLISH, "en", registry)


def test_the_rules_miss_the_french_name_and_the_tagger_adds_it(monkeypatch, registry):
    monkeypatch.setenv(MODEL_VARIABLE, "none")
    assert "SMSI+20" not in _activities(FRENCH, "fr", registry)
    monkeypatch.delenv(MODEL_VARIABLE)
    assert "SMSI+20" in _activities(FRENCH, "fr", registry)


def test_the_mandate_frame_links_the_tagged_name_to_its_resolution(monkeypatch, registry):
    monkeypatch.setenv(MODEL_VARIABLE, "none")
    before = {(f.subject.key, f.predicate, f.object.key) for f in extract_prose(BANK, "en", registry).facts}
    monkeypatch.delenv(MODEL_VARIABLE)
    after = {(f.subject.key, f.predicate, f.object.key) for f in extract_prose(BANK, "en", registry).facts}
    assert after - before == {("new:technology bank for the least developed countries", "mandatedBy",
                               "instrument:A/71/L.52")}
