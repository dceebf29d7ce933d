"""The verb lexicon: how each canonical action is written, read from ``ontology/actions.ttl``.

>>> lex = load_lexicon()
>>> lex.action_for("Prie", "fr").value.rsplit("/", 1)[1]
'requests'
>>> lex.action_for("Invite", "fr").value.rsplit("/", 1)[1]
'invites'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from ontology import ACTIONS_TTL
from ontology.namespaces import MG, RDF, SKOS
from loaders.text import fold

__all__ = ["Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """Surface forms by language, longest first, each with its candidate actions."""

    forms: dict[str, list[tuple[str, list[ox.NamedNode]]]]
    pref_labels: dict[tuple[ox.NamedNode, str], str]
    statuses: dict[str, ox.NamedNode]
    modifiers: dict[str, tuple[str, ...]]
    directives: frozenset[ox.NamedNode]
    citation_properties: dict[ox.NamedNode, ox.NamedNode]
    strengths: dict[ox.NamedNode, int]

    def strength(self, action: ox.NamedNode) -> int:
        """How strongly the action binds (``mg:strength``): 4 decides ... 0 an expression of view."""
        return self.strengths.get(action, 0)

    def citation_relation(self, action: ox.NamedNode | None) -> ox.NamedNode:
        """The typed citation an action makes (reaffirms -> mg:reaffirms), else mg:cites."""
        return self.citation_properties.get(action, MG.cites) if action is not None else MG.cites

    def _cache(self, name: str) -> dict:
        """A cache kept on this lexicon (frozen, so written through ``__dict__``): its answers
        depend on nothing but the lexicon, which is never changed once loaded."""
        return self.__dict__.setdefault(name, {})

    def action_for(self, form: str, lang: str) -> ox.NamedNode | None:
        cache = self._cache("_cached_actions")
        key = (form, lang)
        if key not in cache:
            cache[key] = self._action_for(form, lang)
        return cache[key]

    def _action_for(self, form: str, lang: str) -> ox.NamedNode | None:
        candidates = dict(self.forms.get(lang, [])).get(form)
        if not candidates:
            folded = fold(form)
            for known, actions in self.forms.get(lang, []):
                if fold(known) == folded:
                    candidates = actions
                    break
        if not candidates:
            return None
        for action in candidates:
            if fold(self.pref_labels.get((action, lang), "")) == fold(form):
                return action
        return candidates[0]

    def opening(self, text: str, lang: str, *, capitalised: bool = True) -> tuple[str, ox.NamedNode] | None:
        """The longest surface form ``text`` starts with (on a word boundary), and its action.

        A modifier may come first ("Also decides"): the form returned then includes it.
        """
        for modifier in self.modifiers.get(lang, ()):
            if text.startswith(modifier + " "):
                remainder = text[len(modifier) + 1:]
                rest = self.opening(remainder[:1].upper() + remainder[1:], lang)
                if rest is not None:
                    return f"{modifier} {remainder[:len(rest[0])]}", rest[1]
        for form in self._forms_starting(lang, capitalised).get(text[:1], ()):
            if text.startswith(form) and (len(text) == len(form) or not text[len(form)].isalnum()):
                action = self.action_for(form, lang)
                if action is not None:
                    return form, action
        return None

    def _forms_starting(self, lang: str, capitalised: bool) -> dict[str, list[str]]:
        """The forms :meth:`opening` tries, by first character, longest first as in ``forms``
        (a text starts with a form only if it starts with its first character)."""
        cache = self._cache("_cached_forms_starting")
        key = (lang, capitalised)
        if key not in cache:
            by_first: dict[str, list[str]] = {}
            for form, _ in self.forms.get(lang, []):
                if form and not (capitalised and not form[:1].isupper()):
                    by_first.setdefault(form[:1], []).append(form)
            cache[key] = by_first
        return cache[key]

    def first_person_forms(self, lang: str) -> list[str]:
        """The forms of a sentence whose subject is the Assembly ("We decide", « Nous décidons »), longest first."""
        cache = self._cache("_cached_first_person")
        if lang not in cache:
            cache[lang] = [f for f, _ in self.forms.get(lang, []) if f.startswith(("We ", "Nous "))]
        return cache[lang]

    def pattern(self, lang: str, *, lowercase: bool) -> str:
        forms = [f for f, _ in self.forms.get(lang, []) if f[:1].islower() == lowercase]
        return "|".join(re.escape(f) for f in forms)

    def compiled(self, key: str, lang: str, make: Callable[[], str]) -> re.Pattern[str]:
        """The regex ``make()`` builds for ``key`` and ``lang``, compiled once per lexicon."""
        cache: dict[tuple[str, str], re.Pattern[str]] = self.__dict__.setdefault("_compiled", {})
        pattern = cache.get((key, lang))
        if pattern is None:
            pattern = cache[(key, lang)] = re.compile(make())
        return pattern


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    store = ox.Store()
    store.load(path=str(ACTIONS_TTL), format=ox.RdfFormat.TURTLE)
    forms: dict[str, dict[str, list[ox.NamedNode]]] = {}
    actions = {q.subject for q in store.quads_for_pattern(None, RDF.type, MG.Action)}
    statuses = {fold(q.object.value): q.subject for q in store.quads_for_pattern(None, MG.surfaceForm, None)
                if q.subject not in actions}
    notation = {q.subject: q.object.value for q in store.quads_for_pattern(None, SKOS.notation, None)}
    rows = [(notation.get(q.subject, "99"), q.subject, q.object)
            for q in store.quads_for_pattern(None, MG.surfaceForm, None) if q.subject in actions]
    for _, action, form in sorted(rows, key=lambda t: (t[0], t[2].value)):
        # UN French texts write the typographic apostrophe; the scheme the straight one.
        for value in dict.fromkeys((form.value, form.value.replace("'", "’"))):
            bucket = forms.setdefault(form.language or "", {}).setdefault(value, [])
            if action not in bucket:
                bucket.append(action)
    labels = {
        (q.subject, q.object.language): q.object.value
        for q in store.quads_for_pattern(None, SKOS.prefLabel, None)
    }
    by_length = {
        lang: sorted(entries.items(), key=lambda kv: -len(kv[0])) for lang, entries in forms.items()
    }
    directives = frozenset(q.subject for q in store.quads_for_pattern(None, RDF.type, MG.DirectiveAction))
    citation = {q.subject: q.object for q in store.quads_for_pattern(None, MG.citationProperty, None)}
    modifiers: dict[str, list[str]] = {}
    for q in store.quads_for_pattern(None, MG.modifierForm, None):
        modifiers.setdefault(q.object.language or "", []).append(q.object.value)
    ordered_modifiers = {lang: tuple(sorted(forms, key=len, reverse=True)) for lang, forms in modifiers.items()}
    strengths = {q.subject: int(q.object.value) for q in store.quads_for_pattern(None, MG.strength, None)}
    return Lexicon(forms=by_length, pref_labels=labels, statuses=statuses, modifiers=ordered_modifiers,
                   directives=directives, citation_properties=citation, strengths=strengths)
