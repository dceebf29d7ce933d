"""Mandate links in prose: an instrument cited after a cue ("established by", "in line with",
"pursuant to", "conformément à", "en application de", "comme indiqué dans", "mandated by",
"following a commitment made in", "issuing from") or as the subject of a mandating verb
("La Résolution 79/325 ... prie", "a resolution (A/RES/79/325) that delineates", "Through the
adoption of the GDC, Member States committed to ...") mandates the activities the sentence names.
Instruments that recognise the work of an activity ("Les résolutions ... reconnaissent les travaux
du Groupe GTI-IA (la Résolution 101 ..., la Décision 220 EX/41 ...)") recognise it, without
mandating it (``recognizedBy``).
"""

from __future__ import annotations

import re

from loaders.extract.prose_names import Names
from loaders.extract.prose_reports import reported_document
from loaders.extract.prose_terms import Found, ProseExtraction, Term, heads_of_names
from loaders.text import fold

__all__ = ["add_mandates", "add_recognitions"]

_MANDATE_CUE = re.compile(
    r"\b(?:(?:established|created|set up|launched) (?:by|under|pursuant to|in accordance with|in line with)|"
    r"(?:established|created|set up|launched|adopted|endorsed|convened|mandated) (?:in|through|via)|"
    r"at the request of|a la demande de|sur (?:la )?demande de|(?:stems?|derives?|originates?|emanates?|flows?) from|decoulen?t? d|"
    r"(?:under|as per|per|selon|through|via|par le biais de) (?:its |their |the |sa |leur |la |le )?(?:[\w-]+ ){0,4}?(?:resolutions?|decisions?) |"
    r"(?:as )?mandated (?:by|under|in)|pursuant to|in accordance with|in line with|in follow-up to|"
    r"in implementation of|in compliance with|in support of the implementation of|"
    r"(?:is |as )?(?:a |the )?(?:direct )?response to|en conformite avec|(?:advancing|advances|advance|supporting|supports|support|contributing to|contributes to|contribute to) the implementation of|"
    r"(?:contribue|contribuent|contribuant) a la mise en (?:oeuvre|œuvre) d|in response to|as called for (?:in|by)|as requested (?:in|by)|as decided (?:in|by)|"
    r"as set out in|as outlined in|as envisaged in|as provided for in|under the terms of|by the terms of|"
    r"as (?:foreseen|stipulated|specified|laid down|prescribed|contained) in|in (?:fulfilment|fulfillment|furtherance) of|"
    r"responding to|en reponse a|repondant a|au titre de la resolution|sur (?:le )?mandat d|"
    r"tel(?:le)?s? que (?:prevue?s?|defini(?:e|s|es)?|demande(?:e|s|es)?) (?:dans|par|au|aux)|"
    r"(?:cree|etabli|institue|lance)(?:e|s|es)? (?:par|en application d|en vertu d|conformement a|dans|aux termes d)|"
    r"en application d|conformement a|comme indique dans|comme prevu (?:dans|par)|comme demande dans|"
    r"en vertu d|en execution d|mandate(?:e|s|es)? par|pour donner suite a|donnant suite a|"
    r"aux termes d|following (?:a |the )?commitments? (?:made )?(?:in|under)|suite a l'engagement pris dans|"
    # "Following the United Nations General Assembly resolution adopted in December 2001 (Resolution 56/183), a
    # World Summit ... was launched"
    r"mandate (?:is|was|are|were) (?:detailed|set out|laid (?:out|down)|described|contained|defined) in|"
    r"mandat (?:est|a ete|sont) (?:(?:defini|enonce|precise|decrit)e?s? (?:dans|au|aux|par))|"
    r"following (?:the |a )?(?:[\w-]+ ){0,5}resolutions?|(?:a la )?suite (?:a|de) (?:la |une )?(?:[\w-]+ ){0,5}resolutions?|"
    r"issu(?:ing|ed)? from|stemming from|arising from|as an outcome of|issue?s? d|decoulant d|"
    r"(?:as )?(?:defined|set forth) in|tel qu'il est defini (?:dans|aux?|par)|definie? (?:dans|aux? paragraphes?))")
