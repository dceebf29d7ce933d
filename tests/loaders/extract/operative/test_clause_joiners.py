"""A clause opened mid-paragraph after "and thus", ", accordingly", "and hereby" (loaders/extract/operative/paragraphs.py):
the French texts open the same clause with « et encourage donc », « exhorte donc », « et autorise », so the
English lost its assignees where the French kept them (benchmarks/assignee_agreement.py)."""

from __future__ import annotations

from tests.loaders.extract.operative.test_mandates import assignee_keys


def test_and_hereby_authorizes_opens_a_clause():
    # A/RES/80/110 operative 90 (shortened).
    english = assignee_keys(
        "Recalls its decision that, on an exceptional basis and without setting a precedent for other agenda items, "
        "the members of the Commission have the option to join the Headquarters medical insurance scheme upon payment "
        "of the full cost of the premium, and hereby authorizes the use of the trust fund referred to in paragraph 88 "
        "above by the Secretary-General to reimburse the full costs of the premium paid by the members of the "
        "Commission from developing States;", "en")
    french = assignee_keys(
        "Rappelle qu’elle a décidé que, à titre exceptionnel et sans créer de précédent applicable à d’autres points de "
        "l’ordre du jour, les membres de la Commission ont la possibilité de s’affilier au plan d’assurance médicale du "
        "Siège en acquittant le montant intégral de la prime, et autorise le Secrétaire général à utiliser le fonds "
        "visé au paragraphe 88 ci‑dessus pour rembourser aux membres de la Commission originaires d’États en "
        "développement l’intégralité du montant de la prime qu’ils auront payée ;", "fr")
    assert "secretary-general" in english[-1] and "secretary-general" in french[-1]


def test_and_thus_encourages_opens_a_clause():
    # A/RES/79/334 operative 11 (shortened).
    english = assignee_keys(
        "Recognizes the need for more coordinated and scaled-up global digital capacity-building efforts and stronger "
        "capacity-building support at the country level, and thus encourages the Secretary-General to continue working "
        "with all United Nations entities and other relevant stakeholders to strengthen efforts in this regard;", "en")
    french = assignee_keys(
        "Considère qu’il importe de mieux coordonner et d’intensifier les initiatives mondiales de renforcement des "
        "capacités numériques et d’appuyer davantage le renforcement des capacités des pays, et encourage donc le "
        "Secrétaire général à continuer de travailler avec toutes les entités des Nations Unies et les autres parties "
        "concernées pour renforcer l’action menée à cet égard ;", "fr")
    assert english == french == [[], ["secretary-general"]]


def test_accordingly_urges_opens_a_clause():
    # A/RES/80/118 operative 3 (its first two clauses).
    english = assignee_keys(
        "Recognizes the potential of information and communications technologies and digital transformation to "
        "achieve the 2030 Agenda for Sustainable Development, noting that they can accelerate progress across all 17 "
        "Sustainable Development Goals, accordingly urges all Governments, the private sector and civil society to "
        "integrate information and communications technologies and digital solutions into their approaches to "
        "implementing the Goals;", "en")
    french = assignee_keys(
        "Estime que les technologies de l’information et des communications et la transformation numérique peuvent "
        "contribuer à l’exécution du Programme de développement durable à l’horizon 2030, en accélérant les progrès "
        "dans le sens des 17 objectifs de développement durable, exhorte donc tous les gouvernements, le secteur privé "
        "et la société civile à faire une place aux technologies de l’information et des communications et aux "
        "solutions numériques dans leurs stratégies de réalisation de ces objectifs ;", "fr")
    assert english == french
    assert set(english[-1]) == {"governments", "private-sector", "civil-society"}
