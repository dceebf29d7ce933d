"""Mandate links read in real prose, English and French (loaders/extract/prose/prose_mandates.py).
Passages are quoted from benchmarks/labelled/prose-passages.yaml, which keeps their source."""

import pytest

from loaders.extract.prose.prose import extract_prose
from loaders.registry import load_registry

DIALOGUE, PANEL = "global-dialogue-ai-governance", "scientific-panel-ai"
COMPACT, TUNIS = "instrument:A/RES/79/1, annex I", "instrument:WSIS-05/TUNIS/DOC/6(Rev.1)"


def test_a_resolution_adopted_on_a_date_that_established_two_mechanisms_en(passage, facts):
    # "General Assembly resolution 79/325, adopted in August 2025, established two complementary mechanisms ..."
    found = facts(passage("ungeneva-dg-geneva-dialogue-2025"), "en")
    assert {(DIALOGUE, "mandatedBy", "instrument:A/RES/79/325"), (PANEL, "mandatedBy", "instrument:A/RES/79/325")} <= found
    assert not [f for f in found if f[0].startswith("edition:")]  # the adoption date is the resolution's, no event's


def test_following_a_commitment_made_in_the_compact_but_not_the_pact_it_is_part_of_en(passage, facts):
    # "... established by the UN General Assembly resolution A/RES/79/325 on August 26, 2025, following a
    # commitment made in the Global Digital Compact, which was adopted as part of the Pact for the Future"
    found = facts(passage("prepdose-scientific-panel"), "en")
    assert {(PANEL, "mandatedBy", "instrument:A/RES/79/325"), (PANEL, "mandatedBy", COMPACT)} <= found
    assert (PANEL, "mandatedBy", "instrument:A/RES/79/1") not in found
    assert (PANEL, "createdBy", "general-assembly") not in found  # "General Assembly resolution" names a resolution


def test_member_states_committed_in_the_gdc_to_establish_the_panel_and_the_dialogue_en(passage, facts):
    found = facts(passage("digital-cooperation-fund-ai-governance"), "en")
    assert {(PANEL, "mandatedBy", COMPACT), (DIALOGUE, "mandatedBy", COMPACT)} <= found


def test_a_forum_issuing_from_the_tunis_agenda_en(passage, facts):
    assert facts(passage("intgovforum-igf20-review"), "en") == {("new:internet governance forum", "mandatedBy", TUNIS)}


def test_a_mandate_defined_by_the_tunis_agenda_and_extended_by_a_resolution_fr(passage, facts):
    # "... (70/125) 'Document final ... Sommet mondial sur la société de l'information", le mandat actuel du FGI,
    # tel qu'il est défini aux paragraphes 72 à 78 de l'Agenda de Tunis, a été prolongé de 10 ans."
    found = {f for f in facts(passage("intgovforum-about-fr"), "fr") if f[1] == "mandatedBy"}
    igf = "new:forum sur la gouvernance de l'internet"
    assert found == {(igf, "mandatedBy", "instrument:A/RES/70/125"), (igf, "mandatedBy", TUNIS)}


def test_in_accordance_with_two_itu_resolutions_one_of_the_council_fr(passage, facts):
    # "conformément à la Résolution 75 (Johannesburg, 2008) de l'AMNT et à la Résolution 1282 (Mod. 2008) du Conseil,
    # le Groupe spécialisé sur les questions de politiques publiques relatives à l'Internet est chargé ..."
    group = "new:groupe spécialisé sur les questions de politiques publiques relatives à l'internet"
    assert facts(passage("itu-council-internet-group-fr"), "fr") == {
        (group, "mandatedBy", "instrument:ITU WTSA Resolution 75 (Johannesburg, 2008)"),
        (group, "mandatedBy", "instrument:ITU Council Resolution 1282")}


def test_the_subject_of_a_cited_resolution_is_not_mandated_by_it_fr(seed, facts):
    # "Conformément à la Résolution 80/173 de l'Assemblée générale sur l'examen ... des textes issus du SMSI+20,
    # le Groupe GTI-IA est chargé ..."
    found = facts(seed("003"), "fr")
    assert ("iawg-ai", "mandatedBy", "instrument:A/RES/80/173") in found
    assert not [f for f in found if f[2] == "instrument:A/RES/80/173" and f[0] != "iawg-ai"]