_MANDATING_VERB = re.compile(
    r"^(?:\s*(?:de l'assemblee generale|of the general assembly|,[^,.;]{0,60},|\)|,(?=\s*[a-z]+(?:ed|e|es)\b)|,\s*(?:the )?(?:member states|"
    r"les etats membres|states|world leaders|les dirigeants(?: du monde)?)|"
    # "In its resolution 79/325, the General Assembly established ...", « Par sa résolution 79/325, l'Assemblée générale a créé »
    r",\s*(?:the |l'|le |la |les )?(?:un |united nations |[\w-]+ ){0,2}(?:general assembly|assemblee generale|assembly|assemblee|"
    r"human rights council|conseil des droits de l'homme|economic and social council|conseil economique et social|ecosoc|"
    r"security council|conseil de securite|council|conseil|general conference|conference generale|member states|etats membres)"
    r"(?:\s+(?:des nations unies|of the united nations))?(?:\s+(?:has|have|had|a|ont|avait))?))*\s*(?:,?\s*(?:that|which|qui)\s+)?"
    r"(?:(?:\w+(?:ly|ment)|also|further|then|aussi|egalement)\s+)?"
    r"(?:prie|priait|a prie|demande|a demande|decide|charge|a charge|invite|a invite|requests?|requested|invited?|invites|decides?|decided|calls? for|called for|establishe[sd]?|creates?|created|"
    r"cree|a cree|mandates?|tasks?|delineates?|sets? out|provides? for|definit|institue|etablit|etabli|"
    r"launche[sd]?|lance|convene[sd]?|convoque|"
    r"committed to|commit to|agreed to|undertook to|se sont engages a|s'engagent a|sont convenus de)\b")
#: Cues that mandate only with the instrument right after them: "on the basis of resolution 79/325", « dans le cadre
#: de la résolution 70/125 », "within the framework of the Tunis Agenda", "consistent with the Global Digital Compact".
_NEAR_CUE = re.compile(r"\b(?:on the basis of|based on|in keeping with|consistent with|within the framework of|in the framework of|"
                       r"guided by|as (?:was |were )?requested (?:in|by)|(?:was|were|is|are|been) requested (?:in|by)|"
                       r"sur la base d|dans le cadre d|en se fondant sur|conformement aux dispositions d|a la lumiere d)"
                       r"(?:e |u |es |e la |e l')?\s*(?:the |its |la |le |l'|sa |leur )?(?:(?:general assembly|united nations|un|"
                       r"assemblee generale|human rights council|ecosoc)\s+)?(?:resolutions?\s+|decisions?\s+)?$")
#: An activity implementing the instrument cited right after the verb: "implements paragraph 21 of the Global Digital Compact".
_IMPLEMENTS = re.compile(r"\b(?:implements|implementing|to implement|met en (?:oeuvre|œuvre)|mettant en (?:oeuvre|œuvre))\s+"
                         r"(?:the |la |le |l')?$")
#: A sentence saying an activity's mandate was extended or renewed by the instrument it cites.
_MANDATE_RENEWED = re.compile(r"\bmandat\w*\b[^.;]{0,120}\b(?:prolonge|renouvele|reconduit|proroge)|"
                              r"\bmandate\b[^.;]{0,120}\b(?:extended|renewed)\b|\b(?:extended|renewed) (?:the|its) mandate\b")
_GAP_QUOTES = re.compile(r"[“\"«][^”\"»]*[”\"»]")


_LIST_GAP = re.compile(r"[\s,;()]*(?:(?:and|et|ainsi que|as well as|or|ou)\b)?[\s\w'’.()]{0,20}")


def _listed_after(cue_end: int, index: int, citations: list, folded: str) -> bool:
    """Whether the citation at ``index`` belongs to the list a cue opens: every earlier citation
    after the cue is joined to the next by a conjunction or a comma ("conformément à la Résolution
    75 ... et à la Résolution 1282"), not by a clause ("..., which was adopted as part of the Pact")."""
    chain = [c for c in citations[:index] if c.start >= cue_end]
    for before, after in zip(chain, chain[1:] + [citations[index]]):
        if not _LIST_GAP.fullmatch(_GAP_QUOTES.sub("", folded[before.end:after.start])):
            return False
    return True


