"""Which dates are events' (loaders/extract/prose/prose_dates.py), on real sentences: datelines and the
days something was said are not; a last day alone is an end; a past event's days written without
a year fall before the text was published."""


def test_a_dateline_is_no_event_date_but_a_title_ending_with_its_dates_is_en(dev6_passage, dev4_passage, dated_facts):
    # "Beirut, 15 June 2012 (ESCWA Communication and Information Unit)– ... will hold its first Meeting of the Arab
    # Multistakeholder Advisory Group (MAG) during 18-19 June 2012, at Fairmont Heliopolis and Towers Hotel in Cairo"
    found = dated_facts(dev6_passage("escwa-arab-mag-cairo-2012"), "en", "2012-06-15")
    assert not [f for f in found if f[1] == "schema:startDate" and f[2] == "2012-06-15"]
    assert [f for f in found if f[1] == "schema:startDate" and f[2] == "2012-06-18"]
    # "Southeast Asia AI Project Seminar, 27-28 November 2024": a title, not a place, before the dates
    found = dated_facts(dev4_passage("itu-roasp-southeast-asia-ai-seminar"), "en", "2024-11")
    assert {("new:southeast asia ai project seminar", "schema:startDate", "2024-11-27"),
            ("new:southeast asia ai project seminar", "schema:endDate", "2024-11-28")} <= found


def test_a_day_without_a_year_dates_an_event_not_an_announcement_fr(dev2_passage, dated_facts):
    # "Le deuxième atelier de renforcement des capacités de l'IA, organisé par le ministère chinois des affaires
    # étrangères, a ouvert à l'Université Tsinghua à Pékin le 12 mai."
    found = dated_facts(dev2_passage("chinedirect-atelier-fr"), "fr", "2025-05")
    assert ("new:deuxième atelier de renforcement des capacités de l'ia", "schema:startDate", "2025-05-12") in found
    # "L’Union internationale des télécommunications (UIT) a annoncé, mardi 20 janvier, la création de la Coalition
    # ..., en marge du Forum économique mondial de Davos."
    found = dated_facts(dev2_passage("osiris-coalition-fr"), "fr", "2025-01-22")
    assert not [f for f in found if f[1] == "schema:startDate"]


def test_a_day_after_through_is_the_last_day_en(dev4_passage, dated_facts):
    # "The event, which will continue through Wednesday, March 5, is organized by ..."
    found = dated_facts(dev4_passage("cepal-ai-conference-2025"), "en", "2025-03")
    assert [f for f in found if f[1:] == ("schema:endDate", "2025-03-05")]
    assert not [f for f in found if f[1:] == ("schema:startDate", "2025-03-05")]


def test_a_past_event_s_days_without_a_year_fall_before_publication_en(dated_facts):
    # dev5 itu-broadband-newsletter-2019-pp18-igf2018, published in January 2019: "The ITU Plenipotentiary
    # Conference (PP-18) took place from 29 October to 16 November, at the Dubai World Trade Centre, Dubai, UAE."
    text = ("The ITU Plenipotentiary Conference (PP-18) took place from 29 October to 16 November, at the Dubai World "
            "Trade Centre, Dubai, UAE.")
    found = dated_facts(text, "en", "2019-01")
    assert {("new:itu plenipotentiary conference (pp-18)", "schema:startDate", "2018-10-29"),
            ("new:itu plenipotentiary conference (pp-18)", "schema:endDate", "2018-11-16")} <= found


def test_a_day_without_a_year_takes_the_dateline_s_year_en(dev6_passage, dated_facts):
    # "Geneva, 16 May 2024\nThe AI for Good Global Summit 2024 will open in Geneva, Switzerland on 29 May with ..."
    found = dated_facts(dev6_passage("impactnews-ai-governance-day-2024"), "en", "2024-05-16")
    assert ("edition:ai-for-good-summit:2024", "schema:startDate", "2024-05-29") in found
    assert ("edition:ai-for-good-summit:2024", "schema:startDate", "2024-05-16") not in found


def test_a_date_in_brackets_opening_a_release_is_its_dateline_en(heldout4_passage, dated_facts):
    # prose-heldout4 (cepal-elac-preparatory-meeting-montevideo-2010, an ECLAC release): "(29 September 2010) Seventeen
    # Latin American and Caribbean countries ... participated in the Preparatory Meeting for the Third Ministerial
    # Conference in Montevideo, Uruguay ..." (the day the release was written, not the meeting's)
    found = dated_facts(heldout4_passage("cepal-elac-preparatory-meeting-montevideo-2010"), "en", "2010-09-29")
    assert ("new:preparatory meeting for the third ministerial conference", "schema:location", "new:montevideo") in found
    assert not [f for f in found if f[2] == "2010-09-29"]


def test_the_day_a_text_was_adopted_by_consensus_is_no_event_s_en(heldout5_passage, facts):
    # prose-heldout5 (ungis-wsis20-mandates-task-force-80-173): "The Outcome Document (A/RES/80/173) of the High-Level
    # Meeting of the General Assembly on the overall review ... was adopted by consensus on 17 December 2025."
    found = facts(heldout5_passage("ungis-wsis20-mandates-task-force-80-173"), "en")
    assert not [f for f in found if f[1] == "schema:startDate" and f[2] == "2025-12-17"]
