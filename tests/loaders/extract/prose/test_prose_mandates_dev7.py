"""Mandate links (and the meetings they name) read in real sentences, English and French: the
passages of the seventh development set (benchmarks/labelled/prose-dev7.yaml, the former third
held-out set, which keeps their source), and a few from the other sets and the corpus."""

from collections.abc import Callable

import pytest

from tests.loaders.extract.conftest import _texts_of

CWG = "new:itu council working group on international internet-related public policy issues"


@pytest.fixture(scope="module")
def dev7_text() -> Callable[[str], str]:
    return _texts_of("prose-dev7.yaml")


def test_a_group_created_by_a_council_resolution_under_two_conference_resolutions_en(dev7_text, facts):
    # "The ITU Council Working Group on international Internet-related public policy issues (CWG-Internet) will hold
    # ... This CWG was established as a separate group by Council Resolution 1336, in accordance with Resolutions 102
    # and 140 of the 2010 Plenipotentiary Conference."
    found = {f for f in facts(dev7_text("digwatch-itu-cwg-internet-2015"), "en") if f[1] == "mandatedBy"}
    assert {(CWG, "mandatedBy", "instrument:ITU Council Resolution 1336"),
            (CWG, "mandatedBy", "instrument:ITU PP Resolution 102 (Guadalajara, 2010)"),
            (CWG, "mandatedBy", "instrument:ITU PP Resolution 140 (Guadalajara, 2010)")} <= found
    assert not [f for f in found if f[0] == "new:cwg"]  # "This CWG" is the group its acronym abbreviates


def test_established_as_a_named_group_the_mandate_is_that_group_s_en(dev7_text, facts):
    # "Previously, this group was established as the Dedicated Group as an integral part of WG WSIS, ..., in
    # accordance with Resolution 75 (WTSA, 2008), and Council Resolution 1282 (Mod. 2008)."
    found = {f for f in facts(dev7_text("digwatch-itu-cwg-internet-2015"), "en") if f[1] == "mandatedBy"}
    assert {("new:dedicated group", "mandatedBy", "instrument:ITU WTSA Resolution 75 (Johannesburg, 2008)"),
            ("new:dedicated group", "mandatedBy", "instrument:ITU Council Resolution 1282")} <= found
    assert (CWG, "mandatedBy", "instrument:ITU Council Resolution 1282") not in found


def test_the_present_report_is_the_report_the_cited_resolution_asked_for_fr(dev7_text, facts):
    # "Le présent rapport est soumis en application de la résolution 47/23 du Conseil des droits de l’homme, dans
    # laquelle celui-ci a prié le Haut-Commissariat ... d’établir un rapport sur les modalités ..., et de le lui présenter"
    found = {f for f in facts(dev7_text("reliefweb-hcdh-rapport-47-23"), "fr") if f[1] == "mandatedBy"}
    report = ("new:rapport sur les modalités d’application concrète des principes directeurs relatifs aux entreprises et "
              "aux droits de l’homme aux activités des entreprises technologiques")
    assert found == {(report, "mandatedBy", "instrument:A/HRC/RES/47/23")}


def test_the_present_report_after_a_run_together_front_matter_is_its_title_fr(dev7_text, facts):
    # "... Christof Heyns Le recours aux technologies de l’information et de la communication pour garantir le droit à
    # la vie Résumé Dans le présent rapport, soumis au Conseil des droits de l’homme en application de sa résolution
    # 26/12, ...": the report, not the Council's session or the Council read as names
    found = {f for f in facts(dev7_text("vdocuments-rapporteur-tic-droit-a-la-vie"), "fr") if f[1] == "mandatedBy"}
    title = "new:le recours aux technologies de l’information et de la communication pour garantir le droit à la vie"
    assert found == {(title, "mandatedBy", "instrument:A/HRC/RES/26/12")}


def test_the_initiative_is_the_name_written_before_that_word_in_lower_case_en(dev7_text, facts):
    # "ESCAP member States launched the Asia-Pacific Information Superhighway (AP-IS) initiative ... continue the
    # implementation of the initiative through ..., as mandated in ESCAP resolution 75/7."
    found = {f for f in facts(dev7_text("unescap-apis-resolution-75-7"), "en") if f[1] == "mandatedBy"}
    assert ("new:asia-pacific information superhighway", "mandatedBy", "instrument:E/ESCAP/RES/75/7") in found