# ---- Mandate cues on the second development set (benchmarks/labelled/prose-dev2.yaml)
def test_advancing_the_implementation_of_the_pact_and_the_compact_en(dev2_passage, facts):
    # "The AI Skills Coalition is advancing the implementation of the United Nations’ Pact for the Future and
    # Global Digital Compact, ..."
    found = facts(dev2_passage("thisdaylive-coalition-compact"), "en")
    assert found == {("ai-skills-coalition", "mandatedBy", "instrument:A/RES/79/1"),
                     ("ai-skills-coalition", "mandatedBy", "instrument:A/RES/79/1, annex I")}


def test_the_dialogue_established_by_a_resolution_a_paragraph_after_its_first_edition_is_the_series_en(dev2_passage, facts):
    # "The inaugural Global Dialogue on AI Governance takes place July 6-7, 2026 ...\n\nThis is not a one-off summit.
    # The Dialogue was established by UN General Assembly Resolution A/RES/79/325, ..."
    found = facts(dev2_passage("vectrel-dialogue-2026"), "en")
    assert ("global-dialogue-ai-governance", "mandatedBy", "instrument:A/RES/79/325") in found
    assert ("global-dialogue-2026", "mandatedBy", "instrument:A/RES/79/325") not in found


def test_created_under_the_tunis_agenda_names_the_forum_once_with_its_english_alias_fr(dev2_passage, facts):
    # "Le Forum sur la gouvernance de l'Internet (en anglais, Internet Governance Forum ou IGF) a été créé selon les
    # directives établies par l'Agenda de Tunis"
    found = facts(dev2_passage("defzone-fgi-tunis-fr"), "fr")
    assert found == {("new:forum sur la gouvernance de l'internet", "mandatedBy", "instrument:WSIS-05/TUNIS/DOC/6(Rev.1)")}


def test_a_response_to_a_mandate_given_in_an_instrument_is_mandated_by_it_and_the_panel_is_the_one_named_before_en(facts):
    # app.com.pk (5 February 2026; dev3): "the panel" of the second paragraph is the Panel named in the first
    text = ("UN Secretary-General Antonio Guterres Wednesday announced the launch of a 40-member Independent "
            "International Scientific Panel on Artificial Intelligence (AI), which includes Pakistani expert Bilal Mateen."
            "\n\nThe UN chief told reporters at UN Headquarters in New York that the panel “is a direct response to the "
            "mandate given by Member States in the Pact for the Future to strengthen multilateral solutions.”")
    assert ("scientific-panel-ai", "mandatedBy", "instrument:A/RES/79/1") in facts(text, "en")


def test_a_summit_launched_following_a_general_assembly_resolution_en(dev4_passage, facts):
    # "Following the United Nations General Assembly resolution adopted in December 2001 (Resolution 56/183), a World
    # Summit on the Information Society (WSIS) was launched, ..."
    found = facts(dev4_passage("digwatch-wsis-resolution-56-183"), "en")
    assert ("new:world summit on the information society", "mandatedBy", "instrument:A/RES/56/183") in found


def test_a_mandate_detailed_in_a_paragraph_of_the_tunis_agenda_en(dev4_passage, facts):
    # "The IGF mandate is detailed in paragraph 72 of the Tunis Agenda for the Information Society."
    found = facts(dev4_passage("digwatch-igf-athens-2006"), "en")
    assert {("new:internet governance forum", "mandatedBy", "instrument:WSIS-05/TUNIS/DOC/6(Rev.1)"),
            ("new:internet governance forum", "mandatedBy", "paragraph:WSIS-05/TUNIS/DOC/6(Rev.1):72")} <= found


def test_a_resolution_adopted_after_a_meeting_mandates_nothing_en(facts):
    # a resolution named after an event, with no cue tying them: no mandate link
    text = ("The Forum met in Geneva in May 2024. The General Assembly later adopted resolution 78/311 on capacity-building "
            "in artificial intelligence.")
    assert not [f for f in facts(text, "en") if f[1] == "mandatedBy"]


