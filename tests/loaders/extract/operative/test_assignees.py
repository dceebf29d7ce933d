"""Assignees read from real operative paragraphs of the corpus (issue 13): registry groups in
English and French, posts and parts named before a known entity, actors after "by", pronouns."""

from __future__ import annotations

import pytest

from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages
from tests.loaders.extract.operative.test_mandates import summary


def test_nuclear_weapon_states_are_their_own_group_not_states():
    # A/RES/76/49, operative 9
    text = ("Underlines the recognition by States parties to the Treaty on the Non‑Proliferation of Nuclear Weapons of "
            "the legitimate interest of non-nuclear-weapon States in the constraining by the nuclear-weapon States of "
            "the development and qualitative improvement of nuclear weapons, and calls upon the nuclear-weapon States "
            "to take steps in this regard;")
    assert summary(text)[-1] == ("callsUpon", ["nuclear-weapon-states"], ["other"])


def test_parties_concernees_are_the_relevant_stakeholders_the_english_names():
    # A/RES/76/127, operative 39: the UN's French writes "parties concernées" for "relevant actors" /
    # "relevant stakeholders" (nine uses in ten in the corpus), so both texts name one group.
    assert summary("Calls upon all relevant actors to make every effort to support in their public statements a "
                   "favourable environment for the safety and security of humanitarian personnel;",
                   "en")[0][1] == ["relevant-stakeholders"]
    assert summary("Demande à toutes les parties concernées de tout mettre en œuvre pour contribuer, dans leurs "
                   "déclarations publiques, à créer un climat propice à la sûreté du personnel humanitaire ;",
                   "fr")[0][1] == ["relevant-stakeholders"]
    # A/RES/76/207, operative 31 (its clause): "parties intéressées" / "stakeholders" likewise.
    english = ("Reaffirms the importance of continuing to pursue more efficient and coherent implementation of the three "
               "objectives of the Convention, and calls upon parties and stakeholders to strengthen international "
               "cooperation measures for the fulfilment of obligations contained in the Convention;")
    french = ("Réaffirme qu’il importe de continuer à améliorer l’efficacité et la coordination de l’action menée pour "
              "réaliser les trois objectifs de la Convention, et engage les Parties et les parties intéressées à "
              "renforcer les mesures prises dans le cadre de la coopération internationale pour faire respecter les "
              "obligations énoncées dans la Convention ;")
    assert "relevant-stakeholders" in summary(english, "en")[-1][1]
    assert "relevant-stakeholders" in summary(french, "fr")[-1][1]
    # …while the English "parties concerned" stay that group.
    assert summary("Calls upon all parties concerned to cooperate fully;", "en")[0][1] == ["parties-concerned"]


def test_french_groups_resolve_to_the_entities_english_names():
    # A/RES/78/116, operative 3 (its clause on the host country)
    assert summary("Engage le pays hôte à lever sans délai toute restriction applicable aux locaux des missions "
                   "permanentes ;", "fr")[0][1] == ["host-country"]


def test_a_post_of_a_known_body_is_the_post_not_the_body():
    # A/RES/79/248, operative 68: not the General Assembly
    text = ("Invites the Chairs of the Main Committees of the General Assembly to ensure that the reports of the "
            "Secretary-General are formally introduced for the consideration of Member States only if they are "
            "available in all six official languages, and requests the Chairs of the Main Committees to fully "
            "respect multilingualism;")
    assignees = [names for _, names, _ in summary(text)]
    # (both clauses name the one post: loaders/extract/operative/posts.py)
    assert assignees == [["chair-of-main-committees"], ["chair-of-main-committees"]]


def test_a_directive_naming_no_addressee_binds_those_whose_act_it_asks_for():
    # A/RES/77/172, operative 27; A/RES/80/63, operative 24
    text = ("Encourages greater efforts by States, all relevant stakeholders and the international community towards "
            "the conservation of mountain ecosystems;")
    assert summary(text)[0][1] == ["states", "relevant-stakeholders", "international-community"]
    text = ("Encourages the development of mechanisms for regulation by the Economic Community of Central African "
            "States, and calls for the holding of a high-level conference to discuss issues relating to pastoralism;")
    assert [names for _, names, _ in summary(text)] == [["eccas"], []]


def test_a_pronoun_is_not_an_addressee():
    # A/RES/76/78, operative 10
    text = ("Expresses its appreciation to the Advisory Commission of the Agency, and requests it to continue its "
            "efforts and to keep the General Assembly informed of its activities;")
    assert summary(text)[1][1] == []


