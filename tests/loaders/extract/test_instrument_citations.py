"""Instruments cited in real prose (loaders/extract/instrument_citations.py)."""

from loaders.extract.instrument_citations import find_citations


def test_the_gdc_and_the_tunis_agenda_are_named_instruments():
    # digitalcooperationfund.org; intgovforum.org; whm.intgovforum.org/fr/about
    assert [c.symbol for c in find_citations("Through the adoption of the GDC, Member States committed to")] == \
        ["A/RES/79/1, annex I"]
    assert [c.symbol for c in find_citations("issuing from the Tunis Agenda in WSIS’s second phase")] == \
        ["WSIS-05/TUNIS/DOC/6(Rev.1)"]
    assert [c.symbol for c in find_citations("aux paragraphes 72 à 78 de l'Agenda de Tunis")] == \
        ["WSIS-05/TUNIS/DOC/6(Rev.1)"]


def test_a_resolution_number_in_brackets_after_its_adoption_date_fr():
    text = "Dans le résolution adoptée par l'Assemblée générale des Nations Unies le 16 décembre 2015 (70/125)"
    assert [c.symbol for c in find_citations(text)] == ["A/RES/70/125"]


def test_an_itu_council_resolution_has_four_digits_fr():
    text = "conformément à la Résolution 75 (Johannesburg, 2008) de l'AMNT et à la Résolution 1282 (Mod. 2008) du Conseil"
    assert [c.symbol for c in find_citations(text)] == ["ITU WTSA Resolution 75 (Johannesburg, 2008)",
                                                         "ITU Council Resolution 1282"]


def test_a_number_in_brackets_without_a_resolution_is_no_citation():
    assert find_citations("les 40 membres (20/20) du groupe") == []
