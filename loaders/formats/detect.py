"""Guess what a document is (resolution, tracker entry, prose) and its language."""

from __future__ import annotations

import re
from typing import Literal

from loaders.formats.tracker import looks_like_tracker

__all__ = ["TextKind", "detect_kind", "detect_lang", "LANGS"]

#: The kinds of plain-text document (the formats themselves are listed in :mod:`loaders.formats`).
TextKind = Literal["resolution", "tracker", "prose"]
LANGS: tuple[str, ...] = ("fr", "en")

_FR = re.compile(r"\b(le|la|les|des|du|et|en|pour|dans|sur|une|est|aux|qui)\b", re.I)
_EN = re.compile(r"\b(the|of|and|to|in|for|on|with|is|that|by|which|its)\b", re.I)
_RESOLUTION = re.compile(r"^(?:L['’]Assemblée générale,|The General Assembly,)\s*$", re.M)


def detect_lang(text: str) -> str:
    """``fr`` or ``en``, by counting common words.

    >>> detect_lang("Prie le Secrétaire général de lui présenter un rapport")
    'fr'
    """
    sample = text[:6000]  # a few hundred common words are plenty
    return "fr" if len(_FR.findall(sample)) >= len(_EN.findall(sample)) else "en"


def detect_kind(text: str) -> TextKind:
    if _RESOLUTION.search(text):
        return "resolution"
    if looks_like_tracker(text):
        return "tracker"
    return "prose"
