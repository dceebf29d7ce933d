"""When a deliverable is due and how often (loaders/extract/operative/timing.py), read the same in the English
and French texts of real paragraphs: each case here is one where the French text said it and the
reader did not see it."""

from __future__ import annotations

from tests.loaders.extract.operative.test_mandates import clauses


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


# A/RES/77/209 operative 49 in French (its English text is A/RES/77/209#49#en of the first held-out set).
_FUNDS_FR = ("Prie le Secrétaire général de continuer à transmettre à tous les États ses demandes de contributions au "
             "titre des Fonds, d’inscrire ceux-ci chaque année sur la liste des programmes pour lesquels des "
             "contributions seront annoncées à la Conférence des Nations Unies pour les annonces de contributions aux "
             "activités de développement et de lui présenter, à ses soixante-dix-huitième, soixante-dix-neuvième et "
             "quatre-vingtième sessions, ainsi qu’au Conseil des droits de l’homme, un rapport sur les activités des "
             "Fonds, et encourage le Président du Conseil d’administration du Fonds de contributions volontaires des "
             "Nations Unies pour les victimes de la torture à s’employer sans relâche à faire mieux connaître aux États "
             "et aux parties prenantes les tendances générales et les nouveaux aspects des activités du Fonds ;")


def test_three_sessions_listed_with_commas_give_the_first_and_an_annual_report(operative_text):
    for text, lang in ((operative_text("A/RES/77/209#49#en"), "en"), (_FUNDS_FR, "fr")):
        assert ("report", 78, "annual") in timing(text, lang)
    # "Decides to consider at its eighty-first, eighty-second and eighty-third sessions the reports …"
    assert timing(operative_text("A/RES/80/198#54#en"), "en")[0][1:] == (81, "annual")


def test_the_end_or_the_beginning_of_a_session_names_the_session(operative_text):
    # "to report to the General Assembly before the end of its eightieth session on progress made"
    assert timing(operative_text("A/RES/79/244#7#en"), "en") == [("report", 80, "once")]
    # "to appoint, at the beginning of the eightieth session, two co-facilitators"
    assert timing(operative_text("A/RES/78/328#2#en"), "en")[0][1] == 80
    # A/RES/77/202 operative 43: « de lui présenter, avant la fin de sa soixante-dix-huitième session, un rapport
    # d’ensemble … ».
    french = ("Prie le Secrétaire général de lui présenter, avant la fin de sa soixante-dix-huitième session, un rapport "
              "d’ensemble fondé sur l’observation des faits concernant les progrès accomplis à l’échelle mondiale en vue "
              "de l’élimination des mariages d’enfants, des mariages précoces et des mariages forcés ;")
    assert timing(french, "fr") == [("report", 78, "once")]


def test_a_report_on_annual_activities_named_for_one_session_is_due_once(operative_text):
    # "to report on his annual activities to the General Assembly at its eightieth session" / « un rapport sur ses
    # activités annuelles »
    assert timing(operative_text("A/RES/79/156#91#en"), "en") == [("report", 80, "once")]
    assert timing(operative_text("A/RES/80/187#92#fr"), "fr") == [("report", 81, "once")]


def test_a_fund_named_for_voluntary_contributions_sets_no_condition(operative_text):
    # « le Fonds de contributions volontaires des Nations Unies pour les victimes de la torture » is a name.
    assert all(c.mandates.condition is None for c in clauses(_FUNDS_FR, "fr") if c.mandates)
    assert all(c.mandates.condition is None for c in clauses(operative_text("A/RES/78/189#13#fr"), "fr") if c.mandates)


def test_a_report_as_information_becomes_available_is_periodic(shared_corpus):
    # A/RES/78/92 operative 17: "to continue to report on the environmental impact …, as relevant information becomes
    # available" / « de lui rendre compte … à mesure que les informations pertinentes deviennent disponibles ».
    from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages
    for lang, paragraph in _operative_in_both_languages(shared_corpus, "78_92", "17").items():
        report = paragraph.actions[0].mandates.deliverables[0]
        assert (report.kind, report.recurrence.value) == ("report", "periodic"), lang


def test_a_session_after_the_question_considered_is_found():
    # A/RES/78/211 operative 30: "continue consideration of the question at its eightieth session" was read as the
    # "question at its eightieth" session (no ordinal) and the session it swallowed was lost; French found it.
    english = timing("Decides to continue consideration of the question at its eightieth session under the item "
                     "entitled “Promotion and protection of human rights”.", "en")
    french = timing("Décide de poursuivre l’examen de la question à sa quatre-vingtième session, au titre de la "
                    "question intitulée « Promotion et protection des droits humains ».", "fr")
    assert english == french == [("agenda-item", 80, "once")]


def test_every_three_months_is_periodic():
    # A/RES/77/10 operative 47: "every three months" / « tous les trois mois », more often than any named recurrence.
    english = timing("Requests the Secretary-General to continue to report every three months on developments in "
                     "Afghanistan, as well as on the progress made in the implementation of the present resolution;",
                     "en")
    french = timing("Prie le Secrétaire général de continuer à rendre compte tous les trois mois de l’évolution de la "
                    "situation en Afghanistan, ainsi que des progrès faits dans l’application de la présente "
                    "résolution ;", "fr")
    assert english == french == [("report", None, "periodic")]


def test_the_days_a_meeting_is_held_make_it_due_once():
    # A/RES/76/111 operative 16 (its second clause): the Commission's next session, held "from 18 April to 3 June and
    # from 4 July to 5 August 2022" / « du 18 avril au 3 juin et du 4 juillet au 5 août 2022 », is one meeting, due
    # on its first day; in English it is named before its verb ("the next session … shall be held").
    english = clauses("Takes note of paragraph 328 of the report of the International Law Commission, and decides "
                      "that the next session of the Commission shall be held at the United Nations Office at Geneva "
                      "from 18 April to 3 June and from 4 July to 5 August 2022;", "en")
    french = clauses("Prend note du paragraphe 328 du rapport de la Commission du droit international, et décide que "
                     "celle-ci tiendra sa prochaine session à l’Office des Nations Unies à Genève du 18 avril au 3 juin "
                     "et du 4 juillet au 5 août 2022 ;", "fr")
    for read in (english, french):
        (meeting,) = read[1].mandates.deliverables
        assert (meeting.kind, meeting.due_date.value, meeting.recurrence.value) == ("meeting", "2022-04-18", "once")