def test_instruments_that_recognise_the_work_of_a_group_recognise_it_without_mandating_it_fr(seed, facts):
    # "Les résolutions adoptées par les États Membres reconnaissent les travaux du Groupe GTI-IA (la Résolution 101
    # (New Delhi, 2024) de l'AMNT, la Décision 220 EX/41 de l'UNESCO et la Résolution 91 (Bakou, 2025) de la CMDT, ...)."
    found = facts(seed("003"), "fr")
    assert {("iawg-ai", "recognizedBy", "instrument:ITU WTSA Resolution 101 (New Delhi, 2024)"),
            ("iawg-ai", "recognizedBy", "instrument:UNESCO 220 EX/41"),
            ("iawg-ai", "recognizedBy", "instrument:ITU WTDC Resolution 91 (Baku, 2025)")} <= found
    assert not [f for f in found if f[0] == "iawg-ai" and f[1] == "mandatedBy" and "220 EX/41" in f[2]]


def test_launched_in_a_resolution_is_mandated_by_it_en(facts):
    # prose-dev6 (iins.org): "The TFM was officially launched in UN General Assembly resolution 70/1 in September 2015,
    # which called on the President of the UN Economic and Social Council (ECOSOC) to convene the STI Forum once a year"
    sentence = ("The TFM was officially launched in UN General Assembly resolution 70/1 in September 2015, which called "
                "on the President of the UN Economic and Social Council (ECOSOC) to convene the STI Forum once a year to "
                "discuss cooperation on STI around thematic areas for the implementation of the SDGs.")
    assert ("new:tfm", "mandatedBy", "instrument:A/RES/70/1") in facts(sentence, "en")



# prose-dev6 (IISD): the Addis Ababa Action Agenda "established a Technology Facilitation Mechanism (TFM) ... composed
# of ... a collaborative Multi-stakeholder Forum on Science, Technology and Innovation for the SDGs", and "The TFM was
# officially launched in UN General Assembly resolution 70/1".
def test_an_instrument_establishing_an_activity_mandates_its_object_and_the_acronym_is_the_known_activity(dev6_passage, facts):
    found = {f for f in facts(dev6_passage("iins-tfm-addis-70-1"), "en") if f[1] == "mandatedBy"}
    tfm = "technology-facilitation-mechanism"
    assert {(tfm, "mandatedBy", "instrument:A/RES/69/313, annex"), (tfm, "mandatedBy", "instrument:A/RES/70/1")} <= found
    forum = "new:multi-stakeholder forum on science, technology and innovation for the sdgs"
    assert (forum, "mandatedBy", "instrument:A/RES/69/313, annex") not in found  # a part of the object, not its object
    assert not [f for f in found if f[0] == "new:tfm"]


# prose-dev6 (Devex): "In line with the areas of responsibility outlined in the Secretary-General’s Roadmap on Digital
# Cooperation, the Office of the Secretary-General’s Envoy on Technology focuses on the following key areas".
def test_the_office_a_fronted_mandate_adverbial_opens_the_sentence_with_is_mandated(dev6_passage, facts):
    found = {f for f in facts(dev6_passage("devex-envoy-roadmap"), "en") if f[1] == "mandatedBy"}
    assert found == {("envoy-on-technology", "mandatedBy", "instrument:A/74/821")}


# prose-dev6 (OHCHR): "Conformément à la résolution 53/3 du Conseil des droits de l'homme, le Groupe de travail des
# Nations unies sur la question des droits de l'homme et des sociétés transnationales ... présentera un rapport
# thématique à la 59e session du Conseil ... Comme indiqué dans la résolution 17/4, le Groupe de travail est chargé de".
def test_a_bare_resolution_after_a_council_resolution_is_the_councils_and_the_fronted_subject_is_mandated_fr(dev6_passage, facts):
    found = {f for f in facts(dev6_passage("ohchr-gt-entreprises-ia-fr"), "fr") if f[1] == "mandatedBy"}
    assert {instrument for _, _, instrument in found} == {"instrument:A/HRC/RES/53/3", "instrument:A/HRC/RES/17/4"}
    assert not [f for f in found if "session" in f[0]]  # the session the report goes to is no mandated subject


