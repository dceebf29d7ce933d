"""The seventh round of English/French agreement (issue 13): classes of paragraphs where one
language misread its own text, found by the agreement diagnostic (benchmarks/assignee_agreement.py)
and proved here on the real paragraph, quoted with its symbol, in both languages."""

from __future__ import annotations

from pathlib import Path

from loaders.extract.operative.lexicon import load_lexicon
from loaders.formats.akn import read_akn_file
from loaders.extract.operative.paragraphs import analyse_paragraph
from loaders.registry import load_registry
from loaders.segments import Segment
from tests.loaders.extract.operative.test_mandates import assignee_keys, summary

CORPUS = Path(__file__).resolve().parents[5] / "shared" / "corpus" / "akn"


def both(english: str, french: str) -> tuple[list[list[str]], list[list[str]]]:
    return assignee_keys(english, "en"), assignee_keys(french, "fr")


def test_and_in_that_connection_opens_a_clause():
    # A/RES/77/139 operative 2 (shortened): "and in that connection calls upon the administering Power" was no clause.
    english, french = both(
        "Also reaffirms that it is ultimately for the people of French Polynesia to determine freely their future "
        "political status, and in that connection calls upon the administering Power, in cooperation with the "
        "territorial Government and appropriate bodies of the United Nations system, to develop political education "
        "programmes for the Territory;",
        "Réaffirme qu’en fin de compte c’est au peuple de la Polynésie française lui-même qu’il appartient de "
        "déterminer librement son futur statut politique, et, à cet égard, demande à la Puissance administrante "
        "d’agir en coopération avec le gouvernement du territoire et les organes compétents du système des Nations "
        "Unies pour mettre au point des programmes d’éducation politique dans le territoire ;")
    assert english == french == [[], ["administering-powers"]]


def test_in_that_respect_and_equally_open_a_clause():
    # A/RES/78/103 operative 10 (a) (shortened).
    english, french = both(
        "Welcomes the initiatives of the Commission towards expanding, through its secretariat, its technical "
        "cooperation and assistance programme, and in that respect encourages the Secretary-General to seek "
        "partnerships with State and non‑State actors;",
        "Se félicite des initiatives qu’a prises la Commission pour développer, par l’entremise de son secrétariat, "
        "son programme d’assistance et de coopération techniques, engage le Secrétaire général à forger à ce chapitre "
        "des partenariats avec des acteurs étatiques et non étatiques ;")
    assert english == french == [[], ["secretary-general"]]
    # A/RES/77/27 operative 9 (shortened).
    english, french = both(
        "Also encourages Member States to provide institutional structures in sport for development and peace "
        "programmes, and equally encourages United Nations entities to continue to provide research, normative and "
        "policy guidance;",
        "Encourage également les États Membres à se doter des structures institutionnelles dans le cadre de programmes "
        "de sport au service du développement et de la paix, et encourage également les entités des Nations Unies à "
        "continuer de fournir des orientations ;")
    assert english == french == [["member-states"], ["un-system"]]


def test_a_verb_before_a_colon_opens_a_clause():
    # A/RES/78/271 operative 4: "…, and decides:" (its points are the Assembly's decisions).
    text = ("Stresses the importance of the effective participation of all relevant stakeholders, including civil "
            "society, academia and the private sector, in the Conference and its preparatory process, and decides:")
    assert [action for action, _, _ in summary(text, "en")] == ["stresses", "decides"]
    french = ("Réaffirme qu’il importe que toutes les parties concernées, notamment la société civile, les milieux "
              "universitaires et le secteur privé, participent effectivement à la Conférence et à son processus "
              "préparatoire, et décide :")
    assert assignee_keys(text, "en")[-1] == assignee_keys(french, "fr")[-1] == ["general-assembly"]


def point_keys(paragraph: str, point: str, lang: str) -> list[list[str]]:
    """The assignees of each clause of a paragraph's point, read as the AKN reader reads a point
    (after its paragraph, which it may carry on)."""
    lexicon, registry = load_lexicon(), load_registry()
    parent = analyse_paragraph(Segment(paragraph, list(range(len(paragraph)))), "operative", "1", 1, lang, lexicon,
                               registry, {})
    read = analyse_paragraph(Segment(point, list(range(len(point)))), "operative", "1 (a)", 1, lang, lexicon, registry,
                             {}, inherited=parent.actions[-1])
    return [[a.entity.key if a.entity else a.name for a in c.mandates.assignees] for c in read.actions]


def test_a_point_opening_with_a_participle_carries_on_its_paragraph():
    # A/RES/80/217 operative 15 and its point (h): the States are called upon to encourage mechanisms, not the Assembly.
    english = point_keys(
        "Calls upon States to create and maintain, in law and in practice, a safe and enabling environment for "
        "journalists to perform their work independently and without undue interference, taking a gender-responsive "
        "approach, inter alia, by means of:",
        "Encouraging the establishment of mechanisms for journalists to report online and offline attacks and threats "
        "against them, and providing victims and survivors with adequate support, including legal and psychosocial "
        "support;", "en")
    french = point_keys(
        "Demande aux États d’instaurer et de préserver, en droit et en fait, des conditions de sécurité permettant aux "
        "journalistes d’exercer leur métier en toute indépendance et sans ingérence injustifiée, par l’adoption d’une "
        "approche tenant compte des questions de genre, et de prendre pour ce faire, notamment, les dispositions "
        "suivantes :",
        "Encourager la création de mécanismes permettant aux journalistes de dénoncer les agressions et les menaces "
        "qu’ils subissent en ligne et hors ligne et apporter aux victimes une assistance adéquate, notamment une aide "
        "juridique et psychosociale ;", "fr")
    assert english == french == [["states"]]


