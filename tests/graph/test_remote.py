"""The same build and queries against a real Oxigraph server started on 127.0.0.1."""

import pytest

from graph.build import build
from graph.store import RemoteStore
from queries.library import load_library
from tests.oxigraph_server import oxigraph_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        yield base


def test_build_and_queries_against_a_real_oxigraph_server(server, built_store):
    remote = RemoteStore(server + "/query", server + "/update")
    report = build(remote)
    assert report.ok, report.failed
    assert len(remote) == len(built_store)
    query = load_library()["mandates"]
    params = {"activity": "https://w3id.org/mandate-graph/id/entity/iawg-ai"}
    rows = lambda store: sorted(tuple(sorted((k, v.value) for k, v in r.items())) for r in query.run(store, params).rows)
    assert rows(remote) == rows(built_store) and rows(remote)


def test_rebuilding_on_the_server_is_idempotent(server):
    remote = RemoteStore(server + "/query", server + "/update")
    build(remote)
    first = len(remote)
    build(remote)
    assert len(remote) == first


def test_a_read_only_remote_refuses_to_load(server):
    from graph.store import StoreError

    with pytest.raises(StoreError, match="read-only"):
        build(RemoteStore(server + "/query"))


def test_lineage_on_the_server_is_the_lineage_of_the_embedded_store(server, shared_corpus):
    """The lineage graph goes to a remote endpoint by SPARQL Update (INSERT DATA in chunks)."""
    from graph.build import add_documents
    from graph.store import EmbeddedStore
    from tests.graph.test_lineage import akn

    files = [akn(shared_corpus, s) for s in ("A/RES/77/54", "A/RES/78/35")]
    remote, embedded = RemoteStore(server + "/query", server + "/update"), EmbeddedStore(None)
    for store in (remote, embedded):
        assert add_documents(store, files).ok
    params = {"instrument": "https://w3id.org/mandate-graph/id/instrument/A/RES/78/35"}
    rows = lambda store: [{k: v.value for k, v in r.items()} for r in load_library()["lineage"].run(store, params).rows]
    assert rows(remote) == rows(embedded) and {r.get("change") for r in rows(remote)} == {"unchanged", "amended", "new"}
