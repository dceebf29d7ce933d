"""Prose cites instruments by the names the corpus's footnotes give them (the mined table in
corpus/registry/instrument_names.yaml), in English and French, whatever the spacing."""

from __future__ import annotations

import pytest

from loaders.extract.prose.instrument_citations import find_citations
from loaders.extract.prose.instrument_names import instrument_type, named_instruments


@pytest.mark.parametrize(("text", "symbol", "quoted"), [
    # prose-dev4 (dig.watch, OHCHR's HRDD guidance): the report's title written as one word
    ("as requested by the Secretary-General’s Roadmap for Digital Cooperation and his Call to Action",
     "A/74/821", "Roadmap for Digital Cooperation"),
    ("conformément au Programme de développement durable à l’horizon 2030", "A/RES/70/1",
     "Programme de développement durable à l’horizon 2030"),
    ("in line with the Sendai Framework for Disaster Risk Reduction 2015–2030,", "A/RES/69/283, annex II",
     "Sendai Framework for Disaster Risk Reduction 2015–2030"),
    ("the Secretary-General’s report Our Common Agenda", "A/75/982", "Our Common Agenda"),
    # prose-dev6 (IISD, the Technology Facilitation Mechanism): a conference's outcome named without its conference
    ("The Addis Ababa Action Agenda also established a Technology Facilitation Mechanism (TFM)",
     "A/RES/69/313, annex", "Addis Ababa Action Agenda"),
    # prose-dev6 (Devex, the Office of the Envoy on Technology): "on" written for "for"
    ("In line with the areas of responsibility outlined in the Secretary-General’s Roadmap on Digital Cooperation,",
     "A/74/821", "Roadmap on Digital Cooperation"),
    ("conformément au Programme d’action d’Addis-Abeba,", "A/RES/69/313, annex", "Programme d’action d’Addis-Abeba"),
])
def test_a_named_instrument_is_found_with_its_symbol(text, symbol, quoted):
    [(found, start, end)] = named_instruments(text)
    assert (found, text[start:end]) == (symbol, quoted)


def test_part_of_a_name_is_no_citation():
    assert named_instruments("the 2030 Agenda Summit and the Sendai Framework team") == []


def test_a_named_instrument_is_a_citation_of_prose_with_its_paragraph():
    [citation] = find_citations("as called for in paragraph 12 of the New Urban Agenda")
    assert (citation.symbol, citation.paragraph, citation.instrument_type) == ("A/RES/71/256, annex", "12", "Instrument")


def test_a_whole_resolution_is_a_ga_resolution_and_an_annex_an_instrument():
    assert instrument_type("A/RES/70/1") == "GAResolution"
    assert instrument_type("A/RES/69/313, annex") == "Instrument"
    assert instrument_type("A/74/821") == "Instrument"


def test_a_resolution_s_symbol_written_without_res_is_the_resolution():
    # wsis.org (WSIS Forum 2024, session 537): "The General Assembly (GA) resolution A/70/125, adopted on 16 December
    # 2015, called for a high-level meeting in 2025"; a document's symbol after other words stays as written
    text = "The General Assembly (GA) resolution A/70/125, adopted on 16 December 2015, and the report A/74/821"
    assert [c.symbol for c in find_citations(text)] == ["A/RES/70/125", "A/74/821"]