def test_appeals_to_names_whom_it_appeals_to():
    # A/RES/80/188 operative 32 (shortened): the "to" of "appeals to" is no infinitive.
    english, french = both(
        "Reaffirms the right of return, in accordance with international law, and the principle of voluntary "
        "repatriation, appeals to countries of origin and countries of asylum to create conditions that are conducive "
        "to voluntary repatriation;",
        "Réaffirme le droit au retour, conformément au droit international, et le principe du rapatriement librement "
        "consenti, demande instamment aux pays d’origine et d’asile de créer des conditions propices au rapatriement "
        "librement consenti ;")
    assert english == french == [[], ["countries"]]
    # A/RES/78/82 operative 14 (shortened)
    english, french = both(
        "Appeals to trade unions and non‑governmental organizations, as well as individuals, to continue their efforts "
        "to promote the economic advancement of peoples of the Non-Self-Governing Territories;",
        "Lance un appel aux syndicats et aux organisations non gouvernementales, ainsi qu’aux particuliers, pour qu’ils "
        "poursuivent leur action en faveur du progrès économique des peuples des territoires non autonomes ;")
    assert english == french == [["ngos", "individuals"]]


def test_a_bodys_network_of_offices_is_asked_with_it():
    # A/RES/80/84 A operative 84 (shortened): "its network of United Nations information centres".
    english, french = both(
        "Also recalls its resolution 72/239 of 20 December 2017 on the United Nations Decade of Family Farming "
        "(2019–2028), and requests the Department of Global Communications and its network of United Nations "
        "information centres to raise awareness of and to disseminate information on the Decade;",
        "Rappelle également sa résolution 72/239 du 20 décembre 2017 sur la Décennie des Nations Unies pour "
        "l’agriculture familiale (2019-2028) et demande au Département de la communication globale et à son réseau de "
        "centres d’information des Nations Unies de sensibiliser le public et de diffuser des informations sur la "
        "Décennie ;")
    assert english == french == [[], ["dgc", "unic"]]


def test_d_autres_parties_concernees_are_other_stakeholders():
    # A/RES/78/176 operative 14: the « d' » of « d'autres » put them out of the list.
    english, french = both(
        "Invites Member States and other stakeholders to invest in awareness-raising and training activities;",
        "Invite les États Membres et d’autres parties concernées à investir dans des activités de sensibilisation et "
        "de formation ;")
    assert english == french == [["member-states", "relevant-stakeholders"]]


def test_executive_heads_are_not_the_secretariat():
    # A/RES/80/255 operative 9 (shortened): « chefs de secrétariat » are "executive heads".
    english, french = both(
        "Reiterates its request to the executive heads of the participating organizations to fully comply with the "
        "statutory procedures for consideration of the reports of the Unit;",
        "Prie de nouveau les chefs de secrétariat des organisations ayant accepté le statut du Corps commun de se "
        "conformer strictement aux procédures réglementaires régissant l’examen des rapports que celui‑ci établit ;")
    assert "secretariat" not in french[0] and english == french


def test_appelle_l_attention_draws_attention_and_asks_no_one():
    # A/RES/80/164 operative 8: "Draws the attention of Governments to the importance…" is an expression of view.
    english, french = both(
        "Draws the attention of Governments to the importance for the International Law Commission of having their "
        "views on the various aspects of the topics on the agenda of the Commission, including:",
        "Appelle l’attention des États sur le fait qu’il importe qu’ils fassent parvenir à la Commission du droit "
        "international leurs observations sur les divers aspects des sujets inscrits à l’ordre du jour de celle‑ci, "
        "en ce qui concerne notamment :")
    assert english == french == [[]]
    assert [action for action, _, _ in summary("Appelle également l’attention des États sur le fait ;", "fr")] \
        == ["stresses"]


def test_registry_names_of_donors_and_all_nuclear_weapon_states():
    # A/RES/78/69 operative 17: "donor agencies" / « organismes donateurs ».
    english, french = both(
        "Calls upon donor agencies and international financial institutions to keep their programmes systematically "
        "under review;",
        "Demande aux organismes donateurs et aux institutions financières internationales d’assurer un suivi "
        "systématique de leurs programmes ;")
    assert english == french == [["donors", "international-financial-institutions"]]
    # A/RES/76/126 operative 14: the international donor community is one group.
    english, french = both(
        "Calls upon the international donor community to expedite the delivery of pledged assistance to the "
        "Palestinian people;",
        "Demande à la communauté internationale des donateurs de fournir rapidement l’aide promise au peuple "
        "palestinien ;")
    assert english == french == [["donors"]]
    # A/RES/76/46 operative 1: « tous les États », an alias of States, started earlier and took the name's place.
    english, french = both(
        "Urges all nuclear-weapon States to take effective disarmament measures to achieve the total elimination of "
        "all nuclear weapons at the earliest possible time;",
        "Exhorte tous les États dotés d’armes nucléaires à prendre des mesures effectives de désarmement pour que "
        "toutes ces armes soient totalement éliminées dès que possible ;")
    assert english == french == [["nuclear-weapon-states"]]


