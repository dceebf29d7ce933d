"""The second kinds round of English/French agreement (issue 13, 2026-12-02): classes of paragraphs where one
language misread its own deliverable kinds, found by `benchmarks/assignee_agreement.py --field kinds` and proved
here on the real paragraph, quoted with its symbol, in both languages."""

from __future__ import annotations

from tests.loaders.extract.test_bilingual_clauses import kinds


def test_english_capacity_building_in_other_verbs_is_a_programme():
    # A/RES/76/103 operative 17: "enhance capabilities" is French « renforcer ses capacités » (French splits the
    # request into more tasks, so its other tasks are not compared here).
    english = kinds("Reiterates its call upon the administering Power, the specialized agencies and other organizations of "
                 "the United Nations system and regional organizations to provide all the assistance necessary to the "
                 "Territory, support the recovery and rebuilding efforts and enhance capabilities for emergency "
                 "preparedness and risk reduction, in particular in the aftermath of Hurricane Irma and Hurricane Maria "
                 "that impacted the Territory in 2017;", "en")
    french = kinds("Demande de nouveau à la Puissance administrante, aux institutions spécialisées et autres organismes des "
                 "Nations Unies et aux organisations régionales de fournir au territoire toute l’assistance nécessaire, "
                 "de soutenir ses efforts de relèvement et de reconstruction et de renforcer ses capacités en matière de "
                 "préparation aux situations d’urgence et de réduction des risques, en particulier à la suite du passage "
                 "des ouragans Irma et Maria qui ont ravagé le territoire en 2017 ;", "fr")
    assert "programme" in english[0] and "programme" in french[0]
    # A/RES/76/86 operative 11 (labelled other): after "in order to", capabilities enhanced are a purpose.
    assert kinds("Also calls upon the administering Powers concerned to provide all the necessary assistance to the "
                 "peoples of the Non-Self-Governing Territories affected by hurricanes, natural phenomena or other extreme "
                 "weather events in order to alleviate the humanitarian needs in the affected communities, support the "
                 "recovery and rebuilding efforts and enhance capabilities for emergency preparedness and risk "
                 "reduction;", "en") == [["other"]]


def test_technical_and_other_assistance_is_technical_assistance():
    # A/RES/76/106 operative 10 (shortened): « assistance technique ou autre ».
    assert kinds("Strongly urges all States to consider establishing jurisdiction over crimes, and to provide technical "
                 "and other appropriate assistance in developing such legal measures to States requesting such support;",
                 "en") \
        == kinds("Engage vivement les États à envisager d’établir leur compétence à l’égard des infractions, et à fournir "
                 "une assistance technique ou autre aux États qui en font la demande ;", "fr") == [["other", "programme"]]


def test_livelihoods_are_no_capacity():
    # A/RES/76/128 operative 30 (shortened): « renforcer les moyens de subsistance » strengthens livelihoods.
    assert kinds("Exhorte les États Membres à renforcer les moyens de subsistance et la production alimentaire ;", "fr") \
        == [["other"]]


def test_informing_the_secretary_general_is_a_report():
    # A/RES/76/121 operative 24.
    assert kinds("Invites regional intergovernmental organizations to submit to the Secretary-General information on the "
                 "measures they have adopted at the regional level to eliminate international terrorism, as well as on "
                 "intergovernmental meetings held by those organizations;", "en") \
        == kinds("Invite les organisations intergouvernementales régionales à informer le Secrétaire général des mesures "
                 "qu’elles ont prises au niveau régional pour éliminer le terrorisme international et des réunions "
                 "intergouvernementales qu’elles tiennent ;", "fr") == [["report"]]


def test_compiling_a_report_is_a_report():
    # A/RES/76/28 operative 5 (first task): « d'établir un rapport récapitulant les mesures ».
    assert kinds("Requests the Secretary-General to compile a report on measures already taken by international "
                 "organizations on issues relating to the linkage between the fight against terrorism and the "
                 "proliferation of weapons of mass destruction;", "en") \
        == kinds("Prie le Secrétaire général d’établir un rapport récapitulant les mesures déjà prises par les "
                 "organisations internationales sur des questions en rapport avec les liens entre la lutte contre le "
                 "terrorisme et la prolifération des armes de destruction massive ;", "fr") == [["report"]]


