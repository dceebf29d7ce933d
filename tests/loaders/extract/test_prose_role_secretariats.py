"""Secretariats read in real prose (loaders/extract/prose_role_secretariats.py), on passages of the
labelled development sets (benchmarks/labelled/prose-dev6.yaml)."""


def test_the_host_of_a_forum_s_secretariat_and_its_member_are_its_secretariat_fr(dev6_passage, facts):
    # prose-dev6 (allAfrica): « La CEA est l'hôte du Secrétariat du Forum sur la gouvernance de l'internet en Afrique avec
    # la Commission de l'Union africaine en tant que membre. »
    forum = "new:forum sur la gouvernance de l'internet en afrique"
    found = facts(dev6_passage("allafrica-afigf-abuja-2014-fr"), "fr")
    assert {(forum, "secretariat", "eca"), (forum, "secretariat", "african-union-commission")} <= found