def test_a_view_the_assembly_continues_to_express_is_that_view():
    # A/RES/78/216 operative 13 (shortened): "Continues to express particular concern" was read as resolves, binding
    # the Assembly; French « Continue » had no concept.
    english = summary("Continues to express particular concern about systemic and structural discrimination faced by "
                      "women human rights defenders;", "en")
    french = summary("Continue d’exprimer la préoccupation particulière que lui inspirent la discrimination et la "
                     "marginalisation économique subies par les défenseuses des droits humains ;", "fr")
    assert english == french == [("expresses", [], [])]
    # A/RES/80/6 operative 22 (shortened): « Continue de prendre note avec satisfaction » renders "Continues to welcome".
    english = summary("Continues to welcome the statement by the President of the Security Council of 12 February "
                      "2013;", "en")
    french = summary("Continue de prendre note avec satisfaction de la déclaration du Président du Conseil de sécurité, "
                     "en date du 12 février 2013 ;", "fr")
    assert english[0][1] == french[0][1] == [] and english[0][0] == "welcomes"
    # A directive continued still asks whom it names (the sixth round).
    assert assignee_keys("Continues to encourage the United Nations system to support the Decade;", "en") \
        == [["un-system"]]


def test_steps_to_be_taken_by_states_ask_those_states():
    # A/RES/80/45 operative 3: "agreed to at" is no infinitive, and the steps are "to be taken by" the addressees.
    english, french = both(
        "Calls for practical steps, as agreed to at the 2000 Review Conference of the Parties to the Treaty on the "
        "Non-Proliferation of Nuclear Weapons, to be taken by all nuclear-weapon States, that would lead to nuclear "
        "disarmament in a way that promotes international stability and, based on the principle of undiminished "
        "security for all:",
        "Demande à tous les États dotés d’armes nucléaires, comme il a été convenu à la Conférence des Parties au "
        "Traité sur la non-prolifération des armes nucléaires chargée d’examiner le Traité en 2000, de prendre des "
        "mesures concrètes menant au désarmement nucléaire d’une manière qui renforce la stabilité internationale et, "
        "en se fondant sur le principe d’une sécurité non diminuée pour tous :")
    assert english == french == [["nuclear-weapon-states"]]


def test_and_commits_to_binds_the_assembly():
    # A/RES/80/125 operative 23: lower-case "commits" inside a paragraph was no clause.
    english, french = both(
        "Reaffirms the commitment at the very heart of the 2030 Agenda to leave no one behind, and commits to taking "
        "more tangible steps to support people in vulnerable situations and the most vulnerable countries and to reach "
        "the furthest behind first;",
        "Réaffirme l’engagement qui figure au cœur du Programme 2030 de ne laisser personne de côté et s’engage à "
        "prendre des mesures plus concrètes pour aider les personnes en situation de vulnérabilité et les pays les plus "
        "vulnérables et pour donner la priorité à ceux qui accusent le plus grand retard ;")
    assert english == french == [[], ["general-assembly"]]


def test_parts_of_the_united_nations_system_named_by_the_name_they_share():
    # A/RES/80/199 operative 25 (shortened).
    english, french = both(
        "Invites the United Nations mechanisms and bodies, the specialized agencies and regional organizations, within "
        "their respective mandates, to continue to contribute to the protection of the rights of persons belonging to "
        "national or ethnic minorities;",
        "Invite les mécanismes et organes des Nations Unies, les institutions spécialisées et les organisations "
        "régionales à continuer de contribuer, dans le cadre de leur mandat, à la protection des droits des personnes "
        "appartenant à des minorités nationales ou ethniques ;")
    assert english == french and "un-system" in english[0]
    # A/RES/80/186 operative 37 (shortened).
    english, french = both(
        "Requests the entities of the United Nations to strengthen efforts to prevent, address and eliminate sexual "
        "harassment;",
        "Demande aux entités des Nations Unies d’intensifier les efforts visant à prévenir, à combattre et à éliminer "
        "le harcèlement sexuel ;")
    assert english == french == [["un-system"]]
    # A/RES/78/69 operative 291 (shortened): "within the United Nations system" is part of their name.
    english, french = both(
        "Invites all relevant organizations, funds, programmes and bodies within the United Nations system, in "
        "consultation with interested States, to coordinate relevant activities;",
        "Invite l’ensemble des organisations, fonds, programmes et entités concernés des Nations Unies, agissant en "
        "consultation avec les États intéressés, à coordonner leurs activités ;")
    assert english == french == [["un-system"]]