def test_this_follows_a_request_made_in_an_instrument_mandates_what_the_sentence_before_names_en(facts):
    # dig.watch (ODET, after 24 December 2024; prose-dev3): "... the Office of the Secretary-General’s Envoy on
    # Technology will transition to a new UN Office for Digital and Emerging Technologies (ODET). This follows a
    # request made by UN member states in the Global Digital Compact (paragraph 72) ..."
    text = _texts_of("prose-dev3.yaml")("digwatch-odet-gdc")
    assert {f for f in facts(text, "en") if f[1] == "mandatedBy"} == {("odet", "mandatedBy", "instrument:A/RES/79/1, annex I")}
    # the same sentence with no request in it is no mandate
    plain = text.replace("This follows a request made by UN member states in", "This was discussed by UN member states in")
    assert {f for f in facts(plain, "en") if f[1] == "mandatedBy"} == set()


def test_a_meeting_of_the_un_body_named_after_it_is_named_as_written_en(facts):
    # globalradaranalytics.com (March 2026; prose-dev7)
    text = "This is why the first meeting of the UN Independent International Scientific Panel on AI matters."
    assert ("new:first meeting of the un independent international scientific panel on ai", "partOf",
            "scientific-panel-ai") in facts(text, "en")


def test_a_resolution_by_which_its_organ_created_an_activity_after_its_date_en_fr(facts):
    # A/RES/77/85 preamble (French): "Rappelant ses résolutions 42/39 D du 30 novembre 1987, par laquelle elle a créé le
    # Centre régional des Nations Unies pour la paix et le désarmement en Asie, et 44/117 F du 15 décembre 1989"
    text = ("Rappelant ses résolutions 42/39 D du 30 novembre 1987, par laquelle elle a créé le Centre régional des "
            "Nations Unies pour la paix et le désarmement en Asie, et 44/117 F du 15 décembre 1989")
    found = {f for f in facts(text, "fr") if f[1] == "mandatedBy"}
    assert [(s, o) for s, _, o in found if s.startswith("new:centre régional")] != []
    assert {o for _, _, o in found} == {"instrument:A/RES/42/39"}
    # A/RES/77/200 preamble: the date and "by which it" stand between the citation and its verb
    from loaders.extract.prose.prose_mandate_cues import MANDATING_VERB
    from loaders.text import fold

    assert MANDATING_VERB.match(fold(" of 15 March 2006, by which it established the Human Rights Council, and"))


def test_a_sentence_opening_on_an_instrument_mandates_what_it_has_convened_en(facts):
    # igf-usa.us ("Tunis Agenda" page; its hard-wrapped lines joined)
    text = ("In the Tunis Agenda (2005) of the UN World Summit on the Information Society (WSIS) heads of states decided "
            "to invite the UN Secretary General to convene a “Internet Governance Forum” (IGF) for a multistakeholder "
            "policy dialogue on Internet issues.")
    assert {f for f in facts(text, "en") if f[1] == "mandatedBy"} == {
        ("new:internet governance forum", "mandatedBy", "instrument:WSIS-05/TUNIS/DOC/6(Rev.1)")}
    discussed = "In the Tunis Agenda (2005), heads of states discussed the Internet Governance Forum."
    assert {f for f in facts(discussed, "en") if f[1] == "mandatedBy"} == set()


def test_created_in_a_year_by_the_council_its_advisory_committee_fr(facts):
    # ungeneva.org (press release, August 2018): the Council's Advisory Committee, not the ACABQ, created under 5/1
    text = ("Le Comité consultatif du Conseil des droits de l’homme tiendra sa vingtième et unième session du 6 au 10 "
            "août 2018 dans la Salle XX du Palais des Nations, à Genève.\nCréé en 2008 par le Conseil des droits de "
            "l'homme (résolution 5/1) et composé de dix-huit experts siégeant à titre individuel, le Comité consultatif "
            "fait fonction de groupe de réflexion pour le Conseil : il lui fournit, à sa demande, des services d'experts.")
    found = facts(text, "fr")
    assert ("new:comité consultatif", "mandatedBy", "instrument:A/HRC/RES/5/1") in found
    assert not [f for f in found if "acabq" in f]
