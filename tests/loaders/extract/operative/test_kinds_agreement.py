"""The second kinds round of English/French agreement (issue 13, 2026-12-02): classes of paragraphs where one
language misread its own deliverable kinds, found by `benchmarks/assignee_agreement.py --field kinds` and proved
here on the real paragraph, quoted with its symbol, in both languages."""

from __future__ import annotations

from tests.loaders.extract.operative.test_bilingual_clauses import kinds


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


# The third kinds round (2026-12-02): "EN programme | FR other" and "EN study | FR other".

def test_french_guidelines_and_assessments_drawn_up_are_studies():
    # A/RES/77/118 operative 119: « l'élaboration de directives », "to develop guidelines".
    assert kinds("Encourages further work by competent international organizations, including subregional and regional "
                 "fisheries management organizations and arrangements, to develop guidelines on flag State control of "
                 "fishing vessels;", "en") \
        == kinds("Encourage les organisations internationales compétentes, dont les organismes et arrangements "
                 "sous-régionaux et régionaux de gestion des pêches, à poursuivre l’élaboration de directives sur le "
                 "contrôle, par les États, des navires de pêche battant leur pavillon ;", "fr") == [["study"]]
    # A/RES/77/164 operative 16 (shortened): « dresser des diagnostics multirisques », "to conduct … assessments".
    assert kinds("Urges States to conduct inclusive and multi-hazard disaster risk assessments that consider climate change "
                 "projections to support evidence-based disaster risk reduction strategies;", "en") \
        == kinds("Invite instamment les États à dresser des diagnostics multirisques et inclusifs des risques de "
                 "catastrophe, fondés sur des projections de l’évolution des changements climatiques ;", "fr") == [["study"]]
    # A/RES/77/154 operative 32 (its clause of invitation, shortened): « une cartographie mondiale », "a global mapping".
    assert kinds("Invites the Department of Economic and Social Affairs to jointly prepare a global mapping of existing "
                 "standards and guidelines, in consultation with all relevant stakeholders;", "en") \
        == kinds("Invite le Département des affaires économiques et sociales à élaborer conjointement une cartographie "
                 "mondiale des normes et directives existantes ;", "fr") == [["study"]]


def test_developing_countries_is_no_verb_of_a_study():
    # A/RES/77/118 operative 221 (its clause of encouragement): "developing countries … implementing the Guidelines"
    # asks for no guidelines (French « appliquer les Directives »).
    assert kinds("Encourages States to provide technical and financial support to developing countries to address their "
                 "special requirements and challenges in implementing the Guidelines;", "en") == [["other"]]


def test_french_programmes_developed_are_programmes():
    # A/RES/80/101 operative 18: « développer les programmes d'assistance technique », "to strengthen technical
    # assistance and capacity-building programmes".
    assert kinds("Calls upon the administering Power to strengthen technical assistance and capacity-building programmes "
                 "aimed at enhancing the human resources capacity of Tokelau;", "en") \
        == kinds("Demande à la Puissance administrante de développer les programmes d’assistance technique et de "
                 "renforcement des capacités visant à améliorer les capacités en ressources humaines des Tokélaou ;", "fr") \
        == [["programme"]]


def test_the_design_of_programmes_and_what_is_designed_to_are_no_programme():
    # A/RES/76/143 operative 47: participation "in the design, implementation … of policies, programmes" (« à la
    # conception … des politiques, programmes »).
    assert kinds("Encourages States and the Office of the High Commissioner to ensure that the perspectives of women and "
                 "girls in situations of displacement are taken into account by promoting their meaningful participation in "
                 "matters affecting them, as well as women’s full and equal participation in the design, implementation, "
                 "follow-up and evaluation of policies, programmes and activities related to humanitarian response;", "en") \
        == kinds("Encourage les États et le Haut-Commissariat à veiller à ce que les perspectives des femmes et des filles "
                 "en situation de déplacement soient prises en compte en favorisant leur participation réelle dans les "
                 "domaines qui les intéressent, ainsi que la participation réelle des femmes, sur un pied d’égalité, à la "
                 "conception, à la mise en œuvre, au suivi et à l’évaluation des politiques, programmes et activités liés à "
                 "l’action humanitaire ;", "fr") == [["other"]]
    # A/RES/76/110 operative 1: recommendations "designed to strengthen … the United Nations Programme" (« qui visent à
    # renforcer … le Programme »).
    assert "programme" not in kinds(
        "Reiterates its approval of the guidelines and recommendations contained in section III of the reports of the "
        "Secretary-General, in particular those designed to strengthen and revitalize the United Nations Programme of "
        "Assistance in the Teaching, Study, Dissemination and Wider Appreciation of International Law in response to the "
        "increasing demand for international law training and dissemination activities;", "en")[0]


