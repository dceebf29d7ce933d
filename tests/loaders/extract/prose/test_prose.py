"""The prose extractor on real sentences: the seed documents (French) and the labelled
passages (English and French, benchmarks/labelled/prose-passages.yaml)."""

from pathlib import Path

import pytest
import yaml

from loaders.extract.prose.prose import extract_prose
from loaders.registry import load_registry

ROOT = Path(__file__).resolve().parents[4]
PASSAGES = {p["id"]: p for p in yaml.safe_load(
    (ROOT / "benchmarks/labelled/prose-passages.yaml").read_text(encoding="utf-8"))["passages"]}


def _seed(name: str) -> str:
    return next((ROOT / "corpus/seeds").glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def _facts(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject.key, f.predicate, f.object.key) for f in extract_prose(text, lang, load_registry()).facts}


def _sentence(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


def test_created_under_a_resolution_relative_to_two_processes_fr():
    text = _seed("003")
    facts = _facts(text, "fr")
    assert ("global-dialogue-ai-governance", "mandatedBy", "instrument:A/RES/79/325") in facts
    assert ("scientific-panel-ai", "mandatedBy", "instrument:A/RES/79/325") in facts
    assert ("iawg-ai", "mandatedBy", "instrument:A/RES/80/173") in facts  # "Conformément à la Résolution 80/173"


def test_a_resolution_as_subject_mandates_the_bodies_it_names_en():
    assert _facts(PASSAGES["crocommander-79-325"]["text"], "en") == {
        ("scientific-panel-ai", "mandatedBy", "instrument:A/RES/79/325"),
        ("global-dialogue-ai-governance", "mandatedBy", "instrument:A/RES/79/325")}


def test_as_the_compact_says_mandates_the_dialogue_and_the_panel_fr():
    facts = _facts(_sentence(_seed("004"), "Comme indiqué", "chevauchements."), "fr")
    assert ("global-dialogue-ai-governance", "mandatedBy", "instrument:A/RES/79/1, annex I") in facts
    assert ("scientific-panel-ai", "mandatedBy", "instrument:A/RES/79/1, annex I") in facts


def test_a_resolution_named_without_a_cue_mandates_nothing():
    assert not [f for f in _facts(PASSAGES["onu-info-79-325-fr"]["text"], "fr") if f[1] == "mandatedBy"]
    assert not [f for f in _facts(PASSAGES["ddg-projet-l118-fr"]["text"], "fr") if f[1] == "mandatedBy"]


def test_paragraph_of_a_compact_is_kept():
    extraction = extract_prose("The platform was set up in line with paragraph 63 of the Global Digital Compact "
                               "by the Global Initiative on AI for Food Systems.", "en", load_registry())
    objects = {f.object.key for f in extraction.facts if f.predicate == "mandatedBy"}
    assert objects == {"instrument:A/RES/79/1, annex I", "paragraph:A/RES/79/1, annex I:63"}


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("Le projet Giga", "(UNICEF)", {("giga", "leadEntity", "itu"), ("giga", "partner", "unicef")}),
    ("Le Groupe de travail interinstitutions des Nations Unies sur l'IA (GTI-IA)", "des Nations Unies.",
     {("iawg-ai", "createdBy", "hlcp"), ("iawg-ai", "chair", "itu"), ("iawg-ai", "chair", "unesco")}),
    ("Le Groupe GTI-IA est devenu", "le secrétariat.",
     {("iawg-ai", "secretariat", "itu"), ("iawg-ai", "secretariat", "unesco")}),
    ("En 2025, l'UIT a lancé", "de l'IA", {("young-ai-leaders", "leadEntity", "itu")}),
])
def test_roles_in_the_itu_council_report_fr(start, end, expected):
    assert _facts(_sentence(_seed("003"), start, end), "fr") == expected


