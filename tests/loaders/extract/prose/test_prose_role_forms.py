"""Roles in forms the rules first missed on unseen prose (the error analysis of development sets
4 to 7): a subject ending in the letters of an auxiliary ("Zambia launched"), an adverb inside
a trigger ("lancée conjointement par"), an aside between dashes inside a list of agents, a year
and a head noun naming an edition again ("The 2020 Summit"), a post with its organization and
holder's name before the verb, a name that acts rather than is acted on. Each sentence is quoted
from the public page named beside it (the labelled passages' sources)."""

import pytest

GROUP_OF_FRIENDS = "new:group of friends for international cooperation on ai capacity-building"


def test_states_whose_names_end_like_an_auxiliary_launch_a_group_en(facts):
    # news.cgtn.com video story (7 May 2025), prose-dev7 videostory-group-of-friends-ai-capacity
    text = ("In response to these challenges, China and Zambia launched the Group of Friends for International "
            "Cooperation on AI Capacity-Building. Since its first meeting last December, the group has grown steadily.")
    assert {(GROUP_OF_FRIENDS, "leadEntity", "country-CN"), (GROUP_OF_FRIENDS, "leadEntity", "country-ZM")} \
        <= facts(text, "en")


def test_launched_jointly_by_two_agencies_fr(facts):
    # ITU press release as archived (24 September 2025), prose-dev7 pubt-uit-giga-formation-ia
    text = ("Annoncé lors de la manifestation phare Digital@UNGA à l'Assemblée générale des Nations Unies, ce programme "
            "associe une formation pratique sur l'IA et sur la robotique destinée aux jeunes des communautés "
            "défavorisées, notamment dans les pays où l'initiative Giga, lancée conjointement par l'UIT et l'UNICEF, "
            "vise à aider les pouvoirs publics à connecter les écoles à l'Internet.")
    assert {("giga", "leadEntity", "itu"), ("giga", "leadEntity", "unicef")} <= facts(text, "fr")


AI4G_2020 = "edition:ai-for-good-summit:2020"


def test_a_year_and_a_head_name_the_edition_again_and_a_dashed_aside_does_not_end_the_organisers_en(facts):
    # indusdictum.com news item (12 March 2020), prose-dev7 indusdictum-ai-for-good-2020
    text = ("Leaders in AI and humanitarian action will convene at the 2020 AI for Good Global Summit from 21 to 25 "
            "September (originally planned for 4 to 8 May).\n\n"
            "The 2020 Summit will be co-organized by the International Telecommunication Union (ITU) – the United "
            "Nations specialized agency for information and communication technologies (ICTs) – and the XPRIZE "
            "Foundation, in partnership with Switzerland, the Association for Computing Machinery (ACM) and a wide "
            "variety of sister United Nations agencies.")
    found = facts(text, "en")
    assert {(AI4G_2020, "organiser", "itu"), (AI4G_2020, "organiser", "new:xprize foundation"),
            (AI4G_2020, "partner", "country-CH"), (AI4G_2020, "partner", "new:association for computing machinery")} <= found
    assert not [f for f in found if f[0] == "new:2020 summit"]
    assert not [f for f in found if f[2].startswith("new:a wide variety")]


def test_an_apposition_after_an_agency_is_still_no_agent_en(facts):
    # ifipnews (2023), prose-passages ifipnews-ai-for-good-2023: "organized by ITU, the UN specialized agency ..."
    text = ("AI for Good is organized by ITU, the UN specialized agency for information and communication technology, "
            "together with 40 partner UN agencies.")
    assert not [f for f in facts(text, "en") if f[2].startswith("new:un specialized")]


def test_the_secretary_general_of_the_organization_named_by_his_name_announces_a_working_group_fr(facts):
    # UN press release SG/A/890 (11 November 2004), prose-dev7 unpress-fr-groupe-travail-gouvernance-internet
    text = ("NEW YORK, 11 novembre –- Le Secrétaire général des Nations Unies, Kofi Annan, a annoncé aujourd'hui "
            "l'établissement d'un Groupe de travail sur la gouvernance de l'Internet.  Ce Groupe devrait s'attacher à "
            "préparer le terrain pour les décisions prises sur la gouvernance de l'Internet.")
    assert ("new:groupe de travail sur la gouvernance de l'internet", "createdBy", "secretary-general") in facts(text, "fr")


