"""How French texts list the entities a clause asks to act, where they differ from English.

:mod:`loaders.extract.operative.assignees` reads an addressee list in either language; this module holds
what only French needs:

- adverbs between the verb and its addressees that a preposition would otherwise put out of the
  list ("Demande *avec insistance* aux gouvernements", "Demande *d'urgence* aux États");
- words of a list that do not take a name out of it ("*l'ensemble du* système des Nations Unies",
  "les *organisations et associations de la* société civile");
- parts of the United Nations system named by the name they share ("les organismes, fonds et
  programmes compétents des Nations Unies");
- two nouns sharing their complement ("les *organisations et institutions* régionales et
  sous-régionales" are regional organizations as "organisations régionales" are);
- a phrase set off by commas before or after « que » ("Demande, afin d'atteindre l'objectif…, que tous
  les États…", "Exige qu'en application des résolutions…, Israël se retire…");
- "tous les autres" standing for the group the paragraph named just before ("Remercie les États
  Membres qui ont acquitté… et prie instamment tous les autres de…");
- whose attention a text is commended to ("Recommande les articles… à l'attention des gouvernements");
- « d'autres parties prenantes » ("other stakeholders"), whose « d' » is no preposition; « les chefs de secrétariat »
  ("executive heads"), who are not the Secretariat;
- « États membres » in lower case: the members of another organization ("les États membres de l'Union
  africaine"), States as English reads "the States members of…", not the Organization's « États Membres »;
- names with one capital: a body's generic head and its complement ("le *Conseil consultatif pour les questions
  de désarmement*", "le *Groupe consultatif d'experts indépendants*"), where English capitalises every word.

>>> adverbs_end("Demande avec insistance aux gouvernements de veiller", 7, 52)
24
"""

from __future__ import annotations

import re

from loaders.extract.operative.mandate_model import Assignee
from loaders.registry import Entity, Mention, Registry

__all__ = ["adverbs_end", "attention_of", "coordinated", "headed_name", "incise_end", "inside_longer_name", "listed_gap",
           "others", "system_parts", "that_after_incise", "without_inner_names"]

#: Adverbs and adverbial phrases a French verb of request may take before its addressees.
_ADVERBS = re.compile(r"(?:\s|,|avec\s+(?:insistance|véhémence|force|fermeté)|d[’']urgence|vivement|instamment|"
                      r"fermement|énergiquement|résolument|de\s+nouveau|à\s+nouveau|une\s+nouvelle\s+fois|"
                      r"une\s+fois\s+de\s+plus|encore\s+une\s+fois|également|en\s+outre|aussi|à\s+cet\s+égard|"
                      r"dans\s+ce\s+contexte|à\s+cette\s+fin|par\s+conséquent|en\s+conséquence)*")

#: "la Conférence des Parties à la Convention": the conference, not the parties; "le Groupe de la Banque mondiale",
#: "le Conseil d'administration du Fonds monétaire international": a body named after another, not that other
#: (a Government is its State, see :mod:`loaders.extract.operative.assignees`).
_HEAD_OF = re.compile(r"\b(?:(?:Conférence|Réunion)\s+des|(?!Gouvernements?\b)[A-ZÉ][\w’'-]*(?:\s+[a-zé’'-]+)?\s+"
                      r"(?:de\s+la|de\s+l[’']|du))\s*\Z")
#: « les chefs de secrétariat des organisations participantes » are their executive heads, not the Secretariat.
_EXECUTIVE_HEADS = re.compile(r"\bchefs?\s+de\s+\Z")
#: "les pays d'Asie centrale": a group the registry names in lower case, followed by "de" and a
#: proper name, is a narrower group; so is "les pays d'Afrique centrale", "… de l'Ouest".
_OF_PROPER_NAME = re.compile(r"\s+(?:de\s+l[’']\s*|de|du|des|d[’'])\s*[A-ZÉ]|"
                             r"\s+(?:centrale|australe|subsaharienne|occidentale|orientale|du\s+Nord)\b")

#: A phrase set off by commas about the addressees themselves ("…, agissant dans le cadre de leur mandat et dans les
#: limites de leurs ressources, les organisations non gouvernementales…", "…, dans le cadre de leur mandat, …",
#: "…, selon qu'il convient et dans les limites de leurs mandats existants, les organisations non gouvernementales…"):
#: its preposition puts no later name out of the list.
_OWN_INCISE = re.compile(r",\s*(?:agissant\b|dans\s+le\s+cadre\s+de\s+leurs?\s+mandats?\b|conformément\s+à\s+leurs?\s+"
                         r"mandats?\b|selon\s+qu[’']il\s+convient\b)[^,;:]{0,120},")
#: The « d' » of « d'autres parties prenantes » ("other stakeholders"), before a name the registry knows.
_SOME_OTHER = re.compile(r"\bd[’']\s*$")
#: "l'ensemble du système des Nations Unies", "la totalité des États Membres": the whole of them.
_WHOLE_OF = re.compile(r"\b(?:l[’']\s*ensemble|la\s+totalité)\s+(?:du|des|de\s+la|de\s+l[’'])\s*$")

