"""Studies named by their subject, each mandated by the instrument in brackets after it
(loaders/extract/prose/prose_studies.py), on passages of the development sets (prose-dev3.yaml,
prose-dev6.yaml, which keep their source)."""


def _mandates(found: set) -> set:
    return {f for f in found if f[1] == "mandatedBy"}


def test_two_studies_mandated_each_by_its_resolution_en(dev6_passage, facts):
    # miragenews.com (OHCHR, HRC Advisory Committee, February 2023): "... two studies mandated by the Human Rights
    # Council, on the impact of new technologies for climate protection on the enjoyment of human rights (HRC resolution
    # 48/14); and on the advancement of racial justice and equality (HRC resolution 48/18)."
    assert _mandates(facts(dev6_passage("miragenews-hrc-advisory-studies"), "en")) == {
        ("new:the impact of new technologies for climate protection on the enjoyment of human rights", "mandatedBy",
         "instrument:A/HRC/RES/48/14"),
        ("new:the advancement of racial justice and equality", "mandatedBy", "instrument:A/HRC/RES/48/18")}


def test_studies_listed_under_a_line_that_says_they_were_mandated_en(dev3_passage, facts):
    # miragenews.com (OHCHR, 2024): "... the two studies mandated by the Human Rights Council, namely on:\n- the impact,
    # opportunities and challenges of neurotechnology ... (HRC resolution 51/3)\n- human rights implications ... (HRC
    # resolution 51/22)."
    found = _mandates(facts(dev3_passage("miragenews-hrc-ac-studies"), "en"))
    assert {symbol for _, _, symbol in found} == {"instrument:A/HRC/RES/51/3", "instrument:A/HRC/RES/51/22"}
    assert ("new:human rights implications of new and emerging technologies in the military domain", "mandatedBy",
            "instrument:A/HRC/RES/51/22") in found


def test_a_subject_with_a_citation_but_no_mandated_study_is_no_activity_en(facts):
    # UN press (2024): a resolution on a subject, not a study mandated by it
    text = ("The Council adopted a resolution on new and emerging digital technologies (HRC resolution 53/29) "
            "by consensus.")
    assert _mandates(facts(text, "en")) == set()


def test_a_report_an_item_names_under_a_line_citing_its_mandate_en(facts):
    # publicadministration.desa.un.org (WSIS+20 reviews by the United Nations system, 2025; prose-dev7)
    from tests.loaders.extract.conftest import _texts_of

    found = _mandates(facts(_texts_of("prose-dev7.yaml")("desa-wsis20-reviews-by-un-system"), "en"))
    assert ("new:final report on itu's role in implementation of the wsis outcomes", "mandatedBy",
            "instrument:ITU PP Resolution 140 (Bucharest, 2022)") in found
    # the same list under a line that cites nothing mandates nothing
    uncited = ("ITU is to:\n\n  • provide to the UNGA WSIS+20 overall review a final report on ITU's role in "
               "implementation of the WSIS outcomes, in accordance with the review process established by UNGA;")
    assert _mandates(facts(uncited, "en")) == set()


def test_a_report_further_requested_takes_the_request_of_the_sentence_before_en(facts):
    # publicadministration.desa.un.org (WSIS+20 reviews by the United Nations system, 2025; prose-dev7)
    text = ("The UN Commission on Science and Technology for Development (CSTD) has been requested by the UN Economic and "
            "Social Council Resolution E/RES/2023/3 to collect inputs from all WSIS stakeholders. The CSTD is further "
            "requested to submit, through the Council, its report on the 20-year review of progress made in implementing "
            "the WSIS outcomes to the General Assembly by June 2025.")
    assert ("new:report on the 20-year review of progress made in implementing the wsis outcomes", "mandatedBy",
            "instrument:E/RES/2023/3") in _mandates(facts(text, "en"))
    # no request cited before: nothing
    plain = text.replace("has been requested by the UN Economic and Social Council Resolution E/RES/2023/3 to collect",
                         "collects")
    assert _mandates(facts(plain, "en")) == set()