def test_a_phrase_about_the_addressees_own_circumstances_does_not_end_the_list():
    # A/RES/77/29 operative 34 (shortened).
    english, french = both(
        "Recognizes the importance of applying a multi-hazard approach to preparedness, and encourages Member States, "
        "taking into account their specific circumstances, and the United Nations system to continue to apply the "
        "approach to their preparedness activities;",
        "Est consciente qu’il importe d’adopter une démarche multirisque pour se préparer aux catastrophes, et "
        "encourage les États Membres, compte tenu de leur situation particulière, et les organismes des Nations Unies "
        "à continuer d’appliquer cette démarche à leurs activités de préparation aux catastrophes ;")
    assert english == french == [[], ["member-states", "un-system"]]


def test_cooperation_between_bodies_asks_them_to_cooperate():
    # A/RES/77/12 operative 10 (shortened): French asks the two to cooperate, English encourages their cooperation.
    english = assignee_keys("Encourages cooperation between the United Nations and the Association of Southeast Asian "
                            "Nations to exchange expertise, best practices, lessons learned and experiences;", "en")
    french = assignee_keys("Encourage l’Organisation des Nations Unies et l’Association des nations de l’Asie du Sud-Est "
                           "à mettre en commun leurs savoir-faire, les pratiques optimales et les enseignements ;", "fr")
    assert english[0][0] == french[0][0] == "united-nations"


def test_united_nations_mechanisms_are_part_of_the_system_in_french():
    # A/RES/80/214 operative 20 (shortened): « les mécanismes de l'Organisation des Nations Unies » are not the
    # Organization.
    english, french = both(
        "Encourages all United Nations human rights mechanisms and relevant United Nations agencies, funds and "
        "programmes to work, within their respective mandates, with Member States and national institutions;",
        "Engage tous les mécanismes de l’Organisation des Nations Unies relatifs aux droits humains, ainsi que les "
        "organismes, fonds et programmes des Nations Unies concernés, à œuvrer, dans le cadre de leur mandat, avec les "
        "États Membres et les institutions nationales ;")
    assert english == french == [["un-system"]]


def test_efforts_approved_are_endorsed_not_decided():
    # A/RES/78/73 operative 31 (shortened): « Approuve l'action menée » renders "Endorses the efforts"; read as
    # approves, it bound the Assembly.
    english = summary("Endorses the efforts of the Commissioner-General to continue to provide humanitarian assistance, "
                      "as far as is practicable, on an emergency basis and as a temporary measure;", "en")
    french = summary("Approuve l’action menée par le Commissaire général pour continuer à fournir toute l’aide "
                     "humanitaire possible, à titre de mesure d’urgence provisoire ;", "fr")
    assert english == french == [("endorses", [], [])]
    # A report approved still binds (A/RES/78/124 operative 1, "Approves the report of the Credentials Committee").
    assert summary("Approuve le rapport de la Commission de vérification des pouvoirs.", "fr")[0][:2] \
        == ("approves", ["general-assembly"])


def test_those_of_countries_are_not_countries():
    # A/RES/76/141 operative 43 (shortened): « ceux des pays d'origine » are Governments, as "those of countries" are.
    english, french = both(
        "Encourages concerned Governments, in particular those of countries of origin, transit and destination, to "
        "avail themselves of the expertise of the United Nations;",
        "Engage les gouvernements concernés, en particulier ceux des pays d’origine, de transit et de destination, à "
        "mettre à profit les compétences de l’Organisation des Nations Unies ;")
    assert english == french == [["governments"]]
    # A/RES/77/151 operative 8: "cooperation among countries" / « Invite les pays à coopérer entre eux ».
    english, french = both(
        "Encourages cooperation among countries to improve agricultural productivity and trade;",
        "Invite les pays à coopérer entre eux pour améliorer la productivité et le commerce agricoles ;")
    assert english == french == [["countries"]]


def test_and_strongly_encourages_opens_a_clause():
    # A/RES/78/228 operative 31 (shortened).
    english, french = both(
        "Welcomes the biennial publication of the Global Report on Trafficking in Persons, and strongly encourages "
        "Member States to provide to the Office evidence-based internationally standardized data;",
        "Accueille avec satisfaction la publication bisannuelle du Rapport mondial sur la traite des personnes et "
        "encourage vivement les États Membres à communiquer à l’Office des données factuelles normalisées au niveau "
        "international ;")
    assert english == french == [[], ["member-states"]]


def test_a_phrase_about_the_addressees_mandates_does_not_end_a_french_list():
    # A/RES/76/214 operative 17 (its introduction; the two languages name the intergovernmental bodies differently).
    english, french = both(
        "Invites all countries, as well as intergovernmental bodies and organizations of the United Nations system, "
        "within their respective mandates and resources, relevant non-governmental organizations and all other relevant "
        "stakeholders:",
        "Invite tous les pays, ainsi que les organisations intergouvernementales et les organismes des Nations Unies, "
        "agissant dans le cadre de leur mandat et dans les limites de leurs ressources, les organisations non "
        "gouvernementales compétentes et toutes les autres parties concernées à prendre les mesures suivantes :")
    assert {"countries", "un-system", "ngos", "relevant-stakeholders"} <= set(english[0]) & set(french[0])


