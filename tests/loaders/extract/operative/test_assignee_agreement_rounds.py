"""Assignees read alike in the English and French texts of one paragraph: classes the agreement diagnostic
(benchmarks/assignee_agreement.py) found where one language lost or misread who is asked, proved on the real
paragraph, quoted with its symbol (shortened where marked)."""

from __future__ import annotations

from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages
from tests.loaders.extract.operative.test_mandates import assignee_keys


def test_a_repeated_commitment_or_approval_binds_the_assembly():
    # A/RES/76/188 operative 72 (shortened): "Reiterates its commitment to strengthen…" / « S'engage de nouveau à
    # resserrer… » (the Assembly commits itself again).
    english = assignee_keys("Reiterates its commitment to strengthen regional and international cooperation to support "
                            "sustainable alternative development programmes;", "en")
    french = assignee_keys("S’engage de nouveau à resserrer la coopération régionale et internationale pour appuyer des "
                           "programmes pérennes de développement alternatif ;", "fr")
    assert english == french == [["general-assembly"]]
    # A/RES/76/110 operative 1 (shortened): "Reiterates its approval of the guidelines…" / « Approuve de nouveau ».
    english = assignee_keys("Reiterates its approval of the guidelines and recommendations contained in section III of "
                            "the reports of the Secretary-General;", "en")
    french = assignee_keys("Approuve de nouveau les directives et recommandations figurant à la section III des rapports "
                           "du Secrétaire général ;", "fr")
    assert english == french == [["general-assembly"]]
    # "Reaffirms its commitment" stays an expression of view (« Réaffirme son engagement »).
    assert assignee_keys("Reaffirms its commitment to strengthen regional cooperation;", "en") == [[]]


def test_a_repeated_request_with_its_reference_or_a_call_for_someone_to_act():
    # A/RES/77/210 operative 10: "Reiterates its request, made in paragraph 40 of its resolution 68/268, that the
    # Secretary-General submit…" / « Demande de nouveau au Secrétaire général de lui présenter… ».
    english = assignee_keys("Reiterates its request, made in paragraph 40 of its resolution 68/268, that the "
                            "Secretary-General submit to the General Assembly at its seventy-ninth session a report on "
                            "the status of the human rights treaty body system.", "en")
    french = assignee_keys("Demande de nouveau au Secrétaire général de lui présenter à sa soixante-dix-neuvième "
                           "session, en application du paragraphe 40 de sa résolution 68/268, un rapport sur la "
                           "situation du système des organes conventionnels des droits de l’homme.", "fr")
    assert english == french == [["secretary-general"]]
    # A/RES/76/175 operative 9 (shortened): "Reiterates the call for States to continue…" / « Renouvelle l’appel lancé
    # aux États pour qu’ils continuent… »; a call for something ("for the immediate release") names no one.
    english = assignee_keys("Reiterates the call for States to continue to collaborate, as appropriate, on models and "
                            "approaches that support the delinking of the cost of new research and development from "
                            "the prices of medicines;", "en")
    french = assignee_keys("Renouvelle l’appel lancé aux États pour qu’ils continuent de collaborer, selon qu’il "
                           "convient, à l’élaboration de modèles et d’approches visant à dissocier le coût des nouveaux "
                           "travaux de recherche‑développement du prix des médicaments ;", "fr")
    assert english == french == [["states"]]
    assert assignee_keys("Reiterates its call for the immediate release of all detained persons;", "en") == [[]]


def test_other_relevant_actors_and_interested_parties_are_relevant_stakeholders():
    # A/RES/76/166 operative 39 (shortened): "other relevant actors" / « autres acteurs compétents ».
    english = assignee_keys("Calls upon Member States, the United Nations system, humanitarian and development "
                            "organizations and other relevant actors to urgently and effectively respond to rising "
                            "global food insecurity;", "en")
    french = assignee_keys("Demande aux États Membres, aux organismes des Nations Unies, aux organisations d’aide "
                           "humanitaire et de développement ainsi qu’aux autres acteurs compétents de combattre "
                           "l’insécurité alimentaire mondiale ;", "fr")
    assert "relevant-stakeholders" in english[0] and "relevant-stakeholders" in french[0]
    # A/RES/76/187 operative 37: "States and other interested parties" / « les États et autres parties intéressées ».
    english = assignee_keys("Invites States and other interested parties to make further voluntary contributions to the "
                            "United Nations voluntary trust fund for victims of trafficking in persons;", "en")
    french = assignee_keys("Invite les États et autres parties intéressées à verser de nouvelles contributions au fonds "
                           "de contributions volontaires des Nations Unies en faveur des victimes de la traite des "
                           "personnes ;", "fr")
    assert english == french == [["states", "relevant-stakeholders"]]


def test_for_this_purpose_decides_opens_a_clause():
    # A/RES/77/111 operative 2 (shortened): "and for this purpose decides to establish" / « et à cette fin décide de
    # créer ».
    english = assignee_keys("Decides that the Sixth Committee shall continue its consideration of the scope and "
                            "application of universal jurisdiction, and for this purpose decides to establish, at its "
                            "seventy-ninth session, a working group of the Sixth Committee;", "en")
    french = assignee_keys("Décide que la Sixième Commission continuera d’examiner la portée et l’application du "
                           "principe de compétence universelle, et à cette fin décide de créer, à sa "
                           "soixante-dix-neuvième session, un groupe de travail de la Sixième Commission ;", "fr")
    assert english == french and len(english) == 2


def test_points_carry_on_the_clause_before_their_colon(shared_corpus):
    # A/RES/76/237 operative 75: « Prie de nouveau le Secrétaire général de … faire figurer dans leurs rapports les
    # éléments suivants : (a) un résumé ; … et demande de nouveau que les conclusions … apparaissent en caractères
    # gras » closes after its points with a clause of its own; the points are asked of the Secretary-General.
    for lang, paragraph in _operative_in_both_languages(shared_corpus, "76_237", "75").items():
        for point in paragraph.subparagraphs:
            keys = {a.entity.key for c in point.actions if c.mandates for a in c.mandates.assignees if a.entity}
            assert keys == {"secretary-general"}, (lang, point.number)


def test_a_commitment_repeated_mid_paragraph_stays_a_view():
    # A/RES/76/192 operative 20 (shortened): "and supports and reiterates its commitment to…" / « et apporte son appui
    # et réaffirme son attachement à… »: an expression of view in both.
    english = assignee_keys("Recognizes that it is important that the International Monetary Fund continue to be "
                            "adequately resourced, and supports and reiterates its commitment to a strong, quota-based "
                            "Fund;", "en")
    assert english[-1] == []
