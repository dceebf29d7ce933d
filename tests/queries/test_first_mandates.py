"""An entity's first mandates read in steps are the ``mandates-of`` query's rows: every column,
the labels and counts it picks, and its order (``ORDER BY DESC(?strength) ?kind ?symbol ?number``),
for every assignee of the seeds and A/RES/79/325, in English and French."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

import pytest

from queries.first_mandates import COLUMNS, first_mandates
from queries.library import load_library, prefix_block

B = "https://w3id.org/mandate-graph/id/"
MANDATES_OF = load_library()["mandates-of"]


def _plain(row) -> tuple:
    return tuple((name, row[name].value, getattr(row[name], "language", None),
                  getattr(getattr(row[name], "datatype", None), "value", None)) if name in row else (name,)
                 for name in COLUMNS)


def _order_key(row) -> tuple:
    return tuple(row[name].value for name in ("strength", "kind", "symbol", "number"))


def _assignees(store) -> list[str]:
    rows = store.select(prefix_block() + "SELECT DISTINCT ?entity WHERE { ?deliverable mg:assignee ?entity }").rows
    return sorted(row["entity"].value for row in rows)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_assignee_gives_the_querys_rows_in_its_order(bilingual_store, lang):
    assignees = _assignees(bilingual_store)
    assert B + "entity/secretary-general" in assignees and len(assignees) > 10
    compared = 0
    for entity in assignees:
        evaluated = MANDATES_OF.run(bilingual_store, {"entity": entity, "lang": lang}).rows
        read = first_mandates(bilingual_store, entity, lang)
        assert read.total == len(evaluated) == len(read.rows), entity
        # The same rows, every column; in the query's order (rows it leaves tied: in any order).
        assert Counter(map(_plain, read.rows)) == Counter(map(_plain, evaluated)), entity
        assert [_order_key(r) for r in read.rows] == [_order_key(r) for r in evaluated], entity
        compared += len(evaluated)
    assert compared > 50


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_first_rows_are_the_first_of_the_whole_list(bilingual_store, lang):
    """The most-mandated assignee's first five: the whole list's first five, the total still counted."""
    entity = max(_assignees(bilingual_store), key=lambda e: first_mandates(bilingual_store, e, lang, limit=0).total)
    whole = first_mandates(bilingual_store, entity, lang)
    first = first_mandates(bilingual_store, entity, lang, limit=5)
    assert whole.total > 5 and not whole.cut
    assert first.cut and first.total == whole.total and len(first.rows) == 5
    assert list(map(_plain, first.rows)) == list(map(_plain, whole.rows[:5]))
    # Tied rows of the query's order: the whole list's tie-break is fixed, so the page's first
    # rows are those of the query's first rows up to the last tie group cut.
    evaluated = MANDATES_OF.run(bilingual_store, {"entity": entity, "lang": lang}).rows
    groups = [Counter(map(_plain, rows)) for _, rows in groupby(evaluated, key=_order_key)]
    mine = [Counter(map(_plain, rows)) for _, rows in groupby(whole.rows, key=_order_key)]
    assert mine == groups


def test_an_entity_with_no_mandate_has_no_row(bilingual_store):
    found = first_mandates(bilingual_store, B + "instrument/A/RES/79/325", "en", limit=5)
    assert found.rows == [] and found.total == 0 and not found.cut