MAG_FORUM = ("Le Groupe Consultatif Multi-Acteurs (MAG) a organisé le 17 octobre 2017 au Technopark El Gazala, la "
             "deuxième édition du forum de la Gouvernance de l’Internet sous le thème de « Construire votre Avenir "
             "Numérique » avec le support de l’Agence Tunisienne d’Internet (ATI), Internet Society (ISOC) Tunisie, "
             "EO Data Center, IGFSA et Tunisie Télécom.")  # chroniques.tn (October 2017), prose-dev7


def test_a_name_that_acts_is_not_what_its_supporters_support_fr(facts):
    assert not [f for f in facts(MAG_FORUM, "fr") if f[0] == "new:groupe consultatif multi-acteurs"]


def test_when_and_where_between_the_verb_and_its_object_fr(facts):
    assert [f for f in facts(MAG_FORUM, "fr") if f[1] == "organiser" and f[2] == "new:groupe consultatif multi-acteurs"]


def test_every_supporter_of_a_list_is_a_partner_however_it_is_written_fr(facts):
    # an acronym closing a name is no word of it, a name may go on after its acronym ("Internet Society (ISOC)
    # Tunisie"), a name read as an activity is an agent inside a list, and "Tunisie Télécom" is no Tunisia
    partners = {a for _, p, a in facts(MAG_FORUM, "fr") if p == "partner"}
    assert partners == {"new:agence tunisienne d’internet", "new:internet society (isoc) tunisie", "new:eo data center",
                        "new:igfsa", "new:tunisie télécom"}


def test_a_participle_that_is_the_trigger_leaves_the_project_its_partners_fr(facts):
    # seed 003: "Le projet Giga mené par l'UIT en coopération avec le Fonds des Nations Unies pour l'enfance (UNICEF)"
    text = ("Le projet Giga mené par l'UIT en coopération avec le Fonds des Nations Unies pour l'enfance (UNICEF) vise "
            "à utiliser l'IA de manière stratégique pour développer la connectivité Internet.")
    assert {("giga", "leadEntity", "itu"), ("giga", "partner", "unicef")} <= facts(text, "fr")


ECLAC_CONFERENCE = ("(20 March 2013) Topics such as the expansion of the digital economy will be discussed by senior "
                    "officials, experts and private-sector representatives at the Fourth Ministerial Conference on the "
                    "Information Society in Latin America and the Caribbean.\n\n")  # cepal.org, prose-dev7


def test_the_means_an_organiser_acts_through_does_not_end_the_list_of_organisers_en(facts):
    text = ECLAC_CONFERENCE + (
        "The event, which will be held from 3 to 5 April 2013 in the Radisson Victoria Plaza Hotel in Montevideo, is "
        "being organized by the Economic Commission for Latin America and the Caribbean (ECLAC) through the ECLAC "
        "@LIS2 project -jointly financed by the Economic Commission- and the Government of Uruguay, through its "
        "Electronic Government and Information Society Agency (AGESIC).")
    conference = "new:fourth ministerial conference on the information society in latin america and the caribbean"
    assert {(conference, "organiser", "eclac"), (conference, "organiser", "country-UY")} <= facts(text, "en")


def test_a_trigger_inside_a_dashed_aside_names_no_agent_after_it_en(facts):
    # cepal.org press release (20 March 2013), prose-dev7 cepal-elac-fourth-ministerial-2013
    text = ("The event, which will be held from 3 to 5 April 2013 in the Radisson Victoria Plaza Hotel in Montevideo, is "
            "being organized by the Economic Commission for Latin America and the Caribbean (ECLAC) through the ECLAC "
            "@LIS2 project -jointly financed by the Economic Commission- and the Government of Uruguay, through its "
            "Electronic Government and Information Society Agency (AGESIC).")
    assert not [f for f in facts(text, "en") if f[1] == "partner"]


def test_under_the_auspices_is_no_role_fr(facts):
    # jawharafm.net (11 December 2013), prose-dev7 jawharafm-igf-national-tunisien-2013; and ambafrance (prose-dev4)
    text = ("Le Forum global de la Gouvernance de l'Internet (Internet Governance Forum – IGF) a été créé en 2006, "
            "sous l’égide du Secrétaire Général des Nations Unies, conformément aux résultats du Sommet Mondial sur la "
            "Société de l'Information.")
    assert not [f for f in facts(text, "fr") if f[2] == "secretary-general"]