def test_joint_secretariat_carries_over_to_the_next_sentence_fr():
    facts = _facts(_sentence(_seed("003"), "L'UIT fait partie du secrétariat conjoint", "fournit un appui."), "fr")
    for agent in ("itu", "unesco", "envoy-on-technology"):
        assert ("global-dialogue-ai-governance", "secretariat", agent) in facts
    assert ("global-dialogue-ai-governance", "partner", "eosg") in facts


def test_this_dialogue_is_the_edition_just_named_fr():
    facts = _facts(_sentence(_seed("003"), "La première édition du Dialogue mondial", "avec l'UNESCO"), "fr")
    assert {("global-dialogue-2026", "organiser", "secretary-general"), ("global-dialogue-2026", "coordinator", "itu"),
            ("global-dialogue-2026", "coordinator", "unesco")} <= facts
    assert ("global-dialogue-2026", "organiser", "itu") not in facts


@pytest.mark.parametrize(("passage", "expected"), [
    ("unsceb-iawg", {("iawg-ai", "createdBy", "hlcp"), ("iawg-ai", "leadEntity", "unesco"),
                     ("iawg-ai", "leadEntity", "itu")}),
    ("iisd-ai-for-good-2023", {("ai-for-good", "organiser", "itu"), ("ai-for-good", "organiser", "country-CH")}),
])
def test_roles_in_english_passages(passage, expected):
    assert expected <= _facts(PASSAGES[passage]["text"], "en")


def test_the_first_in_person_meeting_in_madrid_is_an_event_of_the_panel_fr():
    facts = _facts(_sentence(_seed("003"), "Membre du secrétariat conjoint", "dispositif technique."), "fr")
    assert ("scientific-panel-first-meeting", "partOf", "scientific-panel-ai") in facts
    assert ("scientific-panel-first-meeting", "schema:location", "madrid") in facts


def test_dates_and_place_of_the_paris_summit_fr():
    facts = _facts(_sentence(_seed("004"), "1. Les participants", "(IA)."), "fr")
    assert {("ai-action-summit", "schema:startDate", "2025-02-10"), ("ai-action-summit", "schema:endDate", "2025-02-11"),
            ("ai-action-summit", "schema:location", "paris")} <= facts


def test_a_series_with_two_years_gives_two_editions_each_with_its_place_en():
    facts = _facts(PASSAGES["rtt-dialogue-2026"]["text"], "en")
    assert {("global-dialogue-2026", "schema:startDate", "2026-07"), ("global-dialogue-2026", "schema:location", "geneva"),
            ("edition:global-dialogue-ai-governance:2027", "schema:location", "new:new york")} <= facts
    assert ("global-dialogue-2026", "schema:location", "new:new york") not in facts


def test_the_third_forum_in_bangkok_en():
    facts = _facts(PASSAGES["forum-ethics-2025-programme"]["text"], "en")
    assert {("third-global-forum-ethics-ai", "partOf", "unesco-global-forum-ethics-ai"),
            ("third-global-forum-ethics-ai", "schema:startDate", "2025-06-24"),
            ("third-global-forum-ethics-ai", "schema:endDate", "2025-06-27"),
            ("third-global-forum-ethics-ai", "schema:location", "new:bangkok")} <= facts


def test_a_side_event_is_part_of_the_summit_edition_of_its_year_fr():
    facts = _facts(_sentence(_seed("003"), "La première édition du Dialogue mondial", "bien social."), "fr")
    assert ("global-dialogue-2026", "partOf", "ai-for-good-summit-2026") in facts


@pytest.mark.parametrize(("seed", "start", "end"), [
    ("000", "Organiser l'édition 2025", "bien social."),  # typographic apostrophe
    ("003", "Sommet mondial sur l'IA", "bien social"),
    ("004", "le Sommet mondial 2025", "bien social"),  # a year inside the name
])
def test_the_ai_for_good_summit_is_mentioned_in_every_seed_that_names_it(seed, start, end):
    mentions = extract_prose(_sentence(_seed(seed), start, end), "fr", load_registry()).mentions
    assert "ai-for-good-summit" in {m.term.key for m in mentions}