def test_the_functions_of_a_body_decided_are_its_tasks():
    # A/RES/76/306 operative 3: French decides the Office's functions, English what the Office will do.
    english, french = both("Decides that the United Nations Youth Office will:",
                           "Décide que les attributions du Bureau des Nations Unies pour la jeunesse seront les "
                           "suivantes :")
    assert english == french == [["unyo"]]


def test_a_request_made_before_and_repeated_asks_whom_it_asked():
    # A/RES/79/84 operative 3 (shortened).
    english, french = both(
        "Reiterates the request made to the Secretary-General, in accordance with resolution 64/83 of 10 December 2009, "
        "to establish, under his leadership, a trust fund for peace;",
        "Renouvelle la demande qu’elle a faite au Secrétaire général dans sa résolution 64/83 du 10 décembre 2009 "
        "tendant à ce que soit créé, sous le patronage du Secrétaire général, un fonds d’affectation spéciale pour la "
        "paix ;")
    assert english == french == [["secretary-general"]]


def test_the_myanmar_military_is_one_registry_entity():
    # A/RES/77/227 operative 14: each language minted a name of its own (French none: « l'armée du Myanmar » was
    # read as Myanmar).
    english, french = both("Reiterates the urgent call upon Myanmar or Myanmar Military where applicable:",
                           "Engage de nouveau le Myanmar ou l’armée du Myanmar, s’il y a lieu, à prendre les mesures "
                           "urgentes suivantes :")
    assert english == french == [["country-MM", "myanmar-military"]]


def test_the_government_is_the_state_the_resolution_names_by_its_government():
    # A/RES/80/222 operative 22 (shortened): "the Government" was minted as a name, « au Gouvernement » read as no one.
    from loaders.extract.operative.short_names import document_short_names

    def keys(text: str, lang: str) -> list[list[str]]:
        lexicon, registry = load_lexicon(), load_registry()
        registry = registry.in_document(document_short_names(text, lang, registry))
        read = analyse_paragraph(Segment(text, list(range(len(text)))), "operative", "1", 1, lang, lexicon, registry, {})
        return [[a.entity.key if a.entity else a.name for a in c.mandates.assignees] for c in read.actions]

    english = keys("Encourages the Government of the Islamic Republic of Iran to cooperate with all relevant authorities "
                   "on investigations, and calls upon the Government to ensure that the families are able to seek "
                   "justice;", "en")
    french = keys("Encourage le Gouvernement de la République islamique d’Iran à coopérer avec toutes les autorités "
                  "compétentes dans le cadre des enquêtes, et demande au Gouvernement de veiller à ce que les familles "
                  "puissent demander justice ;", "fr")
    assert english == french == [["country-IR"], ["country-IR"]]


def test_se_declare_determinee_resolves_as_resolves_does(shared_corpus):
    # A/RES/78/137 operative 31: "…, and resolves to work towards a global consensus…" / « …, et se déclare déterminée à
    # œuvrer à la réalisation d'un consensus mondial… »: the Assembly's commitment, not an expression of view.
    from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages
    for lang, paragraph in _operative_in_both_languages(shared_corpus, "78_137", "31").items():
        last = paragraph.actions[-1]
        assert last.action.value.endswith("resolves"), lang
        assert [a.entity.key for a in last.mandates.assignees] == ["general-assembly"], lang


def test_a_group_of_states_named_by_what_narrows_it_is_not_all_states():
    # A/RES/78/284 operative 13 (shortened): "Central Asian States" / « les États d'Asie centrale » were read as
    # "States", the name inside theirs.
    english, french = both(
        "Also encourages Central Asian States to consider, including in the context of comprehensive and balanced "
        "drug demand reduction efforts, relevant interventions that prevent the transmission of HIV;",
        "Encourage également les États d’Asie centrale à envisager, notamment dans le cadre d’efforts globaux et "
        "équilibrés de réduction de la demande de drogues, des interventions visant à prévenir la transmission du "
        "VIH ;")
    assert english == french == [["central-asian-states"]]
    # A/RES/80/52 operative 10: "States Parties and participating States" / « les États parties et les États
    # participants ».
    english, french = both(
        "Urgently calls upon States Parties and participating States to address issues arising from outstanding "
        "dues, including options to ensure sustainable financing for all formal meetings;",
        "Demande instamment aux États parties et aux États participants de régler les questions liées aux montants "
        "non acquittés, notamment d’envisager des mesures pour assurer le financement pérenne de toutes les réunions "
        "officielles ;")
    assert [sorted(keys) for keys in english] == [sorted(keys) for keys in french] \
        == [["participating-states", "states-parties"]]
    # A/RES/76/203 operative 22 (its fourth clause): "small island developing States" / « les petits États
    # insulaires en développement ».
    english, french = both(
        "Further encourages small island developing States to utilize the framework for reporting ahead of the "
        "fourth international conference on small island developing States;",
        "Encourage les petits États insulaires en développement à l’utiliser lorsqu’ils feront rapport à l’approche "
        "de la quatrième conférence internationale sur les petits États insulaires en développement ;")
    assert english == french == [["small-island-developing-states"]]


