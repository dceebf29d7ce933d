"""The words that say a role in prose, in English and French (folded, see :func:`loaders.text.fold`):
triggers written before the agents that hold the role ("co-chaired by", "organisé par", "in
partnership with"), verbs written after them ("l'UIT a lancé", "ESCAP is implementing", "have
established"), and the nouns of founders, chairs and joint secretariats.
"""

from __future__ import annotations

import re

__all__ = ["CHAIR_NOUN", "ORGANISERS_NOUN", "FOUNDING", "ROLE_AFTER", "ROLE_BEFORE", "SECRETARIAT_COMPRISING"]

_PARTICIPLE = r"(?:e|ee|es|ees|s)?"
#: An adverb between a participle and its agent: "organised annually by", "organisé chaque année par".
_ADVERB_EN = r"(?:(?:annually|jointly|each year|every year|every \w+ years|\w+ly) )?"
#: When and where, written between a participle and its agent: "organisé du 18 au 22 mai 2009 à Genève (Suisse) par".
_WHEN_WHERE_FR = r"(?:(?:du|le|les|en|a|au|aux)\s[^,;.()]{2,50}?(?:\s\([^()]{2,20}\))?\s)?"
#: When and where between commas: "créé en 2005, à Tunis, par", "institutionnalisé en 2011 par".
_WHEN_WHERE_FR_LIST = r"(?:(?:en|a|au|aux|le|du)\s[^,;.()]{2,40}?(?:,\s|\s(?=par\b))){0,2}"
_WHEN_WHERE_EN = r"(?:(?:from|on|in|at)\s[^,;.()]{2,50}?(?:\s\([^()]{2,20}\))?\s)?"
#: A second verb of the same agents: "organized and hosted by", "organisé et accueilli par".
_AND_HOSTED_EN = r"(?:and (?:co-?)?(?:hosted|convened) )?"
_AND_HOSTED_FR = r"(?:et (?:co-?)?(?:accueilli|heberge|convoque)" + _PARTICIPLE + r" )?"
#: (two of them too: "organisé chaque année conjointement par")
_ADVERB_FR = r"(?:(?:conjointement|chaque annee|tous les ans|tous les \w+ ans|\w+ment) ){0,2}"
#: When, between an announcing verb and what it announces: "a annoncé aujourd'hui", "a annoncé, mardi 20 janvier,".
_WHEN_ASIDE = r"(?:\w+ |\w+'\w+ |(?:on |le )?[^,;.()]{2,30}, )?"
#: "The organizers, UNESCO, ITU, UNCTAD and UNDP", "the organizers of the WSIS Forum, ITU, UNESCO, UNCTAD and UNDP",
#: « les organisateurs, l'UIT et l'UNESCO »: the organisers named in apposition to the noun.
ORGANISERS_NOUN = re.compile(r"\b(?:the |les )?(?:co-?)?(?:organi[sz]ers|organisateurs|co-?hosts)(?= of | du | de | des |,)"
                             r"(?: (?:of (?:the )?|du |de la |de l'|des )[^,;.()]{2,80}?)?,\s*")
