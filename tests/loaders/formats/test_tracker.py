import pytest

from loaders.errors import ParseError
from loaders.formats.tracker import parse_tracker


def test_nine_milestones_with_dates(seed_text):
    parsed = parse_tracker(seed_text("000"), lang="fr")
    assert [m.number for m in parsed.milestones] == [str(n) for n in range(1, 10)]
    assert [str(m.deadline) for m in parsed.milestones][:3] == ["2025-06-05", "2025-07-03", "2025-07-31"]
    assert str(parsed.milestones[-1].deadline) == "2026-12-31"
    assert all(m.status is None for m in parsed.milestones)
    assert parsed.commitment.value.startswith("Nous utiliserons les mécanismes existants")
    assert parsed.next_steps and parsed.rationale


def test_done_milestone_objective_and_lead_entity(seed_text):
    parsed = parse_tracker(seed_text("001"), lang="fr")
    assert parsed.objective.value == "5.9"
    assert parsed.lead[0].key == "odet"
    (milestone,) = parsed.milestones
    assert str(milestone.deadline) == "2025-09-25"
    assert milestone.status.value.endswith("#done")
    assert milestone.description.value.startswith("Présentation du rapport")


def test_unreadable_deadline_names_line_and_column():
    text = "Engagement.\nÉtape 1 | échéance fixée au bientôt\nFaire.\n"
    with pytest.raises(ParseError) as caught:
        parse_tracker(text, lang="fr", path="t.txt")
    assert (caught.value.line, caught.value.column) == (2, 29)


def test_unknown_lead_entity_is_refused():
    text = "Engagement.\nEntité de l'ONU responsable : Bureau imaginaire\nÉtape 1 | échéance fixée au 1 mai 2025\nFaire.\n"
    with pytest.raises(ParseError, match="Bureau imaginaire"):
        parse_tracker(text, lang="fr")


def test_a_milestone_naming_an_edition_mentions_its_series_too():
    from pathlib import Path

    from loaders.document import load_document

    seed = next((Path(__file__).resolve().parents[3] / "corpus" / "seeds").glob("000_*.txt"))
    mentioned = {q.object.value.rsplit("/", 1)[-1] for q in load_document(seed).quads
                 if q.predicate.value.endswith("#mentions")}
    assert {"ai-for-good-summit-2025", "ai-for-good-summit-2026", "ai-for-good-summit"} <= mentioned