_TITLE = re.compile(r"\s*[«“\"'‘]([^»”\"]{3,300})[»”\"]")
#: The subject written after a citation: "la Résolution 80/173 de l'Assemblée générale sur l'examen ... du SMSI+20,".
_SUBJECT = re.compile(r"\s*(?:de l'assemblee generale|of the general assembly)?\s*(?:sur|on|relative a|relatif a|concernant|"
                      r"concerning|entitled|intitulee?)\s+([^,;]{3,300}?)(?=[,;]|\.(?:\s|$)|$)")


def _titles(text: str, citations: list) -> list[tuple[int, int]]:
    """The titles and subjects written right after citations: "(70/125) 'Document final ...\"",
    "80/173 de l'Assemblée générale sur l'examen ... du SMSI+20"."""
    folded = fold(text)
    spans = []
    for c in citations:
        at = c.end + (text[c.end:c.end + 1] == ")")
        if m := _TITLE.match(text, at) or _SUBJECT.match(folded, at):
            spans.append((m.start(1), m.end(1)))
    return spans


#: What joins the activities a mandating verb takes as its objects: "the Panel and the Dialogue", « un A et un B ».
_OBJECTS_GAP = re.compile(r"[\s,]*(?:(?:and|et|as well as|ainsi que)\s+)?(?:(?:the|a|an|le|la|les|l'|un|une|des|du)\s*)?")


#: The name a text gives what an instrument called for: "a high-level meeting in 2025 to review ..., known as
#: WSIS+20 Review", « une réunion ..., connue sous le nom de Sommet X ».
_KNOWN_AS = re.compile(r"(?:,\s*)?\b(?i:known as|referred to as|dubbed|connue?s? sous le nom d[e'’]\s*|dite?s?|appel[ée]e?s?)\s+(?i:the\s+|le\s+|la\s+|l['’])?"
                       r"(?P<name>[A-Z][\w+’'-]*(?:\s+(?:[A-Z0-9][\w+’'-]*|of|on|for|de|du|des|sur|la|le))*)")
#: An activity named as the complement of a purpose ("to review the implementation of the outcomes of the WSIS"),
#: not as what the verb calls for.
_COMPLEMENT = re.compile(r"(?:outcomes?|results?|implementation|resultats|mise en (?:oeuvre|œuvre))\s+(?:of|du|de la|des|de l'|d')\s*(?:the\s+)?$")


def _named_object(text: str, verb_end: int, end: int) -> Found | None:
    """The activity a "known as" names after an instrument's mandating verb, as a new activity."""
    m = _KNOWN_AS.search(text, verb_end, end)
    if m is None:
        return None
    name = re.sub(r"(?:\s+(?:of|on|for|de|du|des|sur|la|le))+$", "", text[m.start("name"):m.end("name")])
    return Found(Term("activity", label=name), m.start("name"), m.start("name") + len(name))


def _objects(activities: list, verb_end: int, folded: str) -> list:
    """The activities a citation's mandating verb takes as objects: the first named after the verb
    and those listed with it ("The Addis Ababa Action Agenda also established a Technology
    Facilitation Mechanism ... composed of ... a Forum": the Mechanism only). Where none follows
    the verb, every activity of the sentence."""
    following = [a for a in activities if a.start >= verb_end and not _COMPLEMENT.search(folded[max(0, a.start - 40):a.start])]
    if not following or following[0].start - verb_end > 60:
        return activities
    objects = following[:1]
    for activity in following[1:]:
        if not _OBJECTS_GAP.fullmatch(folded[objects[-1].end:activity.start]):
            break
        objects.append(activity)
    return objects


#: The rest of an opening adverbial after its citation, to the subject of the sentence: "..., the".
_REST_OF_ADVERBIAL = re.compile(r"[^.;,]{0,100},\s*(?:the\s+|l['’]\s*|le\s+|la\s+|les\s+)?")


