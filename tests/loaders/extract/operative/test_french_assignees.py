"""French addressee lists (loaders/extract/operative/french_assignees.py): each rule was found where the
English text of a paragraph names an assignee and the French one did not
(benchmarks/assignee_agreement.py), and is proved on that real paragraph in both languages."""

from __future__ import annotations

from tests.loaders.extract.operative.test_mandates import assignee_keys


def both(english: str, french: str) -> tuple[list[list[str]], list[list[str]]]:
    return assignee_keys(english, "en"), assignee_keys(french, "fr")


def test_adverbs_after_the_verb_do_not_put_the_addressees_out_of_the_list():
    # A/RES/77/194 operative 34: "avec" of "avec insistance" read as a preposition.
    assert assignee_keys("Demande avec insistance aux gouvernements de veiller à la cohérence entre les lois et les "
                         "mesures relatives à la migration, au travail et à la traite des personnes ;", "fr") \
        == [["governments"]]
    # A/RES/79/35 operative 5: "Strongly urges nuclear-weapon States…".
    english, french = both(
        "Strongly urges nuclear-weapon States to implement the unequivocal undertaking to accomplish the total "
        "elimination of their nuclear arsenals leading to nuclear disarmament;",
        "Exhorte avec véhémence les États dotés d’armes nucléaires à honorer l’engagement sans équivoque qu’ils ont "
        "pris de procéder à l’élimination complète de leurs arsenaux nucléaires ;")
    assert english == french == [["nuclear-weapon-states"]]


def test_d_urgence_is_an_adverb_and_fisheries_organizations_are_one_group():
    # A/RES/78/68 operative 159.
    english, french = both(
        "Urgently calls upon States, subregional and regional fisheries management organizations and arrangements "
        "and, where appropriate, other relevant international organizations to develop and implement effective "
        "management measures to reduce the incidence of catch and discards of non‑target species;",
        "Demande d’urgence aux États, aux organismes et arrangements sous-régionaux et régionaux de gestion des pêches "
        "et, le cas échéant, aux autres organisations internationales compétentes d’élaborer et d’appliquer des "
        "mesures de gestion efficaces afin de réduire la fréquence des prises et des rejets d’espèces non visées ;")
    assert english == french == [["states", "rfmos", "international-organizations"]]


def test_l_ensemble_du_systeme_is_the_whole_system():
    # A/RES/80/220 operative 25.
    english, french = both(
        "Encourages the United Nations system as a whole to continue to address the grave human rights situation in "
        "the Democratic People’s Republic of Korea in a coordinated and unified manner;",
        "Engage l’ensemble du système des Nations Unies à continuer de prendre des mesures face à la situation "
        "préoccupante relative aux droits humains en République populaire démocratique de Corée de manière "
        "coordonnée et unifiée ;")
    assert english == french == [["un-system"]]


def test_two_nouns_share_the_adjectives_that_follow_them():
    # A/RES/80/25 operative 5.
    french = ("Engage également les organisations et institutions régionales et sous-régionales, les organisations non "
              "gouvernementales et les instituts de recherche compétents à inclure les questions qui concernent la "
              "relation entre le désarmement et le développement dans leurs programmes ;")
    assert {"regional-organizations", "ngos"} <= set(assignee_keys(french, "fr")[0])
    # A/RES/80/143 operative 8: the adjectives agree with the second noun ("mécanismes régionaux").
    english, french = both(
        "Encourages regional, subregional and interregional organizations and processes to continue to share best "
        "practices;",
        "Encourage les organisations et mécanismes régionaux, sous-régionaux et interrégionaux à continuer de mettre "
        "en commun leurs meilleures pratiques ;")
    assert english == french == [["regional-organizations"]]


def test_two_nouns_share_the_group_they_belong_to():
    # A/RES/78/54 operative 5: "civil society organizations and associations".
    assert assignee_keys("Engage les organisations et associations de la société civile à collaborer aux efforts des "
                         "commissions nationales dans la lutte contre la circulation illicite des armes légères ;",
                         "fr") == [["civil-society"]]


