"""Tokens of a sentence and the features the learned activity-name tagger reads on them.

The features say what a word looks like, never which labelled name it belongs to: its shape
and capitalisation, its lower-cased form, prefixes and suffixes, whether it is an activity head
noun of the rules' lexicon (:data:`loaders.extract.prose.prose_terms.HEADS`), a joining word ("of",
"for", "de", "pour"), a bracket, a year, an ordinal or a month, the language of the text, and
the same few facts about its neighbours. A head noun a few words ahead or behind (before a
comma or a full stop) tells the words of a name from those around it.

>>> text = "The Working Group on Enhanced Cooperation met."
>>> [text[s:e] for s, e in tokens(text, 0, len(text))]
['The', 'Working', 'Group', 'on', 'Enhanced', 'Cooperation', 'met', '.']
>>> "head" in token_features(text, tokens(text, 0, len(text)), "en")[2]
True
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_terms import HEADS
from loaders.text import fold

__all__ = ["TOKEN", "token_features", "tokens"]

#: A word (with inner hyphens, dots or apostrophes: "AI-ready", "U.N.", "aujourd'hui"), a French
#: elided article or preposition on its own ("l'", "d'"), or one other character.
TOKEN = re.compile(r"(?:[lLdDjJnNsScC]|[Qq]u)['’](?=\w)|\w+(?:[-.'’]\w+)*|[^\w\s]")
#: Single words of the rules' activity head nouns, folded ("working group" gives "group").
_HEAD_WORDS = frozenset(word for head in HEADS for word in head.split() if len(word) > 2
                        and word not in {"task", "round", "table", "expert", "working"}) | {"session", "commission", "committee",
                                                                                              "council", "assembly", "conference"}
_JOINERS = frozenset({"of", "for", "on", "and", "in", "to", "the", "de", "du", "des", "d'", "pour", "sur", "et", "la", "le",
                      "les", "l'", "en", "a", "au", "aux", "with", "avec"})
_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l'", "un", "une", "this", "its", "their", "ce", "cette"})
_ORDINAL = re.compile(r"(?:\d+(?:st|nd|rd|th|e|er|ere|ème|eme)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                      r"tenth|inaugural|annual|premier|première|premiere|deuxième|deuxieme|troisième|troisieme|"
                      r"quatrième|quatrieme|cinquième|cinquieme|annuel|annuelle)$", re.IGNORECASE)
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
                     "septembre", "octobre", "novembre", "decembre"})
_STOPS = frozenset({",", ".", ";", ":", "!", "?"})
#: How far ahead or behind a head noun counts as near.
_REACH = 6


def tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The tokens of ``text[start:end]`` as (start, end) offsets in ``text``."""
    return [(m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


def _shape(word: str) -> str:
    shape = re.sub(r"[A-ZÀ-Ý]", "X", word)
    shape = re.sub(r"[a-zß-ÿ]", "x", shape)
    shape = re.sub(r"\d", "d", shape)
    return re.sub(r"(.)\1+", r"\1\1", shape)[:6]


def _word_facts(word: str) -> dict[str, bool | str]:
    folded = fold(word).replace("’", "'")
    return {
        "lower": folded,
        "shape": _shape(word),
        "title": word[:1].isupper() and not word.isupper(),
        "upper": word.isupper() and len(word) > 1,
        "head": folded in _HEAD_WORDS or folded.rstrip("s") in _HEAD_WORDS,
        "join": folded in _JOINERS,
        "article": folded in _ARTICLES,
        "year": bool(re.fullmatch(r"(?:19|20)\d\d", word)),
        "digit": word.isdigit(),
        "ordinal": bool(_ORDINAL.match(folded)),
        "month": folded in _MONTHS,
        "open": word in "([«“\"",
        "close": word in ")]»”\"",
        "stop": word in _STOPS,
    }


def _near(facts: list[dict[str, bool | str]], i: int, step: int) -> bool:
    """Whether a head noun is within :data:`_REACH` tokens of ``i`` in direction ``step``, before a stop."""
    j = i + step
    while 0 <= j < len(facts) and abs(j - i) <= _REACH and not facts[j]["stop"]:
        if facts[j]["head"]:
            return True
        j += step
    return False


def token_features(text: str, spans: list[tuple[int, int]], lang: str) -> list[list[str]]:
    """One list of feature strings per token of ``spans`` (a sentence of ``text``, in ``lang``)."""
    words = [text[s:e] for s, e in spans]
    facts = [_word_facts(w) for w in words]
    depth, inside = 0, []
    for f in facts:  # inside brackets: an acronym or a period, rarely a name's own words
        depth = max(0, depth + (f["open"] and f["lower"] == "(") - (f["close"] and f["lower"] == ")"))
        inside.append(depth > 0)
    out = []
    for i, (word, f) in enumerate(zip(words, facts)):
        lower = str(f["lower"])
        feats = ["bias", f"lang={lang}", f"w={lower}", f"p3={lower[:3]}", f"s3={lower[-3:]}", f"s2={lower[-2:]}",
                 f"shape={f['shape']}", f"len={min(len(word), 8)}"]
        feats += [name for name in ("title", "upper", "head", "join", "article", "year", "digit", "ordinal", "month",
                                    "open", "close", "stop") if f[name]]
        if inside[i]:
            feats.append("bracketed")
        if i == 0:
            feats.append("first")
        if _near(facts, i, 1):
            feats.append("head_ahead")
        if _near(facts, i, -1):
            feats.append("head_behind")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if not 0 <= j < len(facts):
                feats.append(f"{offset}:edge")
                continue
            g = facts[j]
            feats += [f"{offset}:w={g['lower']}", f"{offset}:shape={g['shape']}"]
            feats += [f"{offset}:{name}" for name in ("title", "upper", "head", "join", "stop", "year") if g[name]]
        if i > 0:
            feats.append(f"-1|0:{facts[i - 1]['lower']}|{lower}")
        out.append(feats)
    return out
