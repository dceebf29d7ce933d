"""Mandates read from real operative paragraphs, English and French."""

from __future__ import annotations

import pytest

from loaders.extract.operative.lexicon import load_lexicon
from loaders.extract.operative.paragraphs import analyse_paragraph
from loaders.registry import load_registry
from loaders.formats.resolution_text import parse_resolution
from loaders.segments import Segment


def clauses(text: str, lang: str = "en"):
    paragraph = analyse_paragraph(Segment.of(text, 0, len(text)), "operative", "1", 1, lang, load_lexicon(),
                                  load_registry(), {})
    return paragraph.actions


def summary(text: str, lang: str = "en"):
    out = []
    for clause in clauses(text, lang):
        m = clause.mandates
        out.append((clause.action.value.rsplit("/", 1)[1],
                    [a.entity.key if a.entity else a.name for a in m.assignees],
                    [d.kind for d in m.deliverables]))
    return out


def assignee_keys(text: str, lang: str) -> list[list[str]]:
    """The assignees of each clause of a paragraph, by registry key (or name)."""
    return [names for _, names, _ in summary(text, lang)]


@pytest.fixture(scope="module")
def res_78_311_fr(seed_text_module):
    return parse_resolution(seed_text_module("002"), lang="fr", path="002", registry=load_registry())


