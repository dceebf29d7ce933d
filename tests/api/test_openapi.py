"""The OpenAPI document of the running server: valid, every route's parameters and answers
declared (so "Try it out" in /docs works and clients can be generated), and its examples run."""

from __future__ import annotations

import json

import httpx
import pytest

#: The statuses each route can answer besides 200, as the routes' code reads.
EXPECTED = {
    ("get", "/health"): {503},
    ("get", "/sparql"): {400, 406, 503},
    ("post", "/sparql"): {400, 406, 413, 415, 503},
    ("get", "/search"): {422, 503},
    ("get", "/mandates"): {300, 404, 422, 503},
    ("get", "/obligations"): {300, 404, 422, 503},
    ("get", "/queries/{name}"): {300, 404, 422, 503},
    ("get", "/resolutions/{session}/{number}"): {404, 422, 503},
    ("get", "/resolutions/{session}/{number}/lineage"): {404, 422, 503},
    ("get", "/resource"): {404, 422, 503},
    ("get", "/id/{path}"): {404, 422, 503},
    ("get", "/viz"): {300, 404, 422, 503},
}


@pytest.fixture(scope="module")
def document(api) -> dict:
    response = httpx.get(api + "/openapi.json", timeout=60)
    assert response.status_code == 200
    return response.json()


def operations(document: dict) -> dict[tuple[str, str], dict]:
    return {(method, path): operation for path, item in document["paths"].items() for method, operation in item.items()}


def resolve(document: dict, schema: dict) -> dict:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = document["components"]["schemas"][name]
    return schema


def test_the_document_is_valid_openapi(document):
    validator = pytest.importorskip("openapi_spec_validator", reason="openapi-spec-validator is in the test extras")
    errors = pytest.importorskip("openapi_spec_validator.validation.exceptions")
    assert validator.validate(document) is None  # raises on an invalid document
    # The same check refuses a document with a broken response (so it can fail):
    broken = json.loads(json.dumps(document))
    broken["paths"]["/mandates"]["get"]["responses"]["200"] = {"content": "not a map"}
    with pytest.raises(errors.OpenAPIValidationError):
        validator.validate(broken)


def test_every_route_declares_a_200_with_a_schema_and_the_errors_it_can_answer(document):
    found = operations(document)
    assert set(EXPECTED) <= set(found)
    for key, operation in found.items():
        responses = operation["responses"]
        ok = responses["200"]["content"]
        assert any(media.get("schema") for media in ok.values()), (key, ok)
        assert EXPECTED.get(key, set()) <= {int(status) for status in responses}, (key, sorted(responses))
        for status, response in responses.items():
            if status != "200":
                schema = resolve(document, response["content"]["application/json"]["schema"])
                assert "error" in schema["properties"], (key, status)
    ambiguous = resolve(document, found[("get", "/mandates")]["responses"]["300"]["content"]["application/json"]["schema"])
    assert "candidates" in ambiguous["required"]


def test_sparql_declares_its_protocol_parameters_and_bodies(document):
    found = operations(document)
    get = {p["name"]: p for p in found[("get", "/sparql")]["parameters"]}
    assert get["query"]["required"] and get["query"]["in"] == "query"
    for name in ("default-graph-uri", "named-graph-uri"):
        assert get[name]["schema"]["type"] == "array" and get[name]["explode"]
    post = found[("post", "/sparql")]
    assert {p["name"] for p in post["parameters"]} == {"default-graph-uri", "named-graph-uri"}
    bodies = post["requestBody"]["content"]
    assert bodies["application/sparql-query"]["schema"]["type"] == "string"
    form = bodies["application/x-www-form-urlencoded"]["schema"]
    assert form["required"] == ["query"] and {"default-graph-uri", "named-graph-uri"} <= set(form["properties"])
    answers = found[("get", "/sparql")]["responses"]["200"]["content"]
    assert {"application/sparql-results+json", "text/csv", "text/turtle", "application/ld+json"} <= set(answers)


def test_the_sparql_examples_run_as_try_it_out_sends_them(api, document):
    found = operations(document)
    example = next(p for p in found[("get", "/sparql")]["parameters"] if p["name"] == "query")["example"]
    by_get = httpx.get(api + "/sparql", params={"query": example}, headers={"Accept": "application/sparql-results+json"},
                       timeout=60)
    assert by_get.status_code == 200 and by_get.json()["results"]["bindings"]
    bodies = found[("post", "/sparql")]["requestBody"]["content"]
    direct = httpx.post(api + "/sparql", content=bodies["application/sparql-query"]["example"], timeout=60,
                        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    form = httpx.post(api + "/sparql", data=bodies["application/x-www-form-urlencoded"]["example"], timeout=60,
                      headers={"Accept": "application/sparql-results+json"})
    assert direct.status_code == form.status_code == 200 and direct.json() == form.json() == by_get.json()
