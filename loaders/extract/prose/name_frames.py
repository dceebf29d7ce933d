"""Activities named without a head noun, read from the frame they stand in.

Many activities have names that say nothing of what they are ("Giga", "AI Ready ASEAN",
"Unitaid", "United Nations Food Systems Summit +2 Stocktaking Moment"), or carry their activity
noun in lower case ("the Global Education First initiative", "l'initiative AI Ready Africa").
:func:`framed_names` reads a capitalised name (words joined by "of", "for", "and", "de", "pour"...,
a year, an acronym in brackets) as an activity when the sentence says it is one:

- a role participle follows it: "X, organised by ITU", "X, hosted by the Government of Italy",
  "X, lancée par le Secrétaire général", "X, co-organisé par l'UNESCO";
- an event verb follows it: "X will take place in Geneva", "X was held", "X se tiendra à Genève",
  "X a eu lieu" (an event);
- a passive verb of creation follows it: "X was established pursuant to", "X a été créé par";
- an apposition says what it is: "X, a joint initiative of ITU and UNICEF", "X, une plateforme ...";
- an activity noun in lower case stands after it (English) or before it (French): "the X
  initiative", "l'initiative X", "le programme X";
- an active verb of creating or holding comes before it: "ITU launched X", "l'UIT a lancé X".

A name the registry knows (an agent, a place, an activity) or another rule found is never read
again, and a name headed by an organisation's noun ("Ministry", "University", "Organisation")
is an agent, not an activity.

>>> [(f.term.label, f.term.kind) for f in framed_names("It funds Unitaid, hosted by the World Health Organization.", "en", [])]
[('Unitaid', 'activity')]
>>> [(f.term.label, f.term.kind) for f in framed_names("Le AI Ready Africa se tiendra à Kigali.", "fr", [])]
[('AI Ready Africa', 'event')]
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_terms import EVENT_HEADS, HEADS, MONTHS_EN, MONTHS_FR, Found, Term
from loaders.text import fold

__all__ = ["framed_names"]

_WORD = r"(?<![\w’'\-\u2010\u2011])(?:[A-ZÀ-Ý][\w’'&+@.-]*[\w+]|[A-Z]|[0-9]+[A-Z][\w-]*)"
_JOIN_EN = r"(?:[ \t]+(?:(?:of|on|for|to|in|and|&)(?:[ \t]+the)?)[ \t]+|[ \t]+)"
_JOIN_FR = r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|pour(?:[ \t]+la|[ \t]+le|[ \t]+les|[ \t]+l['’])?|sur|et|en|à)[ \t]*|[ \t]+)"
_TAIL = r"(?:[ \t]+\+?[0-9]+(?=[ \t]+[A-Z])[ \t]+" + _WORD + r"(?:[ \t]+" + _WORD + r")*)?(?:[ \t]+(?:19|20)\d\d)?"
#: A capitalised name ending where the text ends: the name a frame written after it stands on.
_NAME_BEFORE = {
    "en": re.compile(r"(?P<name>" + _WORD + r"(?:" + _JOIN_EN + _WORD + r"){0,9}" + _TAIL + r")"
                     r"(?P<acronym>[ \t]*\([^()\n]{1,20}\))?\Z"),
    "fr": re.compile(r"(?P<name>" + _WORD + r"(?:" + _JOIN_FR + _WORD + r"){0,9}" + _TAIL + r")"
                     r"(?P<acronym>[ \t]*\([^()\n]{1,20}\))?\Z"),
}
#: A capitalised name starting where the text starts: the name a frame written before it opens.
_NAME_AFTER = {
    "en": re.compile(r"(?P<name>" + _WORD + r"(?:" + _JOIN_EN + _WORD + r"){0,9}" + _TAIL + r")"),
    "fr": re.compile(r"(?P<name>" + _WORD + r"(?:" + _JOIN_FR + _WORD + r"){0,9}" + _TAIL + r")"),
}
_PARTICIPLES_EN = (r"(?:co-?)?(?:organi[sz]ed|hosted|convened|led|launched|coordinated|chaired|spearheaded|run|managed|"
                   r"implemented|funded|backed|initiated|sponsored|facilitated|founded|established|created|set up|"
                   r"supported|powered|driven)")
_PARTICIPLES_FR = (r"(?:co-?)?(?:organis|accueilli|convoqu|dirig|men|lanc|coordonn|présid|pilot|port|financ|cré|gér|"
                   r"administr|héberg|"
                   r"fond|initi|anim|soutenu|établi|institu)(?:é|ée|és|ées|e|es|s)?|mise?s? en (?:place|œuvre|oeuvre)")
_NOUNS_EN = (r"initiative|programme|program|project|platform|network|coalition|partnership|alliance|forum|summit|"
             r"conference|workshop|event|course|bootcamp|challenge|competition|hackathon|campaign|fund|facility|hub|"
             r"lab|academy|mechanism|panel|dialogue|series|toolkit|framework|strategy|fellowship|accelerator|"
             r"incubator|festival|award|prize|week|day|meeting|session|roundtable|seminar|webinar|training")
_NOUNS_FR = (r"initiative|programme|projet|plate-?forme|réseau|coalition|partenariat|alliance|forum|sommet|conférence|"
             r"atelier|événement|manifestation|cours|formation|concours|défi|hackathon|campagne|fonds|pôle|hub|"
             r"laboratoire|académie|mécanisme|groupe|dialogue|série|boîte à outils|cadre|stratégie|semaine|journée|"
             r"prix|réunion|session|séminaire|webinaire|table ronde|festival|incubateur|accélérateur")
#: Frames written after a name: (pattern on the text after the name, kind of what it names).
_AFTER = {
    "en": [
        (re.compile(r"\s*,\s*(?:which (?:is|was|will be) |both |to be |will be )?(?:jointly |annually |currently )?" + _PARTICIPLES_EN
                    + r"\s+(?:\w+ly\s+)?(?:by|with)\b"), "activity"),
        (re.compile(r"(?:\s*,\s*(?:which\s+)?|\s+)(?:will take place|takes place|took place|is taking place|will be held|was held|is held|"
                    r"is being held|to be held|will run|is scheduled|was convened|will be convened|kicks off|kicked off|"
                    r"opened|opens|will open)\b"), "event"),
        # "IGF 2018, hosted at UNESCO's Paris headquarters from 12 to 14 November": where and when it was held
        (re.compile(r"\s*,\s*(?:hosted|held|convened)\s+(?:at|in|on|from|during)\b"), "event"),
        (re.compile(r"\s+(?:was|is|has been|will be|were|are|have been)\s+(?:\w+ly\s+)?(?:established|created|set up|"
                    r"launched|founded|organi[sz]ed|hosted|convened|co-?led|led|coordinated|chaired|initiated|mandated|"
                    r"co-?organi[sz]ed|co-?hosted|co-?convened)\b"), "activity"),
        (re.compile(r"\s*,\s+(?:a|an|the)\s+(?:(?!(?:of|for|by|to|in)\b)[\w-]+\s+){0,3}?(?:" + _NOUNS_EN + r")s?\b(?!\s+(?:of|in|at|for)\s+(?:the\s+)?[A-Z]\w+,)"),
         "apposition"),
    ],
    "fr": [
        (re.compile(r"\s*,\s*(?:qui (?:est|a été|sera) |qui sera |qui a été )?(?:conjointement |chaque année |annuellement )?(?:" + _PARTICIPLES_FR
                    + r")\s+(?:\w+ment\s+)?(?:par|avec)\b"), "activity"),
        (re.compile(r"(?:\s*,\s*(?:qui\s+)?|\s+)(?:se tiendra|se tient|se tenait|s['’]est tenue?|aura lieu|a eu lieu|a lieu|se déroulera|se déroule|"
                    r"s['’]est déroulée?|s['’]ouvrira|s['’]ouvre|s['’]est ouverte?)\b"), "event"),
        (re.compile(r"\s+(?:a été|ont été|est|sont|sera|seront)\s+(?:\w+ment\s+)?(?:créée?s?|établie?s?|lancée?s?|fondée?s?|"
                    r"organisée?s?|accueillie?s?|convoquée?s?|mise?s? en place|instituée?s?|co-?organisée?s?)\b"), "activity"),
        (re.compile(r"\s*,\s+(?:une?|le|la|l['’])\s*(?:(?!(?:de|du|des|par|pour)\b)[\w-]+\s+){0,2}?(?:" + _NOUNS_FR + r")s?\b"), "apposition"),
    ],
}
#: An activity noun in lower case right after the name: "the Global Education First initiative".
_NOUN_AFTER = re.compile(r"[ \t]+(?P<noun>" + _NOUNS_EN + r")\b")
#: Frames written before a name: a lower-case activity noun (French) or an active verb of creating or holding.
_BEFORE = {
    "en": re.compile(r"\b(?:(?:has |have |had |will |to )?(?:launched|launch|unveiled|unveil|inaugurated|organi[sz]ed|"
                     r"hosted|co-hosted|co-organi[sz]ed|convened|introduced|announced|rolled out)\s+(?:the\s+|a\s+|an\s+|its\s+"
                     r"|their\s+)?(?:new\s+|first\s+|annual\s+|inaugural\s+)?|(?:the|an?)\s+(?:" + _NOUNS_EN
                     + r")\s+(?:called|named|entitled|titled|known as)\s+)$"),
    "fr": re.compile(r"(?:\b(?:a|ont|va|vont|avait|avaient)\s+(?:\w+ment\s+)?(?:lancé|organisé|accueilli|inauguré|dévoilé|"
                     r"annoncé|co-?organisé|convoqué|mis en place|présenté)\s+(?:le\s+|la\s+|l['’]|les\s+|un\s+|une\s+)?"
                     r"|(?:\b(?:l['’]|le\s+|la\s+|du\s+|au\s+|de\s+la\s+|de\s+l['’]|à\s+la\s+|à\s+l['’]|"
                     r"cette\s+|ce\s+|cet\s+|son\s+|sa\s+))(?:" + _NOUNS_FR + r")\s+(?:(?:dénommée?|intitulée?|baptisée?|"
                     r"appelée?)\s+)?)$"),
}
#: A French name in sentence case after its activity noun: "l'initiative Sauver des vies ensemble", "l'initiative
#: Appel à l'action"; it ends at punctuation, a conjunction, a relative pronoun or a verb.
_FR_TITLE = re.compile(r"[A-ZÀ-Ý][^\s,;:.()«»\"“”]*(?:[ \t]+(?!(?:et(?!\s+des\b)|ou|qui|que|dont|a|ont|est|sont|sera|seront|pour|"
                       r"dans|par|lors|le|la|les|un|une|en\s+(?:\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                       r"octobre|novembre|décembre))\b)[^\s,;:.()«»\"“”]+){0,8}")
#: A date after "in", "on", "en": no word of a name.
_DATE = re.compile(r"\s+(?:in|on|from|since|en|le|du|depuis)\s+(?:early\s+|late\s+|mid-)?(?:"
                   + MONTHS_EN + "|" + MONTHS_FR + r"|\d{1,2}\s|(?:19|20)\d\d\b)")
#: The head of an event's name, where the name ends before "in" and its place.
_EVENT_END = re.compile(r"\b(?:Summit|Forum|Conference|Workshop|Meeting|Session|Week|Day|Event|Dialogue|Moment|Sommet|"
                        r"Conférence|Atelier|Réunion|Semaine|Journée)(?:\s+(?:19|20)\d\d)?$")
#: Words that open a sentence or a clause, not a name; dropped from the front of a name.
_OPENERS = re.compile(r"^(?:(?:The|In|On|At|For|By|With|From|During|This|That|These|Its|Their|Our|His|Her|A|An|And|As|"
                      r"Under|Through|Following|After|Before|Since|While|Today|Yesterday|Also|Both|Every|Each|Many|"
                      r"Several|Some|All|Ce|Cet|Cette|Le|La|Les|L['’]|Du|Des|Au|Aux|Un|Une|Son|Sa|Ses|Lors|Dans|Par|"
                      r"Pour|Sur|Et|En|Depuis|Après|Avant|Notes|Welcomes|Recalls|Recalling|Noting|Welcoming|Takes|"
                      r"Decides|Requests|Invites|Encourages|Urges|Calls|Stresses|Recognizes|Reaffirms|Rappelle|"
                      r"Rappelant|Notant|Note|Salue|Accueille|Décide|Prie|Invite|Encourage|Exhorte|Souligne|"
                      r"Reconnaît|Réaffirme|Se)\b['’]?\s*)+")
#: Nouns that head an organisation's name: such a name is an agent, not an activity.
_AGENT_HEAD = re.compile(r"\b(?:Organi[sz]ation|Union|Agency|Ministry|Minister|Ministère|Ministre|University|Université|"
                         r"Institute|Institut|Government|Gouvernement|Foundation|Fondation|Association|Bank|Banque|"
                         r"Company|Corporation|Inc|Ltd|Secretariat|Secrétariat|Department|Département|Division|Office|"
                         r"Bureau|Commission|Council|Conseil|Committee|Comité|Authority|Autorité|Agence|Republic|"
                         r"République|Kingdom|Royaume|States|États|Nations|Embassy|Ambassade|Mission|Delegation|Presidency|Présidence|"
                         r"Team|Équipe|Members|Membres|Experts|Partners|Partenaires|Leaders|Dirigeants|"
                         r"Délégation|President|Président|Présidente|Director|Directeur|Directrice|Secretary|"
                         r"Secrétaire|Chair|Professor|Dr|Mr|Mrs|Ms|Mme|M)\.?$")
#: Documents, which are no activities: "Résolution adoptée par ...", "Report of ...".
_DOCUMENT_HEAD = re.compile(r"(?:Résolution|Resolution|Décision|Decision|Rapport|Report|Déclaration|Declaration|Document|"
                            r"Note|Lettre|Letter|Annexe|Annex|Point|Item|Agenda item)\b")
#: Ordinals and numerals, which open no name: "Eightieth session", "XVII", "Seventy-ninth".
_NUMBER_WORD = re.compile(r"(?:[ivxlc]+|\d+\w*|(?:\w+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                          r"tenth|eleventh|twelfth|\w+teenth|\w+ieth|\w+ieme|premiere?)|"
                          r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)")
#: Where the head part of a name ends: "Ministry of ICT", "Ministère de l'économie".
_COMPLEMENT = {"en": re.compile(r"\s+(?:of|for|on|to|in|and)\s"), "fr": re.compile(r"\s")}
#: Words that open a sentence on their own and are no name ("Yesterday, a new initiative ...").
_SENTENCE_ADVERBS = frozenset(fold(w) for w in re.findall(r"\S+", 
    "Today Yesterday Tomorrow However Meanwhile Moreover Furthermore Additionally Recently Earlier Later Finally "
    "Overall Together Currently Now Here There Thus Hence Therefore Indeed Instead Also Similarly Likewise Again "
    "Specifically Notably Accordingly Participants Delegates Speakers Organizers Organisers Aujourd'hui Hier Demain "
    "Cependant Ainsi Enfin Désormais Parallèlement Notamment Également Ici Ensuite Puis Depuis Participants "
    "Intervenants Organisateurs"))
_MONTHS_AND_DAYS = frozenset(fold(w) for w in re.findall(r"\S+", 
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche"))


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and end > s for s, e in spans)


def _head_part(value: str, lang: str) -> str:
    """The words of a name up to its complement: its head is the last of them (English) or the
    first (French)."""
    cut = _COMPLEMENT[lang].search(value)
    return value[:cut.start()] if cut else value


def _clean(text: str, start: int, end: int, taken: list[tuple[int, int]], lang: str,
           openers: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The bounds of a candidate name once openers, a possessive and a known name that opens it
    are cut off (a known activity in ``openers`` stays: it is a word of the longer name); None
    where nothing that can be a name is left."""
    value = text[start:end]
    if opener := _OPENERS.match(value):
        start += opener.end()
    if possessive := re.match(r"[^’'\s]{1,40}(?:\s+[^’'\s]{1,40}){0,4}?['’]s\s+", text[start:end]):
        start += possessive.end()  # "ITU’s Digital Transformation Centres": ITU owns it
    kept = [t for t in taken if t in openers and t[0] == start and t[1] < end]
    taken = [t for t in taken if not any(s <= t[0] and t[1] <= e for s, e in kept)]  # and the names inside it
    # a known name (an agent, a place) may open the candidate: the name is what follows it
    for s, e in sorted(taken):
        if s <= start < e < end:
            start = e + len(text[e:end]) - len(text[e:end].lstrip())
    if date := _DATE.search(text, start, end):
        end = date.start()  # "the UHC Action Agenda in March 2023": a date is no word of a name
    place = re.search(r"\s+(?:in|à)\s+(?:the\s+)?[A-ZÀ-Ý]", text[start:end])
    if place and (kept or _EVENT_END.search(text, start, start + place.start())):
        end = start + place.start()  # "... Workshop in Bangkok": an event's name ends before its place
    if any(s == start and e >= end for s, e in kept):
        return None  # nothing is left beyond the known name: it is that name
    if start >= end or _overlaps(start, end, taken):
        return None
    value = text[start:end]
    words = value.split()
    if not words or not re.match(r"[A-ZÀ-Ý0-9]", value) or _AGENT_HEAD.search(_head_part(value, lang)):
        return None
    if len(words) == 1 and (fold(value) in _MONTHS_AND_DAYS or fold(value) in HEADS or len(value) < 3):
        return None
    if _DOCUMENT_HEAD.match(value) or all(_NUMBER_WORD.fullmatch(fold(w)) for w in words[:-1] or words):
        return None  # "Résolution adoptée par", "Eightieth session", "XVII Seventy-ninth session"
    if re.search(r"\b(?:for|of|on|to|pour|de|d['’])\s+(?:a|an|the|une?|la|le|l['’])?\s*$", text[max(0, start - 12):start]) \
            and any(start - 30 <= e <= start for s, e in taken):
        return None  # "... Social Protection for a Just Transition": the complement of a name before it
    if all(fold(w) in _MONTHS_AND_DAYS or re.fullmatch(r"(?:19|20)\d\d|\d{1,2}", w) for w in words):
        return None
    return start, end