#: An item of a list the registry does not know, between two that it does: its « de » puts no
#: later name out of the list.
_ARTICLE = r"(?:les?|la|l[’']|aux?|à\s+la|à\s+l[’'])\s*"
_UNKNOWN_ITEM = re.compile(rf"^\s*,\s*{_ARTICLE}[\w’'-]+(?:\s+[\w’'-]+){{0,6}}"
                           rf"(?=\s*,\s*{_ARTICLE}$)")

#: A group named by its members ("les acteurs de la société civile", "les organisations et
#: associations de la société civile", "les représentants du secteur privé").
_MEMBER_NOUN = r"(?:acteurs|organisations|associations|représentants|membres|entités|organismes)"
_MEMBERS_OF = re.compile(rf"\b{_MEMBER_NOUN}(?:\s+et\s+{_MEMBER_NOUN})?\s+(?:de\s+la|du|des|de\s+l[’'])\s*$")

#: Parts of the United Nations system listed before the name they share: "les organismes, fonds et
#: programmes compétents des Nations Unies", "les organismes et organes du système des Nations Unies",
#: "les organisations et institutions compétentes des Nations Unies" ("relevant organizations and
#: agencies of the United Nations system"), "tous les mécanismes de l'Organisation des Nations Unies relatifs aux
#: droits humains" ("all United Nations human rights mechanisms").
_SYSTEM_NOUN = r"(?:organismes|organes|entités|fonds|programmes|organisations|institutions|mécanismes)"
_SYSTEM_PHRASE = re.compile(
    rf"\b{_SYSTEM_NOUN}(?:(?:,\s*|\s+et\s+)(?:les\s+|aux\s+|des\s+)?(?:institutions\s+spécialisées|"
    rf"{_SYSTEM_NOUN})|\s+(?:compétente?s|concernée?s|apparentée?s))*\s+"
    r"(?:du\s+système\s+|de\s+l[’']\s*Organisation\s+)?des\s+Nations\s+Unies\b"
    r"(?!\s+(?:pour|chargée?s?|sur|contre)\b)")

#: Two plural nouns joined by « et » that share what follows ("organisations et institutions
#: régionales", "organismes et arrangements régionaux de gestion des pêches").
_TWO_NOUNS = re.compile(r"\b(?P<first>[a-zà-ÿ]{4,}s)\s+et\s+(?:les\s+|des\s+)?(?P<second>[a-zà-ÿ]{4,}s)\b")
#: A masculine plural adjective, to agree with a feminine first noun ("organisations et mécanismes
#: régionaux" are "organisations régionales").
_MASCULINE_PLURAL = re.compile(r"\b([a-zà-ÿ-]+)aux\b")

#: "tous les autres" with no noun: the others of the group named before ("prie instamment tous les
#: autres de…", "tous les autres, en particulier ceux qui ont des arriérés, à…").
_OTHERS = re.compile(r"(?P<others>(?:tous|toutes)\s+les\s+autres)\s*(?:,|(?:à|de|d[’'])\s*[a-zà-ÿœ]+(?:er|ir|re|oir)\b)")
_GROUPS = {"AddresseeGroup"}


def adverbs_end(text: str, start: int, end: int) -> int:
    """Where the adverbs after a verb ending at ``start`` end ("Demande avec insistance aux…")."""
    return _ADVERBS.match(text, start, end).end()


def inside_longer_name(text: str, mention: Mention, start: int, stop: int) -> bool:
    """Whether a known name found in ``text[start:stop]`` is part of a longer one that names
    something else: a narrower group ("les pays d'Asie centrale"), or the head of a conference."""
    narrower = mention.entity.labels["fr"][:1].islower() and _OF_PROPER_NAME.match(text, mention.end, stop)
    return bool(narrower or _HEAD_OF.search(text, max(start, mention.start - 30), mention.start)
                or _EXECUTIVE_HEADS.search(text, max(start, mention.start - 12), mention.start))


def listed_gap(gap: str, entity: Entity | None, name: str = "") -> str:
    """The words between two items of a list, without those that put no name out of it (``name``: the
    next item as written)."""
    if entity is not None and entity.type == "AddresseeGroup":
        gap = _MEMBERS_OF.sub("", gap)  # "les acteurs de la société civile" are civil society
        if name.startswith("autre"):  # "les États Membres et d'autres parties concernées"
            gap = _SOME_OTHER.sub("", gap)
    gap = _OWN_INCISE.sub(",", _WHOLE_OF.sub("", gap))
    return _UNKNOWN_ITEM.sub("", gap)  # ", les organes conventionnels des droits de l'homme, le …"


def system_parts(text: str, start: int, stop: int, registry: Registry) -> list[tuple[int, int, Entity]]:
    """Spans naming parts of the United Nations system by the name they share."""
    system = registry.entities.get("un-system")
    if system is None:
        return []
    return [(m.start(), m.end(), system) for m in _SYSTEM_PHRASE.finditer(text, start, stop)]


