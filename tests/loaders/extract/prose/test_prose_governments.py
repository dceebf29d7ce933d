"""A government named by its people's adjective is its state (loaders/extract/prose/prose_governments.py)."""

import pytest

from loaders.extract.prose.prose_governments import state_of_government
from loaders.registry import load_registry


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize(("name", "lang", "state"), [
    ("Gouvernement tunisien", "fr", "country-TN"),  # prose-dev5 (itu.int): "accueillie par le Gouvernement tunisien"
    ("gouvernement français", "fr", "country-FR"),  # prose-dev4 (ambafrance): "organisé par le gouvernement français"
    ("le gouvernement indonésien", "fr", "country-ID"),  # the longest shared beginning: Indonésie, not Inde
    ("Tunisian government", "en", "country-TN"),
])
def test_the_adjective_names_the_state(registry, name, lang, state):
    assert state_of_government(name, lang, registry).key == state


@pytest.mark.parametrize(("name", "lang"), [
    ("gouvernement national", "fr"), ("gouvernement hôte", "fr"), ("host government", "en"),
    ("Gouvernement du Kenya", "fr"),  # the state written by its name is the registry's to find
])
def test_an_adjective_of_no_state_names_none(registry, name, lang):
    assert state_of_government(name, lang, registry) is None
