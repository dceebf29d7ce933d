"""The English and French texts of one paragraph name the same assignees (issue 13): each rule
here was found by the agreement diagnostic (benchmarks/assignee_agreement.py) and is proved on
the real paragraph, quoted with its symbol, in both languages where both matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.formats.akn import read_akn
from loaders.registry import load_registry
from tests.loaders.extract.operative.test_mandates import assignee_keys, summary



def test_office_des_nations_unies_contre_la_drogue_is_unodc_not_unrwa():
    # A/RES/78/140, operative 22: "l'Office" was an alias of UNRWA and took the longer name's place.
    text = ("Prie l’Office des Nations Unies contre la drogue et le crime, agissant en coordination avec "
            "l’Initiative pour le recouvrement des avoirs volés, de continuer de développer les connaissances et la "
            "collecte de données au niveau mondial concernant le recouvrement et la restitution d’avoirs ;")
    assert assignee_keys(text, "fr") == [["unodc"]]


def test_l_organisation_standing_alone_is_the_united_nations():
    # A/RES/78/102, operative 22: "Requests the United Nations, when its investigations…"
    text = ("Prie l’Organisation, lorsque ses enquêtes sur des allégations donnent à penser qu’une infraction grave a pu "
            "être commise par un fonctionnaire ou expert en mission des Nations Unies, d’envisager toutes les mesures "
            "propres à permettre aux États de faire éventuellement usage des informations et pièces ainsi réunies ;")
    assert assignee_keys(text, "fr")[0] == ["united-nations"]


def test_l_organisation_heading_a_longer_name_is_not_the_united_nations():
    registry = load_registry()
    for text in ("l’Organisation de coopération islamique", "l’organisation de réunions",
                 "l’Organisation maritime internationale"):
        assert "united-nations" not in [m.entity.key for m in registry.find_mentions(text, "fr")], text


def test_french_addressees_the_registry_names_in_lower_case_are_read_before_the_infinitive():
    # A/RES/78/132, operative 12, in both languages.
    assert assignee_keys("Encourages countries to take advantage of capacity-building mechanisms and opportunities from "
                 "the entire United Nations system in this regard;", "en") == [["countries"]]
    assert assignee_keys("Encourage à cet égard les pays à tirer parti des mécanismes et possibilités de renforcement des "
                 "capacités qui sont en place dans l’ensemble du système des Nations Unies ;", "fr") == [["countries"]]


def test_a_group_followed_by_a_proper_name_is_a_narrower_group():
    # A/RES/78/147, operative 9: "Central Asian countries" / "les pays d'Asie centrale" are not "countries".
    text = ("Encourage les pays d’Asie centrale, les États Membres, l’ensemble des parties concernées et la communauté "
            "internationale à redoubler d’efforts pour assurer la conservation des écosystèmes montagneux ;")
    assert "countries" not in assignee_keys(text, "fr")[0]
    # A/RES/76/297, operative 6
    assert "countries" not in assignee_keys("Encourages African countries to continue to implement the programme;", "en")[0]


def test_an_ellipsis_names_both_groups_in_both_languages():
    # A/RES/78/12, operative 2
    english = ("Invites all Member States, organizations of the United Nations system and other international and "
               "regional organizations, as well as civil society, including non‑governmental organizations and "
               "individuals, to observe World Duchenne Awareness Day in an appropriate manner.")
    french = ("Invite tous les États Membres, les organismes des Nations Unies et les organisations internationales et "
              "régionales, ainsi que la société civile, y compris les organisations non gouvernementales et les "
              "particuliers, à célébrer la Journée mondiale de sensibilisation à la myopathie de Duchenne comme il "
              "convient.")
    assert set(assignee_keys(english, "en")[0]) == set(assignee_keys(french, "fr")[0])
    assert {"international-organizations", "regional-organizations"} <= set(assignee_keys(french, "fr")[0])


def test_the_government_of_a_state_is_the_state():
    # A/RES/78/202 (Democratic People's Republic of Korea): "urges the Government of … to", "exhorte le Gouvernement de … à".
    assert assignee_keys("Urges the Government of the Democratic People’s Republic of Korea to engage in constructive "
                 "dialogues with the parties concerned;", "en") == [["country-KP"]]
    assert assignee_keys("Exhorte le Gouvernement de la République populaire démocratique de Corée à prendre des mesures "
                 "préventives et correctives ;", "fr") == [["country-KP"]]


def test_the_un_french_name_of_a_state_in_its_own_word_order():
    # A/RES/78/220, operative 30: "Calls upon the Islamic Republic of Iran to deepen its engagement…"
    assert assignee_keys("Demande à la République islamique d’Iran de collaborer davantage avec les mécanismes internationaux "
                 "relatifs aux droits de l’homme :", "fr") == [["country-IR"]]


def test_son_president_is_the_president_of_the_assembly():
    # A/RES/78/128, operative 21: "Requests the President of the General Assembly to appoint two co-facilitators"
    text = ("Prie son président de nommer deux cofacilitateurs, l’un issu d’un pays en développement et l’autre d’un "
            "pays développé, chargés de conduire les consultations intergouvernementales ;")
    assert assignee_keys(text, "fr") == [["president-general-assembly"]]


def test_a_future_tense_ends_the_subject_of_decide_que(shared_corpus):
    # A/RES/78/111 (French), operative 2: « Décide que le Comité spécial tiendra sa prochaine session… »
    # ("Decides that the Special Committee shall hold…"): the Committee, not the Assembly.
    path = next((shared_corpus / "akn/78session/French").glob("A_RES_78_111-*F.xml"))
    paragraph = _paragraph(path, "2")
    assert [[a.entity.key for a in c.mandates.assignees] for c in paragraph.actions] == [["special-committee-charter"]]


def test_constitue_inside_a_paragraph_is_no_clause_of_its_own():
    # A/RES/78/101, operative 11: "Recalls that the plan of action … represents an important framework"
    text = ("Rappelle que le plan d’action pour la deuxième Décennie internationale de l’élimination du colonialisme, "
            "mis à jour selon les besoins, constitue un cadre législatif important pour l’accession à l’autonomie dans "
            "chaque territoire ;")
    assert [action for action, _, _ in summary(text, "fr")] == ["recalls"]


def test_a_body_used_as_an_adjective_is_not_that_body():
    # A/RES/78/119, operative 57: "Urges Member States, the United Nations humanitarian system, …"
    text = ("Urges Member States, the United Nations humanitarian system, regional organizations and other "
            "humanitarian actors to strengthen preparedness;")
    keys = assignee_keys(text, "en")[0]
    assert "united-nations" not in keys and "United Nations" not in keys  # nor minted as a name


def test_french_pronoun_ces_derniers_is_not_an_addressee():
    # A/RES/76/124 (French), operative 39: "… et prie ces derniers de continuer à contribuer…"
    text = ("Prend note des efforts faits par les États Membres, le système des Nations Unies et la communauté "
            "internationale pour renforcer la préparation aux catastrophes, demande aux organismes des Nations Unies "
            "et aux partenaires intéressés d’aider les États Membres à renforcer leurs capacités, et prie ces derniers "
            "de continuer à contribuer aux fonds de financement commun de l’action humanitaire ;")
    assert assignee_keys(text, "fr")[-1] == []


def _paragraph(path: Path, number: str):
    parsed = read_akn(path.read_bytes(), path=str(path))
    return next(p for p in parsed.main.operative if p.number == number)


def test_the_agency_and_l_office_of_an_unrwa_resolution_are_unrwa(shared_corpus):
    # A/RES/78/73, operative 15: "Calls upon the Agency to…" / « Engage l'Office à… »: UNRWA's English
    # name has "and" before its head word ("Relief and Works Agency"), which hid the short name.
    folder = shared_corpus / "akn/78session"
    for path in (*folder.glob("English/A_RES_78_73-*E.xml"), *folder.glob("French/A_RES_78_73-*F.xml")):
        paragraph = _paragraph(path, "15")
        keys = [a.entity.key if a.entity else a.name for c in paragraph.actions for a in c.mandates.assignees]
        assert keys == ["unrwa"], path.name


@pytest.mark.parametrize("name", ["the Agency", "l'Office"])
def test_short_names_are_no_registry_aliases(name):
    assert load_registry().resolve(name) is None


def test_the_subject_after_que_ends_at_its_verb_not_at_a_noun():
    # A/RES/80/190, operative 56, its last clause: "… recommande que le Secrétaire général proroge le mandat
    # de la Représentante spéciale pour une nouvelle période de quatre ans ;" ("Secrétaire" is no verb).
    text = "Recommande que le Secrétaire général proroge le mandat de la Représentante spéciale pour une nouvelle période de quatre ans ;"
    assert assignee_keys(text, "fr") == [["secretary-general"]]


def test_demande_que_soit_names_no_one():
    # A/RES/76/46, operative 18: the verb comes first, what follows it is no addressee.
    text = ("Demande que soit adopté un instrument juridique international apportant des garanties de sécurité "
            "inconditionnelles aux États non dotés d’armes nucléaires ;")
    assert assignee_keys(text, "fr") == [[]]


def test_the_territorial_government_is_an_addressee_in_both_languages():
    # A/RES/78/92 (Guam), operative 6, its second clause in English and in French.
    english = ("Calls once again upon the administering Power to take into consideration the expressed will of the "
               "CHamoru people, encourages the administering Power and the territorial Government to enter into "
               "negotiations on the matter, and stresses the need for continued close monitoring;")
    french = ("Invite une fois de plus la Puissance administrante à tenir compte de la volonté exprimée par le peuple "
              "chamorro, encourage la Puissance administrante et le gouvernement du territoire à entamer des "
              "négociations sur cette question et souligne qu’il faut continuer à suivre de près la situation ;")
    assert assignee_keys(english, "en")[1] == assignee_keys(french, "fr")[1] == ["administering-powers", "territorial-government"]


def test_intergovernmental_and_non_governmental_organizations_are_two_groups():
    # A/RES/78/163, operative 59 (its opening, in English and in French).
    english = ("Requests Governments, intergovernmental and non‑governmental organizations, major groups and other "
               "donors to contribute in a timely manner;")
    french = ("Demande aux gouvernements, aux organisations intergouvernementales et non gouvernementales, aux grands "
              "groupes et aux autres donateurs de verser leurs contributions ;")
    # (major groups, « grands groupes », a group of the registry since 2026-12-02)
    expected = ["governments", "intergovernmental-organizations", "ngos", "major-groups", "donors"]
    assert assignee_keys(english, "en")[0] == assignee_keys(french, "fr")[0] == expected


def test_humanitarian_organizations_in_an_ellipsis_and_in_french():
    # A/RES/78/119, operative 21 (its opening, in English and in French).
    english = ("Calls upon Member States, the United Nations and relevant humanitarian and development organizations to "
               "continue to support multi-year investments;")
    french = ("Demande aux États Membres, aux organismes des Nations Unies et aux organisations d’aide humanitaire et de "
              "développement concernées de continuer à appuyer les investissements pluriannuels ;")
    assert "humanitarian-organizations" in assignee_keys(english, "en")[0]
    assert "humanitarian-organizations" in assignee_keys(french, "fr")[0]


def test_three_adjectives_sharing_one_noun_name_each_group_in_both_languages():
    # A/RES/76/169, operative 37 (its opening).
    english = ("Calls upon international, regional and subregional organizations to strengthen information-sharing, "
               "coordination and cooperation;")
    french = ("Engage les organisations internationales, régionales et sous-régionales à intensifier les échanges "
              "d’informations, la coordination et la coopération ;")
    assert assignee_keys(english, "en")[0] == assignee_keys(french, "fr")[0] == ["international-organizations", "regional-organizations"]


def test_an_act_asked_for_is_no_addressee():
    # A/RES/78/151, operative 6: "urges timely action" / "demande instamment que des mesures soient prises".
    english = ("Welcomes the political declaration adopted at the high-level political forum on sustainable development "
               "convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New "
               "York on 18 and 19 September 2023, and urges timely action to ensure its full implementation;")
    french = ("Accueille avec satisfaction la déclaration politique adoptée par le forum politique de haut niveau pour le "
              "développement durable organisé sous ses auspices (Sommet sur les objectifs de développement durable), qui "
              "s’est tenu à New York les 18 et 19 septembre 2023, et demande instamment que des mesures soient prises "
              "rapidement pour en garantir la pleine application ;")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [[], []]


def test_a_subject_s_lower_case_cree_is_no_clause_of_the_assembly():
    # A/RES/76/137, operative 28: "…creates an enabling family environment" / "…crée des conditions propices".
    english = ("Recognizes that the sharing of responsibilities by family members, including on domestic and unpaid care "
               "work, creates an enabling family environment for the empowerment of youth;")
    french = ("Sait que le partage des responsabilités familiales, notamment les travaux domestiques et les soins non "
              "rémunérés, crée des conditions propices à l’autonomisation des jeunes ;")
    assert [action for action, _, _ in summary(english, "en")] == ["recognizes"]
    assert [action for action, _, _ in summary(french, "fr")] == ["recognizes"]


def test_parties_to_the_convention_are_one_group_in_both_languages():
    # A/RES/76/206, operative 20 (its opening).
    english = "Encourages parties to the Convention to follow the principles of implementation of the Voluntary Guidelines;"
    french = ("Encourage les Parties à la Convention à observer les principes de mise en œuvre figurant dans les "
              "Directives volontaires ;")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["parties-to-the-convention"]]
    # …and the conference of those parties is not them.
    assert "parties-to-the-convention" not in assignee_keys("Invite la Conférence des Parties à la Convention à examiner la "
                                                    "question ;", "fr")[0]


@pytest.mark.parametrize("english, french, expected", [
    # A/RES/80/155, operative 10: "Reiterates its request to…" / "Demande à nouveau aux…".
    ("Reiterates its request to the United Nations development system entities to complete the United Nations "
     "Development System Reform Checklist for United Nations entities’ governing bodies;",
     "Demande à nouveau aux entités du système des Nations Unies pour le développement de compléter la liste "
     "récapitulative des mesures à appliquer au titre de la réforme du système des Nations Unies pour le "
     "développement établie à l’intention de leurs organes directeurs ;",
     ["un-development-system"]),
    # A/RES/76/56, operative 1: "Reiterates its request to the Conference on Disarmament…" / "Demande de nouveau à
    # la Conférence du désarmement…".
    ("Reiterates its request to the Conference on Disarmament to commence negotiations in order to reach agreement on "
     "an international convention prohibiting the use or threat of use of nuclear weapons under any circumstances;",
     "Demande de nouveau à la Conférence du désarmement d’engager des négociations en vue de parvenir à un accord sur "
     "une convention internationale interdisant en toutes circonstances de recourir à des armes nucléaires ou de "
     "menacer d’y recourir ;",
     ["conference-on-disarmament"]),
])
def test_a_reiterated_request_asks_what_it_asked_of_whom_it_asked_it(english, french, expected):
    (action, names, kinds), = summary(english, "en")
    assert action == "reiterates" and names == expected and kinds  # the verb keeps its action; the request its mandate
    assert assignee_keys(french, "fr") == [expected]


def test_reiterated_in_french_too_and_a_reiterated_view_asks_nothing():
    # A French "Réitère sa demande au Secrétaire général de…" reads as the English "Reiterates its request to the
    # Secretary-General to…" (A/RES/78/103, operative 19, in its English wording).
    assert assignee_keys("Réitère sa demande au Secrétaire général de prendre en considération la singularité du mandat ;",
                 "fr") == [["secretary-general"]]
    # A/RES/80/15, operative 3 (its opening): an expression of view repeated is still one.
    assert summary("Reiterates the importance of the cooperation agreements and memorandums of understanding;",
                   "en") == [("reiterates", [], [])]


@pytest.mark.parametrize("english, french, expected", [
    # A/RES/76/40, operative 3: "Urges the participation of all interested States…" / "Demande instamment à tous
    # les États intéressés de participer…".
    ("Urges the participation of all interested States in multilateral negotiations on arms regulation, "
     "non-proliferation and disarmament in a non-discriminatory and transparent manner;",
     "Demande instamment à tous les États intéressés de participer sans discrimination et dans la transparence aux "
     "négociations multilatérales sur la réglementation des armements, la non-prolifération et le désarmement ;",
     ["states"]),
    # A/RES/76/68, operative 13: "Encourages the involvement of media…" / "Encourage les médias… à participer…".
    ("Encourages the involvement of media, especially the mass media, in promoting a culture of peace and "
     "non-violence, with particular regard to children and young people;",
     "Encourage les médias, en particulier les médias grand public, à participer à la promotion d’une culture de paix "
     "et de non-violence, surtout auprès des enfants et des jeunes ;",
     ["media"]),
])
def test_a_directive_asking_for_someone_s_act_names_them(english, french, expected):
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [expected]


def test_the_collaboration_of_civil_society_names_civil_society():
    # A/RES/76/32, operative 5 (its opening).
    assert assignee_keys("Encourages the collaboration of civil society organizations and associations in the efforts of the "
                 "national commissions to combat the illicit traffic in small arms and light weapons;",
                 "en") == [["civil-society"]]


def test_parts_of_the_system_and_members_of_a_group_keep_a_french_list_going():
    # A/RES/79/171, operative 50 (its opening): "les organismes, fonds et programmes compétents des Nations Unies" is
    # the United Nations system and "les acteurs de la société civile" civil society, as in English.
    english = ("Invites Governments, relevant United Nations agencies, funds and programmes, treaty bodies, civil society "
               "actors and non‑governmental organizations, as well as the private sector, to cooperate fully with the "
               "Special Rapporteur in the fulfilment of his mandate;")
    french = ("Invite les gouvernements, les organismes, fonds et programmes compétents des Nations Unies, les organes "
              "conventionnels, les acteurs de la société civile et les organisations non gouvernementales, ainsi que le "
              "secteur privé, à coopérer pleinement avec le Rapporteur spécial dans l’exercice de son mandat ;")
    # (A/RES/77/217 operative 52 of the fourth held-out set, the same text: the treaty bodies are asked too)
    expected = ["governments", "un-system", "human-rights-treaty-bodies", "civil-society", "ngos", "private-sector"]
    assert assignee_keys(english, "en")[0] == assignee_keys(french, "fr")[0] == expected
    # A/RES/79/11, operative 3 (its opening).
    assert assignee_keys("Invite les institutions spécialisées, les entités, les organismes et les fonds et programmes des "
                 "Nations Unies à coopérer avec l’Organisation pour la démocratie et le développement économique – GUAM ;",
                 "fr")[0] == ["specialized-agencies", "un-system"]
    # …but a programme named in full is that programme.
    assert assignee_keys("Prie le Programme des Nations Unies pour le développement de continuer ;", "fr") == [["undp"]]


def test_what_a_relative_clause_says_of_an_addressee_names_no_other():
    # A/RES/76/143, operative 6 (its opening): "États qui sont parties à la Convention" are States.
    english = ("Urges States that are parties to the 1951 Convention relating to the Status of Refugees and the 1967 "
               "Protocol thereto to respect their obligations;")
    french = ("Demande instamment aux États qui sont parties à la Convention relative au statut des réfugiés de 1951 et "
              "au Protocole de 1967 s’y rapportant de respecter leurs obligations ;")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["states"]]
