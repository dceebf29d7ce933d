"""Obligations read in small bound steps are the ``obligations`` query's rows: every column, the
labels and quotes it picks, and its order, from an instrument, an assignee or a session, whatever
else is bound."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pyoxigraph import Literal, NamedNode

from graph.store import EmbeddedStore
from queries.library import ParameterError, load_library, prefix_block
from queries.stepped_obligations import every_obligation, obligations_result, paragraphs_under, stepped_obligations
from queries.stepped_runs import is_stepped, run_query

B = "https://w3id.org/mandate-graph/id/"
SG = B + "entity/secretary-general"
OBLIGATIONS = load_library()["obligations"]


def _comparable(rows) -> list[dict]:
    """Every column of every row in order, labels and quotes with their language."""
    return [{k: (v.value, getattr(v, "language", None)) for k, v in row.items()} for row in rows]


def _evaluated(store, **params) -> list[dict]:
    return OBLIGATIONS.run(store, params).rows


def _read(store, **params) -> list[dict]:
    return obligations_result(store, OBLIGATIONS.bindings(params)).rows


def _instruments(store) -> list[str]:
    rows = store.select(prefix_block() + """SELECT DISTINCT ?instrument WHERE {
        ?deliverable mg:mandatedBy ?paragraph . ?paragraph mg:paragraphOf+ ?instrument }""").rows
    return sorted(row["instrument"].value for row in rows)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_instrument_gives_the_querys_rows_in_its_order(bilingual_store, lang):
    instruments = _instruments(bilingual_store)
    assert B + "instrument/A/RES/79/325" in instruments and B + "instrument/A/RES/78/311" in instruments
    for instrument in instruments:
        evaluated = _evaluated(bilingual_store, instrument=instrument, lang=lang)
        assert _comparable(_read(bilingual_store, instrument=instrument, lang=lang)) == _comparable(evaluated), instrument


@pytest.mark.parametrize("params", [{"kind": "report"}, {"kind": "body"}, {"session": "80"}, {"session": "81"},
                                    {"assignee": SG}, {"assignee": SG, "kind": "report", "session": "80"},
                                    {"assignee": B + "entity/member-states", "lang": "fr"}])
@pytest.mark.parametrize("symbol", ["A/RES/78/311", "A/RES/79/325"])
def test_the_other_filters_keep_the_rows_the_query_keeps(bilingual_store, symbol, params):
    given = {"instrument": B + "instrument/" + symbol, **params}
    assert _comparable(_read(bilingual_store, **given)) == _comparable(_evaluated(bilingual_store, **given))


@pytest.mark.parametrize("params", [{"assignee": SG}, {"assignee": SG, "kind": "report", "lang": "fr"},
                                    {"assignee": SG, "session": "80"},
                                    {"assignee": B + "entity/member-states"}, {"session": "80"}, {"session": "80", "lang": "fr"},
                                    {"session": "80", "kind": "report"}])
def test_without_an_instrument_the_rows_are_the_querys_too(bilingual_store, params):
    evaluated = _evaluated(bilingual_store, **params)
    assert evaluated and _comparable(_read(bilingual_store, **params)) == _comparable(evaluated)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_obligation_is_the_query_with_nothing_bound_but_the_language(bilingual_store, lang):
    # What the build keeps per assignee: the query run for the whole graph (past its needs_one_of).
    evaluated = bilingual_store.select(OBLIGATIONS.text, {"lang": Literal(lang)}).rows
    assert len(evaluated) > 50 and _comparable(every_obligation(bilingual_store, lang)) == _comparable(evaluated)


def test_a_kind_alone_is_refused_as_the_query_refuses_it(built_store):
    with pytest.raises(ParameterError, match="needs one of instrument, assignee, session"):
        run_query(built_store, OBLIGATIONS, {"kind": "report"})


def test_some_filters_keep_rows_and_some_keep_none(bilingual_store):
    instrument = B + "instrument/A/RES/78/311"
    everything = _read(bilingual_store, instrument=instrument)
    reports = _read(bilingual_store, instrument=instrument, kind="report")
    assert everything and reports and len(reports) < len(everything)
    assert all(row["kind"].value == "report" for row in reports)
    assert _read(bilingual_store, instrument=instrument, session="1") == []


def test_the_paragraphs_under_an_instrument_are_its_paragraph_path(bilingual_store):
    instrument = B + "instrument/A/RES/79/325"
    path = bilingual_store.select(prefix_block() + f"SELECT DISTINCT ?p WHERE {{ ?p mg:paragraphOf+ <{instrument}> }}").rows
    found = paragraphs_under(bilingual_store, NamedNode(instrument))
    assert len(found) == len(set(found)) and set(found) == {row["p"] for row in path}
    direct = bilingual_store.select(prefix_block() + f"SELECT DISTINCT ?p WHERE {{ ?p mg:paragraphOf <{instrument}> }}").rows
    assert len(found) > len(direct) > 0  # its points too


def _mandate(paragraph: str, deliverable: str, extra: str = "") -> str:
    return f"""<{B}{paragraph}> mg:number "{paragraph[-1]}" ; mg:hasActionClause <{B}{paragraph}/clause> .
        <{B}{paragraph}/clause> mg:deliverable <{B}{deliverable}> ; mg:action <{B}test/requests> .
        <{B}{deliverable}> mg:mandatedBy <{B}{paragraph}> ; mg:assignee <{SG}> ; mg:deliverableKind <{B}test/report> ;
            rdfs:label "{deliverable}"@en {extra} ."""


def test_points_positions_and_due_sessions_as_the_query_groups_and_orders_them():
    # Sub-points two levels down, a paragraph with two positions (its rows twice), one with none
    # (first), a deliverable due at two sessions (one row each, both kept by either session).
    store = EmbeddedStore(None)
    store.update(prefix_block() + f"""INSERT DATA {{ GRAPH <{B}document/test> {{
        <{B}test/requests> skos:prefLabel "requests"@en ; mg:strength 3 .
        <{B}test/report> skos:notation "report" .
        <{B}X/para/1> mg:paragraphOf <{B}X> ; mg:position 2, 5 .
        <{B}X/para/2> mg:paragraphOf <{B}X> .
        <{B}X/para/3> mg:paragraphOf <{B}X/para/1> ; mg:position 1 .
        <{B}X/para/4> mg:paragraphOf <{B}X/para/3> ; mg:position 3 .
        {_mandate("X/para/1", "d/one", "; mg:dueSession 80, 81")}
        {_mandate("X/para/2", "d/two")}
        {_mandate("X/para/3", "d/three", "; mg:dueSession 81")}
        {_mandate("X/para/4", "d/four")}
        {_mandate("Y/para/9", "d/nowhere", "; mg:dueSession 81")}
    }} }}""")
    # Y/para/9 is a paragraph of nothing: the query's mg:paragraphOf+ leaves it out, by assignee too.
    for params in ({"instrument": B + "X"}, {"instrument": B + "X", "session": "81"},
                   {"instrument": B + "X", "session": "80"}, {"instrument": B + "X", "lang": "fr"},
                   {"assignee": SG}, {"session": "81"}):
        given = dict(params)
        read, evaluated = _read(store, **given), _evaluated(store, **given)
        assert read and _comparable(read) == _comparable(evaluated), params
    numbers = [row["number"].value for row in _read(store, instrument=B + "X")]
    assert numbers == ["2", "3", "1", "1", "4", "1", "1"]


def test_a_run_by_name_is_stepped_and_gives_the_querys_result(built_store):
    values = {"instrument": B + "instrument/A/RES/78/311"}
    assert is_stepped(OBLIGATIONS) and not is_stepped(load_library()["mandates-of"])
    assert not is_stepped(replace(OBLIGATIONS, body=OBLIGATIONS.body + "\n# changed\n"))
    stepped, evaluated = run_query(built_store, OBLIGATIONS, values), OBLIGATIONS.run(built_store, values)
    assert stepped.variables == evaluated.variables and _comparable(stepped.rows) == _comparable(evaluated.rows)
    cut, evaluated_cut = (run(built_store, OBLIGATIONS, values, max_rows=3)
                          for run in (run_query, lambda s, q, v, max_rows: q.run(s, v, max_rows=max_rows)))
    assert cut.truncated and evaluated_cut.truncated and _comparable(cut.rows) == _comparable(evaluated_cut.rows)


def test_an_instrument_with_no_mandates_gives_no_rows(built_store):
    assert stepped_obligations(built_store, instrument=NamedNode(B + "instrument/A/RES/1/1")) == []
    assert stepped_obligations(built_store, assignee=NamedNode(B + "entity/nobody")) == []
