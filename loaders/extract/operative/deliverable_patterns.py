"""How each kind of deliverable is written, by language: the patterns :mod:`loaders.extract.operative.mandates`
reads a clause with (a report to submit, a meeting to convene, a body to establish…), where a
label ends, and how the body a report goes to is named."""

from __future__ import annotations

import re

from loaders.extract.guarded import GuardedPattern

__all__ = ["AGENDA_TITLE", "ARTICLE", "KIND_PATTERNS", "LABEL_END", "REPORT_SENT_ON", "REPORT_TO", "kind_patterns"]

#: A word that may stand before a deliverable's noun ("comprehensive", "high-level"): not a
#: function word, so that a label never swallows "its eighty-first session a report".
#: Patterns below write it ``<ADJ>``.
_ADJ = (r"(?:(?!(?:sessions?|at|to|of|in|on|and|its|his|her|their|the|a|an|with|à|sa|de|du|la|le|et|"
        r"les|des|un|une|son|ses)\b)[\w’'-]+\s+)")

#: Who is kept informed, briefed or updated: the Assembly ("it"), Member States, the Secretary-General or a named body.
_OBJ = {"en": r"(?:it|them|Member\s+States|the\s+Secretary-General|the\s+(?:(?-i:[A-Z])[\w-]*\s+){0,6}(?:Assembly|Council|Committee|Commission|Board|"
              r"Conference|Congress|States))",
        "fr": r"(?:l[’']\s*Assemblée|les\s+États\s+Membres|le\s+Secrétaire\s+général|(?:le|la|son|sa|leur)\s+(?:[\w-]+\s+)?(?:Conseil|Comité|Commission|Conférence|Groupe|Congrès)\b)"}


#: Where the verb of a pattern starts: at a word's start ("represents" does not "present", "threshold" does not
#: "hold"), and not on a capitalised word inside a sentence, which is a name's ("the United Nations Industrial
#: Development Organization" does not "develop"), nor after an elided article ("de l'Organisation des Nations Unies
#: de lui présenter à sa … session" does not "organise" a session). Patterns below write it ``<V>``.
_VERB = r"\b(?!(?:(?<=\S\s)|(?<=\w[’']))(?-i:[A-ZÉ]))"

