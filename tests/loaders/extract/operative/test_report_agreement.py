"""Reports read alike in English and French (issue 13, 2026-12-02): classes of paragraphs where one language found
a report the other did not, or sent it elsewhere, found by comparing the two readings of every paragraph of session
79 (`benchmarks/assignee_agreement.py --field kinds`) and decided by reading the text; each rule is proved here on
the real paragraph, read from the corpus's AKN files in both languages (symbol and paragraph cited)."""

from __future__ import annotations

import pytest

from loaders.formats.akn import read_akn


def _reports(corpus, symbol: str, number: str) -> dict[str, list[str | None]]:
    """The body each report of operative paragraph or point ``number`` of A/RES/``symbol`` goes to (None: no body
    named), in English and French."""
    out = {}
    for lang, sub in (("en", "English"), ("fr", "French")):
        path = next((corpus / f"akn/{symbol[:2]}session" / sub).glob(f"A_RES_{symbol}-*{sub[0]}.xml"))
        main = read_akn(path.read_bytes(), path=str(path)).main
        paragraph = next(p for top in main.operative for p in (top, *top.subparagraphs) if p.number == number)
        out[lang] = sorted(((d.report_to.entity.key if d.report_to.entity else d.report_to.name) if d.report_to else None
                            for c in paragraph.actions if c.mandates for d in c.mandates.deliverables if d.kind == "report"),
                           key=str)
    return out


@pytest.mark.parametrize("symbol, number", [
    # « 1,5 degré Celsius, par rapport aux niveaux préindustriels » ("above pre-industrial levels").
    ("79_1", "28 (a)"),
    # « des pays en développement exposés à des aléas » ("vulnerable to hazards"): a participle, no briefing.
    ("79_1", "78 (e)"),
    # « tenus de rendre compte de leurs actes » ("held accountable"): accountability, no report.
    ("79_1", "47 (b)"),
    # « l'établissement d'un plan de relance … dans le cadre de la proposition faite par le Secrétaire général »
    # ("through the Secretary-General's proposal"): a noun of the verb not followed by a report, a proposal made.
    ("79_215", "15"),
    # « la vérification des allégations et des informations reçues » ("information received"): what exists.
    ("79_116", "7"),
    # « l'établissement de rapports » ("reporting"): reporting as a practice to strengthen, no report asked.
    ("79_257", "19"),
    # « les observations formulées dans le rapport qu'il lui a présenté » (past): a report that exists.
    ("79_176", "6"),
    # « de mieux rendre compte de leurs activités aux États Membres » ("to enhance accountability to Member States").
    ("76_124", "53"),
    # « … aient à rendre compte et à ce que les victimes … aient accès à des recours » ("to ensure accountability").
    ("76_130", "5"),
    # « les indicateurs proposés par le Secrétaire général dans son rapport » ("the indicators proposed in the report of
    # the Secretary-General"): a report that exists, its author between the participle and « dans ».
    ("76_137", "8"),
    # "access to … information and communications technologies" / « … technologies de l'information et des
    # communications »: a compound noun, no information to submit.
    ("80_179", "12"),
    # "information technology skills" / « compétences informatiques ».
    ("80_185", "19"),
])
def test_words_that_only_look_like_a_report_ask_for_none(shared_corpus, symbol, number):
    reports = _reports(shared_corpus, symbol, number)
    assert reports["en"] == reports["fr"] == []