#: Triggers followed by the agents that hold the role: "co-chaired by ITU and UNESCO".
ROLE_AFTER = [
    (re.compile(r"\b(?:co-?chaired by|chaired by|copresid" + _PARTICIPLE + r" par|co-presid" + _PARTICIPLE + r" par|presid"
                + _PARTICIPLE + r" par|sous la (?:co-?)?presidence d(?:e|u|es)?|under the (?:co-?)?chair(?:manship|ship)? of)\s*"), "chair"),
    (re.compile(r"\b(?:co-?led (?:jointly )?by|led (?:jointly )?by|spearheaded by|launched " + _ADVERB_EN + r"by|run by|managed by|ger" + _PARTICIPLE + r" par|driven (?:in (?:close )?(?:collaboration|partnership|"
                r"cooperation) )?by|men" + _PARTICIPLE + r" par|dirig" + _PARTICIPLE
                + r" par|pilot" + _PARTICIPLE + r" par|lanc" + _PARTICIPLE + r" " + _ADVERB_FR + r"par|under the leadership of|"
                r"sous la direction d(?:e|u|es)?|porte" + _PARTICIPLE + r" par|a l'initiative d(?:e|u|es|')|at the initiative of|"
                r"released by|(?:an|a joint) initiative (?:of|by|from)|une initiative (?:conjointe )?d(?:e|u|es|')|initiated by|"
                r"initie" + _PARTICIPLE + r" par)\s*"), "leadEntity"),
    (re.compile(r"\b(?:co-?organi[sz]ed (?:by|with)|organi[sz]ed " + _AND_HOSTED_EN + _ADVERB_EN + _WHEN_WHERE_EN + r"by|(?:co-?)?organis"
                + _PARTICIPLE + r" " + _AND_HOSTED_FR + _ADVERB_FR + _WHEN_WHERE_FR + r"par|co-?organis" + _PARTICIPLE + r" avec|organis" + _PARTICIPLE + r" conjointement avec|organi[sz]ed jointly with|"
                r"co-?hosted by|hosted by|convened by|co-?convened (?:by|with)|co-?convoqu" + _PARTICIPLE + r" par|"
                r"anim" + _PARTICIPLE + r" par|accueilli" + _PARTICIPLE + r" par|heberge" + _PARTICIPLE + r" par)\s+"), "organiser"),
    (re.compile(r"\b(?:coordinated by|sous la coordination d(?:e|u|es)?|coordonn" + _PARTICIPLE + r" par)\s*"), "coordinator"),
    (re.compile(r"\b(?:created " + _ADVERB_EN + r"by|produced by|produit" + _PARTICIPLE + r" par|cre" + _PARTICIPLE + r" (?:a l'origine |initialement |conjointement )?" + _WHEN_WHERE_FR_LIST
                + r"par|set up by|established " + _ADVERB_EN + r"by|etabli" + _PARTICIPLE + r" par|institu" + _PARTICIPLE + r" par|"
                r"institutionnalise" + _PARTICIPLE + r" " + _WHEN_WHERE_FR_LIST + r"par|published by|publie" + _PARTICIPLE + r" par|"
                r"(?:developed|designed) by|developp" + _PARTICIPLE + r" par|con(?:c|ç)u" + _PARTICIPLE + r" par|elabore" + _PARTICIPLE + r" par|"
                r"mis" + _PARTICIPLE + r" en place par)\s+"), "createdBy"),
    (re.compile(r"\b(?:in (?:close )?partnership with|en (?:etroit )?partenariat avec|in (?:close )?collaboration with|"
                r"en (?:etroite )?collaboration avec|with the collaboration of|avec la collaboration d(?:e|u|es)?|"
                r"in (?:close )?cooperation with|en (?:etroite )?cooperation avec|with the support of|avec l'appui d(?:e|u|es)?|"
                r"avec le (?:concours|soutien|support) d(?:e|u|es)?|(?:co-?)?sponsored by|sponsorise" + _PARTICIPLE + r" par|"
                r"supported by|soutenu" + _PARTICIPLE + r" par|in conjunction with|(?:is|est) (?:a|an|un) (?:joint )?partnership (?:of|between)|"
                r"(?:is|est) un partenariat (?:entre|de)|with (?:the )?support (?:of|from)|"
                r"(?:co-?)?(?:financed|funded) by|(?:co-?)?financ" + _PARTICIPLE + r" par|"
                r"(?:backed by|(?:has |have |with )?the backing of)(?: (?:\d+|some|more than \d+|over \d+) [a-z]+,? including)?)\s*"),
     "partner"),
    # "The organizers, UNESCO, ITU, UNCTAD and UNDP set-up ...", "the organizers of the WSIS Forum, ITU, UNESCO, UNCTAD
    # and UNDP are pleased to announce", « les organisateurs, l'UIT et l'UNESCO »: the organisers named in apposition.
    (ORGANISERS_NOUN, "organiser"),
    # "les co-présidents H.E. Majed Al Mesmar (...) et Mme Anne Bouverot": the chairs named after the noun.
    (re.compile(r"\b(?:les |the )?co-?(?:presidents|presidentes|chairs)\s+"), "chair"),
]
#: Verbs after the agents that hold the role, before the activity: "l'UIT a lancé la Communauté".
ROLE_BEFORE = [
    (re.compile(r"\s*(?:\b(?:a|ont|has|have|had)\s+)?\b(?:launched|lance|lancent|lancera|lanceront|will launch|spearheads|leads|"
                r"dirige|mene|pilote|(?:a|ont) donne (?:\w+ )?le coup d'envoi d(?:e|u|es)|kicked off|"
                r"(?:is|are) implementing|implements|met en (?:oeuvre|œuvre)|mettent en (?:oeuvre|œuvre))\b"), "leadEntity"),
    (re.compile(r"\s*\b(?:coordinates|coordinate|will coordinate|coordonne|coordonnent|coordonnera|coordonneront)\b"), "coordinator"),
    (re.compile(r"\s*\b(?:(?:a|ont) annonce,? " + _WHEN_ASIDE + r"(?:la mise en place|la creation|l'etablissement) d(?:e|u|es|')|"
                r"(?:have |has )?announced,? " + _WHEN_ASIDE + r"the (?:creation|establishment|setting up) of|"
                r"(?:is|are|has been|have been) (?:spearheading|leading|driving) the (?:formation|creation|establishment) of|"
                r"(?:a|ont) (?:\w+ment )?(?:conjointement )?cree|(?:have |has )?(?:\w+ly )?created|decided to create|"
                r"a decide de creer|(?:have |has )?(?:\w+ly )?established|set up|(?:a|ont) (?:\w+ment )?mis en place|"
                r"(?:have |has )(?:\w+ly )?(?:developed|designed|published)|(?:a|ont) (?:\w+ment )?(?:developpe|concu|elabore|publie))\b"),
     "createdBy"),
    (re.compile(r"\s*\b(?:(?:has|have|had|a|ont|avait|avaient)\s+)?(?:on \w+day\s+)?(?:jointly\s+|conjointement\s+)?(?:held(?!\s+(?:during|in|at|on|from|as|by|under|within)\b)|(?:a|ont) tenu|"
                r"(?:co-?)?(?:organi[sz]es|organise|organisent|organisera|organiseront|will (?:co-?)?organi[sz]e|hosts|will (?:co-?)?host|accueille|"
                r"(?:is|are) (?:co-?)?(?:organi[sz]ing|hosting|convening)|"
                r"organi[sz]ed(?!\s+(?:by|with)\b)|hosted(?!\s+by\b)|"
                r"accueillera|accueilleront|(?:a|ont) accueilli|(?:va|vont) (?:co-?)?organiser|(?:co-?)?organisera|convenes|will convene|convened(?!\s+(?:by|with|in|at|on|under)\b)|convoque|(?:a|to) organi[sz]er?))\b"), "organiser"),
    (re.compile(r"\s*\b(?:co-?chairs|copreside|copresident|chairs|preside|as (?:the )?(?:co-?)?chair(?:man|person)? of|"
                r"en (?:tant que|qualite de) (?:co-?)?president(?:e)? d(?:e|u|es)|assure (?:la|sa) (?:co-?)?presidence d(?:e|u|es))\b"), "chair"),
    # Joining an activity makes one of its partners: "Le PNUD rejoint le Partenariat sur l'IA".
    (re.compile(r"\s*\b(?:(?:a|ont) rejoint|rejoint|rejoignent|rejoindra|(?:has |have )?joined(?! forces)|joins?(?! forces)|"
                r"will join(?! forces))\b"), "partner"),
]
#: "X, Y and Z are among ... founding contributors to the Coalition": the founders the sentence opens with.
FOUNDING = re.compile(r"\bfounding (?:contributors|members|partners) (?:to|of)\s+(?:the\s+)?")
CHAIR_NOUN = re.compile(r"(?:les |the )?co-?(?:presidents|presidentes|chairs)\s")
#: "with a joint secretariat comprising ITU, UNESCO and ODET": the secretariat of what the sentence is about.
SECRETARIAT_COMPRISING = re.compile(r"\b(?:joint )?secretariat (?:conjoint )?(?:comprising|composed of|made up of|"
                                     r"formed by|compose d(?:e|u|es)|forme d(?:e|u|es)|regroupant)\s*")
#: "X s'est associée au Pakistan et à la Zambie pour organiser Y", "X partnered with Y to host Z".
