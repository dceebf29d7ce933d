"""Fixtures for the prose extractor's tests: the labelled passages (real texts, with their
source) and a function giving the facts read in a text as triples of keys."""

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from loaders.extract.prose.prose import extract_prose
from loaders.registry import load_registry

ROOT = Path(__file__).resolve().parents[3]

Facts = set[tuple[str, str, str]]


def _texts_of(file_name: str) -> Callable[[str], str]:
    """The texts of a labelled set of passages (benchmarks/labelled/FILE), by passage id."""
    passages = yaml.safe_load((ROOT / "benchmarks/labelled" / file_name).read_text(encoding="utf-8"))["passages"]
    return {p["id"]: p["text"] for p in passages}.__getitem__


@pytest.fixture(scope="session")
def passage() -> Callable[[str], str]:
    """The text of a labelled passage (benchmarks/labelled/prose-passages.yaml) by its id."""
    return _texts_of("prose-passages.yaml")


@pytest.fixture(scope="session")
def dev2_passage() -> Callable[[str], str]:
    """The text of a passage of the second development set (benchmarks/labelled/prose-dev2.yaml)."""
    return _texts_of("prose-dev2.yaml")


@pytest.fixture(scope="session")
def dev3_passage() -> Callable[[str], str]:
    """The text of a passage of the third development set (benchmarks/labelled/prose-dev3.yaml)."""
    return _texts_of("prose-dev3.yaml")


@pytest.fixture(scope="session")
def dev5_passage() -> Callable[[str], str]:
    """The text of a passage of the fifth development set (benchmarks/labelled/prose-dev5.yaml)."""
    return _texts_of("prose-dev5.yaml")


@pytest.fixture(scope="session")
def dev4_passage() -> Callable[[str], str]:
    """The text of a passage of the fourth development set (benchmarks/labelled/prose-dev4.yaml, the
    former held-out set)."""
    return _texts_of("prose-dev4.yaml")


@pytest.fixture(scope="session")
def dev6_passage() -> Callable[[str], str]:
    """The text of a passage of the sixth development set (benchmarks/labelled/prose-dev6.yaml, the
    former second held-out set)."""
    return _texts_of("prose-dev6.yaml")


@pytest.fixture(scope="session")
def dev7_passage() -> Callable[[str], str]:
    """The text of a passage of the seventh development set (benchmarks/labelled/prose-dev7.yaml, the
    former third held-out set)."""
    return _texts_of("prose-dev7.yaml")


@pytest.fixture(scope="session")
def heldout4_passage() -> Callable[[str], str]:
    """The text of a passage of the fourth prose held-out set (benchmarks/labelled/prose-heldout4.yaml), retired on
    2026-12-01 at 08:00 UTC and read in detail since (never the fifth, still held out)."""
    return _texts_of("prose-heldout4.yaml")


@pytest.fixture(scope="session")
def heldout5_passage() -> Callable[[str], str]:
    """The text of a passage of the fifth prose held-out set (benchmarks/labelled/prose-heldout5.yaml), retired on
    2026-12-02 at 14:30 UTC and read in detail since (never the sixth, still held out)."""
    return _texts_of("prose-heldout5.yaml")


@pytest.fixture(scope="session")
def dated_facts() -> Callable[[str, str, str], Facts]:
    """The facts read in a text published on a date ("2025-11"), as (subject key, predicate, object key)."""
    registry = load_registry()
    return lambda text, lang, published: {(f.subject.key, f.predicate, f.object.key)
                                          for f in extract_prose(text, lang, registry, published=published).facts}


@pytest.fixture(scope="session")
def seed() -> Callable[[str], str]:
    """The text of a seed document by its number ("003")."""
    return lambda number: next((ROOT / "corpus/seeds").glob(f"{number}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def facts() -> Callable[[str, str], Facts]:
    """The facts read in a text, as (subject key, predicate, object key)."""
    registry = load_registry()
    return lambda text, lang: {(f.subject.key, f.predicate, f.object.key)
                               for f in extract_prose(text, lang, registry).facts}


#: The labelled operative sets whose paragraphs tests may read: the development set and the retired held-out
#: sets (never the held-out set still in use, heldout4).
_READABLE_OPERATIVE = ("operative-*.yaml", "heldout-*.yaml", "heldout2-*.yaml", "heldout3-*.yaml")


@pytest.fixture(scope="session")
def operative_text() -> Callable[[str], str]:
    """The text of a real operative paragraph of the labelled sets by its id ("A/RES/76/220#7#en")."""
    texts = {}
    for pattern in _READABLE_OPERATIVE:
        for path in sorted((ROOT / "benchmarks/labelled").glob(pattern)):
            texts.update((p["id"], p["text"]) for p in yaml.safe_load(path.read_text(encoding="utf-8")))
    return texts.__getitem__