@pytest.mark.parametrize("symbol, number, bodies", [
    # "to inform the Secretary-General, no later than January 2026, of the progress" / « à faire part au Secrétaire
    # général, au plus tard en janvier 2026, des progrès accomplis ».
    ("79_12", "7", ["secretary-general"]),
    # "to keep the Conference on Disarmament informed" / « de tenir la Conférence du désarmement informée »: words of
    # the body's name between it and « informée ».
    ("79_19", "8", ["conference-on-disarmament"]),
    # "to ensure that all reports are made available to Member States" / « que tous les rapports soient mis à la
    # disposition des États Membres ».
    ("79_192", "10", ["member-states"]),
    # "invites States … to advise the Commission accordingly" / « à en informer la Commission ».
    ("79_118", "3", ["uncitral"]),
    # "Reiterates its previous requests to the Special Rapporteur … to report … in her next report" / « Réitère les
    # demandes adressées à la Rapporteuse spéciale pour … qu'elle rende compte dans son prochain rapport ».
    ("79_161", "40", [None]),
    # "with a view to investigating and reporting on, the human rights situation" / « en vue d'enquêter et de faire
    # rapport sur ce sujet ».
    ("79_183", "33", [None]),
    # "requests the Secretary-General to report to it at its eighty-first session" / « de lui remettre, à sa
    # quatre-vingt-unième session, un rapport ».
    ("79_8", "27", ["general-assembly"]),
    # "the report of the Secretary-General … to be submitted to it at its eightieth session" / « que le rapport du
    # Secrétaire général … qui doit lui être présenté à sa quatre-vingtième session, comporte ».
    ("79_257", "58", ["general-assembly"]),
    # "and to report on its deliberations" / « et qu'il publiera un rapport sur ses délibérations ».
    ("79_327", "18", ["general-assembly"]),
    # "to transmit … to the Secretary-General … statistical and other information" / « de communiquer … au Secrétaire
    # général … des renseignements statistiques » (beyond the reach of « renseignements » right after its verb).
    ("79_94", "3", ["secretary-general"]),
    # "to report to it at its eightieth session … on the use of mercenaries" / « de lui présenter, à sa
    # quatre-vingtième session, ses conclusions ».
    ("79_162", "21", ["general-assembly"]),
    # "to submit to it at its eighty-third session, under the sub-item entitled “…” of the item entitled “…”, a
    # report" / « de lui présenter à sa quatre-vingt-troisième session, au titre de la question subsidiaire intitulée
    # « … » de la question intitulée « … », un rapport »: the report named after two agenda titles.
    ("80_111", "14", ["general-assembly"]),
])
def test_a_report_found_in_one_language_is_found_in_the_other(shared_corpus, symbol, number, bodies):
    reports = _reports(shared_corpus, symbol, number)
    assert reports["en"] == reports["fr"] == bodies


def test_the_making_of_a_report_is_a_report(shared_corpus):
    # A/RES/78/271 operative 1 (b) (labelled report in held-out 3): « à l'établissement d'un rapport dans lequel
    # figurera une synthèse des séances plénières » / "a report containing a summary of the plenary meetings".
    reports = _reports(shared_corpus, "78_271", "1 (b)")
    assert len(reports["fr"]) == 1


@pytest.mark.parametrize("symbol, number, bodies", [
    # "and to report thereon to the Committee on Information at its forty-fifth session" / « et à rendre compte à ce
    # sujet au Comité de l'information »: the first « à » before a name, not « à ce sujet ».
    ("77_128", "88", ["committee-on-information"]),
    # "to report to the Committee on Information" / « de rendre compte des progrès accomplis à cet égard au Comité de
    # l'information ».
    ("77_128", "127", ["committee-on-information"]),
    # "to keep Member States informed" / « à tenir les États Membres informés »: a plural name's article.
    ("76_186", "10", ["member-states"]),
    # "to provide the Secretary-General with complete and timely information" / « de fournir au Secrétaire général …
    # toutes les informations ».
    ("76_26", "5", ["secretary-general"]),
    # "to continue exerting efforts … and to report thereon to it … not later than 1 September" / « de lui en rendre
    # compte ».
    ("76_77", "2", ["general-assembly"]),
    # "to update, within existing modalities, the Peacebuilding Commission" / « d'informer, dans le cadre des modalités
    # existantes, la Commission de consolidation de la paix »: a phrase between commas before the body.
    ("80_11", "19", ["peacebuilding-commission"]),
    # "to brief Member States on the utilization of the Manual for the Framework to Measure South-South Cooperation" /
    # « d'informer périodiquement les États Membres »: the body right after the verb, not a name after a later "to".
    ("80_156", "34", ["member-states"]),
    # "to submit in writing to the Secretary-General any further comments" / « à adresser par écrit au Secrétaire
    # général toute observation supplémentaire ».
    ("80_165", "1", ["secretary-general"]),
])
def test_a_report_goes_to_the_same_body_in_both_languages(shared_corpus, symbol, number, bodies):
    reports = _reports(shared_corpus, symbol, number)
    assert reports["en"] == reports["fr"] == bodies


