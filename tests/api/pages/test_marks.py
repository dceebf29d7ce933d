from api.pages.marks import Mark, marked_text

B = "https://w3id.org/mandate-graph/id/"


def test_verbs_and_addressees_are_marked_and_the_longest_quote_wins():
    text = "Invite tous les acteurs concernés et les acteurs concernés à agir"
    html = marked_text(text, [Mark("action", "Invite", B + "a"), Mark("addressee", "acteurs concernés", B + "x", "X"),
                              Mark("addressee", "tous les acteurs concernés", B + "y", "Y")])
    assert html.startswith('<mark class="verb">Invite</mark> <mark class="addressee">')
    assert ">tous les acteurs concernés</a></mark>" in html and html.count("<mark") == 3


def test_quotes_absent_from_the_text_are_left_out_and_text_is_escaped():
    html = marked_text("Decides <b>x</b>", [Mark("action", "Décide", B + "a"), Mark("action", "decides", B + "a")])
    assert html == '<mark class="verb">Decides</mark> &lt;b&gt;x&lt;/b&gt;'