def kind_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    if lang == "fr":
        table = [
            ("agenda-item", r"ordre\s+du\s+jour\s+provisoire|\b(?:examiner|poursuivre\s+l[’']examen)\b[^;]{0,300}?"
                            r"\bsessions?\b[^;]{0,80}?\bau\s+titre\s+(?:de\s+la\s+question|du\s+(?:sous-)?point)\b"),
            ("report", r"<V>"
                       # (a noun of the verb asks for a report only with the report right after it: « l'établissement d'un
                       # rapport », not « l'établissement d'un plan de relance … dans le cadre de la proposition »)
                       # (nor « l'établissement de rapports », reporting as a practice)
                       r"(?!(?:établissement|élaboration|inclusion|fourniture)s?\b(?!\s+(?:d[’']\s*(?:un|une)\s+|de\s+(?:la|son|sa|ses|leurs?)\s+|du\s+|des\s+)"
                       r"(?:[\w-]+\s+){0,2}?rapports?\b))"
                       # (« la présente résolution » is the adjective: "present" only as a verb after an article)
                       r"(?:(?:(?<!\bla\s)(?<!\ble\s)(?<!\bles\s)(?<!\bdu\s)(?<!\bau\s)(?<!\baux\s)|(?=présent(?:er|ant|era|eront)\b))"
                       r"présent|soumet|communiqu|établi|élabor|inclu|fai\w*\s+figurer|transmet|remet|"
                       r"publi(?=\w*\s+(?:[\w-]+\s+){0,3}?rapports?\b)|"
                       r"fourni|rend\w*\s+compte|fai\w*\s+rapport|partag\w*(?=\s+avec\s+(?:le\s+|la\s+|les\s+|l[’']\s*)?[A-ZÉ]))\w*\b"
                       # (a participle with its agent or place names what exists: « des normes établies par la
                       # Commission », « les travaux … présentés dans »)
                       r"(?!(?<=[éesi])\s+(?:par|dans)\b)"
                       # not a report that exists: "les travaux ... présentés dans le rapport du Secrétaire général"
                       r"(?!\s+dans\s+(?:le|son|ses|leur|leurs|les)\s+rapport)[^;]{0,400}?\b"
                       r"(?P<noun>(?:un|une|le|la|son|ses|les|des)?\s*<ADJ>{0,2}?"
                       # (not « par rapport à » nor « un rapport avec », a relation; not the participles « exposés à des
                       # aléas », « étoffées et mises à jour »)
                       r"(?:(?<!\bpar\s)(?<!\ben\s)rapports?(?!\s+(?:avec|entre)\b)|notes?\s+d[’']information|informations|renseignements|"
                       r"comptes?\s+rendus?|exposés?(?!\s+(?:à|au|aux|par|dans|en|ci-dessus)\b)|"
                       r"(?<!\bet\s)(?<!\bêtre\s)(?<!\bété\s)(?<!\bsont\s)(?<!\bsoient\s)(?<!\bseront\s)mises?\s+à\s+jour|"
                       r"propositions?|options|(?<!\bla\s)synthèses?|(?<!\ble\s)résumés?|(?<=\bses\s)conclusions|(?<=\bleurs\s)conclusions))\b"
                       # information, views, observations given to someone ("communiquer au Secrétaire général leurs vues")
                       # (« présenter par écrit de nouvelles observations », « adresser par écrit au Secrétaire général toute observation »)
                       r"|<V>(?:communiqu|fourni|transmet|soumet|présent|adress|fai\w*\s+part)\w*\b[^;]{0,80}?\b(?P<noun7>(?:des|les|ses|leurs|"
                       r"tous|toutes|toute|de)?\s*(?:(?![\w-]+ment\b)[\w-]+\s+){0,2}?(?:renseignements|vues|observations?|commentaires))\b"
                       # « faire un exposé », « de faire le point » (an update; « pour faire le point », to take stock, is not),
                       # « présenter oralement », « lui faire part »
                       # (« Décide que le Secrétaire général fera rapport », « en en rendant compte », as "shall report",
                       # "reporting on")
                       # « de lui présenter à sa … session, au titre de la question subsidiaire intitulée « … » de la question
                       # intitulée « … », un rapport »: to the Assembly, the report may come after a long agenda title
                       r"|\blui\s+(?:présenter|soumettre|remettre)\b[^;]{0,800}?\b(?P<noun11>(?:un|une|son|ses)\s+<ADJ>{0,2}?(?:rapports?|exposés?))\b"
                       # (not accountability: « tenus de rendre compte de leurs actes », "held accountable"; « de mieux rendre
                       # compte de leurs activités aux États Membres », "to enhance accountability to Member States"; « que les
                       # auteurs … aient à rendre compte et à ce que les victimes », "to ensure accountability")
                       r"|(?P<verb>\b(?:faire\s+rapport|(?<!\btenus\sde\s)(?<!\btenue\sde\s)(?<!\btenu\sde\s)(?<!\btenues\sde\s)(?<!\bmieux\s)"
                       r"rendre\s+compte(?!\s+de\s+(?:leurs|ses|son|sa)\s+(?:actes|action)|\s+(?:et|ou)\b|\s*[;.])|lui\s+faire\s+rapport|lui\s+rendre\s+compte|"
                       # « faire part au Secrétaire général des progrès », « signaler au Corps commun les recommandations »
                       r"(?:fai\w*\s+part|signal(?:er|e|ent|era|eront|ant))\s+(?:au|aux|à\s+la|à\s+l[’'])\s*(?-i:[A-ZÉ])|"
                       r"(?:fera|feront|fasse|fassent|faisant)\s+rapport|(?:rendra|rendront|rende|rendent|rendant)\s+compte|"
                       r"fai\w*\s+(?:un|des)\s+exposés?|(?<=\bde\s)faire\s+le\s+point|(?<=\bà\s)faire\s+le\s+point|présenter\s+oralement|(?:lui|leur)\s+fai\w*\s+part))"
                       r"|\bdans\s+(?:le\s+cadre\s+(?:de\s+|d[’']\s*))?(?P<noun4>(?:son|ses|leur|leurs|le|les)\s+(?:prochains?\s+rapports?|rapports?\s+annuels?|"
                       r"rapports?\s+(?:qu[’']\s*(?:il|elle|ils|elles)\s+(?:lui\s+)?(?:présentera|soumettra)|demandés?)))\b"
                       # "to include in its reports a concise summary" (A/RES/80/242 op. 49): « d'inclure dans ses rapports »
                       r"|<V>(?:inclure|faire\s+figurer|intégrer)\s+dans\s+(?P<noun9>(?:son|ses|leur|leurs|le|les|ce|ces)\s+(?:[\w-]+\s+){0,2}?rapports?)\b"
                       # what to set out "in his report" (« de continuer de recenser, le cas échéant, dans son rapport sur
                       # l'application », "to identify … in his report"), not a report that exists (« énoncées dans son
                       # rapport »: mentioned_deliverables)
                       r"|\bdans\s+(?P<noun10>(?:son|ses|leur|leurs)\s+(?:(?!et\b)[\w-]+\s+){0,2}?rapports?)\b"
                       r"|\bqu(?:e\s+|[’']\s*)(?:le\s+|la\s+|les\s+|un\s+|une\s+|son\s+|ses\s+|tous\s+les\s+)?(?:[\w-]+\s+){0,3}?(?P<noun3>(?:rapports?|informations)\b)[^;]{0,120}?"
                       r"\b(?:soi(?:en)?t|sera|seront|doi(?:t|vent)\s+(?:lui\s+|leur\s+)?être)\s+(?:\w+ment\s+)?"
                       r"(?:présentée?s?|soumise?s?|transmise?s?|fournie?s?|établie?s?|communiquée?s?|remise?s?|mise?s?\s+à\s+(?:la\s+)?disposition)\b"
                       r"|(?P<keep>\b(?:la|les|le|l[’'])\s*tenir\s+(?:\w+\s+)?(?:informée?s?|au\s+courant)\b|"
                       # (« tenir la Conférence du désarmement informée », « tenir son Conseil d'administration régulièrement informé »)
                       r"\btenir\s+<OBJ>\s+(?:[\w’'-]+\s+){0,5}?(?:informée?s?|au\s+courant)\b|"
                       # (« d'informer, dans le cadre des modalités existantes, la Commission de consolidation de la paix »)
                       r"\bl[’']\s*informer\b|\binform(?:er|era|eront|e|ent|ant)(?:\s+\w+ment|\s*,[^,;]{1,80},)?\s+<OBJ>)"),
            ("observance", r"(?P<noun>(?:Journée|Année|Décennie|Semaine)\s+(?:internationale|mondiale|"
                           r"des\s+Nations\s+Unies)[^;,]{0,100})"),
            ("meeting", r"(?P<noun0>dialogue\s+interactif|réunion\s+de\s+haut\s+niveau|débat\s+interactif)\b|"
                        r"<V>(?:convoqu|tien|ten|organis|accueill|réuni(?!ons?\b)|se\s+réun|se\s+déroul)\w*\b"
                        r"[^;]{0,120}?\b(?P<noun>(?:réunion|session|conférence|dialogue|débat|sommet|forum|"
                        r"manifestation|atelier|colloque|séminaire|consultations|(?<!\ben\s)concertation|table\s+ronde)s?\b)"),
            ("body", r"(?P<noun0>(?:le\s+|la\s+)?(?:bureau|comité|commission|groupe|conseil)[^;,]{0,80}?)\s+(?:sera|seront)\s+composée?s?\b|"
                     r"<V>(?:créer|crée|établir|constituer|proroger|reconduire|renouveler|maintenir|mettre\s+en\s+place|"
                     r"instituer|création)\b[^;]{0,80}?\b(?P<noun>(?:le\s+mandat\s+(?:du|de\s+la)\s+)?"
                     r"(?:groupe|comité|commission|bureau|mécanisme|conseil|équipe\s+spéciale|réseau|secrétariat|"
                     r"rapporteur\s+spécial|rapporteuse\s+spéciale|expert\s+indépendant|experte\s+indépendante|"
                     r"mission|organe|plateforme|instance|centre)s?\b[^;,]{0,100})"),
            ("process", r"(?P<noun0>(?:solliciter|recueillir|demander)\s+(?:les\s+|leurs\s+)?(?:vues|avis)\b|"
                        r"consulter\s+(?:régulièrement\s+)?(?:les|la|le|l[’'])\b|(?:(?<=\bà\s)|(?<=\bde\s)|(?<=\bd[’']))(?:en\s+)?examiner\s+l[’']application\b|(?:ses|leurs)\s+(?:discussions|consultations|entretiens)\s+avec\b)|"
                        r"<V>(?:lancer|engager|entreprendre|mener|poursuivre|commencer|ouvrir|procéder)\b[^;]{0,80}?\b"
                        r"(?P<noun>(?:processus|négociations?|examen|consultations|feuille\s+de\s+route)\b[^;,]{0,80})"),
            # capacity-building asked for ("renforcer les capacités", "fournir une assistance technique"), not named as
            # the purpose or field of something else ("un appui … au renforcement des capacités", "pour renforcer les
            # capacités", "en matière de renforcement des capacités", "les programmes d'assistance technique du…")
            # (the infinitive is the task: « de soutenir et de renforcer les capacités du personnel », as "strengthen the
            # capacities"; only the noun names a field after « de »)
            ("programme", r"(?<!\bpour\s)(?<!\ben\svue\sde\s)(?<!\bafin\sde\s)(?P<noun0>renforcer\s+(?:les\s+|leurs\s+|ses\s+)?(?:capacités|moyens(?!\s+(?:de\s+subsistance|d[’']existence))))\b|"
                          r"(?<!\bau\s)(?<!\baux\s)(?<!\bdu\s)(?<!\bde\s)(?<!\bd[’'])(?<!\bpour\s)"
                          # (« une aide économique, humanitaire et technique », « une assistance financière et technique », as
                          # English "economic, humanitarian and technical assistance")
                          r"(?P<noun1>renforcement\s+des\s+(?:capacités|moyens)|(?:assistance|aide)\s+(?:(?:[\w-]+,?\s+){0,3}?et\s+)?"
                          r"technique)\b|"
                          # (not « projets de budget », « projet de résolution »: drafts)
                          r"<V>(?:élaborer|mettre\s+en\s+œuvre|créer|lancer|poursuivre|établir|exécuter|appliquer|"
                          r"concevoir|mettre\s+au\s+point|financer|développer|"
                          # (and their gerunds, as English "by developing and implementing … strategies": « en élaborant et
                          # en appliquant des stratégies »)
                          r"élaborant|mettant\s+en\s+œuvre|créant|lançant|établissant|exécutant|appliquant|concevant|"
                          r"mettant\s+au\s+point|finançant|développant)\b[^;]{0,80}?\b(?P<noun>(?:programmes?|projets?(?!\s+d[e’']\s*"
                          r"(?:budget|résolution|décision|texte|articles?|document|déclaration|conclusions?|loi|convention|"
                          r"protocole|statut|règlement|accord|code|plan))|"
                          r"plans?\s+d[’']action|initiatives?|stratégies?|fonds\s+d[’']affectation\s+spéciale)\b"
                          r"[^;,]{0,80})"
                          # « Approuve en outre le plan-programme du programme 6 », « Adopte le Programme d’action »
                          r"|<V>(?:adopte|approuve)\b(?:\s+(?:également|en\s+outre|aussi))?\s+(?:le\s+|la\s+)?"
                          r"(?P<noun2>(?:plan-programme|programme(?!\s+de\s+travail)|plan\s+d[’']action|stratégie)\b[^;,]{0,80})"),
            # (as English "guidelines", "mapping", "assessments": « élaborer des directives », « une cartographie
            # mondiale », « dresser des diagnostics multirisques »)
            # (« mener » in its forms: « les habitats menacés » leads nothing; « leurs directives » are their own rules)
            ("study", r"<V>(?:élabor|réalis|m[eè]n(?:er|e|ent|é|ée|és|ées|ant|era|eront)\b|effectu|établi|publi|prépar|"
                      r"entrepr|procéd|actualis|mettre\s+à\s+jour|"
                      r"fai\w*\s+réaliser|rédig|compil|dress)\w*\b[^;]{0,80}?\b"
                      r"(?P<noun>(?:étude|évaluation|enquête|analyse|compilation|lignes\s+directrices|état\s+des\s+lieux|"
                      r"principes\s+directeurs|recensement|inventaire|manuel|bilan|cartographie|diagnostic)s?\b[^;,]{0,80}|"
                      r"(?<!\bleurs\s)(?<!\bleur\s)(?<!\bses\s)directives\b[^;,]{0,80})"
                      # (« soumettre leurs infrastructures … à une évaluation des risques », "to conduct a … risk assessment of")
                      r"|<V>soum(?:ettre|ettent|ette|ettant|ettra)\b[^;]{0,80}?\bà\s+(?:une?|des)\s+(?P<noun1>(?:évaluation|analyse|"
                      r"étude)s?\b[^;,]{0,80})"),
        ]
    else:
        table = [
            ("agenda-item", r"provisional\s+agenda|\b(?:consider|continue\s+(?:its\s+)?consideration\s+of|"
                            r"review)\b[^;]{0,300}?\bsessions?\b[^;]{0,80}?\bunder\s+the\s+(?:sub-)?item\b"),
            # (not the nouns "preparedness", "issues", "producers", nor "forward-looking")
            ("report", r"<V>(?:submit|present|prepare(?!dness)(?!s?\s+(?:for|to)\b)|compile(?=\s+(?:[\w-]+\s+){0,3}?reports?\b)|update(?=\s+(?:[\w-]+\s+){0,3}?reports?\b)|transmit|provide|issue(?!s\b)|produce(?!rs?\b)|include|"
                       r"circulate|make\s+available|communicate|send|forward(?!-)|submission|share(?=\s+with\s+(?:the\s+)?(?-i:[A-Z]))|"
                       r"mak(?:e|es|ing)(?=\s+(?:[\w-]+\s+){0,2}?proposals\b))"
                       # not a report that exists: "the initial work ... presented in the report of the Secretary-General"
                       r"\w*\b(?<!presented)(?<!submitted)(?<!contained)(?!\s+in\s+(?:the|his|her|its|their)\s+)[^;]{0,400}?\b(?P<noun>(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?"
                       # (after "to", "report" is the verb, read by the branch of the verb: "mechanisms which allow migrants to report
                       # alleged cases of abuse", after "to provide effective remedy")
                       r"<ADJ>{0,3}?(?:(?<!\bto\s)report\b|reports|oral\s+updates?|written\s+updates?|updates?|views|comments|observations|inputs?|"
                       # (not "information and communications technologies", "information services", "information technology skills")
                       # (nor information as a freedom or a service to people: "to seek, receive and impart information", "access to
                       # information", "education and information", "information and legal guidance" to migrants, "others who provide information"
                       # in relation to crimes)
                       r"(?<!\bimpart\s)(?<!\breceive\s)(?<!\bseek\s)(?<!\baccess\sto\s)(?<!\beducation\sand\s)(?<!\bwho\sprovide\s)"
                       r"information(?!\s+(?:and\s+communications?\s+)?(?:technolog\w*|services?|systems?|materials?|campaigns?|centres?|skills))"
                       r"(?!\s+and\s+(?:education|(?:legal\s+)?guidance)\b)|briefings?|notes?\s+by\s+the\s+Secretary-General|proposals?|options|summar(?:y|ies)))\b"
                       r"|(?P<verb>\b(?:(?:to|and|shall|should|will)\s+(?:continue\s+to\s+|also\s+|further\s+|[a-z]+ly\s+)?"
                       r"(?:(?:[a-z]+\s+)?and\s+)?report|reporting\s+(?:to|back))\b(?!s\b)"
                       # (reporting abuse, attacks or cases is denouncing them, no report to a body: "mechanisms for journalists
                       # to report online and offline attacks", "to report alleged cases of abuse"; French « dénoncer »)
                       r"(?!\s+(?:(?!on\b|to\b|back\b|thereon\b)[\w-]+\s+){0,3}?(?:cases|incidents|abuses?|attacks|crimes|violence|violations|threats)\b))"
                       r"|\bthat\s+(?:the\s+|an?\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?P<noun3>(?:reports?|information|"
                       r"updates?)\b)[^;]{0,120}?\b(?:be|is|are|being)\s+(?:[a-z]+ly\s+)?"
                       r"(?:submitted|presented|transmitted|provided|prepared|issued|circulated|made\s+available)\b"
                       # (the word boundary and the next letters first: the same assertions at one place, in the order
                       # that rejects most places soonest)
                       r"|\b(?=in|within)(?<!contained\s)(?<!set\sout\s)(?<!outlined\s)(?<!made\s)(?<!presented\s)(?<!described\s)(?<!identified\s)"
                       r"(?<!referred\sto\s)(?<!as\s)(?:in|into|within)\s+(?:the\s+(?:context|drafting|preparation)\s+of\s+)?"
                       r"(?P<noun4>(?:his|her|its|their)\s+(?:[\w-]+\s+){0,2}?reports?|the\s+(?:next|forthcoming|upcoming|"
                       r"subsequent|future|annual|regular|periodic)\s+(?:[\w-]+\s+)?reports?)\b"
                       # "to include in the report requested in paragraph 5" (not "in connection with the report requested")
                       r"|\b(?:in|into|within)\s+(?:the|his|her|its|their)\s+(?P<noun5>reports?\s+requested\s+(?:in|under)\b)"
                       r"|\b(?P<noun6>(?:(?:his|her|its|their)\s+|in\s+)(?:future|next|forthcoming|upcoming|subsequent)\s+(?:[\w-]+\s+){0,2}?reports?)\b"
                       # ("with a view to investigating and reporting on, the human rights situation", « de faire rapport sur »)
                       r"|(?P<reporting>\breporting\s+(?:thereon|on(?=,)|on\s+(?:the|its|their|progress))|\b(?:annual|regular|periodic)\s+"
                       r"reporting\s+(?:by|to)\b)\b"
                       r"|(?P<keep>\bkeep\s+<OBJ>\s+(?:[\w,-]+\s+){0,8}?(?:informed|apprised|updated|abreast)\b|"
                       # (an incise between commas allowed, as in French: "to update, within existing modalities, the Peacebuilding
                       # Commission", « d'informer, dans le cadre des modalités existantes, la Commission »)
                       r"\b(?:inform|brief|update|apprise)(?:\s*,[^,;]{1,80},)?\s+<OBJ>\b|"
                       # ("to advise the Commission accordingly", « en informer la Commission »; "to advise the Committee on
                       # the implementation", « donner au Comité des avis », is advice)
                       r"\badvise\s+<OBJ>\s+(?:accordingly|of)\b)"
                       # "by providing … briefing notes, informal briefings, documents and reports": a gerund names a document
                       # given ("by providing accessible information" to the public is a service, not a report).
                       r"|<V>(?:provid|prepar|issu|produc|circulat|communicat|mak)ing\b(?:\s+available)?[^;]{0,400}?\b"
                       r"(?P<noun8>(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?<ADJ>{0,3}?(?:reports?|briefings?|updates?))\b"
                       # (not the verb of an addressee's task: "Requests the Secretary-General to update the search and retrieval tools")
                       r"|\b(?:requests|invites)\s+(?P<noun2>(?:an?\s+|the\s+)?(?:(?!to\b)[\w-]+\s+){0,3}?(?:report|update|briefing))\b"),
            ("observance", r"(?P<noun>(?:International|World|Global|United\s+Nations)\s+<ADJ>{0,6}?"
                           r"(?:Day|Year|Decade|Week)\b[^;,]{0,100})"),
            # ("decides that the next session of the Commission shall be held at … from 18 April…": the meeting named
            # before its verb, as its subject)
            ("meeting", r"(?P<noun0>interactive\s+dialogue|high-level\s+meeting|interactive\s+debate)\b|"
                        r"(?P<noun2>\b(?:the|its)\s+<ADJ>{0,3}?(?:session|meeting|conference|summit|dialogue|forum)s?)"
                        r"(?=(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[^;,]{0,60}?)?\s+(?:shall|will|should|is\s+to)\s+be\s+(?:held|convened)\b)|"
                        r"<V>(?:convene|hold|organize|organise|host|to\s+be\s+held|be\s+held|holding|convening|"
                        r"will\s+meet|to\s+meet)\b[^;]{0,120}?\b(?P<noun><ADJ>{0,3}?"
                        r"(?:meeting|session|conference|dialogue|debate|summit|forum|event|workshop|symposium|"
                        r"seminar|consultations|hearing|panel\s+discussion|round\s+table)s?\b)"),
            ("body", r"(?P<noun0>(?:the\s+)?(?:(?:[a-z][\w-]*|-[a-z-]*)\s+){0,6}?(?:bureau|committee|commission|group|council|board|panel))"
                     r"\s+(?:shall|will)\s+(?:be\s+composed|consist)\b|"
                     # (a body continued, extended or maintained is its mandate: "to continue to provide the Working
                     # Group … with all the assistance", "to extend an invitation to the Office" are none, as French
                     # « continuer d'apporter au Groupe de travail » is none)
                     r"<V>(?:(?:establish|create|set\s+up|constitute|renew|reconvene|establishment)\w*\b[^;]{0,80}?|"
                     r"(?:extend|continu|maintain)\w*\b[^;]{0,60}?(?=\b(?:the\s+)?mandates?\s+of\b))\b(?P<noun>(?:the\s+mandates?\s+of\s+(?:the\s+)?)?"
                     r"<ADJ>{0,8}?(?:panel|committee|group|office|mechanism|commission|council|"
                     r"task\s+force|network|board|secretariat|unit|team|centre|center|platform|mission|body|"
                     r"Rapporteur|Expert|Envoy)s?\b[^;,]{0,100})"),
            # consulting someone ("consult with", "consult States and … organizations on…"), reviewing something asked
            # of the addressee ("encourages States Parties … to review its implementation")
            ("process", r"(?P<noun0>seek(?:\s+from\s+[^;,]{0,60}?)?\s+(?:the|their)\s+views\b|"
                        r"consult\s+(?:\w+ly\s+)?(?:with\b|(?-i:[A-Z]))|(?:its|their)\s+discussions\s+with\b|"
                        r"(?<=\bto\s)review\s+(?:its|their|the)\s+implementation\b)|"
                        r"<V>(?:launch|initiate|undertake|conduct|commence|begin|continue|start|establish|convene)"
                        r"\w*\b[^;]{0,80}?\b(?P<noun><ADJ>{0,3}?(?:process(?:es)?|negotiations?|reviews?|"
                        r"consultations|road\s*maps?)\b[^;,]{0,80})"),
            # (not capacity-building named as the field or purpose of something else: "activities relating to
            # capacity-building", "in the area of technical assistance")
            ("programme", r"(?P<noun0>(?<!\bto\s)(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)(?<!\bfor\s)(?:capacity-building|technical\s+assistance)|"
                          # (capacity-building asked in a verb: "strengthen the capacities", "enhance capabilities", "build
                          # capacity", "reinforce … capacities", as French « renforcer les capacités »)
                          r"(?:strengthen|enhance|build|reinforce)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?"
                          r"(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?:capacit(?:y|ies)|capabilit(?:y|ies))|"
                          # "technical and other appropriate assistance", "technical and financial assistance" (« assistance
                          # technique et financière »)
                          r"(?<!\bto\s)(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)(?<!\bfor\s)technical\s+(?:and|or)\s+(?:[\w-]+\s+){1,2}?assistance)\b|"
                          # (the verb, not its noun or adjective: "sustainable development … strategies", "the
                          # implementation of national trade strategies", "developing countries", "the continued
                          # implementation", "designate", "the design" of programmes, "designed to": French reads
                          # « développement », « mise en œuvre », « la conception » as none; "devising" is « concevant »)
                          r"<V>(?:develop(?!ment|ed\s+countr|ing\s+(?:countr|States|nations|economies|world))|"
                          r"implement(?!ation)|establish(?!ment)|launch|continu(?!ed\b|ation|ous|ity|ing\s+(?!to\b))|"
                          r"set\s+up|creat(?!ion|ive)|elaborat(?!ion)|(?<!\bthe\s)design(?!at|ed\s+to\b)|devis(?:e|es|ing)\b|"
                          r"formulat(?!ion)|finaliz(?!ation)|execut(?!ion|ive)|(?<=\bto\s)fund)\w*\b[^;]{0,80}?\b(?P<noun><ADJ>{0,3}?"
                          r"(?:programmes?|programs?|projects?|plans?\s+of\s+action|action\s+plans?|initiatives?|"
                          r"strateg(?:y|ies)|trust\s+funds?)\b[^;,]{0,80})"
                          # "Adopts the Programme of Action for Landlocked Developing Countries", "Approves the programme
                          # plan" (not "the programme budget", nor "the programme of work")
                          r"|<V>(?:adopts|approves)\b(?:\s+(?:also|further))?\s+(?:the\s+)?"
                          r"(?P<noun2>(?:programme\s+plan|programme(?!\s+(?:budget|of\s+work))|plan\s+of\s+action|action\s+plan|"
                          r"strategy)\b[^;,]{0,80})"),
            # ("developing countries", "sustainable development" are no verb: "to address their challenges in implementing
            # the Guidelines"; "the development of … tools" is one, as « l'élaboration d'outils »; "to draw up
            # inventories", « dresser des inventaires »)
            ("study", r"<V>(?:prepare|conduct|undertake|carry\s+out|compile|commission|"
                      r"develop(?!ment(?!\s+of\b)|ed\s+countr|ing\s+(?:countr|States|nations|economies|world))|update|elaborate|draw\s+up|"
                      r"drawing\s+up|"
                      r"produce|make|issue|publish)\w*\b[^;]{0,80}?\b(?P<noun>(?:an?\s+|the\s+)?<ADJ>{0,3}?"
                      r"(?:study|studies|assessments?|survey|analysis|analyses|compilation|guidelines|mapping|"
                      r"evaluation|inventor(?:y|ies)|handbook|toolkit)\b[^;,]{0,80})"),
        ]
    compiled: list[tuple[str, re.Pattern[str] | GuardedPattern]] = []
    for kind, pattern in table:
        source = pattern.replace("<ADJ>", _ADJ).replace("<OBJ>", _OBJ[lang]).replace("<V>", _VERB)
        flags = re.I if kind not in ("observance",) else 0
        guards = _GUARDS.get((lang, kind))
        compiled.append((kind, GuardedPattern(source, guards=guards, flags=flags) if guards else re.compile(source, flags)))
    return compiled


