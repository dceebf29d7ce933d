"""The English/French assignee agreement diagnostic reads real resolution pairs of the corpus."""

from __future__ import annotations

import subprocess
import sys

from benchmarks.assignee_agreement import compare, pairs, readings


def test_pairs_match_english_and_french_files_by_symbol(shared_corpus):
    found = pairs(78, shared_corpus / "akn")
    assert len(found) > 300
    assert all(e.name.split("-")[0] == f.name.split("-")[0] for e, f in found)


def test_a_paragraph_read_in_both_languages_gives_the_same_keys(shared_corpus):
    # A/RES/78/92 (Guam), operative 6: the administering Power and the territorial Government.
    english, french = next((e, f) for e, f in pairs(78, shared_corpus / "akn") if e.name.startswith("A_RES_78_92-"))
    assert readings(english)["6"].keys == readings(french)["6"].keys
    tally = compare([(english, french)])
    assert 0 < tally.agreed <= tally.compared


def test_the_cli_prints_the_rate_and_the_disagreements(shared_corpus):
    run = subprocess.run([sys.executable, "-m", "benchmarks.assignee_agreement", "--sessions", "78", "--limit", "2",
                          "--top", "3"], capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    assert "assignee agreement EN/FR:" in run.stdout and "EN only:" in run.stdout and "FR only:" in run.stdout


def test_the_cli_lists_disagreements_by_class(shared_corpus):
    run = subprocess.run([sys.executable, "-m", "benchmarks.assignee_agreement", "--sessions", "78", "--limit", "12",
                          "--top", "0", "--classes", "5"], capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    assert "Disagreeing paragraphs by class" in run.stdout
    assert any(" | FR " in line and "(e.g. A_RES_78_" in line for line in run.stdout.splitlines())


def test_other_fields_are_compared_from_one_reading_of_each_file(shared_corpus):
    # A/RES/78/100 (Special Committee on decolonization): operative 8 asks the Special Committee
    # to report to the Assembly at its seventy-ninth session, in both languages.
    english, french = next((e, f) for e, f in pairs(78, shared_corpus / "akn") if e.name.startswith("A_RES_78_100-"))
    assert "report" in readings(english, "kinds")["8"].keys & readings(french, "kinds")["8"].keys
    run = subprocess.run([sys.executable, "-m", "benchmarks.assignee_agreement", "--sessions", "78", "--limit", "3",
                          "--top", "2", "--field", "kinds", "recurrence", "condition"],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    for line in ("kinds agreement EN/FR:", "recurrence agreement EN/FR:", "condition agreement EN/FR:"):
        assert line in run.stdout
    assert "assignee agreement" not in run.stdout
