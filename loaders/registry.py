"""The entity registry: one node per real-world entity, with English and French names.

Entities come from ``corpus/registry/entities.yaml`` and, for the posts and bodies named by a
head and a topic ("Special Rapporteur on…", "Working Group on…"), from
``corpus/registry/mandate_holders.yaml``, read from the corpus's paired English and French
paragraphs by ``scripts/mine_paired_names.py``; states from ISO 3166 (pycountry, in
English and French) plus the UN's own spellings in ``corpus/registry/countries.yaml``.
:meth:`Registry.find_mentions` finds every known name in a text, accent- and
case-insensitively, longest first, and gives its offsets in the original text.

>>> reg = load_registry()
>>> [(m.entity.key, m.start, m.end) for m in reg.find_mentions("l'UIT et l’UNESCO", "fr")]
[('itu', 2, 5), ('unesco', 11, 17)]
"""

from __future__ import annotations

import copy
import gettext
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry
from pyoxigraph import Literal, NamedNode, Quad

from ontology.namespaces import MG, RDF, RDFS, SKOS, Iris, iris
from loaders.errors import LoadError
from loaders.limits import read_bounded, yaml_load
from loaders.paths import REGISTRY_DIR
from loaders.text import fold
from loaders.trie_regex import trie_pattern

__all__ = ["Entity", "Mention", "Registry", "load_registry", "ENTITY_TYPES"]

_COMBINING = re.compile(r"[\u0300-\u036f]")
_ALONE = re.compile(r"\s*(?:[,;:.)]|$)|\s+(?:et|à|and|to|dans|sur|ainsi|lorsque|qui|continue)\b|"
                    r"\s+(?:de|d[’'])\s*[a-zà-ÿ]+(?:er|ir|re|oir)\b")
_ARTICLE = re.compile(r"^the\s+|\s*\(the\)$")

ENTITY_TYPES = {
    "Agency", "Organization", "Body", "Post", "AddresseeGroup", "Initiative", "Process", "Event",
    "Country", "Place",
}