@pytest.fixture(scope="module")
def seed_text_module():
    from loaders.paths import SEEDS_DIR

    return lambda prefix: next(SEEDS_DIR.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_78_311_supports_and_looks_forward_to_are_their_own_actions_with_no_mandate(res_78_311_fr):
    by_number = {p.number: p for p in res_78_311_fr.operative}
    assert [c.action.value.rsplit("/", 1)[1] for c in by_number["12"].actions] == ["supports"]
    assert [c.action.value.rsplit("/", 1)[1] for c in by_number["14"].actions] == ["looksForwardTo"]
    for number in ("12", "14"):
        mandates = by_number[number].actions[0].mandates
        assert mandates.assignees == [] and mandates.deliverables == []


def test_78_311_report_requested_of_the_secretary_general_for_the_eightieth_session(res_78_311_fr):
    clause = {p.number: p for p in res_78_311_fr.operative}["15"].actions[0]
    (report,) = clause.mandates.deliverables
    assert [a.entity.key for a in clause.mandates.assignees] == ["secretary-general"]
    assert (report.kind, report.due_session.value, report.recurrence.value) == ("report", 80, "once")
    assert report.label.value.startswith("rapport sur les défis particuliers")
    assert clause.mandates.condition.value == "within-existing-resources"


def test_every_operative_paragraph_of_78_311_has_an_action(res_78_311_fr):
    assert all(p.actions for p in res_78_311_fr.operative)


def test_a_clause_inside_a_paragraph_with_its_own_assignee():
    text = ("Urges Member States to strengthen cooperation, and requests the United Nations Office on Drugs "
            "and Crime to continue to provide technical assistance to States, upon request;")
    assert summary(text) == [("urges", ["member-states"], ["other"]),
                             ("requests", ["unodc"], ["programme"])]  # technical assistance


def test_a_word_between_and_and_the_verb_and_a_comma_after_the_verb():
    text = ("Welcomes the work of the Commission, and further invites, as appropriate, developed countries "
            "to provide capacity-building;")
    assert summary(text) == [("welcomes", [], []), ("invites", ["developed-countries"], ["programme"])]


def test_decides_binds_the_assembly_unless_it_names_who_shall_act():
    assert summary("Decides to include in the provisional agenda of its eighty-second session the item "
                   "entitled “Oceans and the law of the sea”;") == [("decides", ["general-assembly"], ["agenda-item"])]
    assert summary("Decides that the Secretary-General shall report on the matter;")[0][1] == ["secretary-general"]


def test_agenda_item_gets_its_session_and_title():
    (clause,) = clauses("Decides to include in the provisional agenda of its eighty-second session the item "
                        "entitled “Oceans and the law of the sea”;")
    (item,) = clause.mandates.deliverables
    assert (item.kind, item.due_session.value, item.label.value) == ("agenda-item", 82, "Oceans and the law of the sea")


def test_establishes_makes_a_named_body():
    text = ("Establishes, within the United Nations, an Independent International Scientific Panel on Artificial "
            "Intelligence, to issue evidence-based scientific assessments;")
    (clause,) = clauses(text)
    body = clause.mandates.deliverables[0]
    assert body.kind == "body" and "Independent International Scientific Panel" in body.label.value


@pytest.mark.parametrize("text, lang, recurrence, session", [
    ("Requests the Secretary-General to report annually to the General Assembly on the implementation of the "
     "present resolution;", "en", "annual", None),
    ("Requests the Secretary-General to submit to the General Assembly at its eighty-first session and every "
     "two years thereafter a report on the implementation of the present resolution;", "en", "biennial", 81),
    ("Prie le Secrétaire général de lui présenter, à sa quatre-vingt-unième session, un rapport sur "
     "l’application de la présente résolution ;", "fr", "once", 81),
])
def test_report_timing(text, lang, recurrence, session):
    (clause,) = clauses(text, lang)
    (report,) = [d for d in clause.mandates.deliverables if d.kind == "report"]
    assert report.recurrence.value == recurrence
    assert (report.due_session.value if report.due_session else None) == session
    assert report.report_to.entity.key == "general-assembly"


def test_next_session_is_relative_to_the_resolution():
    (clause,) = clauses("Requests the Secretary-General to submit a report at its next session;")
    (report,) = clause.mandates.deliverables
    assert report.due_session is None and report.session_offset.value == 1


def test_extrabudgetary_condition():
    (clause,) = clauses("Invites Member States to support the trust fund through voluntary contributions;")
    assert clause.mandates.condition.value == "extrabudgetary"


def test_french_and_english_give_the_same_mandates():
    en = summary("Requests the Secretary-General to submit to the General Assembly at its eighty-first session a "
                 "report on the implementation of the present resolution;")
    fr = summary("Prie le Secrétaire général de lui présenter, à sa quatre-vingt-unième session, un rapport sur "
                 "l’application de la présente résolution ;", "fr")
    assert en == fr == [("requests", ["secretary-general"], ["report"])]


def test_an_assignee_the_registry_does_not_know_is_named():
    (clause,) = clauses("Invites the Ad Hoc Committee on the Indian Ocean to consider the legal aspects of the report;")
    (assignee,) = clause.mandates.assignees
    assert assignee.entity is None and assignee.name == "Ad Hoc Committee on the Indian Ocean"


def test_a_name_after_a_preposition_is_not_an_assignee():
    text = "Requests the Secretary-General, in consultation with Member States, to prepare a study;"
    assert summary(text) == [("requests", ["secretary-general"], ["study"])]


def test_verbless_point_carries_on_its_paragraphs_clause():
    text = ("Requests the Secretary-General: (a) To convene a high-level meeting on the question; "
            "(b) To submit a report thereon to the General Assembly at its eighty-first session;")
    paragraph = analyse_paragraph(Segment.of(text, 0, len(text)), "operative", "4", 1, "en", load_lexicon(),
                                  load_registry(), {})
    kinds = [[d.kind for c in sub.actions for d in c.mandates.deliverables] for sub in paragraph.subparagraphs]
    assert kinds == [["meeting"], ["report"]]
    assert all(c.mandates.assignees[0].entity.key == "secretary-general"
               for sub in paragraph.subparagraphs for c in sub.actions)


def test_a_created_body_and_a_known_one_later_in_the_clause_do_not_mix_up():
    # A/RES/79/1 (English) failed to load: the body a verb creates and a known body named later
    # in the clause shared one variable.
    text = ("Decides to continue to improve and democratize the working methods of the Security Council and "
            "strengthen its relationship with the General Assembly, in accordance with the Charter;")
    # (no body is created: "continue" reached "Security Council" as if it were continued; the French « Nous
    # continuerons d'améliorer … les méthodes de travail du Conseil de sécurité » asks for none either)
    assert summary(text) == [("decides", ["general-assembly"], ["other"])]


def _reports(text: str, lang: str = "en"):
    return [(d.label.value.split()[0], d.report_to.entity.key if d.report_to and d.report_to.entity else None)
            for clause in clauses(text, lang) for d in clause.mandates.deliverables if d.kind == "report"]


def test_keeping_a_body_informed_is_a_report_to_it():
    # A/RES/76/188, operative 112; A/RES/76/264 (French), operative 18
    assert _reports("Encourages the Commission on Narcotic Drugs to keep the General Assembly informed of "
                    "developments in the follow-up to the 2019 Ministerial Declaration, and welcomes the briefings "
                    "provided by the Commission;") == [("keep", "general-assembly")]
    assert _reports("Prie également le Secrétaire général de la tenir régulièrement informée de l’application de la "
                    "présente résolution.", "fr") == [("tenir", "general-assembly")]


def test_information_communicated_to_the_secretary_general_is_reported_to_him():
    # A/RES/77/44, operative 4
    text = ("Invites all Member States to communicate to the Secretary-General information on the measures that they "
            "have adopted to promote the objectives envisaged in the present resolution, and requests the "
            "Secretary-General to submit a report containing that information to the General Assembly at its "
            "seventy-eighth session;")
    assert [to for _, to in _reports(text)] == ["secretary-general", "general-assembly"]


def test_information_asked_for_in_a_next_report_is_a_report():
    # A/RES/79/251, operative 6
    text = ("Notes the increase in participation in the voluntary financial disclosure programme, and requests the "
            "Ethics Office to comment, in the context of its next report, on the feasibility of extending the "
            "programme on a mandatory basis.")
    assert summary(text)[-1] == ("requests", ["ethics-office"], ["report"])


def test_a_participle_inside_an_operative_paragraph_opens_no_clause():
    # a UNODC resolution of the corpus (shortened): "also considering" qualifies the request to report
    text = ("Expresses concern regarding the overall financial situation of the United Nations Office on Drugs and "
            "Crime, and requests the Secretary-General, also considering the extension of the working group on "
            "improving the governance and financial situation of the Office, to continue to report, within existing "
            "reporting obligations, on the financial situation of the Office;")
    assert summary(text) == [("expresses", [], []), ("requests", ["secretary-general"], ["report"])]


def test_a_task_of_its_verb_alone_shares_the_next_ones_object():
    # A/RES/76/256 (French), operative 5: one observance, not an "other" for « participer »
    text = ("Invite toutes les parties prenantes à participer et à s’associer à la célébration de la Journée "
            "internationale ;")
    assert summary(text, "fr") == [("invites", ["relevant-stakeholders"], ["observance"])]


def test_the_assignees_future_reports_are_reports_asked_for():
    # A/RES/77/278, operative 42
    text = ("Requests the Secretary-General to focus his future reports on the composition of the Secretariat on "
            "workforce data reflecting progress towards strategic outcomes, including gender, geographical "
            "representation, and rejuvenation, and to provide trend analysis and identify potential challenges in "
            "human resources management;")
    assert "report" in summary(text)[0][2]


def test_voluntary_funding_is_extrabudgetary():
    # A/RES/76/213, operative 32
    text = ("Welcomes the operationalization of the Technology Bank for the Least Developed Countries, and calls upon "
            "Member States and other stakeholders to provide voluntary funding to the trust fund of the Technology "
            "Bank so that it can pursue its objectives in the area of science, technology and innovation for the "
            "least developed countries;")
    assert clauses(text)[1].mandates.condition.value == "extrabudgetary"


def test_demande_que_after_a_connective_calls_for_an_outcome():
    # A/RES/76/268 (French), operative 52, its last clauses
    text = ("Souhaite que continuent d’être diffusées en direct ses séances publiques, demande à cet égard que le "
            "Département de la communication globale réfléchisse à des solutions techniques ;")
    assert [action for action, _, _ in summary(text, "fr")] == ["callsFor", "callsFor"]


@pytest.mark.parametrize("text, lang", [
    # A/RES/78/26 operative 8
    ("Requests the Secretary-General to seek the views of Member States on the issue of the promotion of "
     "multilateralism in the area of disarmament and non‑proliferation and to submit a report thereon to the General "
     "Assembly at its seventy-ninth session;", "en"),
    ("Prie le Secrétaire général de solliciter les vues des États Membres sur la question de la promotion du "
     "multilatéralisme dans le domaine du désarmement et de la non-prolifération et de lui présenter un rapport à ce "
     "sujet à sa soixante-dix-neuvième session ;", "fr"),
])
def test_seeking_the_views_of_member_states_is_a_process_before_the_report(text, lang):
    assert summary(text, lang) == [("requests", ["secretary-general"], ["process", "report"])]


@pytest.mark.parametrize("text, lang", [
    # A/RES/77/143 operative 6
    ("Also requests the administering Power to continue its assistance for the improvement of the economic, social, "
     "educational and other conditions of the population of the Territory and to continue its discussions with the "
     "territorial Government on how best to support socioeconomic and environmental security in Pitcairn, including "
     "as regards demographic matters;", "en"),
    ("Prie également la Puissance administrante de continuer de contribuer à l’amélioration de la situation de la "
     "population du territoire dans les domaines économique, social, éducatif et autres, et de poursuivre ses "
     "entretiens avec le gouvernement du territoire sur la meilleure façon de soutenir la sécurité socioéconomique et "
     "environnementale de Pitcairn, y compris sur le plan démographique ;", "fr"),
])
def test_continuing_discussions_with_a_government_is_a_process(text, lang):
    ((_, _, kinds),) = summary(text, lang)
    assert "process" in kinds


@pytest.mark.parametrize("text, lang", [
    # A/RES/77/191 operative 24: the International Year is what the information supports, not an observance to hold
    ("Calls upon Member States and agencies and bodies of the United Nations system, in consultation with civil society "
     "and other relevant stakeholders, to continue to provide information on their activities, including on good "
     "practices at the national, regional and international levels, including the relevant United Nations forums, in "
     "support of the objectives of the International Year and its follow-up processes, including the preparations for "
     "its thirtieth anniversary, to be included in the report of the Secretary-General;", "en"),
    ("Demande aux États Membres et aux organes et organismes des Nations Unies, agissant en consultation avec la société "
     "civile et d’autres parties prenantes, de continuer à transmettre des informations sur les activités qu’ils mènent "
     "pour concourir à la réalisation des objectifs de l’Année internationale et à leur suivi, dont les préparatifs du "
     "trentième anniversaire, y compris sur les bonnes pratiques suivies aux niveaux national, régional et international, "
     "notamment au sein des instances des Nations Unies, afin que ces informations soient incluses dans le rapport du "
     "Secrétaire général ;", "fr"),
])
def test_an_observance_named_after_a_preposition_is_no_observance_to_deliver(text, lang):
    assert summary(text, lang) == [("callsUpon", ["member-states", "un-system"], ["report"])]


def test_an_observance_proclaimed_or_celebrated_stays_one():
    assert summary("Decides to proclaim 11 June as the International Day of Play, to be observed annually;") == \
        [("decides", ["general-assembly"], ["observance"])]
    # A/RES/76/256 operative 5
    ((_, _, kinds),) = summary("Invite toutes les parties prenantes à participer et à s’associer à la célébration de la "
                               "Journée internationale ;", "fr")
    assert kinds == ["observance"]


def test_implementing_an_existing_programme_of_action_delivers_no_programme():
    # A/RES/76/32 operative 5
    ((_, _, kinds),) = summary("Encourages the collaboration of civil society organizations and associations in the "
                               "efforts of the national commissions to combat the illicit traffic in small arms and light "
                               "weapons and in the implementation of the Programme of Action to Prevent, Combat and "
                               "Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects;")
    assert "programme" not in kinds
    ((_, _, kinds),) = summary("Encourages Member States to develop and implement national programmes of action on "
                               "small arms and light weapons;")
    assert kinds == ["programme"]


@pytest.mark.parametrize("text, lang", [
    # A/RES/77/157 operative 4: a study is asked for; the report it cites exists
    ("Acknowledges the conclusions in the report of the Secretary-General, in which he stated that studies show that "
     "the value of the damage to Lebanon amounted to 856.4 million United States dollars in 2014, and requests the "
     "Secretary-General to urge United Nations bodies and agencies and other relevant organizations involved in the "
     "initial assessment of the relevant environmental damage to undertake, within existing resources, a further study, "
     "building on, inter alia, the initial work of the World Bank presented in the report of the Secretary-General "
     "submitted to the General Assembly at its sixty-second session, with a view to measuring and quantifying the "
     "environmental damage sustained by neighbouring countries;", "en"),
    ("Prend acte des conclusions formulées par le Secrétaire général dans son rapport, indiquant que, selon les "
     "études menées, les dommages subis par le Liban se chiffraient en 2014 à 856,4 millions de dollars des États-"
     "Unis, et prie le Secrétaire général d’engager les organismes et institutions des Nations Unies et les autres "
     "organisations ayant participé à l’évaluation initiale des dégâts écologiques à entreprendre, dans la limite "
     "des ressources existantes, une nouvelle étude s’appuyant notamment sur les travaux initialement menés par la "
     "Banque mondiale et présentés dans le rapport du Secrétaire général à sa soixante-deuxième session, en vue de "
     "mesurer et de quantifier les dommages causés à l’environnement des pays voisins ;", "fr"),
    # A/RES/79/121 operative 22: "represented" is no "present", the Commission's report is discussed, not asked for
    ("Encourages Member States to consider being represented at the level of legal adviser during the first week in "
     "which the report of the International Law Commission is discussed in the Sixth Committee (International Law Week) "
     "to enable high-level discussions on issues of international law;", "en"),
])
def test_a_report_that_exists_is_no_report_to_deliver(text, lang):
    assert not [kind for *_, kinds in summary(text, lang) for kind in kinds if kind == "report"]


@pytest.mark.parametrize("text, lang", [
    # A/RES/80/139 operative 42
    ("Reaffirms the continuation, for a further five-year period, of the current institutional linkage and related "
     "administrative arrangements with the United Nations Secretariat, to be reviewed by both the General Assembly and "
     "the Conference of the Parties no later than 31 December 2026;", "en"),
    ("Décide de reconduire pour une nouvelle période de cinq ans le lien institutionnel actuel et les arrangements "
     "administratifs connexes avec le Secrétariat de l’Organisation des Nations Unies, qu’elle-même et la Conférence des "
     "Parties réexamineront le 31 décembre 2026 au plus tard ;", "fr"),
    # A/RES/80/136 operative 23 (the end of it)
    ("Also reiterates the request to the Secretary-General to enhance the implementation, monitoring and evaluation of "
     "the Antigua and Barbuda Agenda for Small Island Developing States, including a potential single entity dedicated "
     "to small island developing States in the Secretariat;", "en"),
])
def test_a_known_body_named_inside_a_deliverable_is_not_the_deliverable(text, lang):
    # Were the Secretariat the deliverable, it would carry the assignees and due dates of every paragraph naming it.
    deliverables = [d for clause in clauses(text, lang) for d in clause.mandates.deliverables]
    assert not [d for d in deliverables if d.entity is not None]


def test_a_body_the_clause_establishes_is_the_deliverable():
    (clause,) = clauses("Decides to establish, within the United Nations, an Independent International Scientific "
                        "Panel on Artificial Intelligence;")
    assert [d.entity.key for d in clause.mandates.deliverables if d.entity] == ["scientific-panel-ai"]


@pytest.mark.parametrize("text, action, expected", [
    # A/RES/78/219 operative 16 (its points follow): an adjective before the repeated call.
    # (the Myanmar military is a registry entity since the seventh French round)
    ("Reiterates the urgent call upon Myanmar or the Myanmar military where applicable:", "reiterates",
     ["country-MM", "myanmar-military"]),
    # A/RES/76/268 operative 87: the request repeated asks its subject after "that".
    ("Recalls its resolution 66/233 of 24 December 2011, in particular paragraph 7 of section III thereof, reiterates "
     "its request that the Secretary-General ensure that all language services are given equal treatment;",
     "reiterates", ["secretary-general"]),
    # A/RES/78/216 operative 14.
    ("Condemns all attacks on women human rights defenders, and reiterates its strong call upon States to take "
     "appropriate, robust and practical steps to protect women human rights defenders;", "reiterates", ["states"]),
    # A/RES/77/50 operative 2: "Renews" reaffirms, and the call it renews asks all States.
    ("Renews its previous call to all States to observe strictly the principles and objectives of the Protocol for "
     "the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of "
     "Warfare, and reaffirms the vital necessity of upholding its provisions;", "reaffirms", ["states"]),
])
def test_a_repeated_call_or_request_asks_whom_it_names(text, action, expected):
    repeated = next(c for c in summary(text) if c[0] == action)
    # the verb keeps its action; the call its addressee and task (a lead-in line that names only its addressees has
    # none of its own: its points have them, GUIDELINES.md)
    assert repeated[1] == expected and (repeated[2] or text.endswith(":"))


def test_a_repeated_directive_binds_as_strongly_as_the_verb_it_repeats():
    from loaders.extract.operative.mandates import _reiterated_action

    assert [_reiterated_action(n) for n in ("request", "calls", "invitation", "encouragement", "appel")] \
        == ["requests", "callsUpon", "invites", "encourages", "callsUpon"]


def test_a_continued_directive_asks_whom_it_names_in_both_languages():
    # A/RES/78/160 operative 40: "Continues" decides nothing of the Assembly's own here; it goes on encouraging.
    english = summary("Continues to encourage the United Nations system to take an active role in forging a closer link "
                      "with national and multilateral science advisory bodies;")
    french = summary("Continue d’encourager les organismes des Nations Unies à jouer un rôle actif dans l’établissement "
                     "d’un lien plus étroit avec les organes consultatifs scientifiques nationaux et multilatéraux ;", "fr")
    assert english[0][1] == french[0][1] == ["un-system"]


def _french_reports(text: str) -> list[tuple[str, str | None]]:
    """(label, body reported to) of each report the paragraph asks for."""
    return [(d.label.value, d.report_to.entity.key if d.report_to and d.report_to.entity else None)
            for c in clauses(text, "fr") for d in c.mandates.deliverables if d.kind == "report"]


@pytest.mark.parametrize("text, expected", [
    # A/RES/80/242 operative 47: "…and provide an update in the next proposed programme budget".
    ("Prie le Secrétaire général d’étudier les synergies entre les entités relevant du chapitre premier afin "
     "d’améliorer l’efficacité de la mise en œuvre de leurs mandats, et de faire le point sur cette question dans le "
     "prochain projet de budget-programme ;", "faire le point"),
    # A/RES/77/128 operative 103 (its end): "faire un exposé", a briefing.
    ("Rappelle ses résolutions sur le dialogue entre les civilisations et la culture de la paix, et demande au "
     "Secrétariat de faire un exposé sur les mesures prises pour diffuser des informations concernant le dialogue entre "
     "les civilisations et la culture de la paix, avant la prochaine session du Comité de l’information ;", "exposé"),
    # A/RES/77/139 operative 11: "…to provide continuous updates on…".
    ("Prie de nouveau le Secrétaire général de continuer de lui faire part de tout fait nouveau sur les retombées "
     "environnementales, écologiques, sanitaires et autres des essais nucléaires ;", "faire part"),
    # A/RES/76/127 operative 20: "…to provide … all relevant information".
    ("Demande à tous les États de communiquer rapidement tous renseignements utiles en cas d’arrestation ou de "
     "détention de membres du personnel humanitaire ;", "renseignements"),
])
def test_french_updates_briefings_and_information_are_reports(text, expected):
    reports = _french_reports(text)
    assert len(reports) == 1 and expected in reports[0][0]


def test_a_french_oral_report_goes_to_the_body_named_and_an_update_to_the_assembly():
    # A/RES/77/193 operative 17: « présenter oralement à la Commission de la condition de la femme… un rapport ».
    oral = _french_reports("Prie également le Secrétaire général de présenter oralement à la Commission de la "
                           "condition de la femme, à ses soixante-septième et soixante-huitième sessions, un rapport "
                           "reprenant les renseignements communiqués ;")
    update = _french_reports("Prie de nouveau le Secrétaire général de continuer de lui faire part de tout fait nouveau "
                             "sur les retombées environnementales ;")
    assert oral[0][1] == "csw" and update[0][1] == "general-assembly"


def test_a_conference_to_take_stock_is_no_report():
    # A/RES/76/46 operative 21: « pour faire le point » is what the conference does, not an update owed.
    assert _french_reports("Demande que soit convoquée, dans les meilleurs délais, une conférence internationale de haut "
                           "niveau des Nations Unies sur le désarmement nucléaire pour faire le point sur les progrès "
                           "accomplis ;") == []

