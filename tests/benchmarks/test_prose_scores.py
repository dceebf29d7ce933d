"""The published prose scores hold (benchmarks/labelled/score_prose.py): the labelled passages
and the seeds' curated facts are scored as the README says, and a change that makes extraction
worse on them fails here (floors a little under today's figures)."""

from __future__ import annotations

import pytest

from benchmarks.labelled.score_prose import (
    fact_key,
    passage_aliases,
    label_problems,
    load_passages,
    passage_scores,
    same_name,
    seed_scores,
)
from loaders.registry import load_registry

#: (precision, recall) floors on the labelled passages, per kind of fact.
PASSAGE_FLOORS = {"mandate": (0.9, 0.8), "role": (0.9, 0.9), "event": (0.9, 0.7)}
#: (precision, recall) floors on the second development set (prose-dev2.yaml), per kind of fact.
DEV2_FLOORS = {"mandate": (0.9, 0.9), "role": (0.9, 0.85), "event": (0.9, 0.75)}
#: (precision, recall) floors on the third development set (prose-dev3.yaml; held-out until 2026-11-30).
DEV3_FLOORS = {"mandate": (0.9, 0.8), "role": (0.9, 0.7), "event": (0.9, 0.65)}
#: (precision, recall) floors on the fourth and fifth development sets (prose-dev4.yaml, prose-dev5.yaml).
DEV4_FLOORS = {"role": (0.85, 0.65), "event": (0.65, 0.5)}
DEV5_FLOORS = {"mandate": (0.9, 0.25), "role": (0.85, 0.5), "event": (0.65, 0.48)}
#: (precision, recall) floors on the sixth development set (prose-dev6.yaml, the former second held-out set).
DEV6_FLOORS = {"mandate": (0.6, 0.5), "role": (0.65, 0.48), "event": (0.65, 0.62)}
#: (precision, recall) floors on the seventh development set (prose-dev7.yaml, the former third held-out set).
DEV7_FLOORS = {"mandate": (0.8, 0.75), "role": (0.7, 0.5), "event": (0.35, 0.2)}
#: Recall floors on the seeds' curated facts, extraction alone.
SEED_FLOORS = {"mandate": 0.8, "role": 0.85, "event": 0.9}


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def passages():
    return load_passages("tuning")


@pytest.fixture(scope="module")
def scores(registry):
    """Each set's scores, computed once for every test of the module that reads them."""
    computed: dict[str, tuple] = {}

    def of(which: str) -> tuple:
        if which not in computed:
            computed[which] = passage_scores(registry, which)
        return computed[which]

    return of


SET_FLOORS = {"tuning": PASSAGE_FLOORS, "dev2": DEV2_FLOORS, "dev3": DEV3_FLOORS, "dev4": DEV4_FLOORS, "dev5": DEV5_FLOORS,
              "dev6": DEV6_FLOORS, "dev7": DEV7_FLOORS}


@pytest.mark.parametrize(("which", "kind"), [(which, kind) for which, floors in SET_FLOORS.items() for kind in sorted(floors)])
def test_passage_precision_and_recall_stay_above_their_floors(scores, which, kind):
    correct, extracted, labelled, _ = scores(which)
    precision_floor, recall_floor = SET_FLOORS[which][kind]
    assert correct[kind] / extracted[kind] >= precision_floor
    assert correct[kind] / labelled[kind] >= recall_floor


@pytest.fixture(scope="module")
def seed_figures(registry):
    return seed_scores(registry)


@pytest.mark.parametrize("kind", sorted(SEED_FLOORS))
def test_seed_recall_by_extraction_alone_stays_above_its_floor(seed_figures, kind):
    found, gold, _ = seed_figures
    assert found[kind] / gold[kind] >= SEED_FLOORS[kind]


def test_eight_passages_state_mandate_links_in_both_languages(passages):
    with_mandates = [p for p in passages if any(f[1] == "mandatedBy" for f in p["facts"])]
    assert len(with_mandates) >= 8
    assert {p["lang"] for p in with_mandates} == {"en", "fr"}
    assert all(p.get("source", "").startswith("http") and p.get("date") for p in passages)


def test_every_label_names_a_registry_key_or_a_marked_term(registry, passages):
    assert label_problems(passages, registry) == []


def test_dev2_passages_are_real_labelled_texts_in_both_languages_with_traps(registry):
    dev2 = load_passages("dev2")
    assert len(dev2) >= 25 and sum(p["lang"] == "fr" for p in dev2) >= len(dev2) // 3
    assert all(str(p["source"]).startswith("http") and p["date"] for p in dev2)
    assert sum(not p["facts"] for p in dev2) >= 3  # precision traps
    assert label_problems(dev2, registry) == []
    tuning_sources = {p["source"] for p in load_passages("tuning")}
    assert not [p["id"] for p in dev2 if p["source"] in tuning_sources]