def test_a_task_after_and_in_this_regard_is_a_task_of_its_own():
    # A/RES/78/23 operative 5 (and A/RES/79/43 operative 5): « et, à cet égard, à tenir compte du rapport du Groupe »
    # was not cut from the task before it, whose verb « inclure » then reached the report across it (a report asked
    # for); "and, in this regard, to take into account the report" was cut. Taking a report into account asks for none.
    english = summary(
        "Encourages the relevant regional and subregional organizations and institutions, non‑governmental "
        "organizations and research institutes to incorporate issues related to the relationship between disarmament "
        "and development into their agendas and, in this regard, to take into account the report of the Group of "
        "Governmental Experts on the relationship between disarmament and development;", "en")
    french = summary(
        "Engage les organisations et institutions régionales et sous-régionales, les organisations non "
        "gouvernementales et les instituts de recherche compétents à inclure les questions qui concernent la relation "
        "entre le désarmement et le développement dans leurs programmes et, à cet égard, à tenir compte du rapport du "
        "Groupe d’experts gouvernementaux sur la relation entre le désarmement et le développement ;", "fr")
    assert [kinds for _, _, kinds in english] == [kinds for _, _, kinds in french] == [["other"]]


def test_a_lead_in_to_the_following_points_has_no_deliverable_of_its_own():
    # A/RES/80/66 operative 6: its points (a) and (b) are what the Disarmament Commission is to consider; the lead-in
    # was given an "other" deliverable of its own ("continue d'examiner"). GUIDELINES.md: a lead-in line has none.
    english = summary("Recommends that the Disarmament Commission continue consideration of the following items at "
                      "its substantive session of 2026:", "en")
    french = summary("Recommande que la Commission du désarmement continue d’examiner, à sa session de fond de 2026, "
                     "les points suivants :", "fr")
    assert english == french == [("recommends", ["undc"], [])]
    # A lead-in that asks for a report of its own keeps it.
    assert summary("Requests the Secretary-General to submit a report containing the following:", "en") \
        == [("requests", ["secretary-general"], ["report"])]


def test_a_person_named_by_a_subject_pronoun_is_the_author_cited_before():
    # A/RES/79/319 operative 31 (shortened): "and requests that he submit" named no one; the French « et prie celui‑ci
    # de lui présenter » was read. "he" is a person: the Secretary-General, author of the report noted before.
    english, french = both(
        "Takes note of the report of the Secretary-General, and requests that he submit to the General Assembly at "
        "its eighty-second session a report under the item entitled “Interaction between the United Nations, "
        "national parliaments and the Inter‑Parliamentary Union”.",
        "Prend note du rapport du Secrétaire général et prie celui‑ci de lui présenter à sa quatre-vingt-deuxième "
        "session, au titre de la question intitulée « Interaction entre l’Organisation des Nations Unies, les "
        "parlements nationaux et l’Union interparlementaire », un rapport.")
    assert english == french == [[], ["secretary-general"]]


def test_the_latter_as_subject_of_a_decision_acts_rather_than_the_assembly():
    # A/RES/76/111 operative 16 (and A/RES/77/103 operative 16): « et décide que celle-ci tiendra sa prochaine
    # session »: the International Law Commission holds it, not the Assembly a decision binds by default.
    french = assignee_keys(
        "Prend note du paragraphe 328 du rapport de la Commission du droit international, et décide que celle-ci "
        "tiendra sa prochaine session à l’Office des Nations Unies à Genève du 18 avril au 3 juin et du 4 juillet au "
        "5 août 2022 ;", "fr")
    assert french == [[], ["ilc"]]
    # "decides that it shall…" is most often the Assembly itself: "it" is left to the decision's reading.
    assert assignee_keys("Takes note of the report of the Committee, and decides that it shall consider the question "
                         "at its eightieth session;", "en") == [[], ["general-assembly"]]


def test_a_programme_the_task_is_shared_with_is_not_one_it_delivers():
    # A/RES/79/246 operative 5 (shortened): "share them with other construction projects" gave a programme, "continue"
    # reaching "projects" across the preposition; the French « les communiquer aux équipes chargées d'autres projets »
    # gave none.
    english = summary(
        "Also recalls paragraph 10 of the report of the Advisory Committee, and requests the Secretary-General to "
        "continue to gather lessons learned related to the arbitration cases and share them with other construction "
        "projects with a view to avoiding litigation insofar as feasible;", "en")
    french = summary(
        "Rappelle également le paragraphe 10 du rapport du Comité consultatif et prie le Secrétaire général de "
        "continuer de tirer des enseignements des procédures d’arbitrage et de les communiquer aux équipes chargées "
        "d’autres projets de construction afin d’éviter autant que possible les litiges ;", "fr")
    assert [kinds for _, _, kinds in english] == [kinds for _, _, kinds in french] == [[], ["other"]]
    # A programme the task delivers with someone is still one.
    assert summary("Requests the Secretary-General to continue to implement projects with Member States;", "en") \
        == [("requests", ["secretary-general"], ["programme"])]