#: Words some costly branches cannot match without (see :mod:`loaders.extract.guarded`): "the … Committee
#: shall be composed" is tried at every character of a clause, and a clause rarely says "shall be composed".
_GUARDS = {("en", "body"): {"noun0": r"(?:shall|will)\s+(?:be\s+composed|consist)"},
           ("fr", "body"): {"noun0": r"(?:sera|seront)\s+composé"},
           ("en", "programme"): {"noun0": "capacit|capabilit|technical"},
           ("fr", "programme"): {"noun0": "renforcer", "noun1": "renforcement|technique"},
           ("en", "process"): {"noun0": "views|consult|discussions|implementation"},
           ("fr", "process"): {"noun0": "vues|avis|consulter|examiner|avec"}}


KIND_PATTERNS = {lang: kind_patterns(lang) for lang in ("en", "fr")}
LABEL_END = {
    "en": re.compile(r";|:|,\s+(?:and|including|as\s+well|in\s+accordance|taking|with|under|containing)\b|"
                     r"\s+at\s+its\s+|\s+to\s+the\s+General\s+Assembly\b|\s+for\s+consideration\b"),
    "fr": re.compile(r";|:|,\s+(?:et|y\s+compris|ainsi|conformément|compte\s+tenu|en\s+tenant)\b|\s+à\s+sa\s+|"
                     r"\s+à\s+l[’']Assemblée\s+générale\b|\s+pour\s+examen\b"),
}
REPORT_TO = {
    # ("to share with the United Nations Office on Drugs and Crime … information": French writes « communiquer à »)
    # (the first "to" before a name, "it" or "them": not "to the extent possible", "to that end")
    # ("to brief Member States on the … Framework to Measure…", "to update, within existing modalities, the Peacebuilding
    # Commission": the body right after a verb of informing first, an incise between commas allowed)
    "en": re.compile(r"(?:\b(?:keep|inform|brief|update|apprise)(?:\s*,[^,;]{1,80},)?\s+(?=(?:the\s+)?[A-Z]|it\b|them\b)|"
                     r"\badvise\s+(?=(?:the\s+)?[A-Z][^;]{0,60}?\s+(?:accordingly|of)\b)|"
                     r"\b(?:submit|report|present|transmit|provide|brief|communicat|send|forward)\w*\b[^;]{0,100}?\bto\s+"
                     r"(?=(?:the\s+)?[A-Z]|it\b|them\b)|"
                     # "to provide the Secretary-General with … information" (« de fournir au Secrétaire général … »)
                     r"\bprovid(?:e|es|ed|ing)\s+(?=(?:the\s+)?[A-Z][^;]{0,100}?\bwith\b)|"
                     r"\bshar(?:e|es|ed|ing)\s+with\s+|"
                     # information "to be included in the report of the Secretary-General" goes to the report's author
                     r"\b(?:to\s+be\s+included|for\s+(?:its\s+|their\s+)?inclusion)\s+in\s+(?:the|his|her|its)\s+"
                     r"(?:[\w-]+\s+){0,3}?reports?\s+of\s+|"
                     r"\b(?:keep|inform|brief|update|apprise)\s+)(?P<it>it\b|the\s+Assembly\b)?"),
    # (« lui » before a verb of reporting in any form: « de lui présenter », « le rapport annuel qu'il lui présente »)
    "fr": re.compile(r"(?P<it>\blui\s+(?:en\s+)?(?:présent(?:er|e|era|ent|eront|é|ée)|soum(?:ettre|et|ettra|ettront|is|ise)|remett(?:re|e|ra)|"
                     # (« qu'un rapport lui soit présenté », « qui doit lui être présenté »)
                     r"(?:être|soit|soient|sera|seront)\s+(?:présentée?s?|soumise?s?|remise?s?)|"
                     r"faire\s+rapport|rendre\s+compte|communiqu(?:er|e|era)|transm(?:ettre|et|ettra)|"
                     r"fai\w*\s+part|fai\w*\s+(?:un|des)\s+exposés?)|"
                     r"\bla\s+tenir\s+(?:\w+\s+)?(?:informée|au\s+courant)|\bl[’']\s*informer\b|"
                     r"\bl[’']Assemblée\b)|\b(?:présenter|soumettre|faire\s+rapport|rendre\s+compte|communiquer|remettre|"
                     r"transmettre|communiqu\w*|fourni\w*|fai\w*\s+(?:un|des)\s+exposés?)\w*\b[^;]{0,100}?\b(?:à|au|aux)\s+"
                     # (the first « à » before a name: « rendre compte à ce sujet au Comité de l'information »)
                     r"(?=(?:la\s+|les\s+|l[’']\s*)?[A-ZÉ])|"
                     # (« faire part au Secrétaire général », « signaler au Corps commun »: the body right after)
                     r"\b(?:fai\w*\s+part|signal(?:er|e|ent|era|eront|ant))\s+(?:au|aux|à)\s+|"
                     r"\badress(?:er|e|ent|era|eront|ant)\b[^;]{0,40}?\b(?:au|aux|à)\s+(?=(?:la\s+|les\s+|l[’']\s*)?[A-ZÉ])|"
                     # (« que tous les rapports soient mis à la disposition des États Membres », "made available to")
                     r"\bmise?s?\s+à\s+la\s+disposition\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l[’']\s*)|"
                     r"\b(?:(?:soi(?:en)?t|être)\s+inclus\w*|(?:en\s+vue\s+de\s+|pour\s+)(?:leur\s+|son\s+)?inclusion)\s+dans\s+"
                     r"(?:le|son|les|ses)\s+(?:[\w-]+\s+){0,3}?rapports?\s+(?:du\s+|de\s+la\s+|de\s+l[’']\s*)|"
                     r"\bfai\w*\s+le\s+point\b[^;]{0,60}?\bauprès\s+(?:de\s+la\s+|de\s+l[’']\s*|du\s+|des\s+)|"
                     r"\b(?:tenir|inform(?:er|era|eront|e|ent|ant))(?:\s+\w+ment|\s*,[^,;]{1,80},)?\s+"),
}
ARTICLE = re.compile(r"(?:an?|the|its|his|her|their|un|une|le|la|les|son|sa|ses|des|l[’'])\s*(?<=\s|’|')", re.I)
AGENDA_TITLE = re.compile(r"(?:item|sub-item|question|alinéa)s?\s+(?:entitled|intitulée?s?)\s+(?P<title>“[^”]+”|«[^»]+»)")

#: A task that sends on what the task before made, by a pronoun ("to prepare a report … and to submit it to the General
#: Assembly at its seventy-eighth session", « d'établir un rapport … et de le lui présenter à sa soixante-dix-huitième
#: session », A/RES/77/7 op. 4): the report made is the one sent, to that body, at that time (EN 9, FR 21 in the corpus).
REPORT_SENT_ON = {
    "en": re.compile(r"[\s,]*(?:and\s+)?(?:also\s+)?to\s+(?:submit|present|transmit|send|forward|circulate)\s+(?:it|them)\b"),
    "fr": re.compile(r"[\s,]*(?:et\s+)?(?:de|d[’'])\s*(?:le|la|les|l[’'])\s*(?:lui|leur)\s+"
                     r"(?:présenter|soumettre|communiquer|transmettre|remettre)\b"),
}
