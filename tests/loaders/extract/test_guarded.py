"""A guarded pattern finds what its full pattern finds: on the labelled operative paragraphs (every
guarded kind pattern and condition pattern, on whole paragraphs and on clause-like ranges) and on
real sentences that the guarded branches read."""

from pathlib import Path

import pytest
import yaml

from loaders.extract.operative.deliverable_patterns import KIND_PATTERNS
from loaders.extract.guarded import GuardedPattern, _top_level_branches
from loaders.extract.operative.timing import _CONDITION

ROOT = Path(__file__).resolve().parents[3]
#: The development set of operative paragraphs (the held-out sets in use are never read).
_DEVELOPMENT = ("operative-en-76-78.yaml", "operative-en-79-80.yaml", "operative-fr.yaml")


def _paragraphs() -> list[tuple[str, str]]:
    out = []
    for name in _DEVELOPMENT:
        out += [(p["text"], p["lang"]) for p in yaml.safe_load((ROOT / "benchmarks/labelled" / name).read_text("utf-8"))]
    return out


def _guarded() -> list[tuple[str, str, GuardedPattern]]:
    found = [(lang, kind, p) for lang, table in KIND_PATTERNS.items() for kind, p in table if isinstance(p, GuardedPattern)]
    return found + [(lang, "condition", p) for lang, p in _CONDITION.items()]


def _found(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def _ranges(text: str) -> list[tuple[int, int]]:
    """The whole text, and from each comma or semicolon to the end and to the next one (as clauses are read)."""
    cuts = [0] + [i for i, c in enumerate(text) if c in ",;"] + [len(text)]
    return [(0, len(text))] + [(a, len(text)) for a in cuts[1:-1]] + list(zip(cuts, cuts[1:]))


@pytest.mark.parametrize(("lang", "kind", "pattern"), _guarded(), ids=lambda v: v if isinstance(v, str) else "")
def test_a_guarded_pattern_finds_what_its_full_pattern_finds(lang, kind, pattern):
    texts = [text for text, of in _paragraphs() if of == lang]
    assert texts
    for text in texts:
        for start, end in _ranges(text):
            assert _found(pattern.finditer(text, start, end)) == _found(pattern.full.finditer(text, start, end)), text
            full = pattern.full.search(text, start, end)
            assert _found([m for m in [pattern.search(text, start, end)] if m]) == _found([full] if full else []), text


def test_the_guarded_branch_still_reads_what_it_reads(operative_text):
    body = {lang: dict(table)["body"] for lang, table in KIND_PATTERNS.items()}
    # A/RES/79/235 op. 6 (English): "Further decides that the Bureau of the intergovernmental negotiating committee shall
    # consist of a Chair, 18 Vice-Chairs and a Rapporteur"
    text = ("Further decides that the Bureau of the intergovernmental negotiating committee shall consist of a Chair, "
            "18 Vice-Chairs and a Rapporteur, elected on the basis of equitable geographical representation and taking "
            "into account gender balance;")
    assert body["en"].search(text).group("noun0").endswith("intergovernmental negotiating committee")
    assert _found(body["en"].finditer(text)) == _found(body["en"].full.finditer(text))
    # A/RES/79/235 op. 6 (French): « … le bureau du comité intergouvernemental de négociation sera composé d’un président »
    text = operative_text("A/RES/79/235#6#fr")
    assert body["fr"].search(text).group("noun0").startswith("le bureau du comité")
    assert _found(body["fr"].finditer(text)) == _found(body["fr"].full.finditer(text))


def test_without_its_guard_a_branch_is_skipped():
    pattern = GuardedPattern(r"(?P<composed>\w+ shall be composed)|(?P<report>reports?)", guards={"composed": "shall"})
    assert [m.group(0) for m in pattern.finditer("a Group to be composed, and reports")] == ["reports"]
    assert pattern.search("the Group shall be composed").group("composed") == "Group shall be composed"
    everything_guarded = GuardedPattern(r"(?P<a>x+)|(?P<b>y+)", guards={"a": "x", "b": "y"})
    assert everything_guarded.search("zzz") is None and list(everything_guarded.finditer("zzz")) == []


def test_branches_are_cut_at_the_top_level_only():
    assert _top_level_branches(r"(?P<a>x|y)[|\]]|\||[^]|]z") == [r"(?P<a>x|y)[|\]]", r"\|", r"[^]|]z"]
    with pytest.raises(ValueError):
        GuardedPattern(r"(?:(?P<a>x)|y)|z", guards={"b": "x"})