def _fronted_subject(names: Names, activities: list[Found], citation_end: int, end: int) -> Found | None:
    """The activity, or the office or other activity-headed body the registry knows, that is the
    subject after an opening mandate adverbial: "In line with the areas of responsibility outlined
    in the Secretary-General’s Roadmap on Digital Cooperation, the Office of the Secretary-General’s
    Envoy on Technology focuses on ..." (the registry knows the Office as an agency; organs such as
    the General Assembly, whose names have no activity head, are no mandated subject)."""
    rest = _REST_OF_ADVERBIAL.match(names.text, citation_end, end)
    if rest is None:
        return None
    if (activity := next((f for f in activities if f.start == rest.end()), None)) is not None:
        return activity
    agent = next((a for a in names.agents_in(rest.end(), end) if a.start == rest.end()), None)
    if agent is None or not heads_of_names(agent.entity.names()):
        return None
    return Found(Term.known(agent.entity), agent.start, agent.end)


#: A passive of creation between a sentence's subject and its mandate cue: "..., was established in 2008, pursuant to".
_CREATED = re.compile(r"[^.;]{0,140}?\b(?:was|were|has been|have been|had been|is|are|a ete|ont ete|est|sont|fut)\s+"
                      r"(?:(?:officially|formally|first|initially|officiellement|initialement)\s+)?"
                      r"(?:established|created|set up|launched|mandated|creee?s?|etablie?s?|institue(?:e|s|es)?|lancee?s?|mise? en place)\b")


#: Between a sentence's subject and a mandate cue in apposition to it: "X, established by", "X (IGF), as mandated by".
_APPOSITION = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,\s*(?:(?:which|that) (?:was|were|is|has been) |qui a ete |as |tel que |telle que )?")


def _subject_in_apposition(activities: list[Found], cue_starts: list[int], start: int, folded: str) -> Found | None:
    """The activity a sentence opens with, where a mandate cue stands in apposition right after it."""
    first = activities[0] if activities else None
    if first is None or not re.fullmatch(r"\s*(?:the|le|la|les|l')?\s*", folded[start:first.start]):
        return None
    return first if any(_APPOSITION.fullmatch(folded, first.end, at) for at in cue_starts) else None


def _created_body(names: Names, start: int, citation_start: int, cue_starts: list[int]) -> Found | None:
    """The body the registry knows that a sentence opens with and says was created, or works, under
    the instrument it cites: "The Advisory Committee, comprised of 18 independent experts, was
    established in 2008, pursuant to resolution 5/1", "The Commission ..., as mandated by ECOSOC
    resolution 2006/46, held ..." (an organ is an agent, not an activity, until a sentence says
    where its mandate comes from)."""
    agent = next((a for a in names.agents_in(start, citation_start)
                  if re.fullmatch(r"\s*(?:the|le|la|l['’]|les)?\s*", names.text[start:a.start], re.IGNORECASE)), None)
    if agent is None or agent.entity.type != "Body":
        return None
    in_apposition = any(re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*,\s*(?:as\s+|tel que\s+|telle que\s+)?", fold(names.text)[agent.end:at])
                        for at in cue_starts)
    if not (in_apposition or _CREATED.match(fold(names.text), agent.end, citation_start)):
        return None
    return Found(Term.known(agent.entity), agent.start, agent.end)