def test_a_list_far_into_its_task_is_what_the_task_is_about_not_its_object():
    # A/RES/79/325 operative 4: the discussions the Global Dialogue is to facilitate are about the points that
    # follow; both languages keep the discussions as a deliverable of their own.
    english = summary("Establishes, within the United Nations, the Global Dialogue on Artificial Intelligence "
                      "Governance, involving Governments and all relevant stakeholders, as a platform to discuss "
                      "international cooperation, share best practices and lessons learned, and to facilitate open, "
                      "transparent and inclusive discussions on artificial intelligence governance with a view to "
                      "enabling artificial intelligence to contribute to the implementation of the Sustainable "
                      "Development Goals and to closing the digital divides between and within countries, including "
                      "with regard to:", "en")
    french = summary("Institue, au sein de l’Organisation des Nations Unies, le Dialogue mondial sur la gouvernance de "
                     "l’intelligence artificielle, auquel participeront les États et toutes les parties concernées et "
                     "qui sera l’occasion d’examiner les questions relatives à la coopération internationale, de mettre "
                     "en commun les meilleures pratiques et les enseignements tirés de l’expérience et de faciliter des "
                     "discussions ouvertes, transparentes et inclusives sur la gouvernance de l’intelligence "
                     "artificielle, le but étant de faire en sorte que cette technologie contribue à la réalisation des "
                     "objectifs de développement durable et à la réduction des fractures numériques entre les pays et "
                     "à l’intérieur des pays, ces discussions devant porter notamment sur les points suivants :", "fr")
    assert "other" in english[0][2] and "other" in french[0][2]


def kinds(text: str, lang: str) -> list[list[str]]:
    """The deliverable kinds of each clause of a paragraph."""
    return [found for _, _, found in summary(text, lang)]


def test_a_noun_or_adjective_is_no_verb_of_a_programme():
    # The kinds round (2026-12-01): English read "development", "developing countries", "implementation",
    # "continued" as the verb delivering a programme named further on; French reads « développement », « mise en
    # œuvre » as none. A/RES/79/171 operative 34 and A/RES/80/110 operative 240.
    assert kinds("Urges States to give priority in their development strategies and expenditures to the realization of "
                 "the right to food;", "en") \
        == kinds("Exhorte les États à accorder la priorité, dans leurs stratégies et leurs budgets de développement, à "
                 "la réalisation du droit à l’alimentation ;", "fr") == [["other"]]
    assert kinds("Calls upon all States to ensure that urban and coastal development projects and related "
                 "land-reclamation activities are carried out in a responsible manner that protects the marine habitat "
                 "and environment and mitigates the negative consequences of such activities;", "en") \
        == kinds("Demande à tous les États de veiller à ce que les projets d’aménagement urbain et côtier et les "
                 "activités de poldérisation qui y sont liées soient menés de manière responsable et de façon à "
                 "protéger les habitats et le milieu marins et à atténuer les effets néfastes de telles activités ;",
                 "fr") == [["other"]]
    # The verb itself still delivers one.
    assert kinds("Encourages Member States to develop national programmes on road safety;", "en") == [["programme"]]


def test_a_programme_named_after_a_preposition_is_what_the_task_is_about():
    # A/RES/79/113 operative 4: information "on the assistance programmes" is updated, no programme delivered.
    assert kinds("Requests the Department of Global Communications to continue its efforts to update web-based "
                 "information on the assistance programmes available to the Non‑Self-Governing Territories;", "en") \
        == kinds("Prie le Département de la communication globale de continuer de mettre à jour les informations "
                 "affichées sur le site Web concernant les programmes d’aide destinés aux territoires non autonomes ;",
                 "fr") == [["other"]]
    # A/RES/79/170 operative 49: the right to development mainstreamed "into their operational programmes".
    english = kinds("Calls upon the specialized agencies, funds and programmes of the United Nations system to "
                    "mainstream the right to development into their operational programmes and objectives, and stresses "
                    "the need for the international financial and multilateral trading systems to mainstream the right "
                    "to development into their policies and objectives;", "en")
    french = kinds("Demande aux institutions spécialisées, fonds et programmes des Nations Unies de prendre "
                   "systématiquement en compte le droit au développement dans leurs programmes et objectifs "
                   "opérationnels et souligne que le système financier international et le système commercial "
                   "multilatéral doivent intégrer le droit au développement dans leurs politiques et objectifs ;", "fr")
    assert english == french == [["other"], []]
    # A/RES/79/121 operative 21: "the structured work programme" is a programme of work, adhered to.
    assert kinds("Encourages delegations, during the debate on the report of the International Law Commission, to "
                 "continue to adhere as far as possible to the structured work programme agreed to by the Sixth "
                 "Committee and to consider presenting concise and focused statements;", "en")[0].count("programme") == 0