def coordinated(text: str, start: int, stop: int, registry: Registry) -> list[Assignee]:
    """Groups named by two nouns sharing their complement: the first noun read with the second's
    complement ("les organisations et institutions régionales et sous-régionales" → "organisations
    régionales et sous-régionales"), when the registry knows it so and not the first noun alone."""
    out = []
    for match in _TWO_NOUNS.finditer(text, start, stop):
        rest = text[match.end("second"):stop]
        first = match.group("first")
        for complement in dict.fromkeys((rest, _MASCULINE_PLURAL.sub(r"\1ales", rest[:80]))):
            virtual = first + complement
            mention = next((m for m in registry.find_mentions(virtual, "fr") if m.start == 0), None)
            if mention is None or mention.end <= len(first) or mention.entity.type not in ("AddresseeGroup", "Agency"):
                continue
            end = match.end("second") + min(mention.end - len(first), len(rest))
            out.append(Assignee(mention.entity, text[match.start():end], match.start(), end, mention.entity.type))
            break
    return out


def others(text: str, start: int, end: int, registry: Registry) -> list[Assignee]:
    """"…et prie instamment tous les autres de…": the last group the paragraph names before
    ``start`` (the clause's verb), the span of "tous les autres" its evidence."""
    match = _OTHERS.match(text, adverbs_end(text, start, end), end)
    if match is None:
        return []
    groups = [m for m in registry.find_mentions(text, "fr", end=start) if m.entity.type in _GROUPS]
    if not groups:
        return []
    entity = groups[-1].entity
    return [Assignee(entity, match.group("others"), match.start("others"), match.end("others"), entity.type)]


#: "Recommande les articles… à l'attention des gouvernements": whose attention a text is commended to.
_ATTENTION_OF = re.compile(r"\bà\s+l[’']attention\s+(?=de\s+la\b|de\s+l[’']|du\b|des\b)")


def attention_of(text: str, start: int, end: int) -> int | None:
    """Where the addressees of "Recommande … à l'attention de…" start (after "à l'attention"), if
    the clause says so."""
    match = _ATTENTION_OF.search(text, start, end)
    return match.end() if match else None


#: A phrase set off by commas between a verb and « que », or after it: "Demande, afin d'atteindre
#: l'objectif d'une participation universelle, que tous les États…", "Recommande que, dans le cadre
#: des efforts qu'ils déploient…, les États…", "Exige une fois de plus qu'en application des
#: résolutions pertinentes du Conseil de sécurité, Israël se retire…".
_INCISE = (r"(?:afin|dans|en|conformément|compte\s+tenu|pour|lors|selon|sans|au\s+titre|à\s+cet\s+égard|"
           r"à\s+l[’']issue|au\s+cours|à\s+compter|dès|d[’']ici)\b"
           r"[^,;:]{0,200}?,\s*")
_INCISE_BEFORE_THAT = re.compile(rf"{_INCISE}(?P<that>que\b|qu[’'])")
_INCISE_AFTER_THAT = re.compile(rf",?\s*{_INCISE}")


def that_after_incise(text: str, start: int, end: int) -> re.Match[str] | None:
    """« que » after a phrase set off by commas that starts at ``start`` (the end of the verb and its
    adverbs), as a match whose group ``that`` is the « que »."""
    return _INCISE_BEFORE_THAT.match(text, start, end)


def incise_end(text: str, start: int, end: int) -> int:
    """Where the subject after « que » starts: past a phrase set off by commas, if one opens at ``start``."""
    match = _INCISE_AFTER_THAT.match(text, start, end)
    return match.end() if match else start


#: The lower-case word right after a French name's capitalised head that starts its complement: an
#: adjective or a preposition ("Conseil *consultatif*", "Groupe *de* coordination", "Bureau *d'appui*").
_COMPLEMENT = re.compile(r"(?:de|du|des|d[’'][\w-]+|pour|sur|chargée?s?|[a-zà-ÿ-]{4,})$")


def headed_name(words: list[str]) -> bool:
    """Whether words after an article ("Conseil consultatif pour les questions de désarmement") are a French
    proper name written with one capital: a capitalised head, then a lower-case complement."""
    return len(words) >= 2 and words[0][:1].isupper() and words[1][:1].islower() \
        and bool(_COMPLEMENT.match(words[1])) and any(len(w) > 3 and w[:1].islower() for w in words[1:])


def without_inner_names(text: str, start: int, end: int, inner: list[tuple[int, int]]) -> str:
    """``text[start:end]`` without the names inside longer ones and their « de » ("de l'Organisation des Nations
    Unies" in "les États Membres de l'Organisation des Nations Unies"): no preposition that puts a name out of a list."""
    out, at = [], start
    for begin, stop in sorted(inner):
        if start <= begin and stop <= end:
            head = re.search(r"(?:de\s+la|de\s+l[’']|du|des|d[’'])\s*\Z", text[at:begin])
            out.append(text[at:at + head.start()] if head else text[at:begin])
            at = stop
    out.append(text[at:end])
    return "".join(out)
