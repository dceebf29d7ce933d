"""Numbered meetings, editions and phases of an activity the registry does not know, read in real
prose (the fourth development set, benchmarks/labelled/prose-dev4.yaml), English and French
(loaders/extract/prose/prose_names.py): the meeting is a node of its own, part of its series, and what
the text says of it (dates, places, organisers) is said of the meeting, not of the series."""

IGF = "new:internet governance forum"


def test_the_20th_annual_meeting_of_the_igf_is_part_of_it_and_the_forum_is_that_meeting_en(dev4_passage, facts):
    # "The 20th annual meeting of the Internet Governance Forum (IGF) officially opened today in Lillestrøm,
    # Norway ... Organized by ... (UN DESA) and hosted by the Government of Norway, the forum runs from 23 to 27 June."
    found = facts(dev4_passage("internationaldiplomat-igf-2025-lillestrom"), "en")
    meeting = "new:20th annual meeting of the internet governance forum"
    assert {(meeting, "partOf", IGF), (meeting, "schema:location", "new:lillestrøm"),
            (meeting, "organiser", "desa"), (meeting, "organiser", "country-NO")} <= found
    assert not [f for f in found if f[0] == IGF and f[1] in ("organiser", "schema:location")]


def test_the_forum_named_again_after_its_meeting_stays_the_forum_en(dev4_passage, facts):
    # "First annual meeting of the Internet Governance Forum (IGF) ... The Internet Governance Forum (IGF) holds
    # its first annual meeting in Athens, Greece. The forum, convened by the UN Secretary-General, ..."
    found = facts(dev4_passage("digwatch-igf-athens-2006"), "en")
    assert ("new:first annual meeting of the internet governance forum", "partOf", IGF) in found
    assert (IGF, "organiser", "secretary-general") in found


def test_la_treizieme_edition_du_fgi_est_organisee_par_la_france_fr(dev4_passage, facts):
    # "La France accueille la treizième édition du Forum sur la Gouvernance de l’Internet (FGI) ... Cet événement
    # majeur ... est organisé par le gouvernement français ... Il se tiendra du 12 au 14 novembre 2018 à l’UNESCO à Paris."
    found = facts(dev4_passage("ambafrance-fgi-paris-2018-fr"), "fr")
    edition = "new:treizième édition du forum sur la gouvernance de l’internet"
    assert {(edition, "partOf", "new:forum sur la gouvernance de l’internet"), (edition, "organiser", "country-FR"),
            (edition, "schema:startDate", "2018-11-12"), (edition, "schema:endDate", "2018-11-14"),
            (edition, "schema:location", "paris")} <= found


def test_a_conference_in_latin_america_and_the_caribbean_is_named_whole_and_eclac_organises_it_en(dev4_passage, facts):
    # "... in the Eighth Ministerial Conference on the Information Society in Latin America and the Caribbean, which
    # will take place in Montevideo, Uruguay, organized by the Economic Commission for Latin America and the
    # Caribbean (ECLAC) ..."
    found = facts(dev4_passage("cepal-elac-eighth-conference-2022"), "en")
    conference = "new:eighth ministerial conference on the information society in latin america and the caribbean"
    assert {(conference, "organiser", "eclac"), (conference, "schema:location", "new:montevideo"),
            (conference, "schema:startDate", "2022-11-16")} <= found


def test_the_subject_before_a_partner_clause_organises_what_they_are_co_organizing_en(dev4_passage, facts):
    # "The United Nations Economic and Social Commission for Asia and the Pacific (ESCAP), in collaboration with the
    # Ministry of Information & Communications, Royal Government of Bhutan, are co-organizing a South Asian Expert
    # Consultation on the Asia-Pacific Information Superhighway and Regional Connectivity."
    found = facts(dev4_passage("escap-paro-expert-consultation-2014"), "en")
    consultation = ("new:south asian expert consultation on the asia-pacific information superhighway "
                    "and regional connectivity")
    assert (consultation, "organiser", "escap") in found
    # the ministry and its government in apposition are one agent, as the set labels it
    assert (consultation, "organiser", "new:ministry of information & communications, royal government of bhutan") in found
    assert (consultation, "organiser", "country-BT") not in found  # Bhutan is in the clause, not the subject