def test_organizations_and_agencies_of_the_united_nations_are_its_system():
    # A/RES/77/30 operative 9.
    english, french = both(
        "Calls upon relevant organizations and agencies of the United Nations system to intensify their assistance "
        "in response to the urgent needs of the Palestinian people;",
        "Demande aux organisations et institutions compétentes des Nations Unies d’intensifier leur assistance afin "
        "de répondre aux besoins pressants du peuple palestinien ;")
    assert english == french == [["un-system"]]


def test_a_united_nations_country_team_is_not_countries():
    # A/RES/76/270 operative 22: "Calls upon United Nations country teams…".
    assert "countries" not in assignee_keys(
        "Demande aux équipes de pays des Nations Unies, agissant dans le respect de leur mandat et quand les autorités "
        "nationales leur en font la demande, de trouver un moyen de collaborer avec les parlements nationaux ;",
        "fr")[0]


def test_the_french_names_of_humanitarian_organizations():
    # A/RES/76/124 operative 50.
    english, french = both(
        "Calls upon Member States, relevant humanitarian organizations of the United Nations system and other "
        "relevant humanitarian actors to ensure non‑discrimination and opportunities for persons with disabilities;",
        "Demande aux États Membres, aux organismes humanitaires des Nations Unies concernés et aux autres intervenants "
        "humanitaires intéressés de veiller à ce que les personnes handicapées ne soient pas victimes de "
        "discrimination ;")
    assert english == french == [["member-states", "humanitarian-organizations"]]
    # A/RES/77/28 operative 26.
    assert assignee_keys("Encourage les acteurs de l’aide humanitaire et du développement à fixer, le cas échéant, des "
                         "objectifs communs de gestion des risques et de résilience ;", "fr") \
        == [["humanitarian-organizations"]]


def test_tous_les_autres_are_the_others_of_the_group_named_before():
    # A/RES/79/307 operative 3: "…and urges all other Member States to make every possible effort…".
    english, french = both(
        "Expresses its appreciation to those Member States that have paid their assessed contributions in full, and "
        "urges all other Member States to make every possible effort to ensure payment of their assessed "
        "contributions to the Force in full;",
        "Remercie les États Membres qui ont acquitté la totalité du montant de leurs contributions statutaires et prie "
        "instamment tous les autres de faire tout leur possible pour verser l’intégralité des contributions qu’ils "
        "doivent au titre de la Force ;")
    assert english == french == [[], ["member-states"]]


def test_a_renewed_invitation_asks_what_an_invitation_asks():
    # A/RES/80/143 operative 6.
    english, french = both(
        "Reiterates the invitation to the Secretary-General to consider designating a relevant agency or entity with "
        "adequate capacity, by July 2026, to act as a focal point on sand and dust storms;",
        "Renouvelle l’invitation faite au Secrétaire général d’envisager de désigner, d’ici à juillet 2026, une entité "
        "ou un organisme compétent doté de moyens suffisants ;")
    assert english == french == [["secretary-general"]]


def test_myanmar_is_named_so_in_french():
    # A/RES/78/219 operative 11 (ISO's French name is "Birmanie"; the UN's is "Myanmar").
    english, french = both(
        "Urges Myanmar, in accordance with the order of the International Court of Justice to take all measures "
        "within its power to prevent the commission of all acts within the scope of article 2 of the Convention;",
        "Exhorte le Myanmar, conformément à l’ordonnance de la Cour internationale de Justice, à faire tout ce qui est "
        "en son pouvoir pour prévenir la perpétration de tout acte visé à l’article 2 de la Convention ;")
    assert english == french == [["country-MM"]]


def test_a_text_commended_to_the_attention_of_governments_is_addressed_to_them():
    # A/RES/77/106 operative 2: "Also commends once again the principles… to the attention of Governments".
    assert assignee_keys("Recommande également une fois de plus les principes sur la répartition des pertes en cas de "
                         "dommage transfrontière découlant d’activités dangereuses, dont le texte est annexé à sa "
                         "résolution 61/36, à l’attention des gouvernements, sans préjudice des mesures qui pourraient "
                         "être prises, conformément à la recommandation de la Commission concernant les principes ;",
                         "fr") == [["governments"]]


