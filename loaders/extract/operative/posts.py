"""Posts of a known body: "the Chair of the Special Committee" / "la Présidente du Comité spécial",
"the President of the Economic and Social Council" / "le Président du Conseil économique et social".

A post named by its title before a body the registry (or the document's short names) knows is
one entity in both languages: its key is the title's and the body's ("chair-of-ecosoc"), its
labels the title's and the body's registry labels, and it is ``org:postIn`` the body. The
titles are the UN's own, in English and French, as the paired paragraphs of the corpus write
them (e.g. A/RES/76/89 operative 11: "Requests the Chair of the Special Committee…" / "Prie la
Présidente du Comité spécial…"; A/RES/80/257 operative 3: "the Director-General of the United
Nations Industrial Development Organization" / "le Directeur général de l'Organisation des
Nations Unies pour le développement industriel").

>>> from loaders.registry import load_registry
>>> registry = load_registry()
>>> text = "Invites the President of the Economic and Social Council to brief the Assembly"
>>> [(p.entity.key, p.name) for p in post_assignees(text, 0, len(text), "en", registry, [])]
[('chair-of-ecosoc', 'President of the Economic and Social Council')]
"""

from __future__ import annotations

import re

from loaders.extract.operative.mandate_model import Assignee
from loaders.registry import Entity, Mention, Registry

__all__ = ["TITLES", "post_assignees", "post_of"]

#: (key, English title as written, French title as written, English label, French label).
TITLES = (
    ("vice-chair", r"Vice-(?:Chair(?:person|man|woman)?|President)s?", r"Vice-Présidente?s?", "Vice-Chair",
     "Vice-Président"),
    # "la présidence (actuelle) de la Conférence du désarmement": the office of whoever presides.
    ("chair", r"Chair(?:person|man|woman)?s?|Presidents?", r"Présidente?s?|présidence(?:\s+actuelle)?", "Chair",
     "Président"),
    ("director-general", r"Director[-\s]General", r"Directeur\s+général|Directrice\s+générale", "Director-General",
     "Directeur général"),
    ("executive-director", r"Executive\s+Director", r"Directeur\s+exécutif|Directrice\s+exécutive",
     "Executive Director", "Directeur exécutif"),
    ("executive-secretary", r"Executive\s+Secretary", r"Secrétaire\s+exécutif|Secrétaire\s+exécutive",
     "Executive Secretary", "Secrétaire exécutif"),
    ("administrator", r"Administrator", r"Administrateur|Administratrice", "Administrator", "Administrateur"),
    ("head", r"Heads?", r"Chefs?", "Head", "Chef"),
)
_TITLE_BEFORE = {
    "en": re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<{k.replace('-', '_')}>{en})" for k, en, *_ in TITLES)
                     + r")\s+of\s+(?:the\s+)?\Z"),
    "fr": re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<{k.replace('-', '_')}>{fr})" for k, _, fr, *_ in TITLES)
                     + r")\s+(?:du|des|de\s+la|de\s+l[’']|de|d[’'])\s*\Z"),
}
_KINDS = {"Body", "Agency", "Organization"}


def post_of(title: str, body: Entity) -> Entity:
    """The post of ``title`` (a key of :data:`TITLES`) in ``body``."""
    _, _, _, english, french = next(t for t in TITLES if t[0] == title)
    return Entity(key=f"{title}-of-{body.key}", type="Post",
                  labels={"en": f"{english} of the {body.labels['en']}", "fr": f"{french} ({body.labels['fr']})"},
                  post_in=body)


def post_assignees(text: str, start: int, stop: int, lang: str, registry: Registry,
                   bodies: list[Mention]) -> list[Assignee]:
    """Posts named between ``start`` and ``stop`` by a title right before one of ``bodies`` (the
    body mentions found there) or before a body the registry knows."""
    if lang not in _TITLE_BEFORE:
        return []
    mentions = bodies or registry.find_mentions(text, lang, start=start, end=stop)
    out = []
    for mention in mentions:
        if mention.entity.type not in _KINDS or lang == "en" and re.match(r" [A-Z]", text[mention.end:stop]):
            continue  # "the Chair of the United Nations Sustainable Development Group": a longer name
        title = _TITLE_BEFORE[lang].search(text, max(start, mention.start - 40), mention.start)
        if title is None:
            continue
        key = next(k for k, *_ in TITLES if title.group(k.replace("-", "_")))
        out.append(Assignee(post_of(key, mention.entity), text[title.start():mention.end], title.start(),
                            mention.end, "Post"))
    return out
