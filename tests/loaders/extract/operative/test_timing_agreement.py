"""Recurrence and resource condition read the same in the English and French texts of one paragraph
(loaders/extract/operative/timing.py): each case is a class of paragraphs where the agreement diagnostic
(benchmarks/assignee_agreement.py --field recurrence condition) found one language misreading its
own text, proved here on the real paragraph, quoted with its symbol (shortened where marked)."""

from __future__ import annotations

from tests.loaders.extract.operative.test_mandates import clauses


def recurrences(text: str, lang: str) -> set[str]:
    return {d.recurrence.value for c in clauses(text, lang) if c.mandates for d in c.mandates.deliverables
            if d.recurrence is not None}


def sessions(text: str, lang: str) -> set[int]:
    return {d.due_session.value for c in clauses(text, lang) if c.mandates for d in c.mandates.deliverables
            if d.due_session is not None}


def conditions(text: str, lang: str) -> set[str]:
    return {c.mandates.condition.value for c in clauses(text, lang) if c.mandates and c.mandates.condition}


def test_multi_annual_contributions_are_not_annual():
    # A/RES/80/137 operative 73: "multi-annual contributions" / « pluriannuelles »: over several years.
    english = ("Recognizes the continued importance of voluntary funding, and urges existing and new donors to provide "
               "sufficient funding and, where possible, to augment financial contributions to the United Nations trust "
               "fund for disaster reduction to support the implementation of the Sendai Framework, including through "
               "unearmarked and, where possible, multi-annual contributions;")
    french = ("Considère que les contributions volontaires demeurent importantes et invite instamment les donateurs, "
              "existants et nouveaux, à doter le fonds d’affectation spéciale des Nations Unies pour la prévention des "
              "catastrophes de moyens suffisants pour appuyer la mise en œuvre du Cadre de Sendai, voire, lorsqu’ils le "
              "peuvent, à accroître l’assistance financière fournie, notamment en versant des contributions non "
              "affectées à des fins particulières et, si possible, pluriannuelles ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == set()


def test_once_a_year_is_annual():
    # A/RES/80/105 operative 17: "at least once a year" / « au moins une fois par an ».
    english = ("Requests the Secretary-General, President pro tempore of the Special Committee, to meet informally at "
               "least once a year with the Chair and the Bureau of the Committee during the intersessional period, in "
               "order to explore innovative ways of using his good offices to help to advance the decolonization agenda "
               "on a case-by-case basis;")
    french = ("Prie le Secrétaire général, Président pro tempore du Comité spécial, de se réunir informellement avec la "
              "présidence et le Bureau du Comité au moins une fois par an, pendant l’intersession, pour étudier des "
              "moyens novateurs d’user de ses bons offices pour faire progresser le processus de la décolonisation au "
              "cas par cas ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == {"annual"}


def test_regular_intervals_and_regular_monitoring_are_periodic():
    # A/RES/80/39 operative 10 (shortened): "at regular intervals" / « à intervalles réguliers ».
    english = ("Calls upon other States Parties to the Treaty that maintain a role for nuclear weapons in their military "
               "and security concepts, doctrines and policies to provide standardized information at regular intervals "
               "on, inter alia, measures taken to reduce the role and significance of nuclear weapons;")
    french = ("Demande aux autres États Parties au Traité qui font une place aux armes nucléaires dans leurs concepts, "
              "doctrines et politiques militaires et de sécurité de fournir également, à intervalles réguliers, des "
              "informations normalisées concernant, entre autres, les mesures qu’ils prennent pour réduire le rôle et "
              "l’importance des armes nucléaires ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == {"periodic"}
    # A/RES/80/179 operative 49: "is regularly monitored" / « fasse l’objet de contrôles réguliers ».
    english = ("Also encourages Member States to ensure that the principle of non‑discrimination on the basis of age is "
               "incorporated and upheld in health and other policies and programmes and that the implementation of "
               "such policies and programmes is regularly monitored;")
    french = ("Encourage également les États Membres à veiller à ce que le principe de la non‑discrimination fondée sur "
              "l’âge soit effectivement incorporé dans les politiques et programmes de santé, notamment, et à ce que la "
              "mise en œuvre de ces politiques et programmes fasse l’objet de contrôles réguliers ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == {"periodic"}


def test_regular_follow_up_and_collaboration_is_periodic_in_french_too():
    # A/RES/80/211 operative 11 (its last directive clause): « un suivi et une collaboration réguliers et renforcés ».
    english = ("Encourages the Secretary-General to work with Member States, the United Nations system and other "
               "relevant actors, as appropriate, on taking forward these efforts, including through regular and "
               "enhanced follow-up and collaboration;")
    french = ("Encourage le Secrétaire général à œuvrer avec les États Membres, le système des Nations Unies et les "
              "autres acteurs concernés, selon le cas, pour faire progresser cette action, notamment par un suivi et "
              "une collaboration réguliers et renforcés ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == {"periodic"}


def test_sessions_of_two_bodies_respectively_are_one_report_due_once():
    # A/RES/80/218 operative 32: "at their eighty-second and sixty-sixth sessions, respectively" named no session
    # ("their") and, read, would be two sessions of one body (annual); French names each body's session.
    english = ("Requests the Secretary-General to submit to the General Assembly and the Human Rights Council at their "
               "eighty-second and sixty-sixth sessions, respectively, a comprehensive report entitled “Human rights of "
               "migrants”, covering all aspects of the implementation of the present resolution;")
    french = ("Prie le Secrétaire général de lui présenter à sa quatre-vingt-deuxième session, ainsi qu’au Conseil des "
              "droits de l’homme à sa soixante-sixième session, un rapport complet intitulé « Droits humains des "
              "migrants », traitant de tous les aspects de l’application de la présente résolution ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == {"once"}
    assert 82 in sessions(english, "en") and 82 in sessions(french, "fr")


def test_quatre_vingt_et_unieme_names_the_eighty_first_session():
    # A/RES/80/265 operative 19 (shortened): « à sa quatre-vingt-et-unième session », an « et » the rule has not.
    english = ("Requests the Secretary-General, in close collaboration with the Director General of the World Health "
               "Organization, to report to the General Assembly at its eighty-first session, under the item entitled "
               "“Global health and foreign policy”, on international cooperation and multilateral efforts to accelerate "
               "the fight against diseases driven by social determinants of health.")
    french = ("Prie le Secrétaire général, en étroite collaboration avec le Directeur général de l’Organisation mondiale "
              "de la Santé, de lui présenter, à sa quatre-vingt-et-unième session, au titre de la question intitulée "
              "« Santé mondiale et politique étrangère », un rapport sur la coopération internationale et l’action "
              "multilatérale visant à hâter la lutte contre les maladies influencées par les déterminants sociaux de "
              "la santé.")
    assert sessions(english, "en") == sessions(french, "fr") == {81}


def test_voluntary_financial_or_other_contributions_are_extrabudgetary():
    # A/RES/80/110 operative 10 (shortened): "voluntary financial or other contributions" / « contributions
    # volontaires, financières ou autres ».
    english = ("Urges States, international financial institutions, donor agencies, intergovernmental organizations, "
               "non‑governmental organizations and natural and juridical persons to make voluntary financial or other "
               "contributions to the trust funds established for this purpose;")
    french = ("Invite instamment les États, les institutions financières internationales, les organismes donateurs, les "
              "organisations intergouvernementales, les organisations non gouvernementales et les personnes physiques "
              "et morales à verser des contributions volontaires, financières ou autres, aux fonds d’affectation "
              "spéciale créés à cet effet ;")
    assert conditions(english, "en") == conditions(french, "fr") == {"extrabudgetary"}
    # A/RES/80/109 operative 67 (its directive clause): « des contributions financières volontaires ».
    english = ("Urges States, intergovernmental organizations, international financial institutions, national "
               "institutions and non‑governmental organizations, as well as natural and juridical persons, to make "
               "voluntary financial contributions to the Assistance Fund established under Part VII of the Agreement;")
    french = ("Exhorte les États, les organisations intergouvernementales, les institutions financières "
              "internationales, les institutions nationales et les organisations non gouvernementales, ainsi que les "
              "personnes physiques et morales, à verser des contributions financières volontaires audit fonds ;")
    assert conditions(english, "en") == conditions(french, "fr") == {"extrabudgetary"}


def test_mandates_and_existing_resources_are_within_existing_resources():
    # A/RES/80/145 operative 20: "within their mandates and existing resources" / « dans la limite des ressources
    # existantes ».
    english = ("Calls upon the United Nations Environment Programme and other relevant United Nations entities, within "
               "their mandates and existing resources, to support the efforts of Member States in promoting and "
               "implementing the integrated coastal zone management approach, as well as in mobilizing partnerships "
               "and initiatives at the local, national and regional levels;")
    french = ("Demande au Programme des Nations Unies pour l’environnement et aux autres entités compétentes des Nations "
              "Unies d’appuyer, dans le cadre de leur mandat et dans la limite des ressources existantes, l’action "
              "menée par les États Membres pour promouvoir et appliquer le modèle de gestion intégrée des zones "
              "côtières et pour mobiliser des partenariats et des initiatives aux échelons local, national et "
              "régional ;")
    assert conditions(english, "en") == conditions(french, "fr") == {"within-existing-resources"}


def test_funds_made_available_on_existing_resources():
    # A/RES/80/225 operative 14: « de dégager, sur les ressources existantes, les fonds nécessaires ».
    english = ("Further requests the Secretary-General to make available, within existing resources, the funds "
               "necessary to ensure the participation of the least developed countries in the Fifteenth Congress, in "
               "accordance with past practice.")
    french = ("Prie en outre le Secrétaire général de dégager, sur les ressources existantes, les fonds nécessaires "
              "pour permettre aux pays les moins avancés de participer au quinzième Congrès, suivant la pratique "
              "établie.")
    assert conditions(english, "en") == conditions(french, "fr") == {"within-existing-resources"}


def test_a_monthly_rate_of_apportionment_is_no_recurrence():
    # A/RES/79/301 operative 16: "at a monthly rate of 28,475,787 dollars" / « à raison de 28 475 787 dollars par mois ».
    english = ("Further decides to apportion among Member States the amount of 213,568,400 dollars for the period from "
               "16 November 2025 to 30 June 2026, at a monthly rate of 28,475,787 dollars, in accordance with the levels "
               "updated in its resolution 79/250, taking into account the scale of assessments for 2025 and 2026, as set "
               "out in its resolution 79/249, subject to a decision of the Security Council to extend the mandate of "
               "the Force;")
    french = ("Décide, sous réserve que le Conseil de sécurité décide de proroger le mandat de la Force, de répartir "
              "entre les États Membres, au titre de la période du 16 novembre 2025 au 30 juin 2026, un montant de "
              "213 568 400 dollars, à raison de 28 475 787 dollars par mois, conformément aux catégories qu’elle a "
              "actualisées dans sa résolution 79/250 et selon le barème des quotes-parts pour 2025 et 2026, indiqué "
              "dans sa résolution 79/249 ;")
    assert "periodic" not in recurrences(english, "en") | recurrences(french, "fr")


def test_routinely_is_periodic_and_every_5_years_quinquennial():
    # A/RES/79/198 operative 24 (its last clause): "to routinely conduct stress testing" / « soumettre régulièrement ».
    english = "Encourages Member States to routinely conduct stress testing of infrastructure systems;"
    french = ("Engage les États Membres à soumettre régulièrement les systèmes et infrastructures à des simulations de "
              "crise ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == {"periodic"}
    # A/RES/79/254 operative 25 (its last clause): "every 5 years" / « tous les cinq ans ».
    english = ("Requests the Secretary-General to provide a detailed overview every 5 years of the functioning of the "
               "mechanism, including opt-out rates, total contributions received from staff;")
    french = ("Prie le Secrétaire général de donner tous les cinq ans des informations détaillées sur son fonctionnement, "
              "notamment sur les taux de non-participation, les contributions totales reçues du personnel ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == {"quinquennial"}


def test_a_bodys_regular_meetings_and_what_was_regularly_done_are_no_recurrence():
    # A/RES/80/63 operative 35: "its regular meetings" / « réunions ordinaires »: the body's ordinary meetings.
    english = ("Expresses its satisfaction to the Secretary-General for his support for the activities of the Standing "
               "Advisory Committee, and requests him to continue to provide the assistance needed to ensure the success "
               "of its regular meetings;")
    french = ("Exprime sa satisfaction au Secrétaire général pour le soutien qu’il apporte aux activités du Comité "
              "consultatif permanent et le prie de continuer à fournir l’assistance nécessaire au succès des réunions "
              "ordinaires de celui‑ci ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == set()
    # A/RES/80/234 operative 24: « les organes qui ont régulièrement sous-utilisé les ressources » ("that have
    # consistently utilized less"): a past habit of the bodies consulted.
    english = ("Requests the Committee on Conferences to consult those bodies that have consistently utilized less than "
               "the applicable benchmark of their allocated resources for the past six years, with a view to making "
               "appropriate recommendations in order to achieve the optimum utilization of conference-servicing "
               "resources;")
    french = ("Demande au Comité des conférences de tenir des consultations avec les organes qui ont régulièrement "
              "sous-utilisé les ressources qui leur étaient allouées au cours des six dernières années et de faire les "
              "recommandations qui s’imposent afin que les ressources affectées aux services de conférence soient "
              "utilisées au mieux ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == set()


def test_a_numbered_annual_report_is_named_not_asked_for_and_each_annual_session_is_annual():
    # A/RES/79/237 operative 1: "the third annual progress report" / « le troisième rapport d’activité annuel »: one
    # report of the series, already written.
    english = "Decides to endorse the third annual progress report of the OEWG as contained in document A/79/214;"
    french = ("Décide de faire sien le troisième rapport d’activité annuel du groupe de travail à composition non "
              "limitée, qui figure dans le document publié sous la cote A/79/214 ;")
    assert "annual" not in recurrences(english, "en") | recurrences(french, "fr")
    # A/RES/79/192 operative 3 (shortened): "at each annual session" / « lors de chaque session annuelle ».
    english = ("Also requests the Bureau of the Third Committee to coordinate on the schedule of interactive dialogues, "
               "with a view to mutually deciding on a road map aimed at developing a programme to progressively reduce "
               "the interactive dialogues to a manageable number at each annual session;")
    french = ("Demande également au Bureau de la Troisième Commission de coordonner le calendrier des dialogues "
              "interactifs, afin d’arrêter d’un commun accord une feuille de route en vue d’élaborer un programme "
              "permettant de ramener progressivement à un nombre raisonnable le nombre de dialogues interactifs "
              "organisés lors de chaque session annuelle ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == {"annual"}


def test_two_special_sessions_named_are_no_annual_series():
    # A/RES/79/223 operative 58 (shortened): « à ses vingt-troisième et vingt-quatrième sessions extraordinaires »
    # ("the twenty-third and twenty-fourth special sessions of the General Assembly"), past sessions.
    english = ("Encourages the international community to continue to provide the financial resources necessary to "
               "assist Governments in their efforts to meet the development targets and benchmarks agreed upon at the "
               "Second World Assembly on Ageing, the twenty-third and twenty-fourth special sessions of the General "
               "Assembly and other relevant United Nations conferences and summits;")
    french = ("Engage la communauté internationale à continuer de dégager les fonds nécessaires pour aider les "
              "gouvernements à atteindre les cibles de développement et les objectifs arrêtés à la deuxième Assemblée "
              "mondiale sur le vieillissement, à ses vingt-troisième et vingt-quatrième sessions extraordinaires et à "
              "d’autres conférences et sommets des Nations Unies ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == set()


def test_a_mandate_and_its_resources_are_within_existing_resources_in_french_too():
    # A/RES/76/214 operative 17 (its lead-in): "within their respective mandates and resources" / « agissant dans le
    # cadre de leur mandat et dans les limites de leurs ressources ».
    english = ("Invites all countries, as well as intergovernmental bodies and organizations of the United Nations "
               "system, within their respective mandates and resources, relevant non-governmental organizations and all "
               "other relevant stakeholders to take the following measures;")
    french = ("Invite tous les pays, ainsi que les organisations intergouvernementales et les organismes des Nations "
              "Unies, agissant dans le cadre de leur mandat et dans les limites de leurs ressources, les organisations "
              "non gouvernementales compétentes et toutes les autres parties concernées à prendre les mesures "
              "suivantes ;")
    assert conditions(english, "en") == conditions(french, "fr") == {"within-existing-resources"}
    # "the voluntary trust fund" (« le fonds d’affectation volontaire ») names a fund; what is given to it is not said.
    assert conditions("Encourages all States parties in a position to do so to contribute to the voluntary trust fund;",
                      "en") == set()


def test_what_a_task_enables_others_to_do_regularly_is_no_recurrence_of_the_task():
    # A/RES/79/35 operative 15 (shortened): "…in a manner that strengthens accountability and enables all States parties
    # to regularly monitor progress" / « … d'une manière qui renforce l'application du principe de responsabilité et
    # permette à tous les États parties de suivre régulièrement les progrès accomplis ».
    english = ("Urges nuclear-weapon States to implement their nuclear disarmament obligations and commitments, both "
               "qualitative and quantitative, in a manner that strengthens accountability and enables all States parties "
               "to regularly monitor progress;")
    french = ("Exhorte les États dotés d’armes nucléaires à honorer les obligations et engagements qu’ils ont pris, sur "
              "les plans tant qualitatif que quantitatif, en matière de désarmement nucléaire, d’une manière qui renforce "
              "l’application du principe de responsabilité et permette à tous les États parties de suivre régulièrement "
              "les progrès accomplis ;")
    assert recurrences(english, "en") == recurrences(french, "fr") == set()
    # What the task itself does regularly stays periodic: A/RES/77/127 operative 4 (shortened), "to continue to
    # regularly request … the advice of the Commission" / « à continuer de solliciter régulièrement les conseils ».
    assert recurrences("Encourages the Security Council to continue to regularly request, deliberate and draw upon the "
                       "specific, strategic and targeted advice of the Commission;", "en") \
        == recurrences("Engage le Conseil à continuer de solliciter régulièrement les conseils spécialisés, stratégiques "
                       "et ciblés de la Commission ;", "fr") == {"periodic"}