def test_the_french_infinitive_strengthening_capacities_is_capacity_building():
    # A/RES/79/12 operative 3: « de soutenir et de renforcer les capacités du personnel » had been read as a field
    # (« de renforcement des capacités »); English reads "national capacity-building" as asked for.
    assert kinds("Requests the United Nations Secretariat to support and enhance the capacities of personnel within the "
                 "structures and bodies of the League of Arab States dealing with peacekeeping, peacebuilding and "
                 "sustaining peace, as well as national capacity-building in the post-conflict phase;", "en") \
        == kinds("Demande au Secrétariat de l’Organisation des Nations Unies de soutenir et de renforcer les capacités "
                 "du personnel des structures et organes de la Ligue des États arabes chargés du maintien, de la "
                 "consolidation et de la pérennisation de la paix ainsi que du développement des capacités nationales "
                 "après un conflit ;", "fr") == [["programme"]]
    # The noun after « de » still names a field: « en matière de renforcement des capacités ».
    assert kinds("Engage les États à coopérer en matière de renforcement des capacités ;", "fr") == [["other"]]



def _points(path: str, number: str) -> tuple[list[str], list[list[str]]]:
    """The deliverable kinds of an operative paragraph of a corpus resolution, and each of its points'."""
    document = read_akn_file(CORPUS / path)
    paragraph = next(p for p in document.main.operative if p.number == number)
    own = [d.kind for c in paragraph.actions for d in c.mandates.deliverables]
    return own, [[d.kind for c in p.actions for d in c.mandates.deliverables] for p in paragraph.subparagraphs]


def test_the_points_of_a_repeated_call_ask_what_the_call_asks():
    # A/RES/80/221 operative 24: "Reiterates the urgent call upon Myanmar or the Myanmar military where applicable:"
    # gave its lead-in an "other" deliverable and its 22 points none (they carried "reiterates", an expression of
    # view); the French « Engage de nouveau le Myanmar … à prendre les mesures urgentes suivantes : » asks, point by
    # point. "(v) To facilitate independent, impartial and thorough investigations…" / « Faciliter la tenue
    # d'enquêtes… » now ask the same in both.
    english = _points("80session/English/A_RES_80_221-2520983E.xml", "24")
    french = _points("80session/French/A_RES_80_221-2520983F.xml", "24")
    assert english[0] == french[0] == []
    assert len(english[1]) == len(french[1]) and all(english[1]) and all(french[1])
    assert english[1][21] == french[1][21] == ["other"]  # (v)
    assert summary("Reiterates the urgent call upon Myanmar or the Myanmar military where applicable:", "en") \
        == [("reiterates", ["country-MM", "myanmar-military"], [])]


def test_a_body_given_support_or_an_invitation_is_not_continued_or_extended():
    # A/RES/80/194 operative 20: "to continue to provide the Working Group … with all the assistance" was read as
    # continuing the body; the French « de continuer d'apporter au Groupe de travail … tout le soutien » as no body.
    english = kinds("Requests the Secretary-General and the United Nations High Commissioner for Human Rights to "
                    "continue to provide the Working Group on the use of mercenaries with all the assistance and support "
                    "necessary for the fulfilment of its mandate, both professional and financial;", "en")
    french = kinds("Prie le Secrétaire général et le Haut-Commissaire des Nations Unies aux droits de l’homme de "
                   "continuer d’apporter au Groupe de travail sur l’utilisation de mercenaires tout le soutien et le "
                   "concours dont il a besoin sur les plans professionnel et financier pour s’acquitter de son mandat ;",
                   "fr")
    assert english == french == [["other"]]
    # A/RES/80/241 operative 2: the special account is "for the United Nations Support Office", which exists.
    assert kinds("Authorizes the Secretary-General to establish a special account for the United Nations Support "
                 "Office in Haiti for the purpose of accounting for the income received and the expenditure incurred in "
                 "respect of the Office;", "en") \
        == kinds("Autorise le Secrétaire général à ouvrir un compte spécial dans lequel seront inscrites les recettes et "
                 "les dépenses du Bureau d’appui des Nations Unies en Haïti ;", "fr") == [["other"]]
    # A mandate extended is still a body, in both languages.
    assert kinds("Decides to extend the mandate of the Special Rapporteur for a period of three years;", "en") \
        == kinds("Décide de proroger le mandat du Rapporteur spécial pour une période de trois ans ;", "fr") == [["body"]]


def test_french_include_in_its_reports_asks_for_a_report():
    # A/RES/80/242 operative 49: « d'inclure dans ses rapports » was kept out as a report that exists (« présentés
    # dans le rapport »); English "to include in its reports" asks for one.
    assert kinds("Requests the Advisory Committee to include in its reports a concise summary of the budgetary impact "
                 "and the financial implications of its recommendations;", "en") \
        == kinds("Prie le Comité consultatif d’inclure dans ses rapports un résumé concis sur les incidences budgétaires "
                 "et financières de ses recommandations ;", "fr") == [["report"]]


def test_the_organization_after_an_elided_article_organizes_nothing():
    # A/RES/79/10 operative 8: « l'Organisation des Nations Unies de lui présenter à sa quatre-vingt-unième session »
    # was read as organizing a session (a meeting English never had).
    assert kinds("Requests the Secretary-General of the United Nations to submit to the General Assembly at its "
                 "eighty-first session a report on the implementation of the present resolution;", "en") \
        == kinds("Prie le Secrétaire général de l’Organisation des Nations Unies de lui présenter à sa "
                 "quatre-vingt-unième session un rapport sur l’application de la présente résolution ;", "fr") \
        == [["report"]]
