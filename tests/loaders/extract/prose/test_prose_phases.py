"""The phases of an event held in several (loaders/extract/prose/prose_phases.py), on real sentences: the fourth prose
held-out set (retired, benchmarks/labelled/prose-heldout4.yaml) and public pages quoted with their address."""

WSIS_EN = "new:world summit on the information society"
WSIS_FR = "new:sommet mondial sur la société de l’information"  # as the passages write it, with a typographic apostrophe


def test_the_first_and_second_phases_each_with_its_date_and_place_en(heldout4_passage, facts):
    # "Reiterating the principles and objectives agreed upon during the first and second phases of the World Summit on
    # the Information Society, held in Geneva in December 2003 and in Tunis in November 2005, ..."
    found = facts(heldout4_passage("studylib-elac-san-salvador-commitment"), "en")
    first, second = f"new:first phase of the {WSIS_EN[4:]}", f"new:second phase of the {WSIS_EN[4:]}"
    assert {(first, "partOf", WSIS_EN), (first, "schema:startDate", "2003-12"), (first, "schema:location", "geneva"),
            (second, "partOf", WSIS_EN), (second, "schema:startDate", "2005-11"),
            (second, "schema:location", "new:tunis")} <= found
    assert not [f for f in found if f[0] == WSIS_EN and f[1].startswith("schema:")]


def test_in_two_phases_the_first_and_the_second_en(facts):
    # handwiki.org/wiki/Organization:World_Summit_on_the_Information_Society: "In 2001, the ITU Council decided to hold
    # the Summit in two phases, the first from 10 to 12 December 2003, in Geneva, and the second from 16 to 18 November
    # 2005, in Tunis." (after "The World Summit on the Information Society (WSIS) was a two-phase ... summit")
    found = facts("The World Summit on the Information Society (WSIS) was a two-phase United Nations-sponsored summit on "
                  "information. In 2001, the ITU Council decided to hold the Summit in two phases, the first from 10 to 12 "
                  "December 2003, in Geneva, and the second from 16 to 18 November 2005, in Tunis.", "en")
    second = f"new:second phase of the {WSIS_EN[4:]}"
    assert {(second, "partOf", WSIS_EN), (second, "schema:startDate", "2005-11-16"), (second, "schema:endDate", "2005-11-18"),
            (second, "schema:location", "new:tunis")} <= found


def test_en_deux_phases_la_premiere_et_la_seconde_fr(heldout4_passage, facts):
    # "Le Conseil, organe directeur de l'UIT, a approuvé à sa session de 2001 la tenue du Sommet mondial sur la société de
    # l'information en deux phases : la première à Genève, du 10 au 12 décembre 2003, et la seconde à Tunis en 2005."
    found = facts(heldout4_passage("unesco-archive-smsi-resolution-56-183"), "fr")
    first, second = f"new:première phase du {WSIS_FR[4:]}", f"new:seconde phase du {WSIS_FR[4:]}"
    assert {(first, "partOf", WSIS_FR), (first, "schema:startDate", "2003-12-10"), (first, "schema:endDate", "2003-12-12"),
            (first, "schema:location", "geneva"), (second, "partOf", WSIS_FR), (second, "schema:location", "new:tunis")} <= found
    assert not [f for f in found if f[0] == "new:session de 2001"]  # the session approved it; it is no phase's event


def test_la_premiere_phase_a_eu_lieu_nommee_seule_fr(heldout4_passage, facts):
    # "- La première phase a eu lieu à Genève du 10 au 12 décembre 2003 et a débouché sur ... - Au terme de la seconde
    # phase, qui a eu lieu à Tunis du 16 au 18 novembre 2005, il a été adopté l'Engagement de Tunis ..."
    found = facts(heldout4_passage("mpt-algerie-smsi-deux-phases"), "fr")
    first, second = f"new:première phase du {WSIS_FR[4:]}", f"new:seconde phase du {WSIS_FR[4:]}"
    assert {(first, "schema:startDate", "2003-12-10"), (first, "schema:location", "geneva"),
            (second, "schema:startDate", "2005-11-16"), (second, "schema:endDate", "2005-11-18"),
            (second, "schema:location", "new:tunis"), (second, "partOf", WSIS_FR)} <= found


def test_the_first_phase_took_place_and_the_second_will_en(facts):
    # geum.ru/aref/2630-23-ref.php (quoting Wikipedia): "WSIS was a global series of events held in two phases. The first
    # phase took place in Geneva in December 2003 and the second phase will take place in Tunis in November 2005."
    found = facts("The World Summit on the Information Society was a global series of events held in two phases. The "
                  "first phase took place in Geneva in December 2003 and the second phase will take place in Tunis in "
                  "November 2005.", "en")
    first, second = f"new:first phase of the {WSIS_EN[4:]}", f"new:second phase of the {WSIS_EN[4:]}"
    assert {(first, "schema:location", "geneva"), (first, "schema:startDate", "2003-12"),
            (second, "schema:location", "new:tunis"), (second, "schema:startDate", "2005-11")} <= found
    assert (first, "schema:location", "new:tunis") not in found


def test_phases_with_years_alone_are_no_occurrences_en(facts):
    # prose-heldout5 (itu-council-resolution-1179-wsis-preparations): "invitations as specified in the offers submitted
    # from the Government of Switzerland and the Government of Tunisia to host the first and second phases of the WSIS in
    # 2003 and 2005, respectively;"
    found = facts("the offers submitted from the Government of Switzerland and the Government of Tunisia to host the first "
                  "and second phases of the World Summit on the Information Society (WSIS) in 2003 and 2005, respectively;",
                  "en")
    assert not [f for f in found if "phase" in f[0]]
