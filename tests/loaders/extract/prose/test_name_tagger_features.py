"""The tagger's tokens and features (loaders/extract/prose/name_tagger_features.py), on real sentences of
the development sets in English and French."""

from __future__ import annotations

from loaders.extract.prose.name_tagger_features import token_features, tokens

# prose-dev7.yaml, unpress-fr-groupe-travail-gouvernance-internet
FRENCH = "Kofi Annan, a annoncé aujourd'hui l'établissement d'un Groupe de travail sur la gouvernance de l'Internet."
# prose-dev4.yaml, iisd-technology-bank-71-l52
ENGLISH = "23 December 2016: The UN General Assembly (UNGA) adopted a draft resolution on the ‘Establishment of the Technology Bank"


def _words(text: str) -> list[str]:
    return [text[s:e] for s, e in tokens(text, 0, len(text))]


def test_french_elided_articles_are_tokens_of_their_own():
    words = _words(FRENCH)
    assert words[words.index("Groupe") - 2:words.index("Groupe")] == ["d'", "un"]
    assert words[-3:] == ["l'", "Internet", "."]
    assert "aujourd'hui" in words  # an apostrophe inside a word keeps it whole


def test_a_head_noun_is_marked_and_the_words_before_it_see_it_ahead():
    spans = tokens(FRENCH, 0, len(FRENCH))
    words = _words(FRENCH)
    features = token_features(FRENCH, spans, "fr")
    groupe = words.index("Groupe")
    assert "head" in features[groupe] and "title" in features[groupe] and "lang=fr" in features[groupe]
    assert "head_ahead" in features[groupe - 1]  # "un" before "Groupe"
    assert "join" in features[groupe + 1] and "head_behind" in features[groupe + 1]  # "de" after it
    assert "head_ahead" not in features[0]  # "Kofi": a comma stands between it and the head


def test_years_brackets_and_months_are_marked_in_english():
    spans = tokens(ENGLISH, 0, len(ENGLISH))
    words = _words(ENGLISH)
    features = token_features(ENGLISH, spans, "en")
    assert "year" in features[words.index("2016")] and "month" in features[words.index("December")]
    assert "bracketed" in features[words.index("UNGA")] and "upper" in features[words.index("UNGA")]
    assert "bracketed" not in features[words.index("adopted")]
    assert "shape=XX" in features[words.index("UNGA")] and "shape=Xxx" in features[words.index("Technology")]