def test_sous_regionales_is_an_adjective_not_the_preposition_sous():
    # A/RES/77/317 operative 2: the list went on after "sous-régionales" in English only.
    english, french = both(
        "Invites all Member States, organizations of the United Nations system and other global, regional and "
        "subregional organizations, as well as other relevant stakeholders, including civil society, the private "
        "sector, academia and individuals, to observe the International Day of Care and Support on an annual basis;",
        "Invite tous les États Membres, les organismes des Nations Unies et les autres organisations mondiales, "
        "régionales et sous-régionales, ainsi que les autres parties prenantes, notamment la société civile, le "
        "secteur privé, les milieux universitaires et les particuliers, à célébrer chaque année la Journée "
        "internationale des soins et de l’assistance comme il se doit ;")
    assert english == french
    assert {"relevant-stakeholders", "civil-society", "academia", "individuals"} <= set(french[0])


def test_more_french_names_of_groups():
    # A/RES/78/190 operative 74: "relevant actors" / « les intervenants concernés ».
    english, french = both(
        "Encourages Governments, non‑governmental organizations and relevant actors to disseminate, as widely as "
        "possible, information regarding the contents of and the principles outlined in the present resolution;",
        "Encourage les gouvernements, les organisations non gouvernementales et les intervenants concernés à diffuser "
        "le plus largement possible des informations concernant la teneur de la présente résolution ;")
    assert english == french == [["governments", "ngos", "relevant-stakeholders"]]
    # A/RES/76/73 operative 8: "intergovernmental bodies" / « les organismes intergouvernementaux ».
    assert assignee_keys("Encourage les organismes intergouvernementaux, les organisations non gouvernementales, les "
                         "personnes intéressées et les philanthropes à contribuer aux programmes et au budget de base de "
                         "l’Université ;", "fr")[0][:2] == ["intergovernmental-bodies", "ngos"]


def test_a_phrase_set_off_by_commas_before_or_after_que_is_not_the_subject():
    # A/RES/76/71 operative 2: "Calls upon all States that have not done so…".
    english, french = both(
        "Calls upon all States that have not done so, in order to achieve the goal of universal participation, to "
        "become parties to the Convention, which sets out the legal framework within which all activities in the "
        "oceans and seas must be carried out, taking into account the relationship between the Convention and the "
        "Agreement;",
        "Demande, afin d’atteindre l’objectif d’une participation universelle, que tous les États qui ne l’ont pas "
        "encore fait deviennent parties à la Convention, qui définit le cadre juridique dans lequel s’inscrivent "
        "toutes les activités maritimes, compte tenu du rapport qui existe entre la Convention et l’Accord ;")
    assert english == french == [["states"]]
    # A/RES/78/11 operative 6.
    english, french = both(
        "Demands once more that Israel withdraw from all the occupied Syrian Golan to the line of 4 June 1967 in "
        "implementation of the relevant Security Council resolutions;",
        "Exige une fois de plus qu’en application des résolutions pertinentes du Conseil de sécurité, Israël se retire "
        "de tout le Golan syrien occupé jusqu’à la ligne du 4 juin 1967 ;")
    assert english == french == [["country-IL"]]


def test_bodies_named_in_full_in_both_languages_are_one_registry_entity():
    # A/RES/77/10 operative 7.
    english, french = both(
        "Calls upon the Taliban to fulfil and respect their assurances for the safety and security of diplomatic "
        "personnel and premises, humanitarian workers and international organizations in Afghanistan;",
        "Demande aux Taliban de respecter les garanties qu’ils ont données sur la sûreté et la sécurité du personnel et "
        "des locaux diplomatiques, des travailleurs humanitaires et des organisations internationales en Afghanistan ;")
    assert english == french == [["taliban"]]
    # A/RES/76/206 operative 16.
    english, french = both(
        "Invites the United Nations Coalition on Combating Sand and Dust Storms, which was formed at the twenty-fourth "
        "meeting of the senior officials of the Environment Management Group, in September 2018, and other relevant "
        "United Nations entities to continue their collaboration to assist affected country parties;",
        "Invite la Coalition des Nations Unies pour la lutte contre les tempêtes de sable et de poussière, qui a été "
        "constituée en septembre 2018 à la vingt-quatrième réunion des hauts responsables du Groupe de la gestion de "
        "l’environnement, et les autres entités compétentes des Nations Unies à continuer de collaborer pour aider les "
        "États parties touchés par ce phénomène ;")
    assert english[0][0] == french[0][0] == "sds-coalition"