@dataclass(frozen=True)
class Entity:
    key: str
    type: str
    labels: dict[str, str]
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    iso: str | None = None
    #: Names that are common words unless written with their capitals and standing alone
    #: ("l'Organisation" is the United Nations; "l'organisation de réunions", "l'Organisation
    #: de coopération islamique" are not).
    cased: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: For a post named by its title before a known body ("the Chair of the Special Committee",
    #: :mod:`loaders.extract.operative.posts`), that body; the post itself is not in the registry's files.
    post_in: Entity | None = None

    def iri(self, minter: Iris) -> NamedNode:
        return minter.country(self.iso) if self.iso else minter.entity(self.key)

    def names(self, lang: str | None = None) -> list[str]:
        langs = [lang] if lang else sorted(set(self.labels) | set(self.aliases))
        out: list[str] = []
        for code in langs:
            if self.labels.get(code):
                out.append(self.labels[code])
            out.extend(self.aliases.get(code, ()))
            out.extend(self.cased.get(code, ()))
        return out

    def __hash__(self) -> int:
        return hash(self.key)


@dataclass(frozen=True)
class Mention:
    entity: Entity
    start: int
    end: int


class Registry:
    """Entities by key, and a name index for finding mentions and resolving names."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = {e.key: e for e in entities}
        self._index: dict[str, dict[str, Entity]] = {}
        self._cased: dict[str, dict[str, str]] = {}
        for entity in entities:
            for lang, names in entity.cased.items():
                for name in names:
                    self._cased.setdefault(lang, {})[fold(name)] = name.replace("’", "'")
            for lang in ("en", "fr"):
                for name in entity.names(lang):
                    self._index.setdefault(lang, {}).setdefault(fold(name), entity)
            for name in entity.names("en"):  # "UN Conference on Trade and Development" is the United Nations one
                if fold(name).startswith("united nations ") and len(name.split()) > 3:
                    self._index.setdefault("en", {}).setdefault("un " + fold(name)[len("united nations "):], entity)
        self._patterns = {
            lang: re.compile(
                r"(?<![\w-])(" + trie_pattern(names) + r")(?![\w-])"
            )
            for lang, names in self._index.items()
        }

    #: Short names one document gives the bodies it names in full ("the Special Committee"),
    #: folded; set on a copy of the registry by :meth:`in_document`.
    short_names: dict[str, Entity] = {}

    def in_document(self, short_names: dict[str, Entity]) -> Registry:
        """This registry, reading ``short_names`` as the bodies one document means by them."""
        clone = copy.copy(self)
        clone.short_names = dict(short_names)
        return clone

    def get(self, key: str) -> Entity:
        try:
            return self.entities[key]
        except KeyError:
            raise KeyError(f"unknown entity {key!r}") from None

    def country(self, iso: str) -> Entity:
        return self.get("country-" + iso.upper())

    def resolve(self, name: str, lang: str | None = None) -> Entity | None:
        """The entity one of whose names is ``name`` (accent- and case-insensitive).

        UN lists also write "THE PHILIPPINES" or "BAHAMAS (THE)": the article is tried without.
        """
        key = _COMBINING.sub("", fold(" ".join(name.split())))
        candidates = [key, _ARTICLE.sub("", key)]
        for code in [lang] if lang else ["en", "fr"]:
            for candidate in candidates:
                hit = self._index.get(code, {}).get(candidate)
                if hit:
                    return hit
        return None

    def states_in(self, text: str, lang: str, *, start: int = 0, end: int | None = None) -> list[Mention]:
        """States named in a list such as "Algeria, Bosnia and Herzegovina and Uganda (on behalf of
        the Group of 77 and China)": names inside parentheses that are not part of a state's name
        (China there) are left out."""
        end = len(text) if end is None else end
        brackets = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text[start:end])]
        found = []
        for mention in self.find_mentions(text, lang, start=start, end=end, types={"Country"}):
            inside = any(start + a < mention.start and mention.end <= start + b for a, b in brackets)
            if not inside:
                found.append(mention)
        return found

    def find_mentions(self, text: str, lang: str, *, start: int = 0, end: int | None = None,
                      types: set[str] | None = None) -> list[Mention]:
        """Known names in ``text[start:end]``, as non-overlapping spans of ``text``."""
        pattern = self._patterns.get(lang)
        if pattern is None:
            return []
        end = len(text) if end is None else end
        folded = fold(text[start:end])
        found = []
        cased = self._cased.get(lang, {})
        for match in pattern.finditer(folded):
            written = cased.get(match.group(1))
            if written is not None and not self._stands_alone(text, start + match.start(1), start + match.end(1),
                                                               written):
                continue
            entity = self._index[lang][match.group(1)]
            if types is None or entity.type in types:
                found.append(Mention(entity, start + match.start(1), start + match.end(1)))
        return found

    @staticmethod
    def _stands_alone(text: str, start: int, end: int, written: str) -> bool:
        """A cased name as written, not the head of a longer name: followed by punctuation, a
        conjunction or an infinitive ("l'Organisation de continuer"), not by an adjective or a
        complement ("l'Organisation mondiale", "l'Organisation de la coopération")."""
        return text[start:end].replace("’", "'") == written and bool(_ALONE.match(text, end))

    def quads(self, graph: NamedNode, minter: Iris | None = None) -> list[Quad]:
        """Types, English and French labels and aliases of every entity."""
        minter = minter or iris()
        out = []
        for entity in self.entities.values():
            node = entity.iri(minter)
            out.append(Quad(node, RDF.type, MG.term(entity.type), graph))
            for lang, label in entity.labels.items():
                out.append(Quad(node, RDFS.label, Literal(label, language=lang), graph))
                out.append(Quad(node, SKOS.prefLabel, Literal(label, language=lang), graph))
            for lang, aliases in entity.aliases.items():
                for alias in aliases:
                    out.append(Quad(node, SKOS.altLabel, Literal(alias, language=lang), graph))
            if entity.iso:
                out.append(Quad(node, MG.isoCode, Literal(entity.iso), graph))
        return out


def _read_yaml(path: Path) -> dict:
    try:
        text = read_bounded(path, "text").decode("utf-8")
    except UnicodeDecodeError as error:
        raise LoadError(f"not UTF-8 text ({error.reason})", path=str(path)) from None
    data = yaml_load(text, path=path) or {}
    if not isinstance(data, dict):
        raise LoadError("expected a mapping at the top level", path=str(path), line=1)
    return data


def _entities_from_yaml(path: Path) -> list[Entity]:
    out = []
    for key, spec in _read_yaml(path).items():
        if not isinstance(spec, dict) or spec.get("type") not in ENTITY_TYPES:
            raise LoadError(f"entity {key!r}: type must be one of {sorted(ENTITY_TYPES)}", path=str(path))
        labels = dict(spec.get("label") or {})
        if set(labels) != {"en", "fr"} or not all(isinstance(v, str) and v for v in labels.values()):
            raise LoadError(f"entity {key!r}: needs an English and a French label", path=str(path))
        aliases = {lang: tuple(names or ()) for lang, names in (spec.get("aliases") or {}).items()}
        cased = {lang: tuple(names or ()) for lang, names in (spec.get("cased_aliases") or {}).items()}
        out.append(Entity(key=key, type=spec["type"], labels=labels, aliases=aliases, cased=cased))
    return out


def _countries(path: Path) -> list[Entity]:
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    extra = _read_yaml(path)
    out = []
    for country in pycountry.countries:
        iso = country.alpha_2
        names_en = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        fr_name = french.gettext(country.name)
        more = extra.get(iso) or {}
        en = [n for n in dict.fromkeys([*(more.get("en") or []), *names_en]) if n]
        fr = [n for n in dict.fromkeys([*(more.get("fr") or []), fr_name]) if n]
        out.append(Entity(key="country-" + iso, type="Country", labels={"en": en[0], "fr": fr[0]},
                          aliases={"en": tuple(en[1:]), "fr": tuple(fr[1:])}, iso=iso))
    return out


@lru_cache(maxsize=4)
def load_registry(directory: Path = REGISTRY_DIR) -> Registry:
    holders = directory / "mandate_holders.yaml"
    mined = _entities_from_yaml(holders) if holders.is_file() else []
    return Registry(_entities_from_yaml(directory / "entities.yaml") + mined + _countries(directory / "countries.yaml"))