# prose-dev6 (UN press release, FR): "... a pris note ... du rapport du Secrétaire général relatif aux technologies de
# l’information et des communications au service du développement*.  Ce rapport est présenté en application de la
# résolution 57/295 de l’Assemblée générale relative à ... sous l’égide du Conseil de coordination des chefs de secrétariat"
def test_this_report_is_the_report_of_the_secretary_general_named_before_fr(dev6_passage, facts):
    found = {f for f in facts(dev6_passage("pressun-rapport-tic-57-295-fr"), "fr") if f[1] == "mandatedBy"}
    report = ("new:rapport du secrétaire général relatif aux technologies de l’information et des communications au "
              "service du développement")
    assert found == {(report, "mandatedBy", "instrument:A/RES/57/295")}  # not the board the resolution's title names


# prose-dev5 (IFACCA): "Draft Recommendation on the Ethics of Artificial Intelligence ... This document is presented in
# compliance with 40 C/Resolution 37, in which the General Conference invited the Director-General to submit ..."
def test_this_document_is_what_the_heading_names_en(dev5_passage, facts):
    found = {f for f in facts(dev5_passage("ifacca-draft-recommendation-ethics-ai"), "en") if f[1] == "mandatedBy"}
    assert found == {("new:draft recommendation on the ethics of artificial intelligence", "mandatedBy",
                      "instrument:UNESCO 40 C/Resolution 37")}


# prose-dev5 (WSIS Forum 2024 session 537): "The General Assembly (GA) resolution A/70/125, adopted on 16 December 2015,
# called for a high-level meeting in 2025 to review the overall implementation of the outcomes of the World Summit on
# the Information Society (WSIS), known as WSIS+20 Review."
def test_what_a_resolution_called_for_is_the_name_known_as_not_the_summit_it_reviews_en(dev5_passage, facts):
    found = {f for f in facts(dev5_passage("wsisforum2024-session-537-astana"), "en") if f[1] == "mandatedBy"}
    assert found == {("new:wsis+20 review", "mandatedBy", "instrument:A/RES/70/125")}


# prose-dev3 (Third World Network): "The UN Human Rights Council (HRC)’s Advisory Committee ... The Advisory Committee,
# comprised of 18 independent experts, was established in 2008, pursuant to resolution 5/1 to provide studies".
def test_a_body_said_to_be_established_pursuant_to_a_council_resolution_is_mandated_by_it_en(dev3_passage, facts):
    found = {f for f in facts(dev3_passage("twn-hrc-advisory-committee-2025"), "en") if f[1] == "mandatedBy"}
    assert {instrument for _, _, instrument in found} == {"instrument:A/HRC/RES/5/1"}
    assert len(found) == 1


