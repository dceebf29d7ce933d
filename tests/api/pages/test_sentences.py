from api.pages.sentences import sentence_around


def test_the_quote_is_shown_in_its_sentence():
    lead, quote, tail = sentence_around("Objet\nLe Groupe (", "GTI-IA), coprésidé par l'UIT", " et l'UNESCO, assure. Suite")
    assert (lead, quote, tail) == ("Le Groupe (", "GTI-IA), coprésidé par l'UIT", " et l'UNESCO, assure.")


def test_a_quote_at_the_start_or_end_of_its_source():
    assert sentence_around("", "Decides", "") == ("", "Decides", "")
    assert sentence_around("One. ", "Two", "\nThree") == ("", "Two", "")
