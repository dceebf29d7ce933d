"""How each kind of deliverable is written (loaders/extract/operative/deliverable_patterns.py), proven on real operative
paragraphs of the labelled sets: where a verb starts, which gerunds name a document given, how a French agenda
item is named."""

from __future__ import annotations

from loaders.extract.operative.deliverable_patterns import KIND_PATTERNS
from loaders.extract.operative.lexicon import load_lexicon
from loaders.extract.operative.paragraphs import analyse_paragraph
from loaders.registry import load_registry
from loaders.segments import Segment


def kinds(text: str, lang: str) -> list[list[str]]:
    """The kinds of the deliverables of each clause of a paragraph."""
    paragraph = analyse_paragraph(Segment.of(text, 0, len(text)), "operative", "1", 1, lang, load_lexicon(),
                                  load_registry(), {})
    return [[d.kind for d in c.mandates.deliverables] if c.mandates else [] for c in paragraph.actions]


def test_a_gerund_giving_briefing_notes_and_reports_asks_for_a_report(operative_text):
    # "… by providing, in a timely and publicly available manner, …, briefing notes, informal briefings,
    # documents and reports on progress …"
    assert kinds(operative_text("A/RES/76/220#7#en"), "en")[0] == ["report"]


def test_a_gerund_giving_information_to_the_public_is_no_report(operative_text):
    # "… by providing accessible information, social care services and infrastructure"
    assert "report" not in kinds(operative_text("A/RES/80/184#2 (m)#en"), "en")[0]


def test_a_verb_inside_a_capitalised_name_creates_nothing(operative_text):
    # "the United Nations Industrial Development Organization, the World Food Programme": no programme developed.
    assert "programme" not in kinds(operative_text("A/RES/77/117#4#en"), "en")[0]


def test_a_verb_starts_a_word_in_french_too(operative_text):
    # « représentant l’écart positif constaté par rapport au montant » presents no report.
    assert kinds(operative_text("A/RES/79/309#20#fr"), "fr")[0] == ["other"]
    # « des grandes conférences et réunions au sommet tenues sous l’égide »: a noun, not « réunir ».
    assert "meeting" not in kinds(operative_text("A/RES/77/153#38#fr"), "fr")[0]


def test_a_french_question_examined_under_an_agenda_item_of_a_session_is_an_agenda_item(operative_text):
    # « poursuivre l’examen de la question à sa quatre-vingt-unième session, au titre du point de l’ordre du jour
    # intitulé « … » »
    assert "agenda-item" in kinds(operative_text("A/RES/79/267#15#fr"), "fr")[0]


def test_what_something_serves_as_is_no_deliverable(operative_text):
    # "… which shall include consultations with Indigenous Peoples’ representatives … as an input to the
    # intergovernmental process"
    assert kinds(operative_text("A/RES/78/328#2#en"), "en")[0] == ["other"]


def test_processes_in_the_plural_are_a_process(operative_text):
    # "urges Member States to continue to engage in adaptation planning processes"
    assert "process" in kinds(operative_text("A/RES/80/139#22#en"), "en")[1]


def test_a_body_established_by_its_agent_is_one_that_exists(operative_text):
    # "… in conformity with the mandate of the High Commissioner, established by the General Assembly in its
    # resolution 48/141 …": no body created.
    assert kinds(operative_text("A/RES/79/176#21#en"), "en")[0] == ["other"]


def test_a_meeting_said_to_have_been_held_is_not_one_to_hold(operative_text):
    # "Adopts the political declaration of the General Assembly high-level meeting on pandemic prevention,
    # preparedness and response, held on 20 September 2023 …"
    assert kinds(operative_text("A/RES/78/3#1#en"), "en")[0] == ["other"]


def test_an_infinitive_after_a_purpose_continues_the_purpose(operative_text):
    # "Decides to declare 12 February the International Day … in order to raise awareness of the threats … and to
    # enhance international cooperation in this regard"
    assert kinds(operative_text("A/RES/77/243#1#en"), "en")[0] == ["observance"]
    # « … des programmes d’éducation de manière à accroître et à faciliter la participation … »: the same in French.
    assert kinds(operative_text("A/RES/77/52#2#fr"), "fr")[0] == ["programme"]


def test_information_shared_with_a_body_and_options_presented_are_reports(operative_text):
    # "Encourages Member States to share with the United Nations Office on Drugs and Crime, through written
    # contributions, information on promising practices …"
    assert kinds(operative_text("A/RES/77/232#9#en"), "en")[0] == ["report"]
    # "… invites the Secretary-General to present costed and phased options to improve multilingual access …"
    assert kinds(operative_text("A/RES/80/238#11#en"), "en")[1] == ["report"]


def test_preparedness_prepares_nothing(operative_text):
    # "To take measures to empower all women and girls for preparedness in humanitarian emergencies … adequate
    # disposal options for menstrual products": no report.
    assert "report" not in kinds(operative_text("A/RES/80/216#5 (g)#en"), "en")[0]


def test_informing_the_secretary_general_is_a_report(operative_text):
    # "(a) To inform the Secretary-General about possible problems with the standardized reporting system …", a point
    # of "Encourages Member States:" (a point has no verb of its own, so the pattern is read on its text).
    report = dict(KIND_PATTERNS["en"])["report"]
    match = report.search(operative_text("A/RES/80/12#8 (a)#en"))
    assert match is not None and match.group("keep") == "inform the Secretary-General"


