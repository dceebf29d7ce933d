"""What every labelled set of prose passages must hold, checked alike for each set."""

from __future__ import annotations

import re
from typing import Any

PREDICATES = {"mandatedBy", "partOf", "leadEntity", "partner", "secretariat", "organiser", "coordinator",
              "chair", "createdBy", "launched", "schema:startDate", "schema:endDate", "schema:location"}


def assert_passages_are_complete(passages: list[dict[str, Any]], at_least: int = 12) -> None:
    """Each passage keeps its source, date, language, text and facts (triples of known
    predicates); ids are unique; the set has at least ``at_least`` passages."""
    assert len(passages) >= at_least
    for passage in passages:
        where = passage.get("id")
        assert str(passage.get("source", "")).startswith("http"), where
        assert re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", str(passage.get("date", ""))), where
        assert passage.get("lang") in {"en", "fr"}, where
        assert isinstance(passage.get("text"), str) and passage["text"].strip(), where
        assert isinstance(passage.get("facts"), list), where
        assert all(len(fact) == 3 and fact[1] in PREDICATES for fact in passage["facts"]), where
    assert len({p["id"] for p in passages}) == len(passages)


def assert_no_passage_is_shared(passages: list[dict[str, Any]], others: list[dict[str, Any]]) -> None:
    """No passage of ``passages`` has the source address of one of ``others`` or opens with text
    one of them holds."""
    sources = {p["source"] for p in others}
    texts = [" ".join(p["text"].split()) for p in others]
    for passage in passages:
        assert passage["source"] not in sources, passage["id"]
        opening = " ".join(passage["text"].split())[:80]
        assert not any(opening in text for text in texts), passage["id"]
