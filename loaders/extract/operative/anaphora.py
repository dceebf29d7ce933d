"""Who a pronoun asks to act: "…, and requests it to…", "…et l'encourage à…", "les engage à…",
"…et prie ce dernier de…".

A clause of an operative paragraph may name its addressee by a pronoun that stands for someone
an earlier clause of the same paragraph names: "Calls upon States to consider acceding to the
Tampere Convention…, and urges them to facilitate…" / "Demande aux États d'envisager…, et les
prie de…"; "Welcomes the efforts of the International Law Commission…, and encourages it to…" /
"Se félicite des efforts que la Commission du droit international fait…, et l'encourage à…".
French puts the pronoun before the verb, so the clause is found here too ("…et les engage à…",
which the paragraph reader's list of joined verbs does not see).

The pronoun stands for the assignees of the nearest earlier clause that has some; failing
that, for the entities the earlier clause names (the first one for a singular pronoun). The
assignee keeps the pronoun's span as its evidence: that is where the text asks them to act.
"""

from __future__ import annotations

import re

from loaders.extract.operative.assignees import _elided
from loaders.extract.operative.mandate_model import Assignee
from loaders.extract.operative.posts import post_assignees
from loaders.extract.operative.short_names import short_name_mentions
from loaders.registry import Registry

__all__ = ["demonstrative", "french_pronoun_clauses", "pronoun_after", "referents", "subject_pronoun"]

#: The nouns a demonstrative names the bodies just named by ("encourages those bodies to…", « engage ces
#: organes à… », « invite ces entités à… »): a group noun with nothing of its own to name.
_GROUP_NOUNS = {"en": r"(?:entities|bodies|organs|organizations|institutions|mechanisms|actors|agencies)",
                "fr": r"(?:entités|organes|organismes|organisations|institutions|mécanismes|acteurs)"}
_DEMONSTRATIVE = re.compile(r"(?:these|those|ces)\s")
#: What may stand between a verb and its pronoun object ("requests it", "also urges them").
_EN_PRONOUN = re.compile(r"(?:\s*,?\s*(?:also|further|again|once\s+again|strongly))*\s+"
                         r"(?P<pronoun>(?P<singular>it|him|her)|them|(?:these|those)\s+" + _GROUP_NOUNS["en"] + r")"
                         # "encourages them once again to continue…": the adverb may follow the pronoun
                         r"(?:\s+(?:once\s+again|once\s+more|again|also|further|strongly))*"
                         r"\s*,?\s+(?:to\s+[a-z]|in\b|,)")
#: A French demonstrative after the verb: "et prie ce dernier de…" (the latter: the last one named; « ces
#: derniers », the last of several groups, is left unread).
#: « et demande que celle-ci continue de… »: the latter as the subject after « que ».
#: « et prie celui‑ci d'offrir… », « et demande à celle-ci de… »: the latter too, as the object of the verb.
_FR_LATTER = re.compile(r"(?:\s*,?\s*(?:également|en\s+outre|de\s+nouveau|à\s+nouveau|vivement|instamment))*\s+(?:"
                        r"(?:à\s+)?(?P<pronoun>(?P<singular>ce\s+dernier|cette\s+dernière|celui[-‑]ci|celle[-‑]ci)|ces\s+" + _GROUP_NOUNS["fr"] + r")"
                        r"\s*,?\s+(?:à|de|d[’'])\s*[a-zà-ÿ]"
                        r"|que\s+(?P<subject>ce\s+dernier|cette\s+dernière|celui[-‑]ci|celle[-‑]ci)\s+[a-zà-ÿ])")
#: "…, and requests that he submit…": a person named as the subject after "that" (not "it", which after "decides
#: that" is most often the Assembly itself).
_EN_SUBJECT = re.compile(r"(?:\s*,?\s*(?:also|further|again|once\s+again))*\s+that\s+(?P<pronoun>he|she)\s+[a-z]")
_PERSONAL = re.compile(r"(?:he|she|him|her)\b")
_SUBJECT_BEFORE = re.compile(r"\b(?:that|que)\s+\Z")
_FR_LATTER_WORD = re.compile(r"ce\s+dernier|cette\s+dernière|celui[-‑]ci|celle[-‑]ci")
#: A French clause whose object pronoun comes before its verb: "et les engage à…", ", l'invite à…".
_FR_CLITIC = r"(?:\bet|,\s*et|,|;\s*et)\s+(?P<pronoun>(?P<singular>l[’']|le\s|la\s|lui\s)|les\s|leur\s)\s*"
_FR_INFINITIVE = (r"(?=(?:\s+(?:tous|toutes|également|en\s+outre|vivement|instamment|de\s+nouveau|à\s+nouveau|aussi|"
                  r"à\s+cet\s+égard),?)*(?:\s*,\s*(?:en|à|dans|pour|sur)\s[^,;:]{1,60},)?\s*,?\s+(?:à|de|d[’'])\s*(?:(?:se|lui|leur|en|y|les?|la)\s+|s[’']|l[’'])?"
                  r"[a-zà-ÿ]+(?:er|ir|re|oir)\b)")
#: A known name inside a longer one ("the Advisory Commission of the Agency", "la Commission
#: consultative de l'Office") is not what the pronoun stands for.
_INSIDE_A_NAME = {"en": re.compile(r"\b[A-Z][\w’'-]*\s+of\s+(?:the\s+)?\Z"),
                  "fr": re.compile(r"\b[A-ZÉ][\w’'-]*(?:\s+[a-zé]+)?\s+(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*\Z")}