def test_groups_named_in_both_languages_are_registry_groups():
    # A/RES/76/237, operative 29; A/RES/76/159, operative 5 (their openings).
    assert summary("Once again urges intergovernmental bodies at the planning stage to take into account the meetings "
                   "of regional and other major groupings of Member States;", "en")[0][1] == ["intergovernmental-bodies"]
    assert summary("Exhorte une fois de plus les organes intergouvernementaux à tenir compte, au stade de la "
                   "programmation, des réunions des groupes régionaux et autres grands groupes d’États Membres ;",
                   "fr")[0][1] == ["intergovernmental-bodies"]
    assert summary("Urges all actors on the international scene to build an international order based on inclusion, "
                   "justice, equality and equity;", "en")[0][1] == ["actors-international-scene"]
    assert summary("Exhorte tous les acteurs intervenant sur la scène internationale à édifier un ordre international "
                   "fondé sur l’ouverture, la justice, l’égalité et l’équité ;", "fr")[0][1] == ["actors-international-scene"]


def test_initiatives_asked_for_are_an_act_not_an_addressee():
    # A/RES/76/128, operative 67 (its opening): "Encourages efforts to…" / « Encourage les initiatives qui visent à… ».
    english = ("Encourages efforts to provide safe and enabling learning environments and access to quality education for "
               "all, especially for girls and boys, in humanitarian emergencies caused by natural disasters;")
    french = ("Encourage les initiatives qui visent à offrir à tous, en particulier aux filles et aux garçons, un "
              "environnement sûr et propice à l’apprentissage et un accès à une éducation de qualité dans les situations "
              "d’urgence humanitaire causées par des catastrophes naturelles ;")
    assert summary(english, "en")[0][1] == summary(french, "fr")[0][1] == []


def test_les_organes_de_l_organisation_are_the_united_nations_system():
    # A/RES/76/109, operative 5 (its opening): "the relevant United Nations organs" / "les organes compétents de
    # l'Organisation des Nations Unies".
    english = ("Appeals to Member States, the relevant United Nations organs, organizations, institutions and "
               "individuals, in order to ensure full participation by the Member States in the sessions of the "
               "Commission and its working groups, to consider making voluntary contributions to the trust funds;")
    french = ("Invite instamment les États Membres, les organes compétents de l’Organisation des Nations Unies, les "
              "organisations, les institutions et les particuliers à envisager de verser des contributions volontaires "
              "aux fonds d’affectation spéciale ;")
    assert summary(english, "en")[0][1] == summary(french, "fr")[0][1] == ["member-states", "un-system", "individuals"]


def test_a_french_list_goes_on_past_an_item_the_registry_does_not_know():
    # A/RES/76/165, operative 20 (its opening): « les organes conventionnels des droits de l'homme » holds a « de »
    # but ends no list; the English "the human rights treaty bodies" does not either (both are the treaty bodies).
    english = ("Requests the Human Rights Council, the human rights treaty bodies, the Office of the United Nations High "
               "Commissioner for Human Rights, the special mechanisms extended by the Council and the Human Rights "
               "Council Advisory Committee to pay due attention, within their respective mandates, to the present "
               "resolution;")
    french = ("Prie le Conseil des droits de l’homme, les organes conventionnels des droits de l’homme, le "
              "Haut‑Commissariat des Nations Unies aux droits de l’homme, les mécanismes spéciaux reconduits dans leur "
              "mission par le Conseil et le Comité consultatif du Conseil d’accorder l’attention voulue, dans le cadre "
              "de leur mandat, à la présente résolution ;")
    assert summary(english, "en")[0][1] == summary(french, "fr")[0][1] \
        == ["human-rights-council", "human-rights-treaty-bodies", "ohchr"]


def test_an_incise_between_commas_leaves_the_list_going_on(operative_text):
    # "Invites all Member States and organizations of the United Nations system, within existing resources, as well
    # as other international and regional organizations and other relevant stakeholders, including civil society,
    # the private sector, academia and the media, to commemorate …"
    keys = set(summary(operative_text("A/RES/78/286#2#en"))[0][1])
    assert {"member-states", "un-system", "regional-organizations", "relevant-stakeholders", "civil-society",
            "private-sector", "academia"} <= keys


def test_an_incise_of_cooperation_still_puts_its_names_out_of_the_list(operative_text):
    # "… invites the International Monetary Fund and the World Bank, in cooperation with the regional commissions,
    # regional development banks and other relevant multilateral financial institutions and stakeholders, to …"
    assert summary(operative_text("A/RES/78/137#46#en"))[1][1] == ["imf", "world-bank"]


def test_a_name_in_apposition_is_what_the_one_before_is(operative_text):
    # "Invites, as appropriate, the United Nations Industrial Development Organization, as the United Nations
    # specialized agency for industrialization, in close collaboration with the African Union, to scale up …"
    assert summary(operative_text("A/RES/80/257#5#en"))[0][1] == ["unido"]