def test_capacity_building_support_is_the_support_asked_for():
    # A/RES/76/153 operative 10: "capacity-building support", « l'appui au renforcement des capacités ».
    assert kinds("Also calls upon Member States to expand international cooperation and capacity-building support to "
                 "developing countries in water- and sanitation-related activities and programmes, including water "
                 "harvesting, environmentally sustainable desalination technologies, water efficiency, wastewater "
                 "treatment, recycling and reuse technologies;", "en") \
        == kinds("Demande également aux États Membres de développer la coopération internationale et l’appui au "
                 "renforcement des capacités des pays en développement en ce qui concerne les activités et programmes "
                 "relatifs à l’eau et à l’assainissement, y compris la collecte de l’eau, les technologies de "
                 "désalinisation écologiques, l’utilisation rationnelle de l’eau, le traitement des eaux usées, le "
                 "recyclage et les techniques de réutilisation ;", "fr") == [["other"]]


def test_a_named_strategy_implemented_is_no_programme_to_deliver():
    # A/RES/76/121 operative 2: "to implement the United Nations Global Counter-Terrorism Strategy", « d'appliquer …
    # la Stratégie antiterroriste mondiale ».
    assert kinds("Calls upon all Member States, the United Nations and other appropriate international, regional and "
                 "subregional organizations to implement the United Nations Global Counter-Terrorism Strategy, as well as "
                 "the resolutions relating to the first, second, third, fourth, fifth, sixth and seventh reviews of the "
                 "Strategy, in all its aspects at the international, regional, subregional and national levels without "
                 "delay, including by mobilizing resources and expertise;", "en") \
        == kinds("Demande à tous les États Membres, à l’Organisation des Nations Unies et aux autres institutions "
                 "internationales, régionales et sous-régionales compétentes d’appliquer sans retard la Stratégie "
                 "antiterroriste mondiale des Nations Unies ainsi que les résolutions relatives aux premier, deuxième, "
                 "troisième, quatrième, cinquième, sixième et septième examens de la Stratégie, sous tous ses aspects aux "
                 "niveaux international, régional, sous-régional et national, notamment en mobilisant ressources et "
                 "compétences ;", "fr") == [["other"]]
    # a programme to implement that is not yet named still is one (A/RES/76/141 operative 38: "to formulate,
    # implement and refine training programmes").
    assert "programme" in kinds("Encourages Governments to formulate, implement and refine training programmes for their "
                                "law enforcement officials;", "en")[0]


def test_inventories_drawn_up_are_studies():
    # A/RES/79/133 operative 28: "to draw up systematic inventories", « dresser systématiquement des inventaires ».
    assert kinds("Invites Member States, in cooperation with the United Nations Educational, Scientific and Cultural "
                 "Organization, to continue to draw up systematic inventories of their cultural property, including in "
                 "digital form;", "en") \
        == kinds("Invite les États Membres, agissant en coopération avec l’Organisation des Nations Unies pour "
                 "l’éducation, la science et la culture, à continuer de dresser systématiquement des inventaires de leurs "
                 "biens culturels, notamment sous forme numérique ;", "fr") == [["study"]]


def test_existing_guidelines_and_their_own_directives_are_no_study():
    # A/RES/77/118 operative 24: « des directives existantes », "existing guidelines" (and « menacés » leads nothing).
    assert kinds("Also encourages States to apply the precautionary approach and ecosystem approaches in adopting and "
                 "implementing conservation and management measures addressing, inter alia, by-catch, pollution and "
                 "overfishing, and protecting habitats of specific concern, taking into account existing guidelines "
                 "developed by the Food and Agriculture Organization of the United Nations;", "en") \
        == kinds("Engage également les États à appliquer le principe de précaution et les approches écosystémiques "
                 "lorsqu’ils adoptent et appliquent des mesures de conservation et de gestion, notamment pour réduire les "
                 "prises accessoires, la pollution et la surpêche et pour protéger les habitats particulièrement menacés, "
                 "en tenant compte des directives existantes de l’Organisation des Nations Unies pour l’alimentation et "
                 "l’agriculture ;", "fr") == [["other"]]
    # A/RES/79/186 operative 1 (shortened): « l'élaboration de leur législation et de leurs directives », "when
    # formulating legislation and policy directives".
    assert kinds("Invite de nouveau les gouvernements à prendre en compte la Déclaration de Kyoto dans l’élaboration de "
                 "leur législation et de leurs directives ;", "fr") == [["other"]]


