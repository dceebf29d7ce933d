"""A government named by its people's adjective is its state: "le Gouvernement tunisien", "le
gouvernement français", "the French Government" are Tunisia and France (the labelled sets'
rule: a government is its state). The adjective is matched to the state whose name it shares
the longest beginning with ("tunisien" and Tunisie, "marocain" and Maroc, "indonésien" and
Indonésie rather than Inde), in the language of the text.

>>> from loaders.registry import load_registry
>>> registry = load_registry()
>>> [state_of_government(name, "fr", registry).key for name in ("Gouvernement tunisien", "gouvernement français")]
['country-TN', 'country-FR']
>>> state_of_government("Government of Kenya", "en", registry) is None  # the registry names the state itself
True
"""

from __future__ import annotations

import re
from functools import cache

from loaders.registry import Entity, Registry
from loaders.text import fold

__all__ = ["state_of_government"]

_GOVERNMENT = {"fr": re.compile(r"(?:le\s+|du\s+)?gouvernement\s+(?P<adjective>[a-z-]{4,})", re.IGNORECASE),
               "en": re.compile(r"(?:the\s+)?(?P<adjective>[a-z-]{4,})\s+government", re.IGNORECASE)}
#: The shortest beginning an adjective and a state's name must share.
_SHARED = 4


@cache
def _states(registry: Registry, lang: str) -> tuple[tuple[str, Entity], ...]:
    return tuple((fold(name), entity) for entity in registry.entities.values() if entity.iso is not None
                 for name in entity.names(lang) if " " not in name)


def _shared(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def state_of_government(name: str, lang: str, registry: Registry) -> Entity | None:
    """The state whose government ``name`` is, when it names it by an adjective; else None."""
    m = _GOVERNMENT[lang].fullmatch(fold(name.strip())) if lang in _GOVERNMENT else None
    if m is None:
        return None
    adjective = m.group("adjective")
    scored = sorted(((_shared(adjective, state), -len(state), entity) for state, entity in _states(registry, lang)),
                    key=lambda s: (s[0], s[1]), reverse=True)
    if not scored or scored[0][0] < min(_SHARED, len(adjective)) or (len(scored) > 1 and scored[1][0] == scored[0][0]
                                                                      and scored[1][2].key != scored[0][2].key):
        return None
    return scored[0][2]
