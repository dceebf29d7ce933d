"""Short names a resolution gives the bodies it names in full: "the Special Committee", "the
Commission", "le Département", "l'Office".

A resolution names a body in full once (in its title, preamble or first paragraphs) and then
calls it by the head of its name. Those short names are ambiguous across documents (which
"Special Committee"?) but not inside one: each head is read as the known body the document
names most often under that head.

>>> from loaders.registry import load_registry
>>> registry = load_registry()
>>> text = ("Having examined the report of the Special Committee on Peacekeeping Operations, "
...         "Requests the Special Committee to continue its work;")
>>> names = document_short_names(text, "en", registry)
>>> names["special committee"].key
'special-committee-peacekeeping'
>>> [(text[m.start:m.end], m.entity.key) for m in short_name_mentions(text, "en", names, start=80)]
[('Special Committee', 'special-committee-peacekeeping')]
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.registry import Entity, Mention, Registry
from loaders.text import fold

__all__ = ["document_short_names", "nearest_full_name", "short_name_mentions"]

#: Heads by which a body is called once named ("the Committee"), with the qualifiers that may
#: stay with them ("the Special Committee", "le Comité spécial").
_HEADS = {
    "en": ("Committee", "Commission", "Council", "Office", "Department", "Division", "Board", "Agency", "Conference",
           "Court", "Tribunal", "Mechanism", "Authority", "Panel", "Forum", "Centre", "Institute", "Unit", "Group",
           "Fund", "Programme", "Entity", "High Commissioner", "Representative", "Envoy", "Rapporteur", "Expert",
           "Adviser", "President"),
    "fr": ("Comité", "Commission", "Conseil", "Bureau", "Département", "Division", "Office", "Agence", "Conférence",
           "Cour", "Tribunal", "Mécanisme", "Autorité", "Groupe", "Forum", "Centre", "Institut", "Corps", "Fonds",
           "Programme", "Entité", "Haut-Commissariat", "Haut-Commissaire", "Représentant", "Envoyé", "Rapporteur",
           "Rapporteuse", "Représentante", "Envoyée", "Expert", "Experte", "Conseiller", "Conseillère", "Président",
           "Présidente"),
}
#: ("the Regional Centre": A/RES/79/67 operative 1, « le Centre »)
_QUALIFIERS = {"en": ("Special", "Advisory", "Scientific", "Preparatory", "Main", "Joint", "Executive", "Ad Hoc",
                      "Working", "Independent", "Regional", "Subregional"),
               "fr": ("spécial", "spéciale", "consultatif", "consultative", "scientifique", "préparatoire", "mixte",
                      "exécutif", "indépendant", "indépendante")}
#: Heads whose complement stays with them ("the Commission of Inquiry", "la Commission d'enquête").
_COMPOUND_HEADS = {"en": ("Commission of Inquiry", "Group of Experts"),
                   "fr": ("Groupe de travail", "Commission d'enquête", "Groupe d'experts")}
#: A post is called by the title of whoever holds it: "la Rapporteuse spéciale" is the post the
#: resolution names "Rapporteur spécial sur…" (and the other way round).
_GENDERED = {"Rapporteur spécial": "Rapporteuse spéciale", "Représentant spécial": "Représentante spéciale",
             "Envoyé spécial": "Envoyée spéciale", "Expert indépendant": "Experte indépendante",
             "Conseiller spécial": "Conseillère spéciale"}
_GENDERED.update({feminine: masculine for masculine, feminine in _GENDERED.items()})
#: Where the head part of a name ends: "Commission on …", "Comité … chargé de …".
#: "and" does not end one: "United Nations Relief and Works Agency for…" is called "the Agency".
_NAME_END = {"en": re.compile(r"\s+(?:of|on|for|to|with|in|against)\s"),
             "fr": re.compile(r"\s+(?:de|du|des|d[’']|pour|sur|chargée?|contre|aux?|et|à)\b")}
_TYPES = {"Body", "Agency", "Post", "Organization"}
_HIGH_COMMISSIONER = re.compile(r"(?P<office>Office\s+of\s+the\s+)?(?:United\s+Nations\s+)?High\s+Commissioner\b")


def _heads(name: str, lang: str) -> list[str]:
    """The short names of a full name: its head word, with the qualifier next to it if any."""
    end = _NAME_END[lang].search(name)
    words = (name[:end.start()] if end else name).split()
    # "le Groupe de travail", "the Commission of Inquiry": heads with their complement.
    out = [head for head in _COMPOUND_HEADS[lang] if re.search(rf"\b{head}\b", name.replace("’", "'"))]
    # "the (Office of the) High Commissioner" of "(Office of the) United Nations High Commissioner for …".
    high = _HIGH_COMMISSIONER.match(name) if lang == "en" else None
    if high:
        out.append("Office of the High Commissioner" if high.group("office") else "High Commissioner")
    for index, word in enumerate(words):
        if word in _HEADS[lang]:
            out.append(word)
            before = " ".join(words[max(0, index - 2):index])
            after = words[index + 1] if index + 1 < len(words) else ""
            for qualifier in _QUALIFIERS[lang]:
                if lang == "en" and before.endswith(qualifier):
                    out.append(f"{qualifier} {word}")
                elif lang == "fr" and after == qualifier:
                    out.append(f"{word} {qualifier}")
                    if f"{word} {qualifier}" in _GENDERED:
                        out.append(_GENDERED[f"{word} {qualifier}"])
    return out


#: "the Government of the Islamic Republic of Iran … calls upon the Government to…": a state named by its
#: Government is "the Government" afterwards (« le Gouvernement de la République islamique d'Iran … au Gouvernement »).
_GOVERNMENT_OF = {"en": (re.compile(r"\bGovernment\s+of\s+(?:the\s+)?\Z"), "Government"),
                  "fr": (re.compile(r"\bGouvernement\s+(?:de\s+la\s+|de\s+l[’']\s*|de\s+|du\s+|des\s+|d[’']\s*)\Z"),
                         "Gouvernement")}


#: "[on the report of the Third Committee (A/76/454)]", « [sur la base du rapport de la Troisième Commission] »: the
#: Main Committee a resolution comes from is named in its heading, never meant by its "the Committee".
_ADOPTED_ON_REPORT_OF = re.compile(r"\[\s*(?:on\s+the\s+report\s+of\s+the|sur\s+la\s+base\s+du\s+rapport\s+de\s+la)\s*\Z")


def document_short_names(text: str, lang: str, registry: Registry) -> dict[str, Entity]:
    """Folded short name -> the known body ``text`` names most often under it (on a tie, a body before an
    organization from outside, which a resolution names in full — the International Committee of the Red Cross is
    never "the Committee" —, then the first named); "the Government", the state the document names most often by
    its Government."""
    counts: dict[str, Counter] = {}
    first: dict[Entity, int] = {}
    government, head = _GOVERNMENT_OF.get(lang, (None, ""))
    for mention in registry.find_mentions(text, lang):
        if mention.entity.type == "Country" and government is not None \
                and government.search(text, max(0, mention.start - 40), mention.start):
            first.setdefault(mention.entity, mention.start)
            counts.setdefault(fold(head), Counter())[mention.entity] += 1
            continue
        if mention.entity.type not in _TYPES or _ADOPTED_ON_REPORT_OF.search(text, max(0, mention.start - 60),
                                                                              mention.start):
            continue
        first.setdefault(mention.entity, mention.start)
        for head in _heads(text[mention.start:mention.end], lang):
            counts.setdefault(fold(head), Counter())[mention.entity] += 1
    return {head: max(tally, key=lambda e: (tally[e], e.type != "Organization", -first[e]))
            for head, tally in counts.items()}


def _pattern(lang: str, names: dict[str, Entity]) -> re.Pattern[str] | None:
    """The short names, on folded text (lower case, plain apostrophes)."""
    if not names:
        return None
    heads = "|".join(re.escape(h) for h in sorted(names, key=len, reverse=True))
    if lang == "fr":
        # "le Comité spécial", "l'Office", "au Rapporteur spécial", "la Présidente du Comité spécial d'intensifier…",
        # but not "la Commission d'enquête" (another name).
        return re.compile(rf"\b(?:le|la|l'|au|du|de\s+la|de\s+l')\s*({heads})\b"
                          rf"(?!\s+(?:de|du|des|pour|sur|charg\w*|contre)\b|\s*d'(?![a-z]+(?:er|ir|re|oir)\b)|['-])")
    # "the Committee", but not "the Committee on Information" nor "the Committee's" (another name, a genitive); the
    # complement is checked on the text itself (:data:`_LOWER_COMPLEMENT`).
    return re.compile(rf"\b(?:the|its|this)\s+({heads})\b(?!['-])")


#: "to report to the Special Committee on the implementation of the present resolution", "inform the Special Committee
#: of the participation of…": a body's name has a capitalised complement ("the Committee on Information"), so one in
#: lower case is what the sentence says of the body. Posts and working groups are named in lower case ("the Special
#: Rapporteur on the situation of human rights in…", "the Working Group on the use of mercenaries"): not these heads.
_CAPITALISED_COMPLEMENT_HEADS = re.compile(r"(?:special\s+|advisory\s+|preparatory\s+|main\s+|joint\s+|executive\s+)?"
                                           r"(?:committee|commission|council|board|office|department|division|agency|"
                                           r"conference|court|tribunal|authority|panel|forum|centre|institute|unit)")
_COMPLEMENT = re.compile(r"\s+(?:of|on|for)\s")
_LOWER_COMPLEMENT = re.compile(r"\s+(?:of|on|for)\s+(?:the\s+)?(?-i:[a-z])")


def short_name_mentions(text: str, lang: str, names: dict[str, Entity], *, start: int = 0,
                        end: int | None = None) -> list[Mention]:
    """Short names of ``names`` used in ``text[start:end]``, each a mention of its body."""
    pattern = _pattern(lang, names)
    if pattern is None:
        return []
    end = len(text) if end is None else end
    folded = fold(text[start:end])
    out = []
    for match in pattern.finditer(folded):
        at, stop = start + match.start(1), start + match.end(1)
        if lang == "en" and re.match(r"\s+[A-Z]", text[stop:stop + 2]):
            continue  # "the Committee Against Torture": a longer name
        if lang == "en" and _COMPLEMENT.match(text, stop) and not (
                _CAPITALISED_COMPLEMENT_HEADS.fullmatch(match.group(1)) and _LOWER_COMPLEMENT.match(text, stop)):
            continue  # "the Committee on Information": another body's name
        out.append(Mention(names[match.group(1)], at, stop))
    return out


_JOINERS = r"(?:of|on|for|and|the|in|to)"


def nearest_full_name(text: str, mention: Mention, lang: str, registry: Registry) -> Mention | str | None:
    """What a short name stands for when its own paragraph named a body under that head just before ("Notes the
    work of the Intergovernmental Working Group on…, requests the Working Group to…"): the nearest such name wins
    over the body the whole document calls so most often. A known body (its mention), a capitalised English name
    the registry lacks (its text), or None when the paragraph names none before the short name."""
    if mention.entity.type not in _TYPES:  # "the Government" is the state the document names by its Government
        return None
    head = fold(text[mention.start:mention.end])
    # (a short name before it counts as its body's: "Encourages the Office of the High Commissioner…, and encourages
    # the Office to…")
    earlier = registry.find_mentions(text, lang, end=mention.start) + [
        m for m in short_name_mentions(text, lang, registry.short_names, end=mention.start) if m.start != mention.start]
    known = sorted((m for m in earlier if m.entity.type in _TYPES and m.end <= mention.start
                    and head in map(fold, _heads(text[m.start:m.end], lang))), key=lambda m: m.end)
    unknown = None
    if lang == "en":
        short = text[mention.start:mention.end]
        # A full name has its complement ("… Working Group on the Effective Implementation of…"); "the Regional
        # Centre" is another short name.
        name = re.compile(rf"(?:[A-Z][\w’'-]*\s+)*{re.escape(short)}(?:(?:\s+{_JOINERS})+(?:\s+[A-Z][\w’'-]*)+)+")
        for match in name.finditer(text, 0, mention.start):
            if match.end() <= mention.start:
                unknown = match
    if known and (unknown is None or known[-1].end > unknown.start()):
        return known[-1]
    if unknown is not None:
        at = unknown.start() + unknown.group(0).rfind(text[mention.start:mention.end])
        if not any(m.start <= at < m.end for m in registry.find_mentions(text, lang, start=unknown.start(),
                                                                          end=unknown.end(), types=_TYPES)):
            return unknown.group(0)
    return None
