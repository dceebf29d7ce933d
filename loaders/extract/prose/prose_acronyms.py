"""Acronyms a prose text defines for the activities the registry knows: "a Technology Facilitation
Mechanism (TFM) ... The TFM was officially launched in resolution 70/1" -- the TFM is the
registry's Technology Facilitation Mechanism, not a new activity of its own.

>>> from loaders.registry import load_registry
>>> from loaders.extract.prose.prose_names import read_names
>>> text = ("The Addis Ababa Action Agenda also established a Technology Facilitation Mechanism (TFM). "
...         "The TFM was officially launched in UN General Assembly resolution 70/1.")
>>> sorted({f.term.key for f in read_names(text, "en", load_registry()).activities})
['technology-facilitation-mechanism']
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_terms import Found, Term
from loaders.text import fold

__all__ = ["acronym_and_head", "bracketed_aliases", "complement_named", "complement_to_acronym", "initials", "inner_acronym_end", "known_acronyms",
           "run_to_short_name"]

#: The acronym written in brackets right after a name: " (TFM)", " (IGF)".
_BRACKETED = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z0-9&-]{1,11})\)")


#: Words an acronym leaves out: "Scientific Panel on AI" is "SPAI".
_MINOR = frozenset({"of", "on", "for", "the", "and", "in", "to", "de", "du", "des", "la", "le", "les", "sur", "pour", "et",
                    "en", "au", "aux", "l", "d"})
#: Words that open a name without a letter in its acronym: "UN Independent International Scientific Panel" is IISP...
_OWNER_WORDS = re.compile(r"^(?:(?:UN|United Nations|Nations Unies|ONU)\s+)")


def _initials(name: str) -> str:
    """The letters of a name's acronym: the initial of each word, a word in capitals whole ("AI")."""
    words = [w for w in re.split(r"[\s'’-]+", _OWNER_WORDS.sub("", name)) if w and w.lower() not in _MINOR]
    return "".join(w if w.isupper() else w[0] for w in words).upper()


def _undefined_acronyms(text: str, found: list[Found]) -> dict[str, Term]:
    """Acronyms a text uses without defining them, whose letters are the initials of a registry
    activity it named before: "the UN Independent International Scientific Panel on AI ... The IISPAI
    was formally established by ..." (the IISPAI is that Panel)."""
    out: dict[str, Term] = {}
    for f in found:
        written = text[f.start:f.end]
        if f.term.entity is not None or f.term.kind == "instrument" or not re.fullmatch(r"[A-Z][A-Z0-9]{2,11}", written):
            continue
        named_before = [g for g in found if g.term.entity is not None and g.end <= f.start and " " in text[g.start:g.end]]
        if (match := next((g for g in named_before if _initials(text[g.start:g.end]) == written), None)) is not None:
            out.setdefault(written, match.term)
    return out


def known_acronyms(text: str, found: list[Found]) -> list[Found]:
    """``found`` with every name that is an acronym defined after a registry activity, or used
    undefined with the letters of one named before, read as that activity, and the acronym's other
    uses the text does not already name added as mentions of it."""
    defined: dict[str, Term] = {}
    for f in found:
        if f.term.entity is not None and (m := _BRACKETED.match(text, f.end)) is not None:
            defined.setdefault(m.group("acronym"), f.term)
    for acronym, term in _undefined_acronyms(text, found).items():
        defined.setdefault(acronym, term)
    if not defined:
        return found
    out = [Found(defined[text[f.start:f.end]], f.start, f.end, f.owner)
           if f.term.entity is None and f.term.kind != "instrument" and text[f.start:f.end] in defined else f
           for f in found]
    spans = [(f.start, f.end) for f in out]
    for acronym, term in defined.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])", text):
            if not any(m.start() < e and m.end() > s for s, e in spans) and text[m.start() - 1:m.start()] != "(":
                out.append(Found(term, m.start(), m.end()))
    return sorted(out, key=lambda f: (f.start, -f.end))


def acronym_and_head(text: str, found: list[Found]) -> list[Found]:
    """``found`` with a new name made of an acronym and a head ("The IGF Conference") read as the activity named
    before that opens with that head and holds that acronym (the "Conference and Public Consultations to Establish
    the Arab Internet Governance Forum (IGF)" a release quoted two sentences before).

    >>> text = 'the "Conference on Open Data for Development (ODD)" was held. The ODD Conference was convened by ESCWA.'
    >>> a, b, c = text.index("Conference"), text.index('"', 5), text.index("ODD Conference")
    >>> named, short = Found(Term("event", label=text[a:b]), a, b), Found(Term("event", label="ODD Conference"), c, c + 14)
    >>> [f.term.label for f in acronym_and_head(text, [named, short])]
    ['Conference on Open Data for Development (ODD)', 'Conference on Open Data for Development (ODD)']
    """
    out = list(found)
    for i, f in enumerate(out):
        m = re.fullmatch(r"(?P<acronym>[A-Z][A-Z0-9&+-]{1,11})\s+(?P<head>[A-Z][a-z]+)", text[f.start:f.end])
        if f.term.entity is not None or m is None:
            continue
        named = [g for g in out[:i] if g.end <= f.start and g.term.entity is None and g.term.kind in ("activity", "event")
                 and text[g.start:g.end].startswith(m.group("head") + " ")
                 and "(" + m.group("acronym") + ")" in text[g.start:g.end + len(m.group("acronym")) + 3]]
        if named:
            out[i] = Found(named[-1].term, f.start, f.end, f.owner)
    return out