def _sentence_start(text: str, position: int) -> bool:
    """Whether ``position`` opens a sentence or a line (where any word is capitalised)."""
    before = text[:position].rstrip(" \t\"“«(")
    return not before or before[-1] in ".!?:;\n"


#: A role participle opening a sentence: the agents it names come before the sentence's subject.
_FRONTED_PARTICIPLE = re.compile(r"\s*(?:(?:co-?)?(?:organi[sz]ed|organisée?s?|hosted|convened|led|accueillie?s?|"
                                 r"coorganisée?s?|dirigée?s?|lancée?s?|launched)\s+(?:by|par)|(?:[CcOo]rganisé|Organized|"
                                 r"Organised|Hosted|Convened)\b)", re.IGNORECASE)


def _sentence_opening(text: str, position: int) -> int:
    """Where the sentence holding ``position`` opens (after ". ", "\n" or the text's start)."""
    return max(text.rfind(". ", 0, position) + 2, text.rfind("\n", 0, position) + 1, 0)


def _kind(label: str, frame_kind: str) -> str:
    heads = [HEADS[w] for w in re.findall(r"[\w-]+", fold(label)) if w in HEADS]
    return "event" if frame_kind == "event" or (heads and heads[-1] in EVENT_HEADS) else "activity"


def framed_names(text: str, lang: str, taken: list[tuple[int, int]],
                 openers: list[tuple[int, int]] = ()) -> list[Found]:  # type: ignore[assignment]
    """Activities named by a capitalised name that a frame says is one (see the module's
    docstring), outside the spans ``taken`` (which grows with them); a known activity in
    ``openers`` may open one ("AI for Good Innovation Factory, launched by ...")."""
    form = "fr" if lang == "fr" else "en"
    out: list[Found] = []

    def keep(start: int, end: int, kind: str, *, label_end: int | None = None) -> None:
        bounds = _clean(text, start, end, taken, form, openers)
        if bounds is None:
            return
        start, end = bounds
        single = len(text[start:end].split()) == 1
        word = fold(text[start:end])
        if single and (word in _SENTENCE_ADVERBS or re.search(r"(?:ly|ment)$", word)):
            return  # "Yesterday, a new initiative ...": an adverb opening a sentence is no name
        if single and kind != "apposition" and _sentence_start(text, start) \
                and not re.search(r"[A-Z].*[A-Z0-9]|\d", text[start:end]):
            return  # "Participants, organised by ...": a capitalised word opening a sentence says little
        if re.search(r"\b(?:in|at|near|from|à|au|aux|en|depuis|vers)\s+$", text[max(0, start - 8):start]):
            return  # "in Africa, organized by ...": a name after a preposition of place is a place
        end = label_end or end
        label = text[start:end]
        out.append(Found(Term(_kind(label, kind), label=label), start, end))
        taken.append((start, end))

    for pattern, kind in _AFTER[form]:
        for m in pattern.finditer(text):
            window_start = max(0, m.start() - 160)
            name = _NAME_BEFORE[form].search(text, window_start, m.start())
            if name is not None and kind != "apposition" and not text[m.start():m.end()].lstrip().startswith(",") \
                    and re.search(r"\b(?:of|of the|de|du|des|de la|de l['’]|d['’])\s*$", text[max(0, name.start() - 8):name.start()]):
                continue  # "La première phase du SMSI a eu lieu": the name is the complement of the subject, not it
            if name is not None and kind == "apposition" and _FRONTED_PARTICIPLE.match(text, _sentence_opening(text, name.start())):
                continue  # "Coorganisé par l'UNESCO, ... de Ben Guérir, un forum ...": the forum is the subject, no apposition
            if name is not None:
                keep(name.start("name"), name.end("name"), kind)
    if form == "en":
        for name in _NAME_AFTER["en"].finditer(text):
            noun = _NOUN_AFTER.match(text, name.end("name"))
            single = len(name.group("name").split()) == 1 and not re.search(r".[A-Z0-9@+]", name.group("name"))
            if noun is not None and not single and not _overlaps(name.start(), name.end(), taken):
                keep(name.start("name"), name.end("name"), "event" if HEADS.get(noun.group("noun")) in EVENT_HEADS
                     else "activity", label_end=noun.end())
    for name in _NAME_AFTER[form].finditer(text):
        frame = _BEFORE[form].search(text[max(0, name.start() - 80):name.start()])
        if frame is None:
            continue
        end = name.end("name")
        if form == "fr" and (title := _FR_TITLE.match(text, name.start("name"))):
            end = max(end, name.start("name") + len(title.group(0).rstrip()))  # "l'initiative Sauver des vies ensemble"
        keep(name.start("name"), end, "activity")
    return sorted(out, key=lambda f: f.start)