def test_an_opening_participle_at_the_initiative_of_an_agency_names_the_summit_after_it_fr(facts):
    # thd.tn (2023), prose-dev4 thd-ai-for-good-2023-annonce-fr: the series of summits, organised at ITU's initiative
    text = ("Organisé sur deux jours à l’initiative de l’Union internationale des télécommunications (UIT), le Sommet "
            "mondial sur l’intelligence artificielle au service du bien social sera l’occasion de montrer l’aide que les "
            "nouvelles technologies peuvent apporter pour atteindre les Objectifs de développement durable (ODD).")
    assert ("ai-for-good-summit", "organiser", "itu") in facts(text, "fr")


def test_a_name_in_quotes_keeps_its_opening_quote_and_its_leads_en(facts):
    # indusdictum.com (12 March 2020), prose-dev7 indusdictum-ai-for-good-2020
    text = ("The action-oriented 2018 and 2019 summits gave rise to numerous ‘AI for Good’ projects including an ‘AI for "
            "Health’ Focus Group led by ITU and the World Health Organization (WHO), an ITU Focus Group on ‘AI for "
            "Autonomous and Assisted Driving’, and an open framework for collaboration in ‘AI Commons’.")
    found = facts(text, "en")
    assert {("new:‘ai for health’ focus group", "leadEntity", "itu"), ("new:‘ai for health’ focus group", "leadEntity", "who")} \
        <= {(s.lower(), p, o) for s, p, o in found}


def test_a_platform_named_with_its_acronym_hosts_a_roundtable_en(facts):
    # geneva-academy.ch (2024), prose-dev4 genevaacademy-ohchr-roundtable
    text = ("The Geneva Human Rights Platform (GHRP) hosted the III Expert Roundtable on Digital Human Rights Tracking "
            "Tools and Databases (DHRTTDs), gathering an international group of stakeholders to address "
            "interoperability challenges.")
    assert ("new:iii expert roundtable on digital human rights tracking tools and databases", "organiser",
            "new:geneva human rights platform") in facts(text, "en")


def test_an_event_said_again_by_a_demonstrative_after_a_fronted_participle_fr(facts):
    # industries.ma (July 2025), prose-dev6 industries-ai-for-good-2025-fr
    text = ("Du 8 au 11 juillet, la métropole suisse accueille la septième édition du AI for Good Global Summit, sommet "
            "phare des Nations Unies consacré à l’intelligence artificielle au service des Objectifs de développement "
            "durable. Organisé par l’Union internationale des télécommunications, en partenariat avec plus de quarante "
            "agences onusiennes et co-convoqué par la Suisse, ce rendez-vous entend démontrer le rôle transformateur de "
            "l’IA pour un avenir plus équitable, durable et inclusif.")
    organisers = {(s, a) for s, p, a in facts(text, "fr") if p == "organiser"}
    assert {s for s, a in organisers if a == "itu"} == {s for s, a in organisers if a == "country-CH"} != set()


def test_a_focus_group_that_is_a_partnership_of_two_agencies_en(facts):
    # itu.int FG-AI4H page (2023), prose-dev6 itu-fg-ai4h-gi-ai4h
    text = ("The Focus Group on Artificial Intelligence for Health (FG-AI4H) is a partnership of ITU and the World Health "
            "Organization (WHO) to establish a standardized assessment framework for the evaluation of AI-based methods "
            "for health, diagnosis, triage or treatment decisions.")
    found = facts(text, "en")
    assert {(s, a) for s, p, a in found if p == "partner"} == {
        ("new:focus group on artificial intelligence for health", "itu"),
        ("new:focus group on artificial intelligence for health", "who")}


def test_a_state_as_chair_of_a_bureau_is_no_chair_of_the_forum_the_bureau_is_of_en(facts):
    # intgovforum.org (2012), prose-dev6 intgovforum-afigf-launch-nairobi
    text = ("The Africa Internet Governance Forum (AfIGF) was launched on 30 September 2011. The workshop will be "
            "coordinated by the ECA, AUC and the four African sub-regional IGFs with Egypt as Chair of the AfIGF Bureau.")
    assert not [f for f in facts(text, "en") if f[1] == "chair"]


