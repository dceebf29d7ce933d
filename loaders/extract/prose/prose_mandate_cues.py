"""The words that say an instrument mandates an activity, in English and French (folded text):
cues before a citation ("established by", "pursuant to", « conformément à », "at the request of"),
cues that need the instrument right after them ("on the basis of resolution", « dans le cadre de
la résolution »), an activity implementing the instrument cited after its verb, the verbs an
instrument or an organ mandates with ("La Résolution 79/325 ... prie", "In its resolution 79/325,
the General Assembly established"), and a mandate said to be extended or renewed.
"""

from __future__ import annotations

import re

__all__ = ["CREATING_VERB", "FRONTED_IN", "IMPLEMENTS", "MANDATE_CUE", "MANDATE_RENEWED", "MANDATING_VERB", "NEAR_CUE"]

MANDATE_CUE = re.compile(
    r"\b(?:(?:established|created|set up|launched)(?: in (?:19|20)\d\d)?(?: as (?:an? |the )?[\w -]{1,40}?)? "
    r"(?:by|under|pursuant to|in accordance with|in line with)|"
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
    r"(?:cree|etabli|institue|lance)(?:e|s|es)? (?:en (?:19|20)\d\d )?(?:par|en application d|en vertu d|conformement a|dans|aux termes d)|"
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
MANDATING_VERB = re.compile(
    # a closing bracket or the closing quote of a title: "... (A/RES/56/183) ...", « intitulé “Transformer notre monde ...”, lance »
    r"^(?:\s*(?:de l'assemblee generale|of the general assembly|,[^,.;]{0,60},|\)|[”\"»]|"
    # its date: "résolution 350 (1974) du 31 mai 1974, par laquelle le Conseil de sécurité a créé"
    r"(?:[a-z]{1,2}\s+)?(?:of|du|dated|en date du)\s+\d{1,2}(?:er)?\s+[a-z]+\s+\d{4}|"
    r",?\s*(?:by which|in which|through which|par laquelle|dans laquelle|aux termes de laquelle)\s+(?:it|elle|il)\s+(?:has\s+|had\s+|a\s+|avait\s+)?(?=[a-z]+\b)|,(?=\s*[a-z]+(?:ed|e|es)\b)|,\s*(?:the )?(?:member states|"
    r"les etats membres|states|world leaders|les dirigeants(?: du monde)?)|"
    # "In its resolution 79/325, the General Assembly established ...", « Par sa résolution 79/325, l'Assemblée générale a créé »
    r",\s*(?:(?:by which|in which|par laquelle|dans laquelle)\s+)?(?:the |l'|le |la |les )?(?:un |united nations |[\w-]+ ){0,2}(?:general assembly|assemblee generale|assembly|assemblee|"
    r"human rights council|conseil des droits de l'homme|economic and social council|conseil economique et social|ecosoc|"
    r"security council|conseil de securite|council|conseil|general conference|conference generale|member states|etats membres)"
    r"(?:\s+(?:des nations unies|of the united nations))?(?:\s+(?:has|have|had|a|ont|avait))?))*\s*(?:,?\s*(?:that|which|qui)\s+)?"
    r"(?:(?:\w+(?:ly|ment)|also|further|then|aussi|egalement)\s+)?"
    r"(?:prie|priait|a prie|demande|a demande|decide|charge|a charge|invite|a invite|requests?|requested|invited?|invites|decides?|decided|calls? for|called for|establishe[sd]?|creates?|created|"
    r"cree|a cree|mandates?|tasks?|delineates?|sets? out|provides? for|definit|institue|etablit|etabli|"
    r"launche[sd]?|lance|convene[sd]?|convoque|resolved|approving|approves?|approved|approuvant|approuve|a approuve|endorsing|"
    r"committed to|commit to|agreed to|undertook to|se sont engages a|s'engagent a|sont convenus de)\b")
#: Cues that mandate only with the instrument right after them: "on the basis of resolution 79/325", « dans le cadre
#: de la résolution 70/125 », "within the framework of the Tunis Agenda", "consistent with the Global Digital Compact".
NEAR_CUE = re.compile(r"\b(?:on the basis of|based on|in keeping with|consistent with|within the framework of|in the framework of|"
                       r"guided by|as (?:was |were )?requested (?:in|by)|(?:was|were|is|are|been) requested (?:in|by)|"
                       # the organ, then its instrument: "was requested by the Economic and Social Council (ECOSOC), in its
                       # resolution 2010/2", "the report requested by the General Assembly in its resolution 78/213"
                       r"requested by (?:the )?[a-z' -]{3,60}?(?: \([a-z]{2,10}\))?,? (?:in|through) (?:its|their)|"
                       r"sur la base d|dans le cadre d|en se fondant sur|conformement aux dispositions d|a la lumiere d)"
                       r"(?:e |u |es |e la |e l')?\s*(?:the |its |la |le |l'|sa |leur )?(?:(?:general assembly|united nations|un|"
                       r"assemblee generale|human rights council|ecosoc)\s+)?(?:resolutions?\s+|decisions?\s+)?$")
#: An activity implementing the instrument cited right after the verb: "implements paragraph 21 of the Global Digital Compact".
IMPLEMENTS = re.compile(r"\b(?:implements|implementing|to implement|met en (?:oeuvre|œuvre)|mettant en (?:oeuvre|œuvre))\s+"
                         r"(?:the |la |le |l')?$")
#: A sentence saying an activity's mandate was extended or renewed by the instrument it cites.
MANDATE_RENEWED = re.compile(r"\bmandat\w*\b[^.;]{0,120}\b(?:prolonge|renouvele|reconduit|proroge)|"
                              r"\bmandate\b[^.;]{0,120}\b(?:extended|renewed)\b|\b(?:extended|renewed) (?:the|its) mandate\b")

#: A sentence opening on the instrument it cites: "In the Tunis Agenda (2005) of the ... (WSIS) heads of states decided
#: to invite the UN Secretary General to convene a “Internet Governance Forum”", « Dans sa résolution ... ».
FRONTED_IN = re.compile(r"\s*(?:in|dans|par|through|by|under|with)\s+(?:the|its|their|sa|son|leur|la|le|l')?\s*$")
#: ... and the verb that creates what the instrument mandates, later in the sentence.
CREATING_VERB = re.compile(r"\b(?:to (?:convene|establish|create|launch|set up)|(?:de |d')(?:convoquer|creer|etablir|lancer|mettre en place)|"
                           r"established|created|launched|set up|a cree|ont cree|a etabli|ont etabli|a lance|ont lance)\s+"
                           r"(?:an?|the|un|une|le|la|les|l')?\s*")
