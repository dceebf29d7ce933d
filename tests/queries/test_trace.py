import pytest

from queries.trace import Ambiguous, NotFound, find_entity, trace_json

B = "https://w3id.org/mandate-graph/id/"


def _by_symbol(answer):
    return {m["instrument"]["symbol"]: m for m in answer["mandates"]}


def test_global_dialogue_traces_to_79_325_with_the_sentence(built_store):
    node = find_entity(built_store, "dialogue mondial sur la gouvernance de l'IA")
    chains = _by_symbol(trace_json(built_store, node))
    chain = chains["A/RES/79/325"]
    assert chain["path"] == [{"from": node, "property": "https://w3id.org/mandate-graph/ontology#mandatedBy",
                              "to": B + "instrument/A/RES/79/325"}]
    # The curated sentence and the extractor's span of it, both from the ITU report.
    assert any(e["quote"].startswith("L'UIT fait partie du secrétariat conjoint") for e in chain["evidence"])
    assert any("en application de sa Résolution 79/325" in e["quote"] for e in chain["evidence"])
    assert all(e["document"].endswith("003_12d49f0f1eeb1cd5") for e in chain["evidence"])
    assert all(e["document_kind"] == "prose" for e in chain["evidence"])
    assert all(e["document_title"].startswith("RAPPORT SUR LA RÉSOLUTION 214 (BUCAREST, 2022)") for e in chain["evidence"])


def test_every_source_document_has_a_title_and_a_kind_read_from_its_text(built_store):
    rows = built_store.select("""
        PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
        PREFIX dct: <http://purl.org/dc/terms/>
        SELECT ?doc ?title ?kind WHERE { GRAPH ?doc { ?doc a mg:SourceDocument ; mg:documentKind ?kind
                                                      OPTIONAL { ?doc dct:title ?title } } }""").rows
    titles = {row["doc"].value.rsplit("/", 1)[1]: (row["kind"].value, row["title"].value if "title" in row else None)
              for row in rows}
    assert titles["002_3873a665861c47a8"] == (
        "resolution", "A/RES/78/311 — Intensifier la coopération internationale en matière de renforcement des "
                      "capacités dans le domaine de l'intelligence artificielle")
    assert titles["001_c91a7ce5ab5dd04f"][0] == "tracker"
    assert titles["001_c91a7ce5ab5dd04f"][1].startswith("Objectif 5.9 — Nous soulignons qu’il importe")
    assert titles["000_de6332f6ce3bed7e"][1].startswith("Nous utiliserons les mécanismes existants")
    assert titles["004_c14fabae583efbe4"] == ("prose", "Déclaration du Sommet pour l'action sur l'intelligence "
                                                       "artificielle (Paris, 2025)")
    assert all(title for _, title in titles.values()), titles


def test_inter_agency_working_group_traces_to_80_173_and_79_325(built_store):
    chains = _by_symbol(trace_json(built_store, find_entity(built_store, "IAWG-AI")))
    assert {"A/RES/80/173", "A/RES/79/325"} <= set(chains)
    assert any("le Groupe GTI-IA est chargé" in e["quote"] for e in chains["A/RES/80/173"]["evidence"])


def test_scientific_panel_traces_to_79_325(built_store):
    chains = _by_symbol(trace_json(built_store, find_entity(built_store, "Scientific Panel on AI")))
    assert "A/RES/79/325" in chains


def test_event_traces_through_its_process(built_store):
    chains = _by_symbol(trace_json(built_store, B + "entity/global-dialogue-2026"))
    assert [h["property"].rsplit("#", 1)[1] for h in chains["A/RES/79/325"]["path"]] == ["partOf", "mandatedBy"]


def test_compact_milestone_traces_to_the_pact_resolution(built_store):
    answer = trace_json(built_store, B + "tracker/000_de6332f6ce3bed7e/milestone/5")
    chains = _by_symbol(answer)
    assert chains["A/RES/79/1, annex I"]["paragraph"]["number"] == "61"
    assert [h["property"].rsplit("#", 1)[1] for h in chains["A/RES/79/1"]["path"]] == ["milestoneOf", "paragraphOf", "annexOf"]
    assert chains["A/RES/79/1"]["evidence"][0]["quote"] == "Étape 5 | échéance fixée au 31 décembre 2025"


def test_ambiguous_and_unknown_texts(built_store):
    with pytest.raises(Ambiguous) as caught:
        find_entity(built_store, "Sommet")
    assert len(caught.value.candidates) > 1
    with pytest.raises(NotFound):
        find_entity(built_store, "zzz nothing")
    with pytest.raises(NotFound):
        find_entity(built_store, "https://example.org/none")


@pytest.mark.parametrize("start", ["entity/global-dialogue-ai-governance", "entity/iawg-ai"])
def test_each_hop_carries_only_the_evidence_of_its_own_fact(built_store, start):
    """The tracer asks a hop's evidence by subject and predicate: a quote for another object
    of the same subject and predicate must not leak into the hop."""
    from pyoxigraph import Literal, NamedNode

    from queries.trace import trace

    mandates = trace(built_store, B + start)
    hops = [hop for mandate in mandates for hop in mandate.path]
    assert any(hop.evidence for hop in hops)
    for hop in hops:
        for evidence in hop.evidence:
            stated = built_store.select(
                "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                "ASK WHERE { ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; oa:exact ?quote . FILTER (STR(?quote) = ?q) }",
                {"s": NamedNode(hop.source), "p": NamedNode(hop.property), "o": NamedNode(hop.target),
                 "q": Literal(evidence.quote)})
            assert stated.boolean, (hop, evidence.quote)