def test_every_agent_of_a_bracketed_list_is_a_partner_registry_or_new_fr(facts):
    # itu.int ITU News (2015), prose-dev5 itunews-forum-smsi-2015-fr
    text = ("Le Forum du SMSI a été organisé conjointement par l'UIT, l'UNESCO, le PNUD et la CNUCED, en collaboration "
            "avec plusieurs institutions du Système des Nations Unies (UNDESA, FAO, PNUE, OMS, ONU Femmes, OMPI, PAM, "
            "OIT, OMM, ONU, CTI, UPU, UNODC, UNICEF et Commissions régionales des Nations Unies). Le Forum a attiré "
            "cette année plus de 1 700 parties prenantes de 140 pays.")
    partners = {a for _, p, a in facts(text, "fr") if p == "partner"}
    assert {"desa", "fao", "un-women", "new:cti", "upu", "unicef", "new:commissions régionales des nations unies"} <= partners
    assert not [a for a in partners if a.startswith("new:") and ("fao" in a or "unicef" in a)]


def test_a_name_going_on_after_the_acronym_of_its_last_words_and_its_partners_en(facts):
    # techestate.co.ke (October 2024), prose-dev7 techestate-kenya-ai-skilling-centre
    text = ("Nairobi, Kenya — The Government of Kenya, in collaboration with the United Nations Development Programme "
            "(UNDP) and Microsoft, officially launched the Africa Centre for Digital and Artificial Intelligence (AI) "
            "Skilling on October 11, 2024. This initiative aims to empower public servants across the continent.")
    centre = "new:africa centre for digital and artificial intelligence (ai) skilling"
    assert {(centre, "leadEntity", "country-KE"), (centre, "partner", "undp"), (centre, "partner", "new:microsoft")} \
        <= facts(text, "en")


def test_a_post_cut_from_its_title_is_no_agent_fr(facts):
    # etradeforall.org (February 2022), prose-dev7 etradeforall-cea-centre-ia-brazzaville
    text = ("Le Centre africain de recherche sur l’Intelligence artificielle, financé par la CEA et d’autres partenaires, "
            "fournira la formation et les compétences technologiques nécessaires.\n"
            "Le Centre sera officiellement lancé par la Secrétaire générale adjointe de l’ONU et Secrétaire exécutive de "
            "la CEA, Vera Songwe, et S.E. Anatole Collinet Makossa, Premier ministre du Congo.")
    assert not [f for f in facts(text, "fr") if f[2] == "new:secrétaire"]


@pytest.mark.parametrize(("text", "subject", "state"), [
    # itu.int WSIS fact sheet (2004), prose-dev5 itu-smsi-ou-et-quand-fr
    (("La deuxième phase du Sommet mondial, accueillie par le Gouvernement tunisien, aura lieu du 16 au 18 novembre "
      "2005 à Tunis."), "new:deuxième phase du sommet mondial", "country-TN"),
    # ambafrance (2018), prose-dev4 ambafrance-fgi-paris-2018-fr
    ("Le Forum sur la Gouvernance de l’Internet est organisé par le gouvernement français, sous l’égide des Nations Unies.",
     "new:forum sur la gouvernance de l’internet", "country-FR"),
])
def test_a_government_named_by_its_people_s_adjective_is_its_state_fr(facts, text, subject, state):
    found = facts(text, "fr")
    assert (subject, "organiser", state) in found
    assert not [f for f in found if "gouvernement" in f[2]]


def test_a_numbered_study_group_creates_a_focus_group_en(facts):
    # itu.int FG-AI4H page (2023), prose-dev6 itu-fg-ai4h-gi-ai4h
    text = ("The Focus Group on Artificial Intelligence for Health (FG-AI4H) is a partnership of ITU and the World Health "
            "Organization (WHO). The group was established by ITU-T Study Group 16 at its meeting in Ljubljana, "
            "Slovenia, 9-20 July 2018 and closed operations on 30 September 2023.")
    assert ("new:focus group on artificial intelligence for health", "createdBy", "new:itu-t study group 16") \
        in facts(text, "en")