@pytest.mark.parametrize(("label", "extracted"), [
    ("new:the AI Skills Coalition", "new:AI Skills Coalition"),
    ("new:Sommet mondial sur l’intelligence artificielle", "new:sommet mondial sur l'intelligence artificielle"),
    ("new:la  Mission permanente", "new:Mission permanente"),
])
def test_the_scorer_compares_new_nodes_across_articles_apostrophes_and_case(label, extracted):
    assert same_name(label) == same_name(extracted)


@pytest.mark.parametrize(("name", "key"), [
    # prose-heldout4 (escwa-arab-igf-beirut-conference-2012): "... jointly convened by UN-ESCWA, LAS and the Lebanese
    # Presidency Council of Ministers (PCM)"; the labels name the League of Arab States
    ("new:League of Arab States", "new:league of arab states"),
    ("new:Lebanese Presidency Council of Ministers (PCM)", "new:lebanese presidency council of ministers"),
    ("new:LAS", "new:las"),
    ("new:Les incidences des changements technologiques", "new:incidences des changements technologiques"),
])
def test_a_leading_article_is_a_word_of_its_own_never_the_letters_opening_a_name(name, key):
    assert same_name(name) == key


def test_a_label_naming_a_registry_alias_another_body_owns_in_the_passage_is_a_new_node(registry):
    # prose-dev3 (twn.my): "The UN Human Rights Council (HRC)’s Advisory Committee ... The Advisory Committee, ..."
    text = "The UN Human Rights Council (HRC)’s Advisory Committee met. The Advisory Committee was established in 2008."
    owned = passage_aliases(text, "en", registry)
    assert same_name(fact_key({"new": "Advisory Committee"}, registry, owned)) == "new:advisory committee"
    assert fact_key({"new": "Advisory Committee"}, registry) == "acabq"  # nothing owns it: the registry's alias


@pytest.mark.parametrize(("label", "extracted"), [
    ("new:Working Group on Enhanced Cooperation (WGEC)", "new:Working Group on Enhanced Cooperation"),
    ("new:Asia Pacific Telecommunity (APT)", "new:the Asia Pacific Telecommunity"),
    ("new:ITU Council Working Group on Internet Issues (CWG-Internet)", "new:ITU Council Working Group on Internet Issues"),
    ("new:Sommet mondial sur la société de l’information (SMSI)", "new:Sommet mondial sur la société de l'information"),
    ("new:Working Group on Enhanced Cooperation", "new:working group on enhanced cooperation (wgec)"),  # a folded key
])
def test_an_acronym_in_brackets_closing_a_name_is_an_alias_not_part_of_it(label, extracted):
    assert same_name(label) == same_name(extracted)


@pytest.mark.parametrize(("label", "extracted"), [
    ("new:ITU Plenipotentiary Conference (PP-18)", "new:ITU Plenipotentiary Conference"),
    ("new:second decade plan (2024-2033)", "new:second decade plan"),
    ("new:Working Group on Enhanced Cooperation (WGEC 2013) second meeting", "new:Working Group on Enhanced Cooperation second meeting"),
    ("new:Task Team (IATT) on STI", "new:Task Team on STI"),
])
def test_brackets_that_may_name_an_edition_or_sit_inside_a_name_stay(label, extracted):
    assert same_name(label) != same_name(extracted)


def test_the_scorer_keeps_accents_and_registry_keys_apart():
    assert same_name("new:Genève") != same_name("new:Geneve")
    assert same_name("itu") == "itu"


@pytest.mark.parametrize("which", ["tuning", "dev2", "dev3"])
def test_hard_wrapped_passages_score_as_the_passages_do(registry, scores, which):
    # Reports pasted from PDFs or e-mails are wrapped: the extractor reads them as running text.
    assert passage_scores(registry, which, wrap=78)[:3] == scores(which)[:3]


def test_a_resolution_s_only_annex_is_the_resolution_numbered_annexes_stay_apart():
    # prose-dev6 (iins-tfm-addis-70-1) labels the Addis Ababa Action Agenda "A/RES/69/313" (the resolution adopting
    # it); the Assembly's footnotes, and so the extractor, cite it "A/RES/69/313, annex"
    assert same_name("instrument:A/RES/69/313, annex") == same_name("instrument:A/RES/69/313")
    assert fact_key({"instrument": "A/RES/69/313"}) == "instrument:A/RES/69/313"
    # the Global Digital Compact and the Declaration on Future Generations are two annexes of A/RES/79/1
    assert same_name("instrument:A/RES/79/1, annex I") != same_name("instrument:A/RES/79/1, annex II")
    assert same_name("instrument:A/RES/79/1, annex I") != same_name("instrument:A/RES/79/1")