def add_mandates(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    text = names.text
    folded = fold(text)
    citations = names.citations_in(start, end)
    if not citations:
        return
    activities = [f for f in names.activities_in(start, end) if f.start >= 0]
    titled = [f for f in activities if any(s <= f.start and f.end <= e for s, e in _titles(text, citations))]
    if len(titled) < len(activities):  # the activities a cited instrument's title names are its subject, not the sentence's
        activities = [f for f in activities if f not in titled]
    for i, citation in enumerate(citations):
        cued = bool(_MANDATE_RENEWED.search(folded, start, end))
        fronted = False  # the cue opens the sentence: "In line with X, the Office ..."
        cue_starts = []
        for cue in _MANDATE_CUE.finditer(folded, start, citation.start):
            gap = _GAP_QUOTES.sub("", folded[cue.end():citation.start])
            if len(gap) <= 110 and not re.search(r"[.;]\s", gap) and _listed_after(cue.end(), i, citations, folded):
                cued = True
                fronted = fronted or not folded[start:cue.start()].strip()
                cue_starts.append(cue.start())
        if (near := _NEAR_CUE.search(folded, max(start, citation.start - 60), citation.start)) is not None:
            cued = True  # "on the basis of resolution X", « dans le cadre de la résolution X »
            fronted = fronted or not folded[start:near.start()].strip()
            cue_starts.append(near.start())
        implementing = None if cued else _IMPLEMENTS.search(folded, max(start, citation.start - 40), citation.start)
        after = folded[citation.end:min(end, citation.end + 90)]
        verb = _MANDATING_VERB.match(after)
        if not (cued or verb or implementing):
            continue
        if implementing:  # "The ... Initiative implements paragraph 21 of ...": the subject before the verb only
            mandated = [a for a in activities[:1] if a.end <= implementing.start()
                        and re.fullmatch(r"\s*(?:the|le|la|l')?\s*", folded[start:a.start])]
        else:
            mandated = activities if cued else _objects(activities, citation.end + verb.end(), folded)
        if verb and not cued and (named := _named_object(text, citation.end + verb.end(), end)) is not None:
            mandated = [named]  # "resolution A/70/125 ... called for a high-level meeting ..., known as WSIS+20 Review"
        if cued and (subject := _subject_in_apposition(activities, cue_starts, start, folded)) is not None:
            # "Le Groupe ..., créé en vertu de la résolution 79/325, a tenu sa première réunion": the Group only
            mandated = _objects(activities, subject.start, folded)
        if cued and (document := reported_document(text, start, names.activities)) is not None:
            mandated = [document]  # "Ce rapport est présenté en application de la résolution 57/295 ... relative à ..."
        elif cued and (created := _created_body(names, start, citation.start, cue_starts)) is not None:
            mandated = [*mandated, created]
        elif fronted and (subject := _fronted_subject(names, activities, citation.end, end)) is not None:
            # "Conformément à la résolution 53/3 ..., le Groupe de travail ... présentera un rapport à la 59e
            # session du Conseil": the subject and the names listed with it, not the complements after its verb
            mandated = _objects(sorted({subject, *activities}, key=lambda f: f.start), subject.start, folded)
        instrument = Term.instrument(citation.symbol, citation.instrument_type)
        for activity in mandated:
            if activity.term.kind == "instrument":
                continue
            out.add(activity.term, "mandatedBy", instrument, (activity.start, activity.end), (citation.start, citation.end))
            if citation.paragraph:
                paragraph = Term("paragraph", symbol=citation.symbol, number=citation.paragraph,
                                 instrument_type=citation.instrument_type)
                out.add(activity.term, "mandatedBy", paragraph, (activity.start, activity.end),
                        (citation.start, citation.end))


#: "reconnaissent les travaux du", "recognizes the work of", "acknowledged the role of": the activity named next.
_RECOGNISES = re.compile(r"\b(?:reconnai(?:ssent|t|ssant)|recogni[sz](?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing))\s+"
                         r"(?:les travaux|le travail|le role|la contribution|l'action|the work|the role|the contribution)\s+"
                         r"(?:du|de la|de l'|des|d'|of the|of)\s*")


def add_recognitions(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    """The activity whose work a sentence's cited instruments recognise is ``recognizedBy`` each."""
    folded = fold(names.text)
    citations = names.citations_in(start, end)
    if not citations:
        return
    for cue in _RECOGNISES.finditer(folded, start, end):
        activity = next((f for f in names.activities_in(start, end) if 0 <= f.start - cue.end() <= 2), None)
        if activity is None or activity.term.kind == "instrument":
            continue
        for citation in citations:
            out.add(activity.term, "recognizedBy", Term.instrument(citation.symbol, citation.instrument_type),
                    (activity.start, activity.end), (cue.start(), cue.end()), (citation.start, citation.end))