# The ways UN pages write where an activity's mandate comes from, beyond the labelled sets' sentences: an organ acting
# "in its resolution", a request, "under"/"as per"/"through" a resolution, "created in", "stems from", an organ's
# mandate in apposition. Each sentence is written in the UN's own phrasing (news and UN pages: "Under the resolution
# approved Tuesday, the Independent International Scientific Panel ... will", "at the request of Kiribati (A/56/144)").
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "In its resolution 79/325, the General Assembly established the Independent International Scientific Panel "
           "on Artificial Intelligence.", {("scientific-panel-ai", "instrument:A/RES/79/325")}),
    ("fr", "Par sa résolution 79/325, l'Assemblée générale a créé le Dialogue mondial sur la gouvernance de l'IA.",
     {("global-dialogue-ai-governance", "instrument:A/RES/79/325")}),
    ("fr", "Dans sa résolution 79/325, l'Assemblée générale a décidé de créer le Groupe scientifique international "
           "indépendant sur l'IA.", {("scientific-panel-ai", "instrument:A/RES/79/325")}),
    ("en", "The Internet Governance Forum was convened at the request of the General Assembly (resolution 70/125).",
     {("new:internet governance forum", "instrument:A/RES/70/125")}),
    ("fr", "À la demande de l'Assemblée générale (résolution 70/125), le Forum sur la gouvernance de l'Internet s'est réuni.",
     {("new:forum sur la gouvernance de l'internet", "instrument:A/RES/70/125")}),
    ("en", "Under resolution 76/307, the Summit of the Future was held in New York.",
     {("new:summit of the future", "instrument:A/RES/76/307")}),
    ("en", "The Global Dialogue on AI Governance was set up through resolution 79/325.",
     {("global-dialogue-ai-governance", "instrument:A/RES/79/325")}),
    ("en", "The Digital Cooperation Office, created in resolution 79/1, supports the Compact.",
     {("new:digital cooperation office", "instrument:A/RES/79/1")}),
    ("en", "The Global Dialogue on AI Governance stems from the Global Digital Compact.",
     {("global-dialogue-ai-governance", COMPACT)}),
    ("en", "The Commission on Science and Technology for Development, as mandated by ECOSOC resolution 2006/46, held its "
           "session.", {("cstd", "instrument:E/RES/2006/46")}),
    ("en", "The General Assembly, by its resolution 79/325, established the Independent International Scientific Panel on "
           "Artificial Intelligence.", {("scientific-panel-ai", "instrument:A/RES/79/325")}),
    ("en", "The Global Dialogue on AI Governance was established pursuant to paras. 56-58 of the Global Digital Compact.",
     {(DIALOGUE, COMPACT)}),  # a range of paragraphs: the instrument, no one paragraph
    ("en", "The Digital Public Infrastructure Safeguards Initiative implements paragraph 21 of the Global Digital Compact.",
     {("new:digital public infrastructure safeguards initiative", COMPACT),
      ("new:digital public infrastructure safeguards initiative", "paragraph:A/RES/79/1, annex I:21")}),
    ("fr", "Le Groupe scientifique international indépendant sur l'IA, créé en vertu de la résolution 79/325, a tenu sa "
           "première réunion.", {(PANEL, "instrument:A/RES/79/325")}),  # the Panel, not the meeting it held
    ("en", "On the basis of resolution 79/325, the Global Dialogue on AI Governance was launched.",
     {(DIALOGUE, "instrument:A/RES/79/325")}),
    ("fr", "Dans le cadre de la résolution 70/125, le Forum sur la gouvernance de l'Internet se réunit chaque année.",
     {("new:forum sur la gouvernance de l'internet", "instrument:A/RES/70/125")}),
    ("en", "The WSIS Forum is organized within the framework of the Tunis Agenda.", {("wsis-forum", TUNIS)}),
    ("en", "The General Assembly, in its resolution 70/125, requested the Secretary-General to convene the Internet "
           "Governance Forum.", {("new:internet governance forum", "instrument:A/RES/70/125")}),
    ("fr", "Dans sa résolution 70/125, l'Assemblée générale a prié le Secrétaire général de convoquer le Forum sur la "
           "gouvernance de l'Internet.", {("new:forum sur la gouvernance de l'internet", "instrument:A/RES/70/125")}),
    ("fr", "Le Forum sur la gouvernance de l'Internet, tel que prévu par l'Agenda de Tunis, se réunit chaque année.",
     {("new:forum sur la gouvernance de l'internet", TUNIS)}),
    ("fr", "Au titre de la résolution 79/325, le Dialogue mondial sur la gouvernance de l'IA se tiendra à Genève.",
     {(DIALOGUE, "instrument:A/RES/79/325")}),
    ("en", "In furtherance of resolution 79/325, the Global Dialogue on AI Governance will meet in Geneva.",
     {(DIALOGUE, "instrument:A/RES/79/325")}),
])
def test_an_organs_resolution_a_request_and_a_resolution_under_which_an_activity_works(text, lang, expected):
    registry = load_registry()
    assert {(f.subject.key, f.object.key) for f in extract_prose(text, lang, registry).facts if f.predicate == "mandatedBy"} == expected


@pytest.mark.parametrize("text", [
    "This item was included in the provisional agenda of the fifty-sixth session, at the request of Kiribati (A/56/144, annex).",
    "In its resolution 78/311, the General Assembly welcomed the work of the Internet Governance Forum.",
    "The Internet Governance Forum drew on the basis of many reports, among them the one on resolution 70/125.",
    # prose-dev4 (International Diplomat): the world implements the Compact, not the Summit named after it
    "The milestone gathering comes as the world accelerates efforts to implement the Global Digital Compact and reflects "
    "on progress since the World Summit on the Information Society (WSIS+20).",
])
def test_a_request_for_an_agenda_item_and_an_organ_welcoming_an_activity_mandate_nothing(text):
    assert not [f for f in extract_prose(text, "en", load_registry()).facts if f.predicate == "mandatedBy"]