def test_a_subject_in_the_passive_undergoes_the_decision(operative_text):
    # "Decides that Sao Tome and Principe and Somalia shall be permitted to vote in the General Assembly …"
    assert summary(operative_text("A/RES/79/3#6#en"))[0][1] == ["general-assembly"]


def test_an_act_said_to_be_someones_names_who_acts(operative_text):
    # "Urges increased political commitment by Member States to end hunger …"
    assert summary(operative_text("A/RES/80/157#15#en"))[0][1] == ["member-states"]


def test_the_organization_a_body_is_part_of_ends_its_name_not_the_list(operative_text):
    # "… the Office for the Coordination of Humanitarian Affairs of the Secretariat, as well as the International
    # Organization for Migration and the World Tourism Organization, to continue …"
    keys = summary(operative_text("A/RES/77/117#4#en"))[0][1]
    assert {"ocha", "iom", "unwto"} <= set(keys) and "secretariat" not in keys


def test_a_comma_ends_a_capitalised_name(operative_text):
    # "Welcomes and urges the continued efforts by the Secretary-General, Member States, the Organization for Security
    # and Cooperation in Europe and other international and regional organizations to support …"
    names = [a for a in summary(operative_text("A/RES/ES-11/1#15#en"))[1][1]]
    assert {"secretary-general", "member-states", "Organization for Security and Cooperation in Europe",
            "regional-organizations"} <= set(names)


def test_the_subject_of_decides_that_after_a_phrase_between_commas(shared_corpus):
    # A/RES/80/1 operative 2: "Also decides that, in addition to the records of the general debate…, the President of
    # the General Assembly shall circulate…" / « Décide également qu'en plus des procès-verbaux…, sa Présidente fera
    # distribuer… »: the President acts, not the Assembly.
    for lang, paragraph in _operative_in_both_languages(shared_corpus, "80_1", "2").items():
        assert [a.entity.key for a in paragraph.actions[0].mandates.assignees] == ["president-general-assembly"], lang


def test_regional_economic_integration_organizations_are_a_group_in_both_languages(shared_corpus):
    # A/RES/77/118 operative 103: "encourages States and regional economic integration organizations that have not yet
    # done so to…" / « encourage les États et les organisations d'intégration économique régionale qui… ».
    for lang, paragraph in _operative_in_both_languages(shared_corpus, "77_118", "103").items():
        assert [a.entity.key for a in paragraph.actions[-1].mandates.assignees] == [
            "states", "regional-economic-integration-organizations"], lang
    # A/RES/80/162 operative 4 (French word order « organisations régionales d'intégration économique » too).
    assert summary("Invite les États et les organisations d’intégration économique régionales qui souhaitent moderniser "
                   "leur cadre juridique sur les documents de cargaison négociables à envisager de devenir parties à la "
                   "Convention.", "fr")[0][1] == ["states", "regional-economic-integration-organizations"]


def test_the_centre_is_the_regional_centre_the_resolution_names(shared_corpus):
    # A/RES/77/84 operative 2: "requests the Centre to continue…" / « l'invite à continuer… » (the Latin American and
    # Caribbean Centre for Peace, Disarmament and Development, which the resolution names in full).
    for lang, paragraph in _operative_in_both_languages(shared_corpus, "77_84", "2").items():
        assert [a.entity.key for a in paragraph.actions[-1].mandates.assignees] == ["unlirec"], lang


def test_parties_to_armed_conflicts_are_asked_not_cut_at_to(shared_corpus):
    # A/RES/76/127, operative 6 (last clause): "urges all parties to armed conflicts, consistent with international
    # humanitarian law, to protect civilian infrastructure…" / « exhorte toutes les parties aux conflits armés,
    # agissant conformément au droit international humanitaire, à protéger… »: the "to" of a party is a preposition.
    paragraphs = _operative_in_both_languages(shared_corpus, "76_127", "6")
    last = {lang: [a.entity.key if a.entity else a.name for a in p.actions[-1].mandates.assignees]
            for lang, p in paragraphs.items()}
    assert last["en"] == last["fr"] == ["parties-to-armed-conflict"]


@pytest.mark.parametrize("symbol", ["76_121", "77_113"])
def test_a_decision_to_recommend_to_a_body_asks_that_body(shared_corpus, symbol):
    # A/RES/76/121 and 77/113, operative 25: "Decides to recommend that the Sixth Committee, at the seventy-seventh
    # session of the General Assembly, establish a working group…" / « Décide de recommander à la Sixième Commission de
    # créer, à sa soixante-dix-septième session, un groupe de travail… »: the Committee acts, not the Assembly.
    paragraphs = _operative_in_both_languages(shared_corpus, symbol, "25")
    keys = {lang: [[a.entity.key for a in c.mandates.assignees] for c in p.actions] for lang, p in paragraphs.items()}
    assert keys["en"] == keys["fr"] == [["sixth-committee"]]