def test_programmes_designed_when_or_in_doing_something_else_are_its_occasion():
    # A/RES/77/166 operative 14: "when designing and implementing their programmes", « lorsqu'elles conçoivent ou
    # exécutent leurs programmes »: the task is to take something into account.
    assert kinds("Encourages the entities of the United Nations system, when designing and implementing their programmes "
                 "and projects, to take into account the role of land degradation neutrality as a potential accelerator to "
                 "achieve the Sustainable Development Goals;", "en") \
        == kinds("Engage les entités des Nations Unies à tenir compte du fait que la neutralité en matière de dégradation "
                 "des terres pourrait accélérer la réalisation des objectifs de développement durable lorsqu’elles "
                 "conçoivent ou exécutent leurs programmes et projets ;", "fr") == [["other"]]


def test_french_strategies_developed_by_the_gerund_are_programmes():
    # A/RES/79/189 operative 5 (shortened): "by developing preventive strategies", « en élaborant des stratégies de
    # prévention ».
    assert kinds("Further encourages Member States to progress towards self-sufficiency in the transplantation of human "
                 "organs by developing preventive strategies aimed at decreasing the incidence of diseases treatable "
                 "through transplantation;", "en") \
        == kinds("Encourage en outre les États Membres à progresser vers l’autosuffisance en matière de transplantation "
                 "d’organes humains en élaborant des stratégies de prévention qui visent à réduire l’incidence des "
                 "maladies qui demandent une transplantation pour être traitées ;", "fr") == [["programme"]]


def test_french_technical_aid_among_other_aid_is_technical_assistance():
    # A/RES/76/10 operative 14 (shortened): « une aide économique, humanitaire et technique », "economic, humanitarian
    # and technical assistance".
    assert kinds("Urges all States and the United Nations to continue and expedite the provision of economic, "
                 "humanitarian and technical assistance to the Palestinian people and the Palestinian Government during "
                 "this critical period;", "en") \
        == kinds("Prie instamment tous les États et l’Organisation des Nations Unies de continuer à apporter, en cette "
                 "période critique, une aide économique, humanitaire et technique au peuple et au Gouvernement "
                 "palestiniens ;", "fr") == [["programme"]]
    # A/RES/78/148 operative 13 (its second task): « une assistance financière et technique ».
    assert "programme" in kinds("Invite les organismes des Nations Unies à travailler en collaboration pour mobiliser une "
                                "assistance financière et technique en faveur des pays en développement ;", "fr")[0]


def test_strategies_devised_are_programmes_and_plural_technical_advice_is_none():
    # A/RES/76/138 operative 20: "by considering and devising strategies", « en envisageant et en concevant des
    # stratégies ».
    assert kinds("Encourages Member States to strengthen their efforts to develop national capacities to address their "
                 "national implementation priorities identified during the review and appraisal of the Madrid Plan of "
                 "Action by considering and devising strategies that take into account the entirety of the human life "
                 "course and foster intergenerational solidarity, the strengthening of institutional mechanisms, research, "
                 "data collection and analysis and the training of necessary personnel in the field of ageing;", "en") \
        == kinds("Encourage les États Membres à redoubler d’efforts pour se donner les moyens de mettre en œuvre les "
                 "priorités nationales définies durant l’examen et l’évaluation de l’application du Plan d’action de "
                 "Madrid, en envisageant et en concevant des stratégies qui tiennent compte de toutes les phases de la vie "
                 "et favorisent la solidarité entre les générations, en renforçant les mécanismes institutionnels, en "
                 "menant des travaux de recherche, en recueillant et en analysant des données et en formant le personnel "
                 "nécessaire à la gestion du vieillissement ;", "fr") == [["programme"]]
    # A/RES/79/172 operative 40: « des conseils et de l'assistance techniques offerts », "technical advice and
    # assistance provided by": advice and assistance received, no programme.
    assert kinds("Also invites States, upon their request, to benefit from technical advice and assistance provided by the "
                 "relevant United Nations entities and programmes in order to strengthen national capacities and "
                 "infrastructures in the field of the administration of justice;", "en") \
        == kinds("Invite également les États à demander à bénéficier des conseils et de l’assistance techniques offerts par "
                 "les entités et programmes compétents des Nations Unies afin de renforcer leurs capacités et "
                 "infrastructures nationales dans le domaine de l’administration de la justice ;", "fr") == [["other"]]


