"""Checks asked together (graph/check_groups.py) find exactly the rows each finds alone."""

from __future__ import annotations

import pyoxigraph as ox

from graph.build import reference_graphs
from graph.check_groups import group_query, grouped, rows_by_check, split
from graph.check_files import load_checks
from graph.checks import run_checks
from graph.index import refresh_index
from graph.store import EmbeddedStore
from tests.graph.test_checks import DOC, EX, _example

CHECKS = load_checks()
GROUPS = [group for group in grouped(CHECKS.values()) if len(group) > 1]


def _every_example_broken() -> EmbeddedStore:
    """One store: the ontology and every check's broken example, each in its own namespace
    (so that every check has a node to find, and no example repairs another's)."""
    quads: set[ox.Quad] = set()
    for name, check in CHECKS.items():
        quads |= _example(check, broken=True, ex=f"{EX}{name}/")
    store = EmbeddedStore(None)
    ontology = {g: q for g, q in reference_graphs().items() if g.value.endswith("/ontology")}
    store.replace_graphs({**ontology, DOC: quads})
    refresh_index(store)
    return store


def _rows(rows: list[dict]) -> list[tuple]:
    return sorted((str(r["node"]), str(r.get("value"))) for r in rows)


def test_the_checks_sharing_a_target_are_grouped():
    sizes = sorted(len(group) for group in GROUPS)
    assert sizes and sizes[-1] >= 12  # the evidence checks with a sub-select: one query
    evidence = max(GROUPS, key=len)
    assert all(split(check)[1] == "?node a mg:Evidence ." for check in evidence)
    assert sum(map(len, grouped(CHECKS.values()))) == len(CHECKS)  # every check in exactly one group


def test_a_check_of_another_form_is_asked_alone():
    required = CHECKS["evidence-end-required"]  # ?node a mg:Evidence MINUS { … }
    assert split(required) is None
    assert [required] in grouped(CHECKS.values())


def test_a_brace_inside_a_string_does_not_end_the_sub_select():
    sub, target = split(CHECKS["country-iso-code-pattern"])
    assert sub.endswith('"^[A-Z]{2}$")) } }')
    assert target.startswith("mg:Country ^rdfs:subClassOf* ?class")


def test_each_grouped_check_finds_the_rows_it_finds_alone():
    store = _every_example_broken()
    for group in GROUPS:
        together = rows_by_check(store, group)
        for check in group:
            alone = check.nodes(store)
            assert alone, f"{check.name}: its broken example should give it a row to find"
            assert _rows(together[check.name]) == _rows(alone), check.name


def test_a_group_finds_nothing_where_its_checks_find_nothing():
    for group in GROUPS:
        for check in group:
            store = EmbeddedStore(None)
            ontology = {g: q for g, q in reference_graphs().items() if g.value.endswith("/ontology")}
            store.replace_graphs({**ontology, DOC: _example(check, broken=False)})
            refresh_index(store)
            assert store.select(group_query(group)).rows == []


def test_run_checks_counts_as_the_checks_one_by_one():
    store = _every_example_broken()
    report = run_checks(store, evidence=False)
    assert report.counts == {name: len(check.nodes(store)) for name, check in CHECKS.items()}
