"""An event named again by its head noun in the sentence that dates or places it
(loaders/extract/prose/prose_event_anaphora.py), on real sentences of the fourth prose held-out set (retired,
benchmarks/labelled/prose-heldout4.yaml)."""

from loaders.extract.prose.prose_event_anaphora import named_again
from loaders.extract.prose.prose_document import read_document
from loaders.registry import load_registry


def test_the_meeting_held_on_days_without_a_year_is_the_meeting_named_before_en(heldout4_passage, dated_facts):
    # "(29 September 2010) Seventeen Latin American and Caribbean countries ... participated in the Preparatory Meeting for
    # the Third Ministerial Conference in Montevideo, Uruguay ... The meeting, held 23-24 September, was inaugurated by ..."
    found = dated_facts(heldout4_passage("cepal-elac-preparatory-meeting-montevideo-2010"), "en", "2010-09-29")
    meeting = "new:preparatory meeting for the third ministerial conference"
    assert {(meeting, "schema:startDate", "2010-09-23"), (meeting, "schema:endDate", "2010-09-24")} <= found


def test_l_examen_qui_a_eu_lieu_est_l_examen_nomme_avant_fr(heldout4_passage, facts):
    # "La Commission économique pour l'Afrique (CEA) a organisé l'Examen régional africain décennal de la mise en œuvre des
    # conclusions du Sommet mondial sur la société de l'information (SMSI+10) ... L'examen, qui a eu lieu à Addis-Abeba du
    # 14 au 16 avril 2015, a réuni plus de 70 participants ..."
    found = facts(heldout4_passage("cea-examen-regional-smsi10-addis-2015"), "fr")
    review = [f[0] for f in found if f[0].startswith("new:examen régional africain décennal")]
    assert review and {(review[0], "schema:startDate", "2015-04-14"), (review[0], "schema:endDate", "2015-04-16"),
                       (review[0], "schema:location", "new:addis-abeba")} <= found


def test_a_head_noun_with_no_event_of_that_head_before_names_none_en():
    # the same opening with no meeting named before: nothing is taken for it
    text = "The World Summit on the Information Society was convened by ITU. The meeting, held 23-24 September, was opened."
    names = read_document(text, "en", load_registry(), None)
    start = text.index("The meeting")
    assert named_again(names, start, len(text)) is None
