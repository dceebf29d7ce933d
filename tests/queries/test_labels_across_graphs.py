"""A label stated in many document graphs names a node as when it is stated once.

The store's default graph is the union of the document graphs, so a post or a new agent labelled
in every document that names it (the Chair of ECOSOC: 35 graphs, 70 label rows on the corpus) has
one label row per graph. ``obligations``, ``relations``, ``first-relations``, ``evidence-in``,
``all-edges`` and ``edges`` read such labels by one pattern (ranked in the key, or any label only
where none is in the asked language), so the copies neither change a row nor multiply the rows a
query joins.
"""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from graph.store import EmbeddedStore
from queries.library import load_library

ENTITY = "https://w3id.org/mandate-graph/id/entity/"
R79_325 = "https://w3id.org/mandate-graph/id/instrument/A/RES/79/325"
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
CHAIR = ENTITY + "chair-of-ecosoc"
LIBRARY = load_library()


def _copy(store: EmbeddedStore) -> EmbeddedStore:
    copy = EmbeddedStore(None)
    copy.store.extend(store.store.quads_for_pattern(None, None, None, None))
    return copy


def _restate_labels(store: EmbeddedStore, nodes: set[str], graphs: int = 40) -> None:
    """Each node's labels stated again in ``graphs`` more document graphs."""
    for node in nodes:
        labels = {quad.object for quad in store.store.quads_for_pattern(NamedNode(node), RDFS_LABEL, None, None)}
        store.store.extend(Quad(NamedNode(node), RDFS_LABEL, label,
                                NamedNode(f"https://w3id.org/mandate-graph/id/document/restated-{i}"))
                           for label in labels for i in range(graphs))


def _rows(store: EmbeddedStore, name: str, **params: str) -> list[dict]:
    return LIBRARY[name].run(store, params).rows


def _add_chair_of_ecosoc(store: EmbeddedStore, deliverable: str) -> None:
    """The post as the loaders state it (loaders/extract/operative/posts.py) in the document naming it, made
    the assignee of one deliverable of A/RES/79/325 (no post is named there)."""
    store.update(f"""PREFIX mg: <https://w3id.org/mandate-graph/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA {{
        GRAPH mg:index {{ <{CHAIR}> mg:indexedType mg:Post }}
        GRAPH <https://w3id.org/mandate-graph/id/document/A_RES_76_1-test> {{
          <{CHAIR}> org:postIn <{ENTITY}ecosoc> ; rdfs:label "Chair of the Economic and Social Council"@en,
            "Président (Conseil économique et social)"@fr .
          <{deliverable}> mg:assignee <{CHAIR}> }} }}""")


@pytest.fixture(scope="module")
def stores(bilingual_store):
    """A/RES/79/325 in English and French as built, with a post as one deliverable's assignee; and
    the same with every assignee's and deliverable's labels stated in 40 more document graphs."""
    once, many = _copy(bilingual_store), _copy(bilingual_store)
    deliverable = _rows(once, "obligations", instrument=R79_325)[0]["deliverable"].value
    for store in (once, many):
        _add_chair_of_ecosoc(store, deliverable)
    rows = _rows(once, "obligations", instrument=R79_325)
    _restate_labels(many, {row["assignee"].value for row in rows} | {row["deliverable"].value for row in rows})
    return once, many


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_obligations_name_assignees_and_deliverables_as_when_labelled_once(stores, lang):
    once, many = stores
    rows = _rows(once, "obligations", instrument=R79_325, lang=lang)
    assert rows and all("assigneeLabel" in row for row in rows)
    assert _rows(many, "obligations", instrument=R79_325, lang=lang) == rows
    assignee = rows[0]["assignee"].value
    assert _rows(many, "obligations", assignee=assignee, lang=lang) == _rows(once, "obligations", assignee=assignee, lang=lang)