def test_a_french_infinitive_may_begin_with_oe_and_at_all_levels_is_where_not_who():
    # A/RES/76/197 operative 9: "Encourages financial actors at all levels to work towards…".
    assert assignee_keys("Engage les acteurs financiers, à tous les niveaux, à œuvrer à l’établissement de pratiques "
                         "financières inclusives, représentatives et responsables ;", "fr") == [["acteurs financiers"]]


def test_bodies_the_registry_now_names_in_both_languages_agree():
    # A/RES/76/117 operative 21: each language minted a name of its own, which never agreed.
    english, french = both(
        "Invites the Rule of Law Coordination and Resource Group and the Rule of Law Unit to continue their dialogue "
        "with all Member States by interacting with them in a regular, transparent and inclusive manner;",
        "Invite le Groupe de coordination et de conseil sur l’état de droit et le Groupe de l’état de droit à "
        "poursuivre leur dialogue avec tous les États Membres de manière régulière et transparente et sans exclusive ;")
    assert english == french == [["rule-of-law-group", "rule-of-law-unit"]]
    # A/RES/80/11 operative 20 and A/RES/79/53 operative 22.
    assert assignee_keys("Prie le Bureau d’appui à la consolidation de la paix de rendre compte chaque année, dans le "
                         "cadre des modalités existantes, des progrès accomplis ;", "fr") == [["pbso"]]
    english, french = both(
        "Requests the Office for Disarmament Affairs, in coordination with other relevant entities, to maintain and "
        "regularly update the online information hub;",
        "Prie le Bureau des affaires de désarmement d’assurer, en coordination avec les autres entités compétentes, la "
        "maintenance et la mise à jour régulière de la plate-forme d’information en ligne ;")
    assert english == french == [["unoda"]]


def test_a_french_name_written_with_one_capital_is_named():
    # A/RES/80/122 operative 16: French capitalises only the head ("Conseil d'administration du…").
    assert assignee_keys("Invite le Conseil d’administration du Fonds monétaire international à envisager "
                         "l’élaboration d’un guide des droits de tirage spéciaux ;", "fr") \
        == [["Conseil d’administration du Fonds monétaire international"]]
    # A/RES/77/330 operative 16: the name ends where "dans les efforts…" starts.
    assert assignee_keys("Encourage l’Organisation de coopération économique dans les efforts qu’elle fait pour "
                         "promouvoir la numérisation du transport en transit ;", "fr") \
        == [["Organisation de coopération économique"]]


def test_etats_membres_in_lower_case_are_the_states_of_another_organization():
    # A/RES/80/63 operative 32: « États membres » of the Standing Advisory Committee, as English reads "the States
    # members of…"; « États Membres » (capital M) stay the Organization's Member States.
    english, french = both(
        "Urges the States members of the Standing Advisory Committee, in accordance with Security Council resolution "
        "1325 (2000) of 31 October 2000, to strengthen the gender component of the various meetings of the Committee;",
        "Prie instamment les États membres du Comité consultatif permanent de renforcer la composante femme des "
        "différentes réunions du Comité ayant trait au désarmement et à la sécurité internationale ;")
    assert english == french == [["states"]]
    assert assignee_keys("Encourage les États Membres à coopérer ;", "fr") == [["member-states"]]


