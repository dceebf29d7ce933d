"""Names of activities in running text, resolved across typography, years and editions.

The registry finds its names accent-, case- and apostrophe-insensitively ("l’IA" is "l'IA").
Prose also writes a year or an edition into a name: "Sommet mondial 2025 sur l'IA au service
du bien social", "the 3rd UNESCO Global Forum on the Ethics of AI", "AI for Good Global Summit
2026", "la première édition du Dialogue mondial". :class:`ActivityNames` finds those too: the
name without its year resolves to the series, and the year or ordinal picks the edition the
registry lists (``ai-for-good-summit-2025``), else a new edition of the series.

>>> from loaders.registry import load_registry
>>> names = ActivityNames(load_registry())
>>> [(f.term.key, f.term.series and f.term.series.key) for f in names.find("le Sommet mondial 2027 sur l'IA au service du bien social", "fr")]
[('edition:ai-for-good-summit:2027', 'ai-for-good-summit')]
>>> names.series_of(names.registry.get("ai-for-good-summit-2025")).key
'ai-for-good-summit'
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract.ordinals import ordinal_words
from loaders.extract.prose.prose_terms import ACTIVITY_TYPES, EVENT_HEADS, HEADS, Found, Term, heads_of_names
from loaders.registry import Entity, Mention, Registry
from loaders.text import fold

__all__ = ["ORDINALS", "ORDINAL_PATTERN", "ActivityNames", "activity_names", "edition_tag", "ordinal_number"]

#: Ordinal words of editions and meetings, 1-30 ("treizième édition", "the twentieth session"), and
#: the other spellings of the first two.
ORDINALS: dict[str, int] = {**ordinal_words(30),
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
    "premiere": 1, "premier": 1, "deuxieme": 2, "seconde": 2, "troisieme": 3,
    "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9,
    "dixieme": 10,
}
#: An ordinal as folded text writes it: a word of :data:`ORDINALS` or "3rd", "13e", "2eme".
ORDINAL_PATTERN = r"(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th|e|eme|re|er))"

_YEAR = r"(?:19|20)\d\d"
#: Edition words written before a name: "la première édition du", "the 3rd", "2025", "édition 2025 du".
_BEFORE = re.compile(
    r"(?:(?:la|le|l'|les|the|its|sa|son)\s+)?"
    r"(?:(?P<ord>" + ORDINAL_PATTERN + r")\s+(?:(?:edition|session)\s+(?:de\s+(?P<year1>" + _YEAR + r")\s+)?"
    r"(?:du|de la|de l'|des|de|d'|of the|of)\s*)?(?:(?:un|united nations|onu|[a-z]{3,8})\s+)?"
    r"|(?:edition|session)\s+(?:de\s+)?(?P<year2>" + _YEAR + r")\s+(?:du|de la|de l'|des|of the|of)\s*"
    r"|(?P<year3>" + _YEAR + r")\s+)$")
_AFTER = re.compile(r"^\s*(?:de\s+|of\s+)?(?:\(\s*(?P<year1>" + _YEAR + r")\s*\)|(?P<year2>" + _YEAR + r")\b)")
#: A year written inside a name ("Sommet mondial 2025 sur", "de 2026 sur"), removed before matching.
_INNER_YEAR = re.compile(r"\s+(?:de\s+|of\s+)?\(?" + _YEAR + r"\)?(?=\s)")
#: Rewritings under which a name is looked up again: its inner year removed, "AI" spelt out.
_REWRITES = (
    (_INNER_YEAR, ""),
    (re.compile(r"\b[Ii]ntelligence [Aa]rtificielle\b"), "IA"),
    (re.compile(r"\b[Aa]rtificial [Ii]ntelligence\b"), "AI"),
    # and the other way: "Organe consultatif de haut niveau sur l'IA" is the registry's "... sur l'intelligence artificielle"
    (re.compile(r"(?<=[lL]['’])IA\b"), "intelligence artificielle"),
    (re.compile(r"(?<=\bon )AI\b"), "Artificial Intelligence"),
)
_QUOTED_TITLE = re.compile(r"\s*[«“\"]\s*(?P<title>[^»”\"]{3,120}?)\s*[»”\"]")
_ANY_YEAR = re.compile(r"\b(" + _YEAR + r")\b")
_LEADING_ORDINAL = re.compile(r"^(?:(?:la|le|l'|the)\s+)?(" + ORDINAL_PATTERN + r")\s+(?:(?:edition|session)\s+(?:du|de la|de l'|des|of the|of)\s+)?")


def _rewrite(segment: str, pattern: re.Pattern[str], replacement: str) -> tuple[str, list[int]]:
    """``segment`` with ``pattern`` replaced, and for each character the offset it comes from."""
    pieces: list[str] = []
    origin: list[int] = []
    cursor = 0
    for match in pattern.finditer(segment):
        pieces.append(segment[cursor:match.start()])
        origin.extend(range(cursor, match.start()))
        pieces.append(replacement)
        origin.extend([match.start()] * (len(replacement) - 1) + [match.end() - 1] if replacement else [])
        cursor = match.end()
    pieces.append(segment[cursor:])
    origin.extend(range(cursor, len(segment)))
    return "".join(pieces), origin


def edition_tag(text: str) -> tuple[str, str] | None:
    """The edition a name states and the name without it: ("2025", name) or ("ord-3", name).

    >>> edition_tag("Première édition du Dialogue mondial sur la gouvernance de l'IA (2026)")
    ('2026', "dialogue mondial sur la gouvernance de l'ia")
    >>> edition_tag("Third Global Forum on the Ethics of AI")
    ('ord-3', 'global forum on the ethics of ai')
    """
    folded = " ".join(fold(text).split())
    tags = []
    if year := _ANY_YEAR.search(folded):
        tags.append(year.group(1))
    rest = _INNER_YEAR.sub("", " " + folded + " ").strip()
    rest = re.sub(r"\(\s*\)|\s+" + _YEAR + r"$|^" + _YEAR + r"\s+", "", rest).strip()
    if ordinal := _LEADING_ORDINAL.match(rest):
        tags.append("ord-" + str(ordinal_number(ordinal.group(1))))
        rest = rest[ordinal.end():]
    return (tags[0], rest.strip()) if tags else None


def ordinal_number(word: str) -> int:
    """The number of an ordinal :data:`ORDINAL_PATTERN` matched ("treizieme" 13, "20th" 20)."""
    return ORDINALS.get(word) or int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]


class ActivityNames:
    """Finds activities in text (registry names in both languages, editions, years inside names)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._series: dict[str, Entity] = {}
        self._editions: dict[tuple[str, str], Entity] = {}
        for entity in registry.entities.values():
            if entity.type != "Event":
                continue
            for name in entity.names():
                parsed = edition_tag(name)
                if parsed is None:
                    continue
                series = registry.resolve(parsed[1])
                if series is None or series.key == entity.key:
                    continue
                self._series[entity.key] = series
                for tag in self._tags(name):
                    self._editions.setdefault((series.key, tag), entity)

    @staticmethod
    def _tags(name: str) -> list[str]:
        folded = " ".join(fold(name).split())
        tags = [m.group(1) for m in _ANY_YEAR.finditer(folded)]
        if ordinal := _LEADING_ORDINAL.match(_INNER_YEAR.sub("", " " + folded + " ").strip()):
            tags.append("ord-" + str(ordinal_number(ordinal.group(1))))
        return tags

    def series_of(self, entity: Entity) -> Entity | None:
        """The recurring activity the registry's edition belongs to (None if it is no edition)."""
        return self._series.get(entity.key)

    def has_editions(self, entity: Entity) -> bool:
        """Whether the registry lists editions of ``entity`` (it is a recurring series)."""
        return any(key == entity.key for key, _ in self._editions)

    def edition(self, series: Entity, tag: str, label: str) -> Term:
        """The registry's edition of ``series`` for ``tag`` (a year or ``ord-N``), else a new one."""
        known = self._editions.get((series.key, tag))
        if known is not None:
            return Term.known(known)
        return Term("edition", label=label, series=series, edition=tag)

    def find(self, text: str, lang: str, *, start: int = 0, end: int | None = None) -> list[Found]:
        """Activities named in ``text[start:end]``, editions resolved, as non-overlapping spans."""
        end = len(text) if end is None else end
        other = "en" if lang == "fr" else "fr"
        mentions = self._merge(self._activities(text, lang, start, end),
                               self._activities(text, other, start, end),
                               self._with_years_removed(text, lang, start, end),
                               self._quoted_titles(text, start, end))
        return [self._as_edition(text, m) for m in mentions]

    def _activities(self, text: str, lang: str, start: int, end: int) -> list[Mention]:
        return self.registry.find_mentions(text, lang, start=start, end=end, types=set(ACTIVITY_TYPES))

    def _with_years_removed(self, text: str, lang: str, start: int, end: int) -> list[Mention]:
        """Names written with a year inside ("Sommet mondial 2027 sur l'IA...") or with "AI"
        spelt out ("Sommet mondial sur l'intelligence artificielle au service du bien social"):
        matched on the text rewritten, mapped back to the original offsets."""
        segment = text[start:end]
        found = []
        for pattern, replacement in _REWRITES:
            if not pattern.search(segment):
                continue
            rewritten, origin = _rewrite(segment, pattern, replacement)
            for lang_code in (lang, "en" if lang == "fr" else "fr"):
                for m in self._activities(rewritten, lang_code, 0, len(rewritten)):
                    s, e = start + origin[m.start], start + origin[m.end - 1] + 1
                    if pattern.search(text[s:e]):
                        found.append(Mention(m.entity, s, e))
        return found

    def _quoted_titles(self, text: str, start: int, end: int) -> list[Mention]:
        """A head noun followed by a quoted title is one name: "le Sommet mondial « L’IA au service
        du bien »", "the Summit “AI for Good”" name the registry activity whose name (in either
        language) begins with that head and contains that title, where exactly one does."""
        folded = fold(text)
        found = []
        for quote in _QUOTED_TITLE.finditer(folded, start, end):
            title = " ".join(quote.group("title").split())
            words = list(re.finditer(r"[\w'-]+", folded[max(start, quote.start() - 60):quote.start()]))
            offset = max(start, quote.start() - 60)
            if not words or offset + words[-1].end() != quote.start():
                continue  # the title must follow the head's last word
            for k in range(min(4, len(words)), 0, -1):
                head = " ".join(w.group(0) for w in words[-k:])
                if words[-k].group(0) not in HEADS:
                    continue
                named = {e for e in self.registry.entities.values() if e.type in ACTIVITY_TYPES
                         and self.series_of(e) is None
                         and any((n := " ".join(fold(name).split())).startswith(head) and title in n for name in e.names())}
                if len(named) == 1:
                    found.append(Mention(named.pop(), offset + words[-k].start(), quote.end()))
                    break
        return found

    @staticmethod
    def _merge(*groups: list[Mention]) -> list[Mention]:
        """Longest first, then earliest; a mention overlapping one kept is dropped."""
        candidates = sorted((m for g in groups for m in g), key=lambda m: (-(m.end - m.start), m.start))
        kept: list[Mention] = []
        for m in candidates:
            if all(m.end <= k.start or m.start >= k.end for k in kept):
                kept.append(m)
        return sorted(kept, key=lambda m: m.start)

    def _as_edition(self, text: str, mention: Mention) -> Found:
        entity = mention.entity
        span_text = text[mention.start:mention.end]
        series = self.series_of(entity)
        if series is not None:
            return Found(Term.known(entity), mention.start, mention.end)
        inner = _ANY_YEAR.search(fold(span_text))
        before = _BEFORE.search(fold(text[max(0, mention.start - 60):mention.start]))
        after = _AFTER.match(fold(text[mention.end:mention.end + 12]))
        start, end, tag = mention.start, mention.end, None
        if inner:
            tag = inner.group(1)
        if before and before.group(0).strip():
            year = before.group("year1") or before.group("year2") or before.group("year3")
            if before.group("ord") or year:
                start = mention.start - len(before.group(0)) + _leading_article(before.group(0))
                tag = year or "ord-" + str(ordinal_number(before.group("ord")))
        if after and tag is None:
            tag = after.group("year1") or after.group("year2")
            end = mention.end + after.end()
        recurring = entity.type == "Event" or heads_of_names(entity.names()) & EVENT_HEADS
        if tag is None or not recurring:
            return Found(Term.known(entity), mention.start, mention.end)
        return Found(self.edition(entity, tag, text[start:end]), start, end)


def _leading_article(prefix: str) -> int:
    match = re.match(r"(?:(?:la|le|l'|les|the|its|sa|son)\s+)", prefix)
    return match.end() if match else 0


@lru_cache(maxsize=4)
def activity_names(registry: Registry) -> ActivityNames:
    return ActivityNames(registry)