@pytest.mark.parametrize("name", ["relations", "first-relations"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_relations_name_neighbours_as_when_labelled_once(stores, name, lang):
    once, many = stores
    deliverable = _rows(once, "obligations", assignee=CHAIR)[0]["deliverable"].value
    for node in (deliverable, ENTITY + "ecosoc"):
        rows = _rows(once, name, node=node, lang=lang)
        assert any(row["property"].value.endswith(("#assignee", "#postIn")) and "valueLabel" in row for row in rows)
        assert _rows(many, name, node=node, lang=lang) == rows


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_evidence_names_subjects_and_objects_as_when_labelled_once(stores, lang):
    once, many = stores
    documents = {row["document"].value for row in once.select(
        "SELECT DISTINCT ?document { ?evidence <http://www.w3.org/ns/prov#wasDerivedFrom> ?document }").rows}
    assert len(documents) >= 2  # A/RES/79/325 in English and in French
    labelled = 0
    for document in sorted(documents):
        rows = _rows(once, "evidence-in", document=document, lang=lang)
        labelled += sum("/deliverable/" in row["subject"].value and "subjectLabel" in row for row in rows)
        assert _rows(many, "evidence-in", document=document, lang=lang) == rows
    assert labelled  # deliverables, whose labels the second store restates, are named


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_all_edges_name_both_ends_as_when_labelled_once(stores, lang):
    once, many = stores
    key = lambda row: sorted((k, str(v)) for k, v in row.items())  # noqa: E731 (all-edges has no ORDER BY)
    rows = sorted(map(key, _rows(once, "all-edges", lang=lang)))
    assert any(dict(row)["source"] == f"<{CHAIR}>" and "sourceLabel" in dict(row) for row in rows)
    assert sorted(map(key, _rows(many, "all-edges", lang=lang))) == rows


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_edges_name_a_body_s_posts_as_when_labelled_once(stores, lang):
    once, many = stores
    rows = _rows(once, "edges", node=ENTITY + "ecosoc", lang=lang)
    chair = [row for row in rows if row["other"].value == CHAIR]
    assert chair and chair[0]["otherLabel"].language == lang
    key = lambda row: sorted((k, str(v)) for k, v in row.items())  # noqa: E731 (edges has no ORDER BY)
    assert sorted(map(key, _rows(many, "edges", node=ENTITY + "ecosoc", lang=lang))) == sorted(map(key, rows))


@pytest.mark.parametrize("graphs", [1, 40])
def test_the_label_in_the_asked_language_ranks_first_else_the_least_by_tag(bilingual_store, graphs):
    store = _copy(bilingual_store)
    deliverable = _rows(store, "obligations", instrument=R79_325)[0]["deliverable"].value
    _add_chair_of_ecosoc(store, deliverable)
    store.update("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA { GRAPH "
                 f"<https://w3id.org/mandate-graph/id/document/A_RES_76_1-test> {{ <{CHAIR}> rdfs:label "
                 '"Vorsitz des Wirtschafts- und Sozialrats"@de }}')
    if graphs > 1:
        _restate_labels(store, {CHAIR}, graphs)
    expected = {"en": Literal("Chair of the Economic and Social Council", language="en"),
                "fr": Literal("Président (Conseil économique et social)", language="fr"),
                "es": Literal("Vorsitz des Wirtschafts- und Sozialrats", language="de")}  # "de" < "en" < "fr"
    for lang, label in expected.items():
        rows = _rows(store, "obligations", assignee=CHAIR, lang=lang)
        assert rows and {row["assigneeLabel"] for row in rows} == {label}
        for name in ("relations", "first-relations"):
            relations = _rows(store, name, node=deliverable, lang=lang)
            assert {row["valueLabel"] for row in relations if row["value"].value == CHAIR} == {label}
        all_edges = _rows(store, "all-edges", lang=lang)
        assert {row["sourceLabel"] for row in all_edges if row["source"].value == CHAIR} == {label}
        # edges keeps MIN of the labels themselves, the least by text where none is in the asked language.
        edges = _rows(store, "edges", node=ENTITY + "ecosoc", lang=lang)
        least = label if lang != "es" else expected["en"]
        assert {row["otherLabel"] for row in edges if row["other"].value == CHAIR} == {least}
