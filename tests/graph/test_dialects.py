"""The Virtuoso dialect sends ``mg:paragraphOf+`` as the union of its chains, with the same rows."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.build import add_documents, build
from graph.dialects import Sparql11, Virtuoso, bounded_paths
from graph.store import EmbeddedStore
from ontology.namespaces import MG
from queries.library import load_library
from tests.conftest import SHARED_CORPUS, resolution_79_325

PREFIX = f"PREFIX mg: <{MG.paragraphOf.value.rsplit('#', 1)[0]}#>\n"


def test_a_path_between_two_variables_becomes_the_union_of_its_chains():
    text = PREFIX + "SELECT * WHERE { ?p mg:paragraphOf+ ?i . ?p mg:number ?n }"
    assert bounded_paths(text, {MG.paragraphOf.value: 3}) == PREFIX + (
        "SELECT * WHERE { { ?p mg:paragraphOf ?i } UNION { ?p mg:paragraphOf/mg:paragraphOf ?i } "
        "UNION { ?p mg:paragraphOf/mg:paragraphOf/mg:paragraphOf ?i } . ?p mg:number ?n }")


def test_a_path_followed_by_more_predicates_keeps_its_subject_for_them():
    text = PREFIX + "SELECT * WHERE { ?p mg:paragraphOf+ <x:i> ; mg:number ?n . }"
    assert bounded_paths(text, {MG.paragraphOf.value: 2}).endswith(
        "{ { ?p mg:paragraphOf <x:i> } UNION { ?p mg:paragraphOf/mg:paragraphOf <x:i> } ?p mg:number ?n . }")


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?p mg:follows+ ?i }",  # not a bounded property
    "SELECT * WHERE { ?p mg:paragraphOf* ?i }",  # zero or more: not rewritten
    "SELECT * WHERE { ?p mg:paragraphOf+ ?i , ?j }",  # an object list
    "SELECT * WHERE { ?p (mg:paragraphOf)+ ?i }",
])
def test_other_paths_are_left_as_written(text):
    assert bounded_paths(PREFIX + text, {MG.paragraphOf.value: 3}) == PREFIX + text


def test_only_the_virtuoso_dialect_rewrites():
    text = PREFIX + "SELECT * WHERE { ?p mg:paragraphOf+ ?i }"
    assert Sparql11().query(text) == text
    assert "UNION" in Virtuoso().query(text) and "+" not in Virtuoso().query(text)


@pytest.fixture(scope="module")
def seeds() -> EmbeddedStore:
    """The seeds, and A/RES/79/325 (whose points and sub-points make chains of 2 and 3 steps)."""
    store = EmbeddedStore(None)
    assert build(store, check=False).ok
    if (SHARED_CORPUS / "akn").is_dir():
        assert add_documents(store, resolution_79_325(SHARED_CORPUS)).ok
    return store


@pytest.mark.parametrize("name", sorted(n for n, q in load_library().items() if "mg:paragraphOf+" in q.body))
def test_every_path_query_gives_the_same_rows_as_the_union_virtuoso_gets(seeds, name):
    query = load_library()[name]
    values = query.bindings({p.name: p.example for p in query.params.values()})
    union = Virtuoso().query(query.text)
    assert "mg:paragraphOf+" not in union
    as_written = sorted(map(repr, seeds.select(query.text, values).rows))
    assert as_written == sorted(map(repr, seeds.select(union, values).rows))


def test_the_seeds_have_no_paragraph_chain_longer_than_the_dialect_expands(seeds):
    longer = "/".join(["mg:paragraphOf"] * (Virtuoso.bounded_paths[MG.paragraphOf.value] + 1))
    assert not seeds.select(PREFIX + f"ASK {{ ?p {longer} ?i }}").boolean
    if (SHARED_CORPUS / "akn").is_dir():
        assert seeds.select(PREFIX + "ASK { ?p mg:paragraphOf/mg:paragraphOf ?i }").boolean


def test_a_value_that_is_not_an_iri_is_not_written_into_a_path():
    text = Virtuoso().bind(PREFIX + "SELECT ?p WHERE { ?p mg:paragraphOf+ ?i }", {"i": ox.Literal("x")})
    assert "{ ?p mg:paragraphOf ?i }" in Virtuoso().query(text)