def test_a_report_referred_to_or_named_is_none():
    # A/RES/77/102 operative 13: "the publications referred to in his previous report" (« visées dans son précédent
    # rapport »).
    assert kinds("Recognizes the importance of the United Nations legal publications prepared by the Office of Legal "
                 "Affairs, and once again requests the Secretary-General to issue the publications referred to in his "
                 "previous report in various formats, including hard copy publications, which are essential for "
                 "developing countries;", "en") \
        == kinds("Constate l’importance des publications juridiques de l’Organisation des Nations Unies établies par le "
                 "Bureau des affaires juridiques et prie de nouveau le Secrétaire général de faire paraître sous diverses "
                 "formes, dont la version imprimée, qui est essentielle pour les pays en développement, celles qui sont "
                 "visées dans son précédent rapport ;", "fr") == [[], ["other"]]
    # A/RES/76/128 operative 17: to "prepare for … public information" asks for no report.
    assert kinds("Encourages Member States to integrate displacement considerations into disaster preparedness strategies "
                 "and promote cooperation with neighbouring and other relevant countries to prepare for early warning, "
                 "contingency planning, stockpiling, coordination mechanisms, evacuation planning, reception and "
                 "assistance arrangements, and public information;", "en") == [["other"]]


def test_french_sets_out_in_his_report_and_shall_report():
    # A/RES/76/206 operative 9 (its clause of request): « dans son rapport sur l'application », "in his report on the
    # implementation"; the activities « énoncées dans son rapport » (A/RES/76/110 op. 2) are no report.
    assert kinds("Requests the Secretary-General to continue to identify, as appropriate, those technologies, enabling "
                 "policies and best practices in his report on the implementation of the present resolution;", "en") \
        == kinds("Prie le Secrétaire général de continuer de recenser, le cas échéant, dans son rapport sur l’application "
                 "de la présente résolution, ces technologies, politiques adaptées et pratiques exemplaires ;", "fr") \
        == [["report"]]
    assert kinds("Autorise le Secrétaire général à exécuter en 2022 les activités énoncées dans son rapport, notamment "
                 "celles énumérées ci‑après, qui seront financées au moyen du budget ordinaire :", "fr") == [["other"]]
    # A/RES/76/248 operative 2: « Décide que le Secrétaire général fera rapport », "shall report".
    assert "report" in kinds("Décide que le Secrétaire général fera rapport au Comité consultatif et à elle-même, à sa "
                             "soixante-dix-huitième session, sur tous les engagements contractés en vertu de la présente "
                             "résolution ;", "fr")[0]


def test_the_scale_of_assessments_and_an_evaluation_already_updated_are_no_study():
    # A/RES/76/238 operative 9 (shortened): « la méthode de calcul du barème des quotes-parts ».
    assert kinds("Requests the Committee on Contributions to review and make recommendations on the elements of the "
                 "methodology of the scale of assessments in order to reflect the capacity of Member States to pay, and "
                 "to report thereon to the Assembly by the main part of its seventy-ninth session;", "en") \
        == kinds("Prie le Comité des contributions d’examiner les éléments de la méthode de calcul du barème des "
                 "quotes-parts et de formuler des recommandations à ce sujet, et de lui présenter un rapport sur la "
                 "question au plus tard durant la partie principale de sa soixante-dix-neuvième session ;", "fr") \
        == [["other", "report"]]
    # A/RES/76/75 operative 8: "the Committee's updated evaluation" exists; an updated assessment requested is one.
    assert kinds("Encourages the secretariat of the Scientific Committee to disseminate the findings of the Committee’s "
                 "updated evaluation on the accident at the Fukushima Daiichi nuclear power station, released on 9 March "
                 "2021, in particular to the public;", "en") \
        == kinds("Encourage le secrétariat du Comité à diffuser les conclusions de l’évaluation actualisée du Comité sur "
                 "l’accident survenu à la centrale nucléaire de Fukushima Daiichi, qui a été publiée le 9 mars 2021, en "
                 "particulier auprès du public ;", "fr") == [["other"]]


def test_a_report_mentioned_does_not_hide_the_report_asked_for():
    # A/RES/76/97 operative 14: the mission's report « figurant dans le rapport » is mentioned; « faire rapport » asks.
    assert kinds("Requests the administering Power to report to the Secretary-General on the steps taken and progress "
                 "made with regard to the recommendations contained in the report of the visiting mission;", "en") \
        == kinds("Demande à la Puissance administrante de faire rapport au Secrétaire général sur les mesures prises et "
                 "les progrès accomplis au regard des recommandations figurant dans le rapport de la mission de visite ;",
                 "fr") == [["report"]]
