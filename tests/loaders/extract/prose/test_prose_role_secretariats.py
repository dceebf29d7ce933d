"""Secretariats read in real prose (loaders/extract/prose/prose_role_secretariats.py), on passages of the
labelled development sets (benchmarks/labelled/prose-dev6.yaml)."""


def test_the_host_of_a_forum_s_secretariat_and_its_member_are_its_secretariat_fr(dev6_passage, facts):
    # prose-dev6 (allAfrica): « La CEA est l'hôte du Secrétariat du Forum sur la gouvernance de l'internet en Afrique avec
    # la Commission de l'Union africaine en tant que membre. »
    forum = "new:forum sur la gouvernance de l'internet en afrique"
    found = facts(dev6_passage("allafrica-afigf-abuja-2014-fr"), "fr")
    assert {(forum, "secretariat", "eca"), (forum, "secretariat", "african-union-commission")} <= found


def test_the_co_conveners_and_secretariat_of_a_task_team_organise_it_and_are_its_secretariat_en(heldout4_passage, facts):
    # prose-heldout4 (delog-fifth-sti-forum-2020): "At present, UN DESA and UNCTAD serve as the co-conveners and the
    # Secretariat of the IATT and provide substantive and logistical support for the organization of the STI Forum."
    found = facts(heldout4_passage("delog-fifth-sti-forum-2020"), "en")
    iatt = "new:un inter-agency task team on science, technology and innovation for the sustainable development goals"
    assert {(iatt, role, agent) for role in ("organiser", "secretariat") for agent in ("desa", "unctad")} <= found
