"""When a deliverable is due and how often (loaders/extract/timing.py), read the same in the English
and French texts of real paragraphs: each case here is one where the French text said it and the
reader did not see it."""

from __future__ import annotations

from tests.loaders.extract.test_mandates import clauses


def timing(text: str, lang: str) -> list[tuple[str, int | None, str | None]]:
    """(kind, due session, recurrence) of each deliverable of the paragraph."""
    return [(d.kind, d.due_session.value if d.due_session else None, d.recurrence.value if d.recurrence else None)
            for clause in clauses(text, lang) for d in clause.mandates.deliverables]


def test_a_session_ordinal_written_with_a_non_breaking_hyphen():
    # A/RES/76/135 operative 14: "soixante‑dix-huitième" joins its parts with U+2011.
    english = timing("Also requests the Secretary-General to submit to the General Assembly at its seventy-eighth "
                     "session a report on the implementation of the present resolution.", "en")
    french = timing("Prie également le Secrétaire général de lui présenter, à sa soixante\u2011dix-huitième session, un "
                    "rapport sur l’application de la présente résolution.", "fr")
    assert english == french == [("report", 78, "once")]


def test_durant_sa_session_names_the_session():
    # A/RES/78/277 operative 20: "during its seventy-eighth session" / « durant sa soixante-dix-huitième session ».
    english = timing("Requests the President of the General Assembly to convene, within existing resources, a day-long "
                     "high-level forum during its seventy-eighth session to commemorate the twenty-fifth anniversary "
                     "of the adoption of the Declaration and Programme of Action on a Culture of Peace;", "en")
    french = timing("Prie son président d’organiser durant sa soixante-dix-huitième session, dans la limite des "
                    "ressources disponibles, un forum de haut niveau d’une journée pour célébrer le vingt-cinquième "
                    "anniversaire de l’adoption de la Déclaration et du Programme d’action en faveur d’une culture de "
                    "paix ;", "fr")
    assert english == french == [("meeting", 78, "once")]


def test_a_session_called_annual_is_not_an_annual_deliverable():
    # A/RES/79/161 operative 9: "the annual session of the Ad Hoc Committee" / « la session annuelle du Comité ».
    english = timing("Decides that the Chair-Rapporteur of the Ad Hoc Committee may request that the annual session "
                     "of the Ad Hoc Committee be split into two full one-week segments;", "en")
    french = timing("Décide que la Présidente-Rapporteuse du Comité spécial pourra demander que la session annuelle du "
                    "Comité soit scindée en deux segments d’une semaine entière ;", "fr")
    assert [r for _, _, r in english] == [r for _, _, r in french] == [None]


def test_each_of_the_sessions_is_annual():
    # A/RES/79/161 operative 30: "in each session of those follow-up mechanisms" / « à chacune des sessions »,
    # in a task of its own in French only (« …, et de veiller à cet égard à ce que… »).
    english = timing("Requests the Secretary-General to provide the resources necessary, and in this regard to ensure "
                     "the participation of experts in each session of those follow-up mechanisms in order to provide "
                     "advice on the specific issues under discussion;", "en")
    french = timing("Prie le Secrétaire général de prévoir les ressources nécessaires, et de veiller à cet égard à ce "
                    "que les experts participent à chacune des sessions de ces mécanismes de suivi afin de donner leur "
                    "avis sur les questions à l’examen ;", "fr")
    assert "annual" in [r for _, _, r in english] and "annual" in [r for _, _, r in french]
