"""ITU resolutions cited in real prose, with or without their conference
(loaders/extract/prose/itu_citations.py, through loaders/extract/prose/instrument_citations.py)."""

from loaders.extract.prose.instrument_citations import find_citations
from loaders.extract.prose.itu_citations import conference_city


def _cited(text: str) -> list[tuple[str, str]]:
    return [(c.symbol, text[c.start:c.end]) for c in find_citations(text)]


def test_resolutions_of_a_conference_named_after_them_with_its_year_en():
    # dig.watch (ITU CWG-Internet open consultation, 2015)
    text = ("This CWG was established as a separate group by Council Resolution 1336, in accordance with Resolutions "
            "102 and 140 of the 2010 Plenipotentiary Conference.")
    assert [s for s, _ in _cited(text)] == ["ITU Council Resolution 1336", "ITU PP Resolution 102 (Guadalajara, 2010)",
                                            "ITU PP Resolution 140 (Guadalajara, 2010)"]


def test_a_resolution_with_its_conference_and_year_in_brackets_en():
    # dig.watch (ITU CWG-Internet open consultation, 2015)
    text = ("Previously, this group was established as the Dedicated Group as an integral part of WG WSIS, open only to "
            "all Member States, in accordance with Resolution 75 (WTSA, 2008), and Council Resolution 1282 (Mod. 2008).")
    assert _cited(text) == [("ITU WTSA Resolution 75 (Johannesburg, 2008)", "Resolution 75 (WTSA, 2008)"),
                            ("ITU Council Resolution 1282", "Council Resolution 1282")]


def test_bare_resolutions_in_a_text_about_itu_take_the_conference_named_before_en():
    # dig.watch (25th meeting of the Council Working Group on WSIS, 2014)
    text = ("The Council Working Group on WSIS (WG-WSIS) was created in 2002 (see Resolution 1196). In November 2006, "
            "PP 06 endorsed the relevant work already undertaken and/or to be carried out by ITU in implementing the WSIS "
            "outcomes, under the aegis of WG-WSIS. (Res. 140).")
    assert _cited(text) == [("ITU Council Resolution 1196", "Resolution 1196"),
                            ("ITU PP Resolution 140 (Antalya, 2006)", "Res. 140")]


def test_a_resolution_with_its_city_and_year_only_is_of_the_conference_that_met_there_en():
    text = "ITU Resolution 70 (Rev. Dubai, 2012) on gender mainstreaming in ITU"
    assert [s for s, _ in _cited(text)] == ["ITU WTSA Resolution 70 (Dubai, 2012)"]
    assert conference_city("PP", 2022) == "Bucharest" and conference_city("PP", 2023) is None


def test_the_conference_before_the_number_with_its_city_en():
    # publicadministration.desa.un.org (WSIS+20 reviews by the United Nations system, 2025)
    text = "Through its Plenipotentiary Conference Resolution 140 (Bucharest, 2022), ITU is to:"
    assert _cited(text) == [("ITU PP Resolution 140 (Bucharest, 2022)",
                             "Plenipotentiary Conference Resolution 140 (Bucharest, 2022)")]


def test_no_conference_no_itu_no_citation():
    assert find_citations("the Security Council adopted resolution 1325 and ITU welcomed it") == []
    assert find_citations("see resolution 12 on page 4") == []  # a text that names no ITU conference
    assert find_citations("Resolution 140 of the Assembly") == []
