"""New agents, read from their linguistic form: the noun phrase a role trigger names when the
registry knows no agent there ("organisé par le ministère chinois des affaires étrangères",
"co-chaired by Ambassador Egriselda López of El Salvador"), or the subject a sentence names just
before its verb ("la Mission permanente de la Chine auprès des Nations Unies à Genève s'est
associée").
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_new_names import initials
from loaders.text import fold

__all__ = ["new_agent_after", "new_agent_before"]

#: Titles before a person's name, dropped from the name: "Ambassador", "H.E. Eng.", "Mme", "Dr".
_TITLES = re.compile(r"^(?:(?:Ambassador|Ambassadeur|Ambassadrice|H\.E\.|S\.E\.|Eng\.|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|"
                     r"M\.|Mme|Mmes|Minister|Ministre|Sir|Dame)\s+)+")
#: An English agent named by a role trigger: capitalised words, with "of", "for", "and", "the"
#: between them ("Amazon Web Services", "Ambassador Rein Tammsaar of Estonia").
_EN_AGENT = re.compile(r"(?:the[ \t]+)?(?P<name>(?:[A-Z][\w.&’'-]*)(?:[ \t]+(?:(?:of|for|on|de|&)[ \t]+(?:the[ \t]+)?)?"
                       r"[A-Z][\w.&’'-]*)*(?:(?<=Group)[ \t]+\d{1,3}(?![\w/.-]))?)")  # "ITU-T Study Group 16"
#: A French agent after "par", "avec": an article and its noun phrase up to a comma or a verb.
_FR_AGENT = re.compile(r"(?:(?:les|la|le)\s+|l['’]\s*)(?P<name>[\wÀ-ÿ][\wÀ-ÿ'’.-]*(?:[ \t]+[\wÀ-ÿ'’.()-]+){0,11}?)"
                       r"(?=\s*(?:[,;.:]|$|\s(?:et|ainsi que|pour|qui|a|ont|afin|en vue|dans le cadre|avec|en partenariat|"
                       r"en collaboration|en coopération|sous|lors|en(?=\s+\d))\s))")
#: "… and Trade (DFAT)": a capitalised name after "and", then a bracketed acronym.
_AND_NAMED = re.compile(r"[ \t]+and[ \t]+(?P<rest>[A-Z][\w&’'-]*(?:[ \t]+(?:(?:of|for|on|&)[ \t]+(?:the[ \t]+)?)?"
                        r"[A-Z][\w&’'-]*)*)[ \t]*\((?P<acronym>[A-Z]{2,10})\)")
#: An agent's name written before its acronym in brackets, with no comma between: the bracket ends the name, whatever
#: words ("pour les", "et le libre accès") it holds, unless "and" or "et" opens another name or clause ("LAS and the
#: Lebanese Presidency Council of Ministers (PCM)" are two; "DiploFoundation and hosted by the Digital Bridge Institute
#: (DBI)" goes on with another trigger), or "by", "par", "with", "avec" opens another trigger's agents. The acronym is capitals, maybe with a word after it ("(ISOC Bénin)").
_NAME_THEN_ACRONYM = re.compile(r"(?:(?:les|la|le|the)[ \t]+|l['’][ \t]*)?(?P<name>[A-ZÀ-Ý](?:(?![ \t](?:(?:and|et|&)[ \t]+(?!(?:(?:the|la|le|les|des|du)[ \t]+|l['’])[a-zà-ÿ])|(?:by|par|with|avec)[ \t]))"
                                r"[^,;.:()\n]){1,100}?)[ \t]*"
                                r"(?=\([A-Z]{2}[A-Z0-9&-]*(?:[ \t][A-ZÀ-Ý][\wÀ-ÿ]+)?(?:\)|,))")
#: What follows a person's or a mission's name and is not part of it: "of El Salvador", "(Autorité ...)".
_AGENT_TAIL = re.compile(r"\s+(?:of|from|de|du)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$")


def new_agent_after(text: str, position: int, lang: str) -> tuple[str, int, int, int] | None:
    """The agent a role trigger names at ``position`` when the registry knows none there:
    (name as written, start, end, end of the phrase). A person's title is dropped from the
    name, and so is what follows it ("Ambassador Rein Tammsaar of Estonia" is Rein Tammsaar).

    >>> new_agent_after("co-chaired by Ambassador Rein Tammsaar of Estonia.", 14, "en")
    ('Rein Tammsaar', 25, 38, 49)
    """
    if (bracketed := _NAME_THEN_ACRONYM.match(text, position)) is not None:
        # "la Fondation pour les logiciels libres et le libre accès en Afrique (FOSSFA, en anglais)": the acronym bounds it
        name, start = bracketed.group("name"), bracketed.start("name")
        if len(name) >= 2 and fold(name) not in _NOT_AGENTS:
            return name, start, start + len(name), start + len(name)
    m = (_FR_AGENT.match(text, position) if lang == "fr" else None) or _EN_AGENT.match(text, position)
    if m is None:
        return None
    name, start = m.group("name"), m.start("name")
    name = re.sub(r"(?<=\w\w\w)\.$", "", name.rstrip())  # the full stop ending the sentence
    if (joined := _AND_NAMED.match(text, start + len(name))) and len(joined.group("acronym")) >= 3 \
            and initials(name + " " + joined.group("rest")).endswith(joined.group("acronym")):
        name = text[start:joined.end("rest")]  # "Department of Foreign Affairs and Trade (DFAT)": its acronym joins them
    phrase_end = start + len(name)
    if title := _TITLES.match(name):
        name, start = name[title.end():], start + title.end()
        name = _AGENT_TAIL.sub("", name)
    elif start - position > 4:
        return None
    name = name.strip()
    if len(name) < 2 or fold(name) in _NOT_AGENTS or not re.match(r"[\wÀ-ÿ]", name):
        return None
    return name, start, start + len(name), phrase_end


def new_agent_before(text: str, position: int, lang: str) -> tuple[str, int, int] | None:
    """The agent a sentence names as the subject just before ``position`` ("Le 25 novembre, la
    Mission permanente de la Chine auprès des Nations Unies à Genève s'est associée ..."): the
    phrase from the last comma, opened by an article and a capital."""
    opening = max(text.rfind(",", 0, position), text.rfind(".", 0, position), text.rfind("\n", 0, position)) + 1
    phrase = text[opening:position]
    m = re.match(r"\s*(?:la|le|les|l['’]|the)\s*(?P<name>[A-ZÀ-Ý][^,;]{2,120}?)\s*$", phrase, re.IGNORECASE)
    if m is None or not m.group("name")[0].isupper():
        return None
    return m.group("name"), opening + m.start("name"), opening + m.end("name")


_NOT_AGENTS = frozenset({"summit", "forum", "event", "dialogue", "sommet", "evenement", "initiative", "programme",
                         "it", "they", "this", "these", "il", "elle", "ils", "elles", "ce", "cette", "year", "annee",
                         "ai", "ia",  # a technology, not who acts: "the AI and Democracy Chair" is no agent "AI"
                         # a post's first word, cut from its title: "... et Secrétaire exécutive de la CEA, Vera Songwe"
                         "secretaire", "secretary", "president", "presidente", "director", "directeur", "directrice",
                         "minister", "ministre"})
