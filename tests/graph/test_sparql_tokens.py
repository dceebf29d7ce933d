"""The tokenizer reads IRIs, strings, comments and names as the SPARQL grammar does, in linear time."""

import time

import pytest

from graph.sparql_tokens import SparqlLexError, iri_value, tokenize


def kinds(text):
    return [(t.kind, t.text) for t in tokenize(text)]


def test_an_iri_holding_a_hash_is_not_a_comment():
    assert kinds("<http://x/#a> SERVICE") == [("iri", "<http://x/#a>"), ("word", "SERVICE")]


def test_quotes_inside_iris_do_not_open_strings():
    assert [k for k, _ in kinds("<http://x/'> SERVICE <http://y/'>")] == ["iri", "word", "iri"]


def test_all_four_string_forms_with_escapes():
    text = """'a\\'b' "c\\"d" '''e''f''' \"\"\"g"h\"\"\" x"""
    assert [k for k, _ in kinds(text)] == ["string"] * 4 + ["word"]


def test_comments_and_spaces_are_left_out():
    assert kinds("SELECT # SERVICE <http://x/>\n?s") == [("word", "SELECT"), ("var", "?s")]


def test_keyword_glued_to_an_iri_is_two_tokens():
    assert kinds("SERVICE<http://x/>") == [("word", "SERVICE"), ("iri", "<http://x/>")]


def test_prefixed_names_variables_blank_nodes_numbers_and_operators():
    assert kinds("e:a.b. ?v $w _:b 1. 2.5e3 <= ^^xsd:int @fr-BE") == [
        ("pname", "e:a.b"), ("punct", "."), ("var", "?v"), ("var", "$w"), ("blank", "_:b"),
        ("number", "1"), ("punct", "."), ("number", "2.5e3"), ("punct", "<="), ("punct", "^^"),
        ("pname", "xsd:int"), ("langtag", "@fr-BE")]


def test_less_than_is_an_operator_when_no_iri_follows():
    assert kinds("?a<?b") == [("var", "?a"), ("punct", "<"), ("var", "?b")]


def test_iri_escapes_are_decoded():
    (token,) = tokenize("<http://127.0.0.1:\\u0039/>")
    assert iri_value(token) == "http://127.0.0.1:9/"


def test_a_string_that_does_not_end_is_an_error_with_its_position():
    with pytest.raises(SparqlLexError) as error:
        list(tokenize('SELECT *\n{ ?s ?p "open }'))
    assert (error.value.line, error.value.column) == (2, 9)


@pytest.mark.parametrize("unit", ["a.", "<a", "?", "SERVICE <", "'x' ", "a:", "_:", "1.", "PREFIX "])
def test_reading_is_linear_on_repeated_fragments(unit):
    small, large = unit * 20_000, unit * 80_000

    def best_of_five(text: str) -> float:
        # this process's CPU time, not the wall clock (other processes share the cores), and the
        # fastest of five runs (the others lost caches to a busy machine)
        times = []
        for _ in range(5):
            started = time.process_time()
            list(tokenize(text))
            times.append(time.process_time() - started)
        return min(times)

    # Four times the text: linear reading takes about 4×, quadratic 16×.
    assert best_of_five(large) < 10 * best_of_five(small) + 0.3
