"""Points of a first-person lead, each with a verb of its own.

Declarations and compacts list what "we" do: "Recognizing the important advisory and advocacy
role that the United Nations should play with respect to future generations, we: (a) Take note
of the Secretary-General's proposal …; (b) Decide to convene an inclusive high-level plenary
meeting …; (c) Request the Secretary-General to present a report …" (A/RES/79/1, annex II,
32; « nous : a) Prenons note … ; b) Décidons de convoquer … »). Each point opens with the
scheme's first-person form without its subject ("We request" → "Request", "Nous prions" →
"Prions"), and that verb, not the lead's, is the point's action: (c) is a request to the
Secretary-General, not a recognition.

>>> from loaders.extract.operative.lexicon import load_lexicon
>>> leads_first_person_points("Recognizing the important role …, we:", "en")
True
>>> form, action = point_opening("Request the Secretary-General to present a report", "en", load_lexicon())
>>> form, action.value.rsplit("/", 1)[-1]
('Request', 'requests')
>>> point_opening("Prenons note de la proposition du Secrétaire général", "fr", load_lexicon())[0]
'Prenons note'
"""

from __future__ import annotations

import re

from pyoxigraph import NamedNode

from loaders.extract.operative.lexicon import Lexicon

__all__ = ["leads_first_person_points", "point_opening"]

_LEAD = {"en": re.compile(r"\bwe\s*:\s*$", re.IGNORECASE), "fr": re.compile(r"\bnous\s*:\s*$", re.IGNORECASE)}
_SUBJECT = {"en": "We ", "fr": "Nous "}


def leads_first_person_points(lead: str, lang: str) -> bool:
    """Whether a paragraph's text before its points ends with its subject, "we:" / « nous : »."""
    pattern = _LEAD.get(lang)
    return pattern is not None and pattern.search(lead) is not None


def _point_forms(lexicon: Lexicon, lang: str) -> list[tuple[str, NamedNode]]:
    cache: dict[str, list[tuple[str, NamedNode]]] = lexicon.__dict__.setdefault("_point_forms", {})
    if lang not in cache:
        subject = _SUBJECT.get(lang, "")
        forms = []
        for form, _ in lexicon.forms.get(lang, []):
            action = lexicon.action_for(form, lang) if subject and form.startswith(subject) else None
            if action is not None:
                bare = form[len(subject):]
                forms.append((bare[:1].upper() + bare[1:], action))
        cache[lang] = sorted(forms, key=lambda f: -len(f[0]))
    return cache[lang]


def point_opening(text: str, lang: str, lexicon: Lexicon) -> tuple[str, NamedNode] | None:
    """The first-person form, without its subject, that a point of a "we:" lead opens with."""
    for form, action in _point_forms(lexicon, lang):
        if text.startswith(form) and (len(text) == len(form) or not text[len(form)].isalnum()):
            return form, action
    return None