def test_a_programme_adopted_approved_or_funded(operative_text):
    # "Adopts the Programme of Action for Landlocked Developing Countries for the Decade 2024–2034 …"
    assert kinds(operative_text("A/RES/79/233#1#en"), "en")[0] == ["programme"]
    # « Approuve en outre le plan-programme du programme 6 (Affaires juridiques) … »
    assert kinds(operative_text("A/RES/77/254#16#fr"), "fr")[0] == ["programme"]
    # "Urges efforts to fund initiatives that integrate women’s full, equal and meaningful participation …"
    assert kinds(operative_text("A/RES/76/305#6#en"), "en")[0] == ["programme"]
    # « … et, s’il y a lieu, de financer des projets spéciaux … »
    assert "programme" in kinds(operative_text("A/RES/77/99#10 (c)#fr"), "fr")[1]


def test_reporting_someone_is_helped_in_is_theirs(operative_text):
    # "Also encourages UN-Habitat to continue to assist countries in monitoring and reporting on the implementation of
    # the New Urban Agenda, …": no report of UN-Habitat's.
    assert "report" not in kinds(operative_text("A/RES/77/173#16#en"), "en")[0]


def test_an_observance_named_as_a_purpose_is_not_one_to_observe(operative_text):
    # "Requests the Secretary-General to bring the present resolution to the attention of all States Members … for
    # appropriate observance of the International Day of Play."
    assert kinds(operative_text("A/RES/78/268#5#en"), "en")[0] == ["other"]


# A/RES/77/103 operative 12 in both languages.
_PROPOSALS = ("Invites the International Law Commission to continue to take measures to enhance its efficiency and "
              "productivity and to consider making proposals to Member States to that end;",
              "Invite la Commission du droit international à continuer de prendre des mesures pour améliorer son "
              "efficacité et sa productivité et à envisager de présenter aux États Membres des propositions à cette fin ;")


def test_proposals_made_or_presented_are_a_report_in_both_languages():
    english, french = kinds(_PROPOSALS[0], "en"), kinds(_PROPOSALS[1], "fr")
    assert "report" in english[0] and english == french


def test_information_shared_among_states_is_no_report_unless_with_a_body_named(operative_text):
    # "… and to share best practices in this regard" (no one named to share with)
    assert "report" not in kinds(operative_text("A/RES/78/286#2#en"), "en")[0]


def test_capacity_building_named_as_a_field_or_purpose_is_no_programme(operative_text):
    # « …notamment par un appui technique et financier au renforcement des capacités… » (A/RES/78/280 4), « …en
    # resserrant la coopération pour aider au renforcement des capacités nationales » (A/RES/79/178 16), « …ainsi que
    # pour renforcer les capacités… » (A/RES/76/201 22), « …en soutenant les programmes d'assistance technique du
    # Haut-Commissariat » (A/RES/80/214 26); "activities relating to capacity-building" (A/RES/78/137 46).
    for paragraph in ("A/RES/78/280#4#fr", "A/RES/79/178#16#fr", "A/RES/76/201#22#fr", "A/RES/80/214#26#fr"):
        assert "programme" not in sum(kinds(operative_text(paragraph), "fr"), []), paragraph
    assert "programme" not in sum(kinds(operative_text("A/RES/78/137#46#en"), "en"), [])


def test_capacity_building_asked_for_is_a_programme():
    # A/RES/76/120 operative 8: « …invite les États Membres à envisager de fournir … une assistance technique ciblée… ».
    text = ("Se félicite des efforts visant à renforcer les capacités des États en matière de droit et de pratique "
            "conventionnels, et invite les États Membres à envisager de fournir, sur demande, une assistance technique "
            "ciblée aux niveaux bilatéral, régional et multilatéral, en particulier aux pays en développement ;")
    assert kinds(text, "fr")[-1] == ["programme"]


def test_consulting_someone_and_reviewing_an_implementation_are_processes(operative_text):
    # A/RES/80/194 operative 21: "Requests the Working Group … to consult States and intergovernmental and
    # non-governmental organizations on the implementation of the present resolution and to report…".
    assert kinds(operative_text("A/RES/80/194#21#en"), "en")[0][:2] == ["process", "report"]
    # A/RES/80/41 operative 2: "…encourages States Parties to the Convention to review its implementation" / « …encourage
    # les États Parties à la Convention à examiner l'application de celle-ci ».
    assert kinds(operative_text("A/RES/80/41#2#en"), "en")[-1] == ["process"]
    assert kinds("Lance un appel à tous les États Membres pour qu’ils envisagent d’adhérer sans tarder à la Convention, et "
                 "encourage les États Parties à la Convention à examiner l’application de celle-ci ;", "fr")[-1] == ["process"]


def test_capacity_building_supported_or_cooperated_on_is_no_programme_in_either_language(shared_corpus):
    # A/RES/79/325 operatives 4 (b) and 9: "…to support artificial intelligence capacity-building…" / « …pour prêter
    # appui au renforcement des capacités d'intelligence artificielle… »; "…international cooperation on artificial
    # intelligence capacity-building…" / « …en matière de renforcement des capacités… »: both texts, one reading.
    from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages
    for number in ("4", "9"):
        for lang, paragraph in _operative_in_both_languages(shared_corpus, "79_325", number).items():
            for part in [paragraph, *paragraph.subparagraphs]:
                found = [d.kind for c in part.actions if c.mandates for d in c.mandates.deliverables]
                assert "programme" not in found, (lang, part.number)


def test_providing_technical_assistance_is_still_a_programme(operative_text):
    # A/RES/80/227 operative 12: "…to cooperate with each other in providing technical assistance in relation to…".
    assert kinds(operative_text("A/RES/80/227#12#en"), "en")[0] == ["programme"]
