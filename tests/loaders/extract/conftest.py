"""Fixtures for the prose extractor's tests: the labelled passages (real texts, with their
source) and a function giving the facts read in a text as triples of keys."""

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from loaders.extract.prose import extract_prose
from loaders.registry import load_registry

ROOT = Path(__file__).resolve().parents[3]

Facts = set[tuple[str, str, str]]


@pytest.fixture(scope="session")
def passage() -> Callable[[str], str]:
    """The text of a labelled passage (benchmarks/labelled/prose-passages.yaml) by its id."""
    passages = yaml.safe_load((ROOT / "benchmarks/labelled/prose-passages.yaml").read_text(encoding="utf-8"))["passages"]
    texts = {p["id"]: p["text"] for p in passages}
    return texts.__getitem__


@pytest.fixture(scope="session")
def dev2_passage() -> Callable[[str], str]:
    """The text of a passage of the second development set (benchmarks/labelled/prose-dev2.yaml)."""
    passages = yaml.safe_load((ROOT / "benchmarks/labelled/prose-dev2.yaml").read_text(encoding="utf-8"))["passages"]
    texts = {p["id"]: p["text"] for p in passages}
    return texts.__getitem__


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


@pytest.fixture(scope="session")
def dev3_passage() -> Callable[[str], str]:
    """The text of a passage of the third development set (benchmarks/labelled/prose-dev3.yaml)."""
    passages = yaml.safe_load((ROOT / "benchmarks/labelled/prose-dev3.yaml").read_text(encoding="utf-8"))["passages"]
    texts = {p["id"]: p["text"] for p in passages}
    return texts.__getitem__