def test_development_is_no_verb_of_a_study_unless_it_is_the_development_of_one():
    # A/RES/78/162 operative 11: "the diverse development needs … through … an accurate assessment" (« en évaluant avec
    # précision »): the noun "development" prepares no assessment.
    assert kinds("Requests the United Nations development system to ensure that it addresses the diverse development needs "
                 "of middle-income countries in a coordinated manner through, inter alia, an accurate assessment of the "
                 "national priorities and needs of these countries, taking into account the use of variables that go "
                 "beyond per capita income criteria;", "en") \
        == kinds("Demande au système des Nations Unies pour le développement de veiller à répondre de manière coordonnée "
                 "aux divers besoins des pays à revenu intermédiaire en matière de développement, notamment en évaluant "
                 "avec précision les priorités nationales et les besoins en question, sur la base de variables non "
                 "limitées au revenu par habitant ;", "fr") == [["other"]]
    # A/RES/76/124 operative 44 (shortened): "the development of … needs assessment tools", « l'élaboration d'outils
    # d'évaluation concertée et détaillée des besoins ».
    assert kinds("Calls upon relevant United Nations organizations to support the improvement of the humanitarian programme "
                 "cycle, including the development of coordinated and comprehensive needs assessment tools;", "en") \
        == kinds("Demande aux organismes des Nations Unies compétents de contribuer à améliorer le cycle des programmes "
                 "d’action humanitaire, en particulier l’élaboration d’outils d’évaluation concertée et détaillée des "
                 "besoins ;", "fr") == [["study"]]


def test_french_subjecting_something_to_an_analysis_is_a_study():
    # A/RES/80/109 operative 249 (its clause of encouragement): « soumettre les mesures de gestion à une analyse fondée
    # sur des données probantes », "to undertake evidence-based analysis of management measures".
    assert kinds("Encourages other regional fisheries management organizations and arrangements which have not already "
                 "done so to undertake evidence-based analysis of management measures to determine if they would qualify "
                 "as other effective area-based conservation measures, as appropriate;", "en") \
        == kinds("Engage les organismes et arrangements régionaux de gestion des pêches qui ne l’ont pas encore fait à "
                 "soumettre les mesures de gestion à une analyse fondée sur des données probantes afin de savoir si elles "
                 "pourraient être considérées comme d’autres mesures efficaces de conservation par zone, le cas échéant ;",
                 "fr") == [["study"]]


def test_a_deliverable_named_as_the_time_or_consequence_of_a_task_is_none(shared_corpus):
    # A/RES/76/83 operative 2 (the Secretariat's clause): "…to reach out to Member States prior to the holding of such
    # dialogue…" / « …à se rapprocher des États Membres avant la tenue de ce dialogue… »: the dialogue dates the task.
    assert kinds("Requests the Secretary-General to hold regular, inclusive and interactive dialogue on the overall policy "
                 "matters pertaining to special political missions, and requests the Secretariat to reach out to Member "
                 "States prior to the holding of such dialogue to ensure wide and meaningful participation;", "en")[-1] \
        == kinds("Prie le Secrétaire général d’instaurer un dialogue régulier, interactif et ouvert à toutes les parties "
                 "intéressées sur les questions de politique générale relatives aux missions politiques spéciales et invite "
                 "le Secrétariat à se rapprocher des États Membres avant la tenue de ce dialogue afin que la participation "
                 "y soit large et fructueuse ;", "fr")[-1] == ["other"]
    # A/RES/78/71 operative 16 (shortened): the Committee's future reports are what the data would help prepare.
    assert kinds("Recalls the strategy of the Scientific Committee to improve data collection, encourages in this regard "
                 "Member States to provide further relevant data about levels, effects and risks of radiation exposure "
                 "from various sources, which would greatly help in the preparation of future reports of the Committee to "
                 "the General Assembly;", "en")[-1] \
        == kinds("Rappelle la stratégie que le Comité a adoptée pour améliorer la collecte de données, engage à cet égard "
                 "les États Membres à continuer de communiquer des données pertinentes sur les niveaux d’irradiation "
                 "provenant de sources diverses, leurs effets et leurs dangers, ce qui aiderait considérablement le Comité "
                 "à élaborer les prochains rapports qu’il lui présentera ;", "fr")[-1] == ["other"]


def test_a_summary_to_prepare_is_a_report():
    # A/RES/77/275 operative 6 (its second clause): "…and also requests the President to prepare a summary of the
    # hearing prior to the high-level meeting" / « …et prie également sa présidence d'établir une synthèse de cette
    # concertation avant la tenue de la réunion de haut niveau »: a report, and the meeting only dates it.
    assert kinds("Also requests the President to prepare a summary of the hearing prior to the high-level meeting;", "en") \
        == kinds("Prie également sa présidence d’établir une synthèse de cette concertation avant la tenue de la réunion "
                 "de haut niveau ;", "fr") == [["report"]]
    # A/RES/80/262 operative 8: « en veillant tout particulièrement à faire la synthèse des enseignements tirés » (to
    # synthesize lessons, inside guidance to draw up) is no written summary.
    assert "report" not in kinds("Prie de nouveau le Secrétaire général d’élaborer des orientations sur le respect et "
                                 "l’application des principes de la neutralité, en veillant tout particulièrement à faire "
                                 "la synthèse des enseignements tirés de l’expérience ;", "fr")[0]