def test_advice_is_no_report(shared_corpus):
    # A/RES/76/100 operative 9: "in order to advise the Committee on the implementation of the provisions under Article
    # 73 b" / « afin de donner au Comité des avis au sujet de l'application »: advice, while "to advise the Commission
    # accordingly" (A/RES/79/118 operative 3, above) informs it.
    assert _reports(shared_corpus, "76_100", "9") == {"en": [], "fr": []}


def test_a_report_sent_on_by_a_pronoun_goes_where_it_is_sent(shared_corpus):
    # A/RES/77/7 operative 4: "…to prepare a report on the implementation of the present resolution … and to submit it
    # to the General Assembly at its seventy-eighth session" / « …d'établir un rapport sur l'application de la présente
    # résolution … et de le lui présenter à sa soixante-dix-huitième session »: one report, to the Assembly, due then.
    assert _reports(shared_corpus, "77_7", "4") == {"en": ["general-assembly"], "fr": ["general-assembly"]}
    for lang, sub in (("en", "English"), ("fr", "French")):
        path = next((shared_corpus / "akn/77session" / sub).glob(f"A_RES_77_7-*{sub[0]}.xml"))
        paragraph = next(p for p in read_akn(path.read_bytes(), path=str(path)).main.operative if p.number == "4")
        deliverables = [d for c in paragraph.actions if c.mandates for d in c.mandates.deliverables]
        assert [(d.kind, d.due_session.value if d.due_session else None) for d in deliverables] == [("report", 78)]


@pytest.mark.parametrize("symbol, number", [
    # The kinds5 round (2026-12-02), English report extras of sessions 79-80 French reads as none:
    # "the freedom to seek, receive and impart information and ideas" / « le droit de chercher, de recevoir et de
    # répandre … les informations »: a freedom, no information to deliver.
    ("80_222", "19"),
    ("80_223", "7 (m)"),
    # "Member States are able to present their evaluations and seek information equally in any of the six official
    # languages": information sought by others.
    ("80_234", "48"),
    # "to provide access to information on proper skin and eye care": access to information is a service.
    ("80_177", "9"),
    # "to include education and information regarding the absolute prohibition of torture … in the training of law
    # enforcement personnel" / « inclure l'éducation et l'information … dans la formation ».
    ("80_198", "15"),
    # "to provide newly arrived migrants with … comprehensive information and legal guidance on their rights".
    ("80_218", "20"),
    ("80_185", "33"),
    # "protection for victims of, witnesses to and others who provide information in relation to crimes": the witnesses'
    # information, no task.
    ("80_160", "12 (c)"),
    # "Requests the Secretary-General to update the search and retrieval tools" / « de mettre à jour les outils de
    # recherche »: the verb of the task, not an update asked for.
    ("80_242", "24"),
    # "mechanisms for journalists to report online and offline attacks and threats against them" / « permettant aux
    # journalistes de dénoncer les agressions »; "mechanisms which allow migrants to report alleged cases of abuse":
    # reporting an abuse is denouncing it, no report to a body.
    ("80_217", "15 (h)"),
    ("80_218", "4 (a)"),
])
def test_information_as_a_freedom_or_service_and_abuses_reported_are_no_report(shared_corpus, symbol, number):
    reports = _reports(shared_corpus, symbol, number)
    assert reports["en"] == reports["fr"] == []


def test_updating_member_states_stays_a_report(shared_corpus):
    # A/RES/80/149 operative 27: "requests the latter to update Member States on progress" (the verb "update" of a task,
    # now read only by the branch of informing someone) still sends a report to Member States.
    assert _reports(shared_corpus, "80_149", "27")["en"] == ["member-states"]


@pytest.mark.parametrize("symbol, number", [
    # "requests the Secretary-General to further report on and to explore ways to strengthen these … information
    # centres" / « de rendre compte des moyens de renforcer ces centres »: "further" between "to" and "report".
    ("80_84AB", "68"),
    # "Requests the Secretary-General to update the technical report listing … the references to the articles": a report
    # updated is a report to deliver (English only: French reads « de mettre à jour le rapport technique » as none but
    # finds the material to « présenter » later in the paragraph).
    ("80_159", "5"),
])
def test_a_report_further_made_or_updated_is_a_report(shared_corpus, symbol, number):
    assert _reports(shared_corpus, symbol, number)["en"]
