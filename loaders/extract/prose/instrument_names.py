"""Instruments cited by name in prose ("in line with the 2030 Agenda for Sustainable Development",
« le Plan d'action de coopération numérique »), from the names the corpus's own footnotes give
them (``corpus/registry/instrument_names.yaml``, written by ``scripts/mine_instrument_names.py``).

Names match in either language, whatever their case, accents, apostrophes, and the spaces or
hyphens between their words ("Roadmap for Digital Cooperation" is the "Road map for digital
cooperation" of A/74/821).

>>> [symbol for symbol, _, _ in named_instruments("The Addis Ababa Action Agenda also established a mechanism")]
['A/RES/69/313, annex']
>>> text = "in line with the Roadmap for Digital Cooperation and « le Programme de développement durable à l'horizon 2030 »"
>>> [(symbol, text[start:end]) for symbol, start, end in named_instruments(text)]
[('A/74/821', 'Roadmap for Digital Cooperation'), ('A/RES/70/1', "Programme de développement durable à l'horizon 2030")]
"""

from __future__ import annotations

import re
from functools import cache

from loaders.paths import REGISTRY_DIR
from loaders.text import fold
from loaders.trie_regex import trie_pattern

__all__ = ["named_instruments", "instrument_type"]

NAMES_FILE = REGISTRY_DIR / "instrument_names.yaml"
_SPACE = re.escape(" ")


#: An outcome named after the conference that adopted it, which prose names without the conference:
#: "Addis Ababa Action Agenda [of the Third International Conference on Financing for Development]",
#: « Engagement de Séville [issu de la quatrième Conférence internationale ...] ».
_CONFERENCE_OUTCOME = re.compile(r"^(?P<short>\S+(?:\s+\S+)+?)\s+(?:of\s+the\s+\w+\s+(?:International|World|United\s+Nations)\s+"
                                 r"(?:Conference|Summit)|issue?\s+de\s+la\s+\w+\s+(?:Conférence|Sommet))\b")


def _names(entry: dict) -> list[str]:
    """An entry's label and aliases in both languages, and the short names of conference outcomes."""
    aliases = entry.get("aliases") or {}
    names = [*entry["label"].values(), *(name for lang in ("en", "fr") for name in aliases.get(lang, []))]
    return names + [m.group("short") for name in names if (m := _CONFERENCE_OUTCOME.match(name))]


@cache
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    """The names' pattern (spaces and hyphens optional between words) and squeezed folded name -> symbol."""
    from loaders.registry import _read_yaml  # the registry's reader: bounded, UTF-8, errors with file and line

    symbols: dict[str, str] = {}
    folded_names: set[str] = set()
    for entry in _read_yaml(NAMES_FILE).values():
        for name in (variant for name in map(fold, _names(entry)) for variant in _preposition_variants(name)):
            folded_names.add(name)
            symbols.setdefault(_squeezed(name), entry["symbol"])
    pattern = trie_pattern(sorted(folded_names))
    return re.compile(r"\b(?:" + pattern.replace(_SPACE, r"[\s-]*") + r")\b"), symbols


def _preposition_variants(folded: str) -> list[str]:
    """A name and the same name with "for" and "on" exchanged, as prose writes them: the "Roadmap
    on Digital Cooperation" is the Roadmap for Digital Cooperation."""
    swapped = re.sub(r" (for|on) ", lambda m: " on " if m.group(1) == "for" else " for ", folded)
    return [folded] if swapped == folded else [folded, swapped]


def _squeezed(folded: str) -> str:
    return re.sub(r"[\s-]+", "", folded)


def named_instruments(text: str) -> list[tuple[str, int, int]]:
    """(symbol, start, end) of every instrument ``text`` names, longest names first where they overlap."""
    pattern, symbols = _table()
    folded = fold(text)
    return [(symbols[_squeezed(m.group())], m.start(), m.end()) for m in pattern.finditer(folded)]


def instrument_type(symbol: str) -> str:
    """A whole General Assembly resolution is a ``GAResolution``; an annex or a document an ``Instrument``."""
    return "GAResolution" if re.fullmatch(r"A/RES/[\w ()/-]+", symbol) else "Instrument"
