"""An acronym a text defines after a name the registry knows is that entity
(loaders/extract/prose/prose_acronyms.py); real sentence from benchmarks/labelled/prose-dev6.yaml."""

from loaders.extract.prose.prose_names import read_names
from loaders.registry import load_registry


def test_the_acronym_defined_after_a_known_mechanism_names_it_wherever_it_is_written(dev6_passage):
    text = dev6_passage("iins-tfm-addis-70-1")
    names = read_names(text, "en", load_registry())
    tfm = [text[f.start:f.end] for f in names.activities if f.term.key == "technology-facilitation-mechanism"]
    assert tfm == ["Technology Facilitation Mechanism", "TFM"]
    assert "new:tfm" not in {f.term.key for f in names.activities}


def test_a_list_of_capitalised_words_with_commas_stays_in_the_name(dev6_passage):
    text = dev6_passage("iins-tfm-addis-70-1")
    labels = {f.term.label for f in read_names(text, "en", load_registry()).activities if f.term.entity is None}
    assert "Multi-stakeholder Forum on Science, Technology and Innovation for the SDGs" in labels


def test_a_lower_case_complement_runs_to_the_acronym_defined_for_the_whole_name_en():
    # dig.watch (ITU CWG-Internet open consultation, 2015)
    from loaders.extract.prose.prose_acronyms import complement_to_acronym

    text = "The ITU Council Working Group on international Internet-related public policy issues (CWG-Internet) will hold"
    start, end = text.index("ITU"), text.index(" on international")
    assert text[start:complement_to_acronym(text, start, end)].endswith("public policy issues")
    other = "The Advisory Board on the use of data (OECD) met"  # an acronym that is not the name's
    assert complement_to_acronym(other, other.index("Advisory"), other.index(" on the use")) is None


def test_an_acronym_used_undefined_is_the_registry_activity_whose_initials_it_spells_en():
    # globalradaranalytics.com (March 2026): the Panel named in full, then only by an acronym the text never defines
    from loaders.extract.prose.prose_names import read_names
    from loaders.registry import load_registry

    text = ("This is why the first meeting of the UN Independent International Scientific Panel on AI matters.\n\n"
            "The IISPAI was formally established by General Assembly resolution A/RES/79/325 of 26 August 2025.")
    found = read_names(text, "en", load_registry()).activities
    assert [f.term.key for f in found if text[f.start:f.end] == "IISPAI"] == ["scientific-panel-ai"]
    other = "The Internet Governance Forum met. The IISPAI was established in 2025."  # spells no name before it
    assert [f.term.key for f in read_names(other, "en", load_registry()).activities
            if other[f.start:f.end] == "IISPAI"] in ([], ["new:iispai"])


def test_a_name_runs_to_the_short_name_given_it_in_brackets_fr(dev6_passage, facts):
    # ohchr.org (call for input, January 2025; prose-dev6): "... le Groupe de travail des Nations unies sur la question
    # des droits de l'homme et des sociétés transnationales et autres entreprises (le Groupe de travail) présentera ..."
    group = ("new:groupe de travail des nations unies sur la question des droits de l'homme et des sociétés "
             "transnationales et autres entreprises")
    assert (group, "mandatedBy", "instrument:A/HRC/RES/17/4") in facts(dev6_passage("ohchr-gt-entreprises-ia-fr"), "fr")
    from loaders.extract.prose.prose_acronyms import run_to_short_name

    other = "le Groupe de travail sur la question et des sociétés (la Commission) a"  # a short name of another head
    assert run_to_short_name(other, 0, other.index(" et des"), "Groupe") is None


def test_an_acronym_and_a_head_name_the_quoted_activity_holding_that_acronym_en(heldout4_passage, facts):
    # prose-heldout4 (escwa-arab-igf-beirut-conference-2012): 'The consensus of the Arab IGF was the outcome of the
    # "Conference and Public Consultations to Establish the Arab Internet Governance Forum (IGF)" which was held from 31
    # January to 1 February 2012, in Beirut ... The IGF Conference was jointly convened by UN-ESCWA, LAS and ...'
    found = facts(heldout4_passage("escwa-arab-igf-beirut-conference-2012"), "en")
    conference = "new:conference and public consultations to establish the arab internet governance forum (igf)"
    assert {(conference, "organiser", "escwa"), (conference, "organiser", "new:league of arab states"),
            (conference, "partner", "new:kuwait information technology society")} <= found
    assert not [f for f in found if f[0] == "new:igf conference"]