def test_agencies_the_registry_does_not_know_end_a_subject_list_fr(facts):
    # ITU WTSA-24 text as quoted in prose-dev2 uit-gss24-sommet-normes-fr: "invite l'UIT, la CEI et l'ISO à organiser"
    text = ("– invite l'UIT, la CEI et l'ISO à organiser un Sommet international annuel sur les normes relatives à "
            "l'intelligence artificielle, afin de faciliter l'échange d'informations entre les organisations de "
            "normalisation;")
    summit = "new:sommet international annuel sur les normes relatives à l'intelligence artificielle"
    assert {(summit, "organiser", "itu"), (summit, "organiser", "new:cei"), (summit, "organiser", "new:iso")} \
        <= facts(text, "fr")


def test_a_date_between_commas_after_announced_the_creation_fr(facts):
    # osiris.sn (21 January 2025), prose-dev2 osiris-coalition-fr
    text = ("L’Union internationale des télécommunications (UIT) a annoncé, mardi 20 janvier, la création de la "
            "Coalition pour les compétences en intelligence artificielle (IA), en marge du Forum économique mondial de "
            "Davos.")
    assert ("ai-skills-coalition", "createdBy", "itu") in facts(text, "fr")


def test_a_working_group_named_in_lower_case_after_launched_and_its_co_chairs_en(facts):
    # news.nokia.com (12 December 2021), prose-dev7 nokianews-broadband-wg-ai-capacity; the list of co-chairs closes
    # with its "and": the organisations named after ", and" hold no role the sentence says
    text = ("The UN Broadband Commission has launched a working group on artificial intelligence capacity building to "
            "help build public sector capacity for digital innovation and transformation. The working group will be "
            "co-chaired by UNESCO and Nokia, and Smart Africa, the World Health Organization (WHO), the 5Rights "
            "Foundation,")
    group = "new:working group on artificial intelligence capacity building"
    assert facts(text, "en") == {(group, "leadEntity", "new:un broadband commission"), (group, "chair", "unesco"),
                                 (group, "chair", "new:nokia")}


def test_a_committee_named_in_lower_case_after_created_fr(facts):
    # A/RES/79/189, French text: "que l’Organisation mondiale de la Santé a créé un comité d’experts sur le don et la
    # transplantation de cellules, de tissus et d’organes, chargé d’aider le secrétariat"
    text = ("Notant que l’Organisation mondiale de la Santé a créé un comité d’experts sur le don et la transplantation de "
            "cellules, de tissus et d’organes, chargé d’aider le secrétariat à élaborer la stratégie mondiale.")
    assert [f for f in facts(text, "fr") if f[0].startswith("new:comité d’experts sur le don") and f[1:] == ("createdBy", "who")]


def test_a_pronoun_opening_a_passive_stands_for_the_forum_the_sentence_before_opened_with_fr(facts):
    # ambafrance (2018), prose-dev4 ambafrance-fgi-paris-2018-fr: what was created is the Forum, not its 13th edition
    text = ("La France accueille la treizième édition du Forum sur la Gouvernance de l’Internet (FGI) sur le thème « "
            "Internet of Trust ».\n\n"
            "Le Forum sur la Gouvernance de l’Internet (FGI ; ou IGF Internet Governance Forum en anglais), est une "
            "plateforme mondiale et multi-acteurs de débat sur l’ensemble des questions de politique publique relatives "
            "à l’Internet.\n\n"
            "Il a été créé en 2005, à Tunis, par le Sommet mondial sur la société de l’information (SMSI).")
    created = {f for f in facts(text, "fr") if f[1] == "createdBy"}
    assert created == {("new:forum sur la gouvernance de l’internet", "createdBy",
                        "new:sommet mondial sur la société de l’information")}


def test_this_year_s_session_after_a_fronted_participle_is_the_event_named_before_en(facts):
    # genevasolutions.news (2022), prose-dev5 genevasolutions-unctad-ecommerce-week-2022
    text = ("It was not surprising that much of the 2022 e-Commerce Week hosted by the United Nations in Geneva this week "
            "took place online.\n\n"
            "Hosted by the UN Conference on Trade and Development (UNCTAD), this year's session emphasised data and "
            "cross-border data flows looking at their role in economic and social development.")
    assert ("new:2022 e-commerce week", "organiser", "unctad") in facts(text, "en")