#: A complement in lower case after a name's head, up to the acronym the text defines for the whole:
#: " on international Internet-related public policy issues (CWG-Internet)".
_COMPLEMENT = re.compile(r"\s+(?:on|for|of)\s+(?P<words>[\w’'-]+(?:\s+[\w’'-]+){0,9}?)\s*"
                         r"\((?P<acronym>[A-Z][A-Z0-9&]{1,9})(?:-[\w-]+)?\)")


def complement_to_acronym(text: str, start: int, end: int) -> int | None:
    """Where a name ending at ``end`` really ends when its complement runs on in lower case to a
    bracketed acronym whose letters (before a hyphen) are the initials of the name's capitalised
    words: "ITU Council Working Group on international Internet-related public policy issues" is
    one name, its acronym "(CWG-Internet)" said so; the acronym, another name of it, is left out
    (``None`` otherwise)."""
    m = _COMPLEMENT.match(text, end)
    if m is None:
        return None
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", text[start:end]) if not w.isupper())
    acronym = m.group("acronym")
    return m.end("words") if len(acronym) >= 2 and initials.endswith(acronym) else None


_MINOR_WORDS = frozenset({"of", "on", "for", "the", "and", "in", "de", "du", "des", "la", "le", "les", "sur", "pour", "et",
                          "en", "au", "aux", "l", "d", "a"})


def initials(label: str) -> str:
    words = [w for w in re.split(r"[\s'’-]+", label) if w and fold(w) not in _MINOR_WORDS]
    return "".join(w[0] for w in words).upper()


#: Where a name's complement begins: "Working Group on the ...", « Groupe de travail sur le ... ».
_COMPLEMENT_OPENS = re.compile(r"\s(?:on|of|for|sur|de|du|des|pour)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?(?=[A-Z])")


def complement_named(term: Term, acronym: str) -> Term | None:
    """The activity a name's complement names when the acronym written after the name is the complement's, not
    the name's: "Working Group on the Internet Governance Forum (IGF)" -- IGF is the Forum (the Group's initials
    are WGIGF); "Inter-Agency Task Team on STI for SDGs (IATT)" keeps its acronym, which opens its initials."""
    label = term.label
    if term.entity is not None or label is None or initials(label).startswith(acronym):
        return None
    for m in _COMPLEMENT_OPENS.finditer(label):
        complement = label[m.end():]
        if initials(complement) == acronym:
            return Term("activity", label=complement)
    return None


#: The rest of a name up to the short name a text gives it in brackets: " et des sociétés transnationales et autres
#: entreprises (le Groupe de travail)", "... (the Working Group)".
_RUN_TO_SHORT = re.compile(r"(?P<rest>[^()\n.;:]{1,140}?)\s*\((?:le|la|les|l['’]|the)\s*(?P<short>[^()]{2,40})\)")


def run_to_short_name(text: str, start: int, end: int, head: str) -> int | None:
    """Where a name ending at ``end`` really ends when the text runs on to the short name it gives
    it in brackets, headed by the name's own head: « le Groupe de travail des Nations unies sur la
    question des droits de l'homme et des sociétés transnationales et autres entreprises (le Groupe
    de travail) » is one name, whatever "et" cut it at (``None`` otherwise)."""
    m = _RUN_TO_SHORT.match(text, end)
    if m is None or not m.group("short").lower().startswith(head.lower()):
        return None
    return m.end("rest")


#: An acronym in brackets, and the capitalised words after it.
_INNER = re.compile(r"[ \t]*\((?P<acronym>[A-Z]{2,6})\)(?:[ \t]+[A-Z][\w'’-]+)+")


def inner_acronym_end(text: str, start: int, end: int) -> int | None:
    """Where a name read at ``start:end`` ends when the acronym after it stands for its last words only and
    capitalised words go on after it: "Africa Centre for Digital and Artificial Intelligence (AI) Skilling" (an
    acronym of the whole name, "Digital Bridge Institute (DBI)", ends it).

    >>> text = "launched the Africa Centre for Digital and Artificial Intelligence (AI) Skilling on 11 October"
    >>> text[13:inner_acronym_end(text, 13, 66)]
    'Africa Centre for Digital and Artificial Intelligence (AI) Skilling'
    """
    inner = _INNER.match(text, end)
    if inner is None:
        return None
    words, acronym = text[start:end].split(), inner.group("acronym")
    last = "".join(w[0] for w in words[-len(acronym):]).upper()
    return inner.end() if len(words) > len(acronym) and last == acronym else None


_ALIAS_OPENING = re.compile(r"\s*\(\s*(?:(?:en anglais|en français|in english|in french|also|aussi|or|ou)\s*,?\s*)?", re.IGNORECASE)


def bracketed_aliases(text: str, found: list[Found]) -> list[Found]:
    """``found`` with a new name written in brackets right after another name made an alias of
    it: "Le Forum sur la gouvernance de l'Internet (en anglais, Internet Governance Forum ou IGF)"."""
    out = list(found)
    for i, alias in enumerate(out):
        if alias.term.entity is not None:
            continue
        named = next((f for f in out if f.end <= alias.start and (m := _ALIAS_OPENING.match(text, f.end)) is not None
                      and m.end() == alias.start), None)
        if named is not None and named.term != alias.term:
            out[i] = Found(named.term, alias.start, alias.end)
    return out
