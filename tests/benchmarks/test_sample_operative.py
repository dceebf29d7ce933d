"""The labelled sets' draw: seeded, with its own counts, leaving out paragraphs already labelled."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
import yaml

from benchmarks.labelled.sample_operative import _draws, draw, labelled_ids

LABELLED = Path(__file__).resolve().parents[2] / "benchmarks" / "labelled"


def test_labelled_ids_reads_the_ids_of_every_matching_file(tmp_path):
    (tmp_path / "a-1.yaml").write_text("- id: A/RES/1/1#1#en\n- id: A/RES/1/1#2#fr\n", encoding="utf-8")
    (tmp_path / "a-2.yaml").write_text("- id: A/RES/2/2#3#en\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("- id: A/RES/9/9#9#en\n", encoding="utf-8")
    assert labelled_ids([str(tmp_path / "a-*.yaml")]) == {"A/RES/1/1#1#en", "A/RES/1/1#2#fr", "A/RES/2/2#3#en"}


def test_draws_keeps_the_default_for_a_language_not_given_and_rejects_a_malformed_value():
    assert _draws(["en=5,7"]) == {"en": (5, 7), "fr": (8, 3)}
    with pytest.raises(SystemExit, match="en=5"):
        _draws(["en=5"])
    with pytest.raises(SystemExit, match="de=1,1"):
        _draws(["de=1,1"])


def test_a_drawn_paragraph_left_out_is_not_drawn_again(shared_corpus):
    counts = {"en": (1, 1), "fr": (0, 0)}
    first = {entry["id"] for entry in draw(shared_corpus, seed=2028, draws=counts)}
    again = {entry["id"] for entry in draw(shared_corpus, seed=2028, draws=counts, exclude=frozenset(first))}
    assert len(first) == len(again) == 10
    assert not first & again


def test_the_second_heldout_set_is_new_and_fully_labelled():
    earlier = labelled_ids([f"{LABELLED}/operative-*.yaml", f"{LABELLED}/heldout-*.yaml"])
    entries = [entry for name in sorted(glob.glob(f"{LABELLED}/heldout2-*.yaml"))
               for entry in yaml.safe_load(open(name, encoding="utf-8"))]
    assert len(entries) == 90
    assert not earlier & {entry["id"] for entry in entries}
    assert all(entry["clauses"] for entry in entries)


#: The values GUIDELINES.md allows in a label (action keys besides ``other:VERB``, deliverable kinds,
#: recurrences, conditions).
ACTIONS = {"decides", "requests", "authorizes", "directs", "urges", "callsUpon", "demands", "encourages",
           "invites", "recommends", "appeals", "callsFor", "welcomes", "takesNote", "notes", "notesWithConcern",
           "reaffirms", "reiterates", "recognizes", "affirms", "stresses", "expresses", "supports",
           "looksForwardTo", "commends", "condemns", "deplores", "endorses", "approves", "adopts", "proclaims",
           "designates"}
KINDS = {"report", "meeting", "body", "process", "programme", "study", "observance", "agenda-item", "other"}
RECURRENCES = {None, "once", "annual", "biennial", "triennial", "quadrennial", "quinquennial", "periodic"}
CONDITIONS = {None, "within-existing-resources", "extrabudgetary"}


def label_problems(entry: dict) -> list[str]:
    """What in one labelled paragraph is outside the values GUIDELINES.md allows."""
    problems = []
    for clause in entry["clauses"]:
        action = clause["action"]
        if action not in ACTIONS and not (action.startswith("other:") and len(action) > len("other:")):
            problems.append(f"action {action!r}")
        if clause["condition"] not in CONDITIONS:
            problems.append(f"condition {clause['condition']!r}")
        for deliverable in clause["deliverables"]:
            if deliverable["kind"] not in KINDS:
                problems.append(f"kind {deliverable['kind']!r}")
            if deliverable["recurrence"] not in RECURRENCES:
                problems.append(f"recurrence {deliverable['recurrence']!r}")
            if deliverable["dueSession"] is not None and not isinstance(deliverable["dueSession"], int):
                problems.append(f"dueSession {deliverable['dueSession']!r}")
    if entry.get("uncertain") and not entry.get("note"):
        problems.append("uncertain without a note")
    return [f"{entry['id']}: {problem}" for problem in problems]


def test_label_problems_names_a_value_the_guidelines_do_not_allow():
    entry = {"id": "A/RES/1/1#1#en", "uncertain": True, "clauses": [
        {"action": "asks", "condition": None,
         "deliverables": [{"kind": "paper", "recurrence": "once", "dueSession": "81"}]}]}
    assert label_problems(entry) == ["A/RES/1/1#1#en: action 'asks'", "A/RES/1/1#1#en: kind 'paper'",
                                     "A/RES/1/1#1#en: dueSession '81'", "A/RES/1/1#1#en: uncertain without a note"]


def test_the_third_heldout_set_is_new_fully_labelled_and_loads_as_the_scorer_reads_it():
    from benchmarks.labelled.score_operative import load

    earlier = labelled_ids([f"{LABELLED}/operative-*.yaml", f"{LABELLED}/heldout-*.yaml",
                            f"{LABELLED}/heldout2-*.yaml"])
    entries = load(which="heldout3")
    assert len(entries) == 70
    assert sum(entry["lang"] == "fr" for entry in entries) == 30
    assert {entry["session"] for entry in entries} == {76, 77, 78, 79, 80}
    assert not earlier & {entry["id"] for entry in entries}
    assert all(entry["clauses"] for entry in entries)
    assert [problem for entry in entries for problem in label_problems(entry)] == []


@pytest.mark.parametrize("which, earlier_sets", [
    ("heldout4", ("operative", "heldout", "heldout2", "heldout3")),
    ("heldout5", ("operative", "heldout", "heldout2", "heldout3", "heldout4")),
    ("heldout6", ("operative", "heldout", "heldout2", "heldout3", "heldout4", "heldout5")),
])
def test_a_later_heldout_set_is_new_fully_labelled_and_loads_as_the_scorer_reads_it(which, earlier_sets):
    from benchmarks.labelled.score_operative import load
    earlier = labelled_ids([f"{LABELLED}/{name}-*.yaml" for name in earlier_sets])
    entries = load(which=which)
    assert len(entries) == 75
    assert sum(entry["lang"] == "fr" for entry in entries) == 35
    assert {entry["session"] for entry in entries} == {76, 77, 78, 79, 80}
    assert len({entry["id"] for entry in entries}) == 75
    assert not earlier & {entry["id"] for entry in entries}
    assert all(entry["clauses"] for entry in entries)
    assert [problem for entry in entries for problem in label_problems(entry)] == []


def test_only_the_unseen_operative_sets_refuse_details(capsys):
    from benchmarks.labelled.score_operative import HELDOUT_SETS, main as score_main
    assert HELDOUT_SETS == ("heldout6",)  # held-out 5 retired on 2026-12-02 after six scorings
    for which in HELDOUT_SETS:
        with pytest.raises(SystemExit) as refused:
            score_main(["--set", which, "--details"])
        assert refused.value.code == 2
        assert f"--details is refused for --set {which}" in capsys.readouterr().err
