"""A query's text at a git revision against the working tree's, row by row."""

from __future__ import annotations

from dataclasses import replace

from benchmarks.rewrite_compare import compare, query_at
from queries.library import load_library

R79_325 = "https://w3id.org/mandate-graph/id/instrument/A/RES/79/325"


def test_the_same_text_gives_the_same_rows_and_a_changed_one_is_told(bilingual_store, tmp_path):
    query = load_library()["obligations"]
    at_head = query_at("obligations", "HEAD", tmp_path)
    params = {"instrument": R79_325, "lang": "fr"}
    result = compare(at_head, query, bilingual_store, params)
    assert result["rows"] > 0 and result["same"] and result["same_order"]
    # The French quote asked for in English: the rows differ.
    changed = replace(query, body=query.body.replace('IF(LANG(?quote0) = ?lang, "0", "1")', 'IF(LANG(?quote0) = "en", "0", "1")'))
    assert changed.body != query.body
    assert not compare(query, changed, bilingual_store, params)["same"]