def test_a_body_named_after_another_neither_names_it_nor_ends_the_list():
    # A/RES/76/193 operative 9: « le Groupe de la Banque mondiale » is not the World Bank, nor does its « de la » put
    # the Fund and the stakeholders after it out of the list.
    english, french = both(
        "Encourages the United Nations system, the World Bank Group, the International Monetary Fund and other relevant "
        "stakeholders, including the Development Assistance Committee, to continue to conduct analytical activities;",
        "Engage le système des Nations Unies, le Groupe de la Banque mondiale, le Fonds monétaire international et les "
        "autres parties intéressées, dont le Comité d’aide au développement, à continuer de mener des travaux "
        "analytiques ;")
    # English names the Group as written (a name the registry lacks, which French does not mint).
    assert french == [["un-system", "imf", "relevant-stakeholders"]]
    assert [k for k in english[0] if k != "World Bank Group"][:3] == french[0]


def test_the_name_inside_a_longer_one_does_not_end_the_list():
    # A/RES/78/321 operative 2: « de l'Organisation des Nations Unies » belongs to the first item.
    french = ("Invite tous les États Membres de l’Organisation des Nations Unies, tous les organismes compétents des "
              "Nations Unies, les autres organisations, internationales, régionales et sous-régionales et les peuples "
              "autochtones, ainsi que les autres parties concernées, dont les milieux universitaires, les organisations "
              "de la société civile, le secteur privé et les particuliers, à célébrer la Décennie ;")
    assert {"member-states", "un-system", "indigenous-peoples", "civil-society", "private-sector"} \
        <= set(assignee_keys(french, "fr")[0])


def test_african_countries_are_one_group_and_a_region_of_africa_a_narrower_one():
    # A/RES/78/262 operative 37: each language minted a name of its own (« pays d'Afrique » was none).
    english, french = both(
        "Encourages African countries to join the Sustainable Debt Coalition, established at the twenty-seventh "
        "session of the Conference of Parties to the United Nations Framework Convention on Climate Change;",
        "Encourage les pays d’Afrique à rejoindre la Coalition pour la dette durable, créée lors de la vingt-septième "
        "session de la Conférence des Parties à la Convention-cadre des Nations Unies sur les changements climatiques ;")
    assert english == french == [["african-countries"]]
    # A/RES/76/60 operative 22 (shortened): « les pays d'Afrique centrale » are not all African countries.
    french = ("Prie le Secrétaire général et le Haut-Commissariat des Nations Unies pour les réfugiés de continuer "
              "d’aider les pays d’Afrique centrale à faire face aux problèmes liés aux réfugiés ;")
    assert "african-countries" not in {key for keys in assignee_keys(french, "fr") for key in keys}


def test_landlocked_developing_countries_do_not_end_a_french_list(shared_corpus):
    # A/RES/78/163 operative 11: « Invite les pays en développement sans littoral, les pays de transit, leurs partenaires
    # de développement, les organismes des Nations Unies… » / "Invites the landlocked developing countries, transit
    # countries, their development partners, the United Nations system…": « sans » is no preposition here.
    from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages
    keys = {lang: {a.entity.key for a in p.actions[0].mandates.assignees if a.entity}
            for lang, p in _operative_in_both_languages(shared_corpus, "78_163", "11").items()}
    # (the landlocked developing countries are their own group, not all developing countries)
    assert {"landlocked-developing-countries", "countries", "development-partners", "un-system"} <= keys["fr"]
    assert "developing-countries" not in keys["fr"]
    assert keys["en"] <= keys["fr"]


def test_selon_qu_il_convient_between_two_addressees_ends_no_list(shared_corpus):
    # A/RES/78/161 operative 19: « Engage tous les pays, les organisations intergouvernementales, les organismes des
    # Nations Unies, selon qu'il convient et dans les limites de leur mandat…, les organisations non gouvernementales et
    # les autres parties concernées… » / "…, as appropriate, within their existing mandates, relevant non-governmental
    # organizations and other relevant stakeholders…".
    from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages
    paragraph = _operative_in_both_languages(shared_corpus, "78_161", "19")["fr"]
    assert {"ngos", "relevant-stakeholders"} <= {a.entity.key for a in paragraph.actions[0].mandates.assignees if a.entity}