#: A name right after another's "of" is part of it ("the Office of Internal Oversight Services of the
#: Secretariat", « le Bureau des services de contrôle interne du Secrétariat »).
_OF = re.compile(r"\s*(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l[’']\s*|des\s+)")
#: The author of a document the clause cites ("as discussed in the report of the Secretary-General", « dans le rapport
#: du Secrétaire général ») is not whom a later pronoun asks to act: the clause thanks or welcomes others. (« ce
#: dernier », the last one named, may be the author: « …établi par le Secrétaire général, et prie ce dernier de… ».)
_AUTHOR_OF = {"en": re.compile(r"\b(?:reports?|notes?|letters?|statements?)\s+(?:of|by)\s+(?:the\s+)?\Z|"
                               r"\b(?:submitted|prepared|presented|issued)\s+by\s+(?:the\s+)?\Z", re.I),
              "fr": re.compile(r"\b(?:rapports?|notes?|lettres?|déclarations?)\s+(?:du|de\s+la|de\s+l[’']|des|de)\s*\Z|"
                               r"\b(?:présentée?s?|soumise?s?|établie?s?)\s+par\s+(?:le\s+|la\s+|l[’']\s*)?\Z", re.I)}
#: Kinds of entity a pronoun may stand for.
_ADDRESSABLE = {"Agency", "Organization", "Body", "Post", "AddresseeGroup", "Country"}


def french_pronoun_clauses(verbs: str) -> str:
    """The regex of French clauses opened by a pronoun and one of ``verbs`` (a regex of lower-case
    verb forms), the verb followed by its infinitive; groups ``verb`` and ``pronoun``."""
    return rf"{_FR_CLITIC}(?P<verb>{verbs}){_FR_INFINITIVE}"


def pronoun_after(text: str, verb_end: int, end: int, lang: str = "en") -> tuple[int, int, bool] | None:
    """The pronoun a clause addresses right after its verb ("requests it to", « prie ce dernier de »): its span
    and whether it is singular."""
    match = (_FR_LATTER if lang == "fr" else _EN_PRONOUN).match(text, verb_end, end)
    if match is None and lang != "fr":
        subject = _EN_SUBJECT.match(text, verb_end, end)
        return (subject.start("pronoun"), subject.end("pronoun"), True) if subject else None
    if match is None:
        return None
    if lang == "fr" and match.group("subject"):
        return match.start("subject"), match.end("subject"), True
    return match.start("pronoun"), match.end("pronoun"), match.group("singular") is not None


def subject_pronoun(text: str, pronoun: tuple[int, int, bool]) -> bool:
    """Whether the pronoun is the subject after "that" / « que » ("decides that the latter shall…", « décide que
    celle-ci tiendra… »): who it stands for acts, rather than the Assembly a decision binds by default."""
    return bool(_SUBJECT_BEFORE.search(text, max(0, pronoun[0] - 6), pronoun[0]))


def demonstrative(text: str, pronoun: tuple[int, int, bool]) -> bool:
    """Whether the pronoun is a demonstrative group ("those bodies", « ces organes »), which names no one of
    its own: what it stands for outranks what the clause's reading made of its noun."""
    return bool(_DEMONSTRATIVE.match(text, pronoun[0]))


def referents(text: str, start: int, end: int, lang: str, registry: Registry, earlier: list[list[Assignee]],
              pronoun: tuple[int, int, bool]) -> list[Assignee]:
    """Who the pronoun at ``pronoun`` (start, end, singular) stands for: the assignees of the
    nearest of the ``earlier`` clauses (nearest last) that has some, else the entities named in
    ``text[start:end]`` (the clause before the pronoun's)."""
    at, stop, singular = pronoun
    latter = lang == "fr" and bool(_FR_LATTER_WORD.match(text, at, stop))  # the last one named, whoever asked
    # "Takes note of the report of the Secretary-General, and requests that he submit…": a person, who may be the
    # author of the document cited.
    personal = lang == "en" and bool(_PERSONAL.match(text, at, stop))
    found = [] if latter or personal else next((assignees for assignees in reversed(earlier) if assignees), [])
    if not found:
        mentions = [m for m in registry.find_mentions(text, lang, start=start, end=end)
                    + short_name_mentions(text, lang, registry.short_names, start=start, end=end)
                    if m.entity.type in _ADDRESSABLE
                    and not _INSIDE_A_NAME[lang].search(text, max(start, m.start - 40), m.start)
                    and (not personal or m.entity.type == "Post")
                    and (latter or personal or not _AUTHOR_OF[lang].search(text, max(start, m.start - 40), m.start))]
        mentions = [m for m in mentions if not any(_OF.fullmatch(text, other.end, m.start) for other in mentions)]
        posts = post_assignees(text, start, end, lang, registry, mentions)
        mentions = [m for m in mentions if not any(p.start < m.end and m.start < p.end for p in posts)]
        found = [Assignee(m.entity, text[m.start:m.end], m.start, m.end, m.entity.type) for m in mentions] + posts
        # "the United Nations and other international and regional organizations": groups sharing one noun
        found += [g for g in _elided(text, start, end, lang, registry) if all(a.entity != g.entity for a in found)]
        found.sort(key=lambda a: a.start)
    if singular:  # "it" stands for the first named; « ce dernier », the latter, for the last
        found = found[-1:] if latter else found[:1]
    out: list[Assignee] = []
    for assignee in found:
        if all(a.entity != assignee.entity or (a.entity is None and a.name != assignee.name) for a in out):
            out.append(Assignee(assignee.entity, assignee.name, at, stop, assignee.type))
    return out
