"""The coder on short articles that each isolate one rule: who did what to whom, second references,
modality, and the resolution of actors and agreements across articles."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.coder import ArticleCoding, _clause_ends, code_article
from entente.ingest import make_article
from entente.resolve import build_tables, local_rows
from entente.tokens import tokenize

NOW = dt.datetime(2025, 12, 1, tzinfo=dt.UTC)


FILLER = "The statement was published on the website of the ministry and was read out to the press."


def coded(codebook, body: str, date: str = "2025-11-12", name: str = "a.txt") -> ArticleCoding:
    """One article made of `body` and a neutral paragraph (ingest wants enough English words)."""
    return code_article(codebook, make_article(name, f"date {date}\n\n{body}\n\n{FILLER}\n\nSource: Test"))


def countries(coding: ArticleCoding, actor_type: str) -> dict[str, str | None]:
    """Each actor of the kind and the state it was given."""
    return {e.name: e.country for e in coding.entities if e.actor_type == actor_type}


def events(coding: ArticleCoding) -> list[tuple[str, str | None, str | None, str | None]]:
    def name(i: int | None) -> str | None:
        return coding.entities[i].name if i is not None else None

    return [(e.event_type, name(e.source), name(e.target), e.event_date.isoformat() if e.event_date else None)
            for e in coding.events]


def test_source_and_target_come_from_structure_not_order(codebook):
    got = events(coded(codebook, "Poland was criticised by Russia on Monday."))
    assert ("ACCUSE", "Russia", "Poland", "2025-11-10") in got


def test_joint_act_is_coded_once(codebook):
    got = events(coded(codebook, "India and Japan signed a Memorandum of Understanding on Space Cooperation on Tuesday."))
    assert [e[0] for e in got] == ["AGREE"]
    assert {got[0][1], got[0][2]} == {"India", "Japan"}


def test_several_events_in_one_sentence(codebook):
    got = events(coded(codebook, "Greece condemned the seizure on Monday and demanded that Iran release the tanker."))
    assert {e[0] for e in got} >= {"ACCUSE", "REQUEST"}
    assert ("REQUEST", "Greece", "Iran", "2025-11-10") in got


def test_hosted_is_the_visit_seen_from_the_host(codebook):
    got = events(coded(codebook, "Prime Minister Arvind Mehra hosted Vietnamese President Tran Van Hoa on Friday."))
    assert got == [("CONSULT", "Tran Van Hoa", "Arvind Mehra", "2025-11-07")]


@pytest.mark.parametrize("body", [
    "Russia did not sign the Treaty on Open Skies.",
    "Foreign Minister Lena Varga will visit Beijing next month.",
    "India would impose sanctions on the company if talks failed.",
    "Kyrgyzstan denied that it had deployed troops to the border.",
])
def test_acts_that_did_not_happen_are_not_events(codebook, body):
    got = events(coded(codebook, body))
    assert not [e for e in got if e[0] in ("AGREE", "CONSULT", "SANCTION", "MOBILIZE")], got


def test_second_references_resolve_within_the_article(codebook):
    coding = coded(codebook, "Indian Foreign Secretary Vikram Verma met Chinese Vice Minister Sun Weidong in "
                             "Beijing on Monday.\n\nVerma later told reporters that the minister had raised the "
                             "border issue. Beijing said the talks were candid.")
    persons = [e for e in coding.entities if e.actor_type == "person"]
    assert {p.name for p in persons} == {"Vikram Verma", "Sun Weidong"}
    verma = next(p for p in persons if p.name == "Vikram Verma")
    assert "Verma" in verma.aliases and verma.country == "IND"
    assert any(m.text == "the minister" for m in coding.mentions)
    china = next(e for e in coding.entities if e.name == "China")
    assert any(m.entity == china.index and m.text == "Beijing" for m in coding.mentions)


def test_demonyms_name_groups_of_their_state(codebook):
    coding = coded(codebook, "Tajik border guards fired at a Kyrgyz boat on Sunday.")
    group = next(e for e in coding.entities if e.actor_type == "group")
    assert (group.name, group.country) == ("Tajik border guards", "TJK")


def test_one_actor_keeps_one_id_when_the_title_changes(codebook):
    first = coded(codebook, "Foreign Minister Lena Varga of Hungary met Polish Foreign Minister Jan Nowak on Monday.",
                  date="2024-03-05", name="a.txt")
    later = coded(codebook, "Prime Minister Lena Varga of Hungary met Polish President Jan Nowak on Tuesday.",
                  date="2025-10-08", name="b.txt")
    actors = build_tables([first, later], {}, "test", NOW)["actors"]
    varga = actors.filter(actors["name"] == "Lena Varga")
    assert varga.height == 1
    assert varga["role"][0] == "Prime Minister"


def test_an_agreement_named_two_ways_is_one_row_with_the_latest_status(codebook):
    first = coded(codebook, "India and the European Union held a round of talks on the India-EU FTA in Brussels "
                            "on March 3.", date="2025-03-05", name="a.txt")
    later = coded(codebook, "India and the European Union signed the India-European Union Free Trade Agreement "
                            "in New Delhi on October 6.", date="2025-10-07", name="b.txt")
    agreements = build_tables([first, later], {}, "test", NOW)["agreements"]
    assert agreements.height == 1, agreements
    assert agreements["status"][0] == "signed"
    assert agreements["status_date"][0] == dt.date(2025, 10, 6)


@pytest.mark.parametrize("body", [
    "Trade Minister Sunil Kapoor is expected to travel to Brussels in November to meet EU officials.",
    "An interim agreement was to have been signed during the visit to Dhaka in 2011.",
    "Foreign Minister Ramesh Khadka was to have co-chaired a meeting with Indian Foreign Minister Rohan Deshpande.",
    "The Mutual Defense Treaty extends to armed attacks on Philippine public vessels.",
    "The agreement provides for the gradual withdrawal of M23 from the towns it has held.",
    "A Security Council meeting was expected on Friday.",
])
def test_expected_and_unrealised_acts_are_not_events(codebook, body):
    assert events(coded(codebook, body)) == []


@pytest.mark.parametrize(("body", "name", "country"), [
    ("Foreign Minister Said bin Hamad al-Rawahi received the envoy on Monday.", "Said bin Hamad al-Rawahi", None),
    ("Pakistan's Permanent Representative Asim Raza criticised the veto on Monday.", "Asim Raza", "PAK"),
    ("Gujarat Fisheries Minister Bharat Solanki met the fishermen on Monday.", "Bharat Solanki", None),
    ("The President of the Republic of Rwanda, Emmanuel Habimana, spoke on Monday.", "Emmanuel Habimana", "RWA"),
    ("The pact was signed by Dawit Alemu and Mohamed Yusuf Jama, who represents the region.", "Mohamed Yusuf Jama", None),
    ("Pakistan's Field Marshal Asim Rana met the envoy on Monday.", "Asim Rana", "PAK"),
    ("India's Air Chief Marshal Vikram Desai met the envoy on Monday.", "Vikram Desai", "IND"),
    ("Qatar's Sheikh Tamim Al Khalifa met the envoy on Monday.", "Tamim Al Khalifa", "QAT"),
    ("Police arrested British national Gareth Holloway in Goa on Monday.", "Gareth Holloway", "GBR"),
    ("Zambia's opposition candidate Charles Banda accused the commission on Monday.", "Charles Banda", "ZMB"),
    ("Minister of International Relations and Cooperation Sipho Ndlovu met the envoy on Monday.", "Sipho Ndlovu", "ZAF"),
    ("General Rajesh Kulkarni of India met Lieutenant General Dorjiin Enkhbold, Chief of General Staff of the Mongolian "
     "Armed Forces, in New Delhi on Friday.", "Dorjiin Enkhbold", "MNG"),
    ("The deal was signed by Oman's Undersecretary for Fisheries Wealth Sheikh Nasser Al Harthy.", "Nasser Al Harthy", "OMN"),
    ("Afghan Foreign Minister Amir Jan Zadran met the envoy on May 5.", "Amir Jan Zadran", "AFG"),
    ("Former Prime Minister Theresa May met the envoy on Monday.", "Theresa May", None),
    ("Dutch Prime Minister Jan de Vries met the envoy on Monday.", "Jan de Vries", "NLD"),
])
def test_names_with_particles_modifier_titles_and_post_modifiers(codebook, body, name, country):
    persons = {e.name: e for e in coded(codebook, body).entities if e.actor_type == "person"}
    assert name in persons
    if country is not None:
        assert persons[name].country == country


def test_an_official_of_an_international_body_has_no_state(codebook):
    coding = coded(codebook, "NEW DELHI, Oct 11 (Entente) - UN Secretary-General Tomas Reinholt on Monday praised "
                             "India for its diplomacy.")
    [reinholt] = [e for e in coding.entities if e.name == "Tomas Reinholt"]
    assert reinholt.country is None and coding.entities[reinholt.affiliation].name == "United Nations"
    assert ("SUPPORT", "Tomas Reinholt", "India", "2025-11-10") in events(coding)
    coding = coded(codebook, "TBILISI, Oct 11 (Entente) - EU foreign policy spokesperson Anitta Hallberg condemned "
                             "the arrests on Monday.")
    [hallberg] = [e for e in coding.entities if e.name == "Anitta Hallberg"]
    assert hallberg.country is None and coding.entities[hallberg.affiliation].name == "European Union"
    coding = coded(codebook, "UN human rights chief Volker Tanz condemned the arrests on Monday. Chief Cabinet "
                             "Secretary Hideaki Morimoto said Tokyo had protested.")
    [tanz] = [e for e in coding.entities if e.name == "Volker Tanz"]
    assert coding.entities[tanz.affiliation].name == "United Nations"
    assert countries(coding, "person")["Hideaki Morimoto"] == "JPN"


def test_a_visitor_is_not_of_the_place_they_arrived_in(codebook):
    coding = coded(codebook, "HANOI, June 14 (Entente) - Prime Minister Rajeev Malhotra, who arrived in Hanoi on "
                             "Thursday, held talks with Vietnamese President Tran Quoc Vinh on Friday. India and "
                             "Vietnam have close ties, and India is Vietnam's partner.", date="2025-06-14")
    [malhotra] = [e for e in coding.entities if e.name == "Rajeev Malhotra"]
    assert malhotra.country == "IND"
    assert ("CONSULT", "Rajeev Malhotra", "Tran Quoc Vinh", "2025-06-13") in events(coding)


def test_a_state_and_its_own_organs_are_not_two_sides(codebook):
    got = events(coded(codebook, "Kyrgyzstan deployed Kyrgyz troops on Sunday after Tajik border guards crossed "
                                 "into its Batken region and fired on a Kyrgyz border post."))
    assert ("ASSAULT", "Tajik border guards", "Kyrgyzstan", "2025-11-09") in got
    assert not any(source and target and source.startswith("Kyrgyz") and target.startswith("Kyrgyz")
                   for _, source, target, _ in got)


def test_announced_nominal_acts_are_the_announcers(codebook):
    got = events(coded(codebook, "The Federal Government of Somalia announced on Tuesday the recall of its Ambassador "
                                 "to Ethiopia, Mohamed Nur Elmi, for consultations."))
    assert ("SANCTION", "Somalia", "Ethiopia", "2025-11-11") in got


def test_reactions_to_an_act_target_its_author(codebook):
    got = events(coded(codebook, "Chinese coast guard vessels fired water cannon at a Philippine boat on Tuesday. "
                                 "The United States condemned the incident late on Tuesday."))
    assert ("ACCUSE", "United States", "China Coast Guard", "2025-11-11") in got


def test_the_subject_after_who_is_the_person_before_it(codebook):
    got = events(coded(codebook, "Peruvian Foreign Minister Lucia Paredes also called on Prime Minister Arvind Mehra, "
                                 "who welcomed Peru's interest in the alliance."))
    assert any(e[0] == "SUPPORT" and e[1] == "Arvind Mehra" for e in got)


def test_an_act_during_the_talks_takes_the_talks_date(codebook):
    got = events(coded(codebook, "India and Nepal held talks in New Delhi on Wednesday. Nepal's minister arrived on "
                                 "Tuesday. During the talks, both sides reaffirmed their commitment to deepening "
                                 "cooperation in energy.", date="2025-11-14"))
    assert ("COOPERATE", "India", "Nepal", "2025-11-12") in got


def test_an_acronym_in_brackets_names_the_actor_later(codebook):
    coding = coded(codebook, "The Rapid Support Forces (RSF) accepted the plan on Saturday. The army accused the RSF "
                             "on Sunday of regrouping.")
    [rsf] = [e for e in coding.entities if e.name.endswith("Rapid Support Forces")]
    assert any(m.entity == rsf.index and m.text == "RSF" and m.sentence == 1 for m in coding.mentions)


@pytest.mark.parametrize("body", [
    "Kigali has long denied backing the rebels.",
    "Spain has turned down several Venezuelan extradition requests in recent years.",
    "The two countries have held no ministerial talks since 2022.",
])
def test_habitual_and_negated_statements_are_not_events(codebook, body):
    assert events(coded(codebook, body)) == []


def test_a_reaction_to_an_agreement_targets_its_parties(codebook):
    got = events(coded(codebook, "Saudi Arabia and Kuwait signed the Dorra Gas Field Agreement on Wednesday. "
                                 "Iran rejected the agreement hours later."))
    assert ("REJECT", "Iran", "Saudi Arabia", "2025-11-12") in got and ("REJECT", "Iran", "Kuwait", "2025-11-12") in got


def test_a_pair_acting_on_an_object_is_each_member(codebook):
    got = events(coded(codebook, "Japanese Vice-Minister Funada Kazuhiro met Indonesian Vice Minister Arief Hadiningrat "
                                 "on Monday. The two Vice-Ministers condemned North Korea's missile launches."))
    assert {(e[1], e[2]) for e in got if e[0] == "ACCUSE"} == {("Funada Kazuhiro", "North Korea"),
                                                                ("Arief Hadiningrat", "North Korea")}


def test_coordinated_subjects_of_a_one_sided_act_each_act(codebook):
    got = events(coded(codebook, "Russia and China vetoed the US draft resolution on Thursday."))
    assert {e[1] for e in got if e[0] == "REJECT"} == {"Russia", "China"}


def test_a_body_is_of_the_capital_it_speaks_from_and_it_refers_back_to_it(codebook):
    got = events(coded(codebook, "RABAT, May 5 (Entente) - Morocco sent a protest note to Algiers on Monday. In Algiers, "
                                 "the Ministry of National Defence said in a statement on Tuesday that the patrol had "
                                 "fired warning shots. It rejected Rabat's version of events.", date="2026-05-05"))
    assert ("ACCUSE", "Morocco", "Algeria", "2026-05-04") in got
    assert ("REJECT", "Ministry of National Defence", "Morocco", "2026-05-05") in got


def test_the_north_is_the_one_state_named_so_far_by_that_half(codebook):
    got = events(coded(codebook, "SEOUL, June 3 (Entente) - North Korea fired a missile on Tuesday. The Joint Chiefs of "
                                 "Staff (JCS) of South Korea said it was a test. The JCS accused the North of testing "
                                 "its readiness. The North's navy command rejected the South's account.",
                       date="2025-06-03"))
    assert ("ACCUSE", "Joint Chiefs of Staff", "North Korea", "2025-06-03") in got
    assert ("REJECT", "North Korean navy", "South Korea", "2025-06-03") in got


def test_both_parties_far_from_any_pair_are_the_two_the_story_sets_against_each_other(codebook):
    got = events(coded(codebook, "Sudan's army accused the Rapid Support Forces (RSF) on Sunday of shelling El Fasher. "
                                 "The RSF rejected the army's account on Monday and accused the army of bombing markets. "
                                 "The United States said it was studying the reports. The African Union said on "
                                 "Monday that it would send envoys to the region next month. Saudi Arabia urged both "
                                 "parties on Tuesday to return to the negotiating table."))
    requests = {(s, t) for kind, s, t, _ in got if kind == "REQUEST"}
    assert {target for _, target in requests} == {"Sudanese soldiers", "Rapid Support Forces"}


def test_a_person_without_a_state_speaks_for_the_state_whose_plans_they_announce(codebook):
    coding = coded(codebook, "BAMAKO, Dec 3 (Entente) - Mali ordered a French diplomat to leave on Tuesday. Spokeswoman "
                             "Pascale Lenoir warned on Wednesday that Paris would expel a Malian diplomat if Bamako "
                             "did not reverse its decision.", date="2025-12-03")
    [lenoir] = [e for e in coding.entities if e.name == "Pascale Lenoir"]
    assert lenoir.country == "FRA"
    assert ("THREATEN", "Pascale Lenoir", "Mali", "2025-12-03") in events(coding)


def test_what_a_quotation_names_is_no_party_to_the_act(codebook):
    got = events(coded(codebook, "A mob of Ghanaian traders attacked the Nigerian High Commission in Accra on Tuesday. "
                                 "Nigeria's Foreign Minister Adaeze Okonkwo-Bello condemned the attack on Wednesday as "
                                 '"a flagrant violation of the Vienna Convention on Diplomatic Relations".'))
    accusations = [e for e in got if e[0] == "ACCUSE"]
    assert accusations and all(target != "Austria" for _, _, target, _ in accusations)


def test_a_spokesperson_saying_what_their_state_holds_is_the_source(codebook):
    got = events(coded(codebook, "In Islamabad, Foreign Office spokeswoman Sana Javed said on Tuesday that Pakistan "
                                 "remained committed to dialogue and accused India of politicising the issue.",
                       date="2025-10-22"))
    assert ("ACCUSE", "Sana Javed", "India", "2025-10-21") in got


def test_a_date_opening_a_coordinated_clause_is_that_clauses(codebook):
    got = events(coded(codebook, "Hungary vetoed a similar proposal in June, and in January the European Union "
                                 "suspended visa-free travel for holders of Georgian diplomatic passports."))
    assert ("SANCTION", "European Union", "Georgia", "2025-01-01") in got


def test_memoranda_on_several_topics_are_one_agreement_and_one_signing_each(codebook):
    coding = coded(codebook, "India and Ghana signed two Memoranda of Understanding (MoUs) on digital public "
                             "infrastructure and on visa exemption on Thursday, and the minister announced a grant.")
    names = sorted(a.name for a in coding.agreements)
    assert names == ["MoU on digital public infrastructure", "MoU on visa exemption"]
    assert all(coding.entities[p].name for a in coding.agreements for p in a.parties) and \
        {coding.entities[p].name for p in coding.agreements[0].parties} == {"India", "Ghana"}
    assert [e[0] for e in events(coding)].count("AGREE") == 2


def test_memoranda_listed_after_a_dash_are_one_agreement_each(codebook):
    coding = coded(codebook, "India and Tanzania signed three Memoranda of Understanding (MoUs) - on cooperation in "
                             "Digital Public Infrastructure, on Traditional Systems of Medicine and on White Shipping "
                             "Information Sharing - in the presence of both ministers.")
    assert sorted(a.name for a in coding.agreements) == [
        "MoU on Traditional Systems of Medicine", "MoU on White Shipping Information Sharing",
        "MoU on cooperation in Digital Public Infrastructure"]


def test_an_unnamed_agreement_is_named_by_its_kind_and_topic_as_written(codebook):
    coding = coded(codebook, "Saudi Arabia and Kuwait signed an agreement on Wednesday to develop the Dorra gas field. "
                             "Uzbekistan and Pakistan signed a framework agreement in Kabul in July. "
                             "Armenia and Turkey agreed to a ceasefire in talks mediated by Qatar. "
                             "An MoU on cooperation in critical minerals was signed by Varma and Rojas, while an "
                             "MoU on digital payments was signed by officials.")
    assert [a.name for a in coding.agreements] == ["Agreement", "Framework agreement", "Ceasefire",
                                                   "MoU on cooperation in critical minerals", "MoU on digital payments"]


def test_the_same_unnamed_agreement_of_two_pairs_of_states_is_two_agreements(codebook):
    coding = coded(codebook, "India and Ghana signed an MoU on health on Monday. On Tuesday, "
                             "Japan and Kenya signed an MoU on health.")
    assert [a.name for a in coding.agreements] == ["MoU on health", "MoU on health"]
    assert len({a.key for a in coding.agreements}) == 2


def test_each_item_of_a_gapped_pledge_list_is_an_act(codebook):
    body = ("Donors pledged $900 million in aid for Sudan at a conference in Paris on Monday, where Sudan's foreign "
            "minister asked for more. Norway pledged "
            "200 million Norwegian kroner, Canada $45 million and the European Union 60 million euros. Qatar made "
            "the largest pledge, $300 million, followed by Kuwait with $100 million.")
    got = {e[:3] for e in events(coded(codebook, body)) if e[0] == "AID"}
    assert got == {("AID", donor, "Sudan") for donor in ("Norway", "Canada", "European Union", "Qatar", "Kuwait")}


def test_an_actor_the_subject_came_under_fire_from_is_the_source(codebook):
    got = events(coded(codebook, "An Ecuadorian border patrol came under fire from Colombian rebels on Sunday."))
    assert got[0][:3] == ("ASSAULT", "Colombian rebels", "Ecuadorian border guards") or \
        (got[0][0], got[0][1]) == ("ASSAULT", "Colombian rebels")


def test_the_two_presidents_unnamed_are_the_storys_two_sides(codebook):
    body = ("Armenia accused Azerbaijan on Monday of shelling border villages. Azerbaijan rejected the claim. "
            "The clashes are the worst since the two presidents signed the Washington Declaration in August 2025.")
    agree = [e for e in events(coded(codebook, body)) if e[0] == "AGREE"]
    assert len(agree) == 1 and {agree[0][1], agree[0][2]} == {"Armenia", "Azerbaijan"}


@pytest.mark.parametrize("body", [
    "Nigeria accused Ghana of ignoring the border drawn by the colonial powers in 1914.",
    "Nigeria criticised Ghana over the gas pipeline project, launched in 2008.",
])
def test_a_date_in_a_participle_phrase_dates_that_phrase_not_the_act(codebook, body):
    got = events(coded(codebook, body))
    assert ("ACCUSE", "Nigeria", "Ghana", "2025-11-12") in got


def test_a_state_after_of_in_a_title_is_the_persons_state_not_a_portfolio(codebook):
    coding = coded(codebook, "The Prime Minister of New Zealand, Hamish Tane, visited Chile on Monday. A Memorandum on "
                             "Antarctic Cooperation, signed by Foreign Minister Ignacio Valdivia, was published.")
    persons = countries(coding, "person")
    assert set(persons) == {"Hamish Tane", "Ignacio Valdivia"} and persons["Hamish Tane"] == "NZL"


def test_a_quoted_first_person_demand_is_the_speakers_act_a_past_one_is_not(codebook):
    said = events(coded(codebook, 'Nicaragua seized a Colombian fishing boat on Monday. "We strongly condemn this act," '
                                  "said Colombian Foreign Minister Mariana Restrepo."))
    assert ("ACCUSE", "Mariana Restrepo", "Nicaragua", "2025-11-10") in said
    told = events(coded(codebook, 'Nicaragua seized a Colombian fishing boat on Monday. "We condemned such acts before," '
                                  "said Colombian Foreign Minister Mariana Restrepo."))
    assert [e[0] for e in told] == ["COERCE"]


def test_a_demand_for_a_release_is_made_of_the_captors_not_the_captives(codebook):
    got = events(coded(codebook, "Nicaragua seized a Colombian fishing boat on Monday. Colombian Foreign Minister "
                                 "Mariana Restrepo demanded the release of the fishermen."))
    assert ("REQUEST", "Mariana Restrepo", "Nicaragua", "2025-11-10") in got
    for asked in ("demanded the immediate and unconditional release of Fofanah", "called for the president's release"):
        got = events(coded(codebook, f"Soldiers detained President Julius Fofanah in Freetown on Monday. On Tuesday, "
                                     f"the African Union {asked}."))
        assert ("REQUEST", "African Union", "Sierra Leonean soldiers", "2025-11-11") in got, asked
    got = events(coded(codebook, "The Sri Lanka Navy arrested 14 Indian fishermen on Monday. The Tamil Nadu Fisheries "
                                 "Minister, R Selvakumar, urged the Centre to secure the early release of the fishermen."))
    assert not any(e[0] == "REQUEST" and e[2] == "Sri Lanka Navy" for e in got)


def test_releasing_named_people_is_a_retreat_releasing_a_statement_is_not(codebook):
    got = events(coded(codebook, "Mali on Tuesday released four Ivorian customs officers. Ivory Coast released a "
                                 "statement on Wednesday."))
    assert got == [("RETREAT", "Mali", "Ivorian customs officers", "2025-11-11")]


def test_a_body_named_in_lower_case_is_an_actor_of_its_state(codebook):
    coding = coded(codebook, "JAKARTA, Oct 16 (Entente) - The foreign ministry summoned Malaysia's ambassador on "
                             "Wednesday. Iran's foreign ministry said it would respond. The foreign ministry of "
                             "Turkey urged restraint.", date="2025-10-16")
    bodies = {(e.name, e.country, e.key) for e in coding.entities if e.actor_type == "organization"}
    assert bodies == {("Indonesian Foreign Ministry", "IDN", "org:IDN:foreign ministry"),
                      ("Iranian Foreign Ministry", "IRN", "org:IRN:foreign ministry"),
                      ("Turkish Foreign Ministry", "TUR", "org:TUR:foreign ministry")}
    assert ("ACCUSE", "Indonesian Foreign Ministry", "Malaysia", "2025-10-15") in events(coding)


def test_chairing_a_body_is_no_meeting_and_issuing_a_statement_dates_what_it_says(codebook):
    got = events(coded(codebook, "Malaysia, which chairs ASEAN this year, called on Myanmar to end the violence. "
                                 "Thailand welcomed the move in a statement issued on Friday."))
    assert [e[0] for e in got] == ["REQUEST", "SUPPORT"]
    assert got[1][3] == "2025-11-07"


def test_they_after_both_leaders_are_the_two_leaders(codebook):
    got = events(coded(codebook, "Chancellor Matthias Brenner of Germany spoke by telephone on Monday with President "
                                 "Kayode Adeyemi of Nigeria. Both leaders discussed the energy partnership, launched in "
                                 "2008. They condemned the attack on Kaduna by the Islamic State."))
    condemned = [e for e in got if e[0] == "ACCUSE"]
    assert {e[1] for e in condemned} == {"Matthias Brenner", "Kayode Adeyemi"}
    assert condemned[0][3] == "2025-11-10"


def test_agreeing_to_explore_cooperation_is_cooperation_and_lauding_is_support(codebook):
    got = events(coded(codebook, "India and Egypt on Monday agreed to explore co-production of military platforms. "
                                 "Egyptian Defence Minister Tarek Mansour lauded India's defence exports."))
    assert [e[0] for e in got] == ["COOPERATE", "SUPPORT"]
    assert got[1][1:3] == ("Tarek Mansour", "India")


def test_his_government_is_the_persons_state_and_what_he_called_an_ambush_names_the_attack(codebook):
    got = events(coded(codebook, "Guyanese soldiers came under fire from Venezuelan troops on Tuesday. Guyana's "
                                 "President Ravi Persaud on Wednesday condemned what he called a \"cowardly ambush\". "
                                 "His government asked the UN Security Council for an urgent meeting."))
    assert ("ACCUSE", "Ravi Persaud", "Venezuelan soldiers", "2025-11-12") in got
    assert ("REQUEST", "Guyana", "UN Security Council", "2025-11-12") in got


def test_police_using_pepper_spray_and_batons_on_protesters_is_an_assault(codebook):
    got = events(coded(codebook, "BELGRADE, Sept 7 (Entente) - Serbian riot police used pepper spray and batons on "
                                 "Sunday against protesters outside the Croatian embassy.", date="2025-09-07"))
    assert got[0][0] == "ASSAULT" and got[0][1] == "Serbian police"


def test_after_a_closed_subordinate_clause_and_verb_shares_the_main_subject(codebook):
    closed = events(coded(codebook, "Iran's foreign ministry said its guards had fired only after Taliban fighters "
                                    "attacked a border post, wounding three guards, and blamed Kabul for the clash."))
    assert ("ACCUSE", "Iranian Foreign Ministry", "Afghanistan", "2025-11-12") in closed
    inside = events(coded(codebook, "The frigates met after Nicaraguan sailors boarded a Colombian boat and detained "
                                    "its crew."))
    assert {e[1] for e in inside if e[0] == "COERCE"} == {"Nicaraguan sailors"}


def test_a_date_in_an_aside_about_the_subject_does_not_date_the_act(codebook):
    got = events(coded(codebook, "The Philippines, which chairs ASEAN this year, called on Myanmar on Monday to end "
                                 "the airstrikes."))
    assert ("REQUEST", "Philippines", "Myanmar", "2025-11-10") in got


def test_the_person_whom_police_detained_is_the_target(codebook):
    got = events(coded(codebook, "Serbs protested on Sunday against the arrest of Milorad Jovic, a 71-year-old former "
                                 "army officer whom Croatian police detained at the Bajakovo border crossing on Wednesday."))
    assert ("COERCE", "Croatian police", "Milorad Jovic", "2025-11-12") in got


def test_coming_under_fire_in_a_when_clause_has_the_main_clauses_date_and_victims(codebook):
    got = events(coded(codebook, "Two Guyanese soldiers were killed on Tuesday when their patrol came under fire "
                                 "from Venezuelan positions."))
    assert got == [("ASSAULT", "Venezuela", "Guyanese soldiers", "2025-11-11")]


@pytest.mark.parametrize(("body", "name", "country"), [
    ("Prime Minister Daniel Koh spoke by telephone with Prime Minister of Malaysia Dato' Seri Azman Harun on Monday.",
     "Azman Harun", "MYS"),
    ("Minister of Foreign Affairs of the Republic of Kazakhstan Yerlan Sadykov held talks with Minister of Foreign "
     "Affairs of the People's Republic of China Liu Jianhua on Monday.", "Liu Jianhua", "CHN"),
])
def test_a_state_and_honorifics_between_title_and_name(codebook, body, name, country):
    coding = coded(codebook, body)
    persons = countries(coding, "person")
    assert persons.get(name) == country, persons
    assert [e[0] for e in events(coding)] == ["CONSULT"] and name in events(coding)[0][1:3]


def test_the_pair_that_agreed_stays_the_pair_when_the_two_countries_follow(codebook):
    body = ("Prime Minister Daniel Koh of Singapore spoke with Malaysian Prime Minister Azman Harun on Monday. The two "
            "Prime Ministers agreed to set up a joint working group on flood early warning, to be co-chaired by the "
            "two countries' environment ministries.")
    got = events(coded(codebook, body))
    agree = [e for e in got if e[0] == "AGREE"]
    assert len(agree) == 1 and {agree[0][1], agree[0][2]} == {"Daniel Koh", "Azman Harun"}
    assert not [e for e in got if e[0] == "THREATEN"], "an early warning system is no warning"


def test_who_on_an_official_visit_is_the_visitor(codebook):
    body = ("Foreign Minister Yerlan Sadykov of Kazakhstan held talks with Chinese Foreign Minister Liu Jianhua, who is "
            "in Astana on an official visit, on Monday.")
    got = events(coded(codebook, body))
    assert ("CONSULT", "Liu Jianhua", "Yerlan Sadykov", "2025-11-10") in got  # Kazakhstan, by its host in the talks


def test_an_attack_with_no_target_named_hits_the_other_side_of_the_story(codebook):
    body = ("Syria condemned Jordan on Wednesday over air strikes near the border. On Tuesday, Jordan deployed "
            "additional armoured units along the frontier. In January 2024, Jordanian air raids on the Sweida "
            "countryside killed at least ten people.")
    got = events(coded(codebook, body))
    assert ("MOBILIZE", "Jordan", "Syria", "2025-11-11") in got
    assert ("ASSAULT", "Jordan", "Syria", "2024-01-01") in got


@pytest.mark.parametrize(("body", "expected"), [
    ("China on Wednesday handed over 5,000 tonnes of rice to Sri Lanka as humanitarian assistance.",
     ("AID", "China", "Sri Lanka", "2025-11-12")),
    ("Finland closed its border with Russia on Tuesday. The European Commission backed the decision on Wednesday.",
     ("SUPPORT", "European Commission", "Finland", "2025-11-12")),
    ("Foreign Minister Liu Jianhua expressed China's support for Kazakhstan's bid on Monday.",
     ("SUPPORT", "Liu Jianhua", "Kazakhstan", "2025-11-10")),
])
def test_aid_handed_over_and_support_for_a_decision_or_bid(codebook, body, expected):
    assert expected in events(coded(codebook, body))


def test_a_given_name_after_a_title_refers_to_the_person_named_fully(codebook):
    body = ("Prime Minister Daniel Koh of Singapore spoke with Malaysian Prime Minister Azman Harun on Monday. "
            "PM Azman thanked Singapore for its help.")
    coding = coded(codebook, body)
    assert [e.name for e in coding.entities if e.actor_type == "person"] == ["Daniel Koh", "Azman Harun"]
    assert ("SUPPORT", "Azman Harun", "Singapore", "2025-11-10") in events(coding)


def test_a_verb_after_a_named_act_shares_the_subject_of_the_verb_before_it(codebook):
    body = "Syria condemned the Jordanian air strikes on Monday and demanded that Amman coordinate with Damascus."
    assert ("REQUEST", "Syria", "Jordan", "2025-11-10") in events(coded(codebook, body))


def test_this_afternoon_is_the_day_of_publication(codebook):
    body = "Prime Minister Daniel Koh of Singapore spoke by telephone with Malaysian Prime Minister Azman Harun this afternoon."
    got = [(e.event_type, e.event_date.isoformat(), e.date_explicit) for e in coded(codebook, body).events]
    assert got == [("CONSULT", "2025-11-12", True)]


def test_an_agreement_concluded_by_two_states_is_coded_but_not_a_concluded_tour(codebook):
    body = ("Minister Yerlan Sadykov of Kazakhstan noted that the Memorandum develops the Agreement on Cooperation in the "
            "Use and Protection of Transboundary Rivers, concluded by Kazakhstan and China in September 2001.")
    coding = coded(codebook, body)
    assert ("AGREE", "Kazakhstan", "China", "2001-09-01") in events(coding)
    assert [(a.name, a.status) for a in coding.agreements] == [
        ("Agreement on Cooperation in the Use and Protection of Transboundary Rivers", "concluded")]
    tour = coded(codebook, "Foreign Minister Lena Varga of Hungary on Thursday concluded a tour of Kazakhstan during "
                           "which a Memorandum of Understanding on Mining was signed.")
    assert [a.status for a in tour.agreements] == ["signed"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Uzbekistan dispatched 40 railway wagons of flour, medicines, tents and blankets to Afghanistan on Monday.",
     ("AID", "Uzbekistan", "Afghanistan", "2025-11-10")),
    ("The decision followed two days of talks in Pretoria last week between Zimbabwe's Industry Minister Tendai Moyo "
     "and South Africa's Trade Minister Sipho Dlamini.", ("CONSULT", "Tendai Moyo", "Sipho Dlamini", "2025-11-01")),
])
def test_relief_goods_sent_and_talks_held_somewhere_between_two_sides(codebook, body, expected):
    assert expected in events(coded(codebook, body))


def test_a_prefecture_is_a_body_not_a_person(codebook):
    coding = coded(codebook, "The vessel had no Argentine fishing permit, the Argentine Naval Prefecture said.")
    assert [(e.name, e.actor_type) for e in coding.entities if "Prefecture" in e.name] == \
        [("Argentine Naval Prefecture", "organization")]


def test_closing_crossings_is_a_sanction_on_the_other_side_only(codebook):
    body = ("Tunisia accused Libya on Friday of strangling border trade. Libya's Government of National Unity shut the "
            "crossing, the main trade artery between the two countries, on Saturday.")
    sanctions = [e for e in events(coded(codebook, body)) if e[0] == "SANCTION"]
    assert len(sanctions) == 1 and sanctions[0][2] == "Tunisia" and sanctions[0][3] == "2025-11-08"
    body = ("The Finnish government on Tuesday extended the closure of all eight road crossings on the border with "
            "Russia. The European Commission backed the decision on Wednesday.")
    got = events(coded(codebook, body))
    assert ("SANCTION", "Finland", "Russia", "2025-11-11") in got and ("SUPPORT", "European Commission", "Finland",
                                                                        "2025-11-12") in got


def test_her_country_is_the_speakers_state_and_the_council_the_body_named_last(codebook):
    body = ("The UN Security Council adopted a resolution on Wednesday demanding that Rwanda withdraw its troops. "
            "Rwanda's ambassador, Claudine Uwase, told the council her country rejected the resolution's language.")
    coding = coded(codebook, body)
    assert ("REJECT", "Claudine Uwase", "UN Security Council", "2025-11-12") in events(coding)
    assert any(m.text == "her country" and coding.entities[m.entity].name == "Rwanda" for m in coding.mentions)


def test_fighting_between_two_sides_is_one_attack(codebook):
    got = events(coded(codebook, "Fighting between M23 and the Congolese army killed 30 civilians near Uvira on Sunday."))
    assert [e[0] for e in got] == ["ASSAULT"] and "M23" in got[0][1] and got[0][2] is not None


def test_aid_announced_for_the_future_is_aid_and_it_after_that_is_the_teller(codebook):
    got = events(coded(codebook, "Japan announced on Monday that it would provide 5 million dollars in emergency aid "
                                 "to Vanuatu."))
    assert got == [("AID", "Japan", "Vanuatu", "2025-11-10")]
    got = events(coded(codebook, "Prime Minister Daniel Koh of Singapore informed Malaysia on Monday that the "
                                 "Singapore Government would contribute S$500,000 to relief efforts."))
    assert [e[:3] for e in got if e[0] == "AID"] == [("AID", "Singapore Government", "Malaysia")]
    assert not events(coded(codebook, "Japan said on Monday that it would provide aid to Vanuatu if asked."))
    assert ("AID", "Japan", "Vanuatu", "2025-11-10") in events(coded(codebook, "Japan said it had sent relief "
                                                                              "supplies to Vanuatu on Monday."))


def test_a_name_before_a_title_with_an_abbreviated_state_is_a_person(codebook):
    got = events(coded(codebook, "Laura Brennan, the U.S. under secretary of state for arms control, called on "
                                 "Beijing on Tuesday to join trilateral talks.", date="2026-01-22"))
    assert got == [("REQUEST", "Laura Brennan", "China", "2026-01-20")]


def test_a_rejection_answers_the_critic_not_the_spokesman_quoted_after_it(codebook):
    body = ("Gulf Cooperation Council Secretary-General Khalid al-Mutairi condemned the seizure of the tanker by Iran. "
            "Tehran rejected the criticism, with foreign ministry spokesman Hossein Karimi calling the case "
            "\"a purely judicial matter\".")
    rejections = [e for e in events(coded(codebook, body)) if e[0] == "REJECT"]
    assert [e[1:3] for e in rejections] == [("Iran", "Gulf Cooperation Council")]


def test_an_igos_organ_and_the_n_member_council_act_as_the_igo(codebook):
    body = ("The African Union's Peace and Security Council on Friday suspended Guinea-Bissau from all AU activities. "
            "In a communique, the 15-member council condemned the takeover. "
            "It stopped short of imposing sanctions for now, diplomats said.")
    got = events(coded(codebook, body, date="2025-11-29"))
    assert ("SANCTION", "African Union", "Guinea-Bissau", "2025-11-28") in got
    assert any(e[:2] == ("ACCUSE", "African Union") for e in got)
    assert [e for e in got if e[0] == "SANCTION"] == [("SANCTION", "African Union", "Guinea-Bissau", "2025-11-28")]


def test_a_capital_naming_an_agreement_or_talks_is_no_actor(codebook):
    coding = coded(codebook, "Government spokesman Patrick Ilunga called it a breach of the Doha ceasefire, speaking "
                             "in Kinshasa.")
    assert [(e.name, e.country) for e in coding.entities if e.actor_type == "person"] == [("Patrick Ilunga", "COD")]


def test_a_relative_clause_acts_for_its_antecedent_or_for_no_one(codebook):
    body = ("The Economic Community of West African States (ECOWAS), which suspended Guinea-Bissau from its "
            "decision-making bodies on Thursday, sent a delegation led by Senegalese Foreign Minister Awa Ndiaye. "
            "The cyclone, which struck Vanuatu last month, destroyed schools.")
    got = events(coded(codebook, body, date="2025-11-29"))
    assert got == [("SANCTION", "ECOWAS", "Guinea-Bissau", "2025-11-27")]


def test_it_after_and_is_the_clauses_subject_and_a_notice_is_no_treaty(codebook):
    body = ("In January 2023 India issued a notice to Pakistan seeking modification of the treaty, citing "
            "Islamabad's objections, and it sent a second notice in 2024 asking for a review.")
    got = events(coded(codebook, body, date="2025-06-20"))
    assert ("REQUEST", "India", "Pakistan", "2024-01-01") in got
    assert not any(e[0] == "AGREE" for e in got)


def test_water_cannon_on_people_is_assault_and_a_region_is_no_state(codebook):
    body = ("Belgian police fired tear gas and water cannon at protesters near the European Parliament. "
            "The Chinese coast guard fired water cannon at a Philippine vessel. "
            "Farmers protested against the trade agreement with the South American Mercosur bloc.")
    coding = coded(codebook, body)
    assert [e[0] for e in events(coding)][:2] == ["ASSAULT", "COERCE"]
    assert "United States" not in {e.name for e in coding.entities}


def test_a_threat_is_aimed_past_the_speakers_own_bloc(codebook):
    got = events(coded(codebook, "Brazilian Foreign Minister Paulo Andrade urged the EU on Wednesday to sign the pact, "
                                 "and warned that Mercosur would turn to other partners if the deal stalled again. "
                                 "Thousands of farmers protested against the trade agreement between the European Union "
                                 "and the South American Mercosur bloc in Brussels. Andrade urged the EU on Thursday to "
                                 "sign, and warned that Mercosur would turn to other partners."))
    threats = {e[:3] for e in got if e[0] == "THREATEN"}
    assert threats == {("THREATEN", "Paulo Andrade", "European Union")}


def test_rebels_shelling_the_army_is_an_act_and_a_place_in_another_clause_is_not_theirs(codebook):
    body = ("KINSHASA, Sept 23 (Entente) - The Democratic Republic of Congo accused M23 rebels on Tuesday of violating "
            "the ceasefire agreed in Doha "
            "in July, after the rebels shelled army positions near the town of Masisi on Sunday.")
    coding = coded(codebook, body, date="2025-09-23")
    assert ("ASSAULT", "M23", "Congolese soldiers", "2025-09-21") in {(e[0], e[1].removeprefix("Congolese "), e[2], e[3])
                                                                     for e in events(coding)}
    assert not any(e.country == "QAT" for e in coding.entities if e.actor_type == "group")


def test_troops_deployed_in_the_passive_move_for_their_own_side(codebook):
    body = ("GEORGETOWN, Oct 8 (Entente) - Guyana accused Venezuela on Wednesday of violating the Argyle Declaration "
            "after Venezuelan troops were deployed over the weekend to the island of Anacoco.")
    got = events(coded(codebook, body, date="2025-10-08"))
    assert ("MOBILIZE", "Venezuela", "Guyana", "2025-10-01") in got


def test_a_portfolio_listed_with_commas_and_a_visitor_after_with(codebook):
    body = ("The agreement was signed by Oman's Minister of Commerce, Industry and Investment Promotion Salim bin "
            "Nasser Al Harthy, with Indian Commerce Minister Arvind Kulkarni having arrived in Muscat on Wednesday.")
    coding = coded(codebook, body, date="2025-12-19")
    assert ("Salim bin Nasser Al Harthy", "OMN") in {(e.name, e.country) for e in coding.entities}
    assert ("CONSULT", "Arvind Kulkarni", "Oman", "2025-12-17") in events(coding)


def test_an_act_on_a_known_agreement_is_between_its_parties(codebook):
    body = ("India and Oman on Thursday signed a Comprehensive Economic Partnership Agreement in Muscat. "
            "Negotiations on the agreement were launched in November 2023, and officials said the pact was India's "
            "second such agreement after the India-UAE agreement, which was signed in 2022. "
            "They recalled the 1960 France-Gabon defence agreement signed by the two sides.")
    coding = coded(codebook, body, date="2025-12-19")
    got = events(coding)
    assert ("CONSULT", "India", "Oman", "2023-11-01") in got
    assert ("AGREE", "India", "United Arab Emirates", "2022-01-01") in got
    assert ("AGREE", "France", "Gabon") in {e[:3] for e in got}
    assert [a.name for a in coding.agreements] == ["Comprehensive Economic Partnership Agreement", "India-UAE agreement",
                                                   "France-Gabon defence agreement"]


def test_a_quoted_criticism_is_an_accusation(codebook):
    body = ("Chile recalled its consul general in La Paz on Wednesday. "
            "Bolivian government spokesman Marcelo Arce said on Thursday that the recall was \"disproportionate\" and "
            "that La Paz would not retract it. Ministry spokeswoman Darya Kolesnikova called Warsaw's decision "
            "\"another Russophobic provocation\". Tunisia summoned the Libyan envoy to protest against what it called "
            "a \"unilateral\" closure.")
    got = {e[:3] for e in events(coded(codebook, body, date="2025-05-23"))}
    assert {("ACCUSE", "Marcelo Arce", "Chile"), ("ACCUSE", "Darya Kolesnikova", "Poland")} <= got
    assert not any(e[0] == "ACCUSE" and e[1] == "Tunisia" and e[2] == "Tunisia" for e in got)


def test_a_pattern_naming_a_missing_word_list_is_refused(tmp_path):
    from entente.codebook import CodebookError, compile_pattern
    with pytest.raises(CodebookError, match="word_lists.yaml"):
        compile_pattern("{call} ** <nonsense>", {}, {})


def test_a_verb_after_a_closed_aside_keeps_the_subject(codebook):
    body = ("Niger's government spokesman, Colonel Amadou Sani, dismissed the decision on Tuesday, after it had been "
            "communicated to Niamey, as \"neo-colonial blackmail\" and accused the European Union of interfering.")
    got = {e[:3] for e in events(coded(codebook, body, date="2026-02-11"))}
    assert ("ACCUSE", "Amadou Sani", "European Union") in got


def test_spoke_to_a_counterpart_and_trips_to_a_capital_are_consultations(codebook):
    body = ("External Affairs Minister Anand Vardhan spoke to his Greek counterpart Stavros Kalogeropoulos on "
            "Wednesday night. Togo's Foreign Minister Komi Adjavon made three trips to Niamey this month. "
            "The minister spoke to reporters in Delhi afterwards.")
    got = {e[:3] for e in events(coded(codebook, body, date="2026-07-10"))}
    assert got == {("CONSULT", "Anand Vardhan", "Stavros Kalogeropoulos"), ("CONSULT", "Komi Adjavon", "Niger")}


def test_two_signatories_of_a_bilateral_agreement_stand_for_its_two_parties(codebook):
    body = ("New Zealand Prime Minister Hamish Tane held talks with Chilean President Camila Fuentealba in Santiago on "
            "Wednesday. A Memorandum of Understanding on Agricultural Cooperation was signed by Minister of "
            "Agriculture Rosa Quilodran and Minister of Agriculture Tom Ruawai.")
    coding = coded(codebook, body, date="2026-05-21")
    persons = countries(coding, "person")
    assert {persons["Rosa Quilodran"], persons["Tom Ruawai"]} == {"CHL", "NZL"}


def test_a_states_minister_named_later_is_that_person_and_a_counterpart_shares_the_role(codebook):
    body = ("Chile recalled its consul general on Wednesday after Bolivia's foreign minister described Chilean control "
            "of the coast as \"an occupation\". Foreign Minister Ignacio Larrain said the remarks, made by his Bolivian "
            "counterpart Rosa Quispe on Monday, were unacceptable.")
    coding = coded(codebook, body, date="2026-05-21")
    assert {(e.name, e.role) for e in coding.entities if e.actor_type == "person"} >= {("Rosa Quispe", "Foreign Minister")}
    assert any(e[:3] == ("ACCUSE", "Rosa Quispe", "Chile") for e in events(coding))


def test_a_quoted_verb_is_done_and_a_councils_resolutions_are_no_target(codebook):
    body = ("North Korea launched an intercontinental ballistic missile on Tuesday. In Washington, spokesperson Laura "
            "Whitfield said the United States \"strongly condemns\" the launch. Russia vetoed a draft Security "
            "Council resolution on Wednesday.")
    got = {e[:3] for e in events(coded(codebook, body, date="2025-08-14"))}
    assert ("ACCUSE", "Laura Whitfield", "North Korea") in got
    assert ("REJECT", "Russia", "UN Security Council") in got


def test_aid_through_an_agency_goes_to_the_state_it_serves(codebook):
    body = ("Donors met in Kathmandu on Tuesday to help Nepal rebuild after the earthquake. The United Kingdom pledged "
            "15 million pounds to the World Food Programme.")
    got = {e[:3] for e in events(coded(codebook, body, date="2025-04-16")) if e[0] == "AID"}
    assert got == {("AID", "United Kingdom", "Nepal")}


def test_an_agreement_between_two_states_has_them_as_parties(codebook):
    body = ("Angolan President Augusto Kiala spoke by phone with Congolese President Jean-Pierre Mulamba on Wednesday. "
            "The two presidents reviewed the ceasefire between the Democratic Republic of the Congo and Rwanda, "
            "which took effect on May 4 under Angolan auspices.")
    coding = coded(codebook, body, date="2025-06-12")
    assert {coding.entities[p].name for p in coding.agreements[0].parties} == {"Democratic Republic of the Congo",
                                                                             "Rwanda"}


def test_a_portfolio_listed_before_the_role_is_part_of_the_title(codebook):
    body = ("The decision followed talks between Zimbabwe's Industry and Commerce Minister Tendai Moyo and South "
            "Africa's Trade, Industry and Competition Minister Sipho Dlamini in Pretoria.")
    coding = coded(codebook, body)
    assert ("Sipho Dlamini", "ZAF") in {(e.name, e.country) for e in coding.entities}


def test_an_agreement_known_as_another_name_is_one_and_a_titled_one_is_no_back_reference(codebook):
    body = ("Prime Minister Whitlock congratulated Prime Minister Kaupa on the ratification of the Papua New "
            "Guinea-Australia Mutual Defence Treaty, known as the Pukpuk Treaty, by the National Parliament of Papua "
            "New Guinea on Tuesday. The two leaders signed the Pukpuk Treaty in Canberra in October, building on the "
            "Bilateral Security Agreement concluded by the two countries in December 2023.")
    coding = coded(codebook, body, date="2026-02-26")
    assert [a.name for a in coding.agreements] == ["Papua New Guinea-Australia Mutual Defence Treaty",
                                                   "Bilateral Security Agreement"]


def test_a_shortened_name_is_the_same_agreement(codebook):
    body = ("Guyana accused Venezuela on Wednesday of violating the Argyle Declaration. The Joint Declaration of "
            "Argyle for Dialogue and Peace was signed by the presidents of the two countries in December 2023.")
    coding = coded(codebook, body, date="2025-10-08")
    assert len(coding.agreements) == 1
    acts = {e[:3] for e in events(coding)}
    assert ("AGREE", "Guyana", "Venezuela") in acts or ("AGREE", "Venezuela", "Guyana") in acts


def test_signatories_in_a_story_between_a_state_and_a_bloc_never_break_the_coder(codebook):
    body = ("TEHRAN, August 27 (Entente) - Iran announced the conclusion of a protocol with the International Atomic "
            "Energy Agency on the resumption of inspections.\n\nIran suspended its cooperation with the Agency in "
            "July. The Protocol on the Modalities of Safeguards Inspections was signed by Deputy Foreign Minister Ivan "
            "Okaforis and IAEA Deputy Director General for Safeguards Boris Haddadov.\n\n- a Memorandum of "
            "Understanding on Agricultural Cooperation, signed by Minister of Agriculture Rosa Quilodran and Minister "
            "of Agriculture Tom Ruawai;")
    coding = coded(codebook, body, date="2016-09-07")
    assert all(e.country is None or len(e.country) == 3 for e in coding.entities)


def test_soldiers_detaining_their_president_is_coercion_and_a_coup_condemned_answers_them(codebook):
    body = ("ECOWAS on Thursday suspended Guinea-Bissau from its bodies, a day after army officers seized power in "
            "Bissau and detained President Umberto Sanha. Leaders of the bloc condemned the coup on Thursday.")
    got = {e[:3] for e in events(coded(codebook, body, date="2025-11-28"))}
    assert any(e[0] == "COERCE" and e[2] == "Umberto Sanha" for e in got)
    assert not any(e[0] == "COERCE" and e[2] in ("ECOWAS", "Guinea-Bissau") for e in got)
    assert any(e[0] == "ACCUSE" and e[1] == "ECOWAS" and e[2] and "Bissau" in e[2] for e in got)


def test_a_ship_sunk_by_a_states_torpedo_is_its_attack(codebook):
    body = ("The South Korean corvette Cheonan was sunk near the line by a North Korean torpedo in March 2010. "
            "In April 2020, a Chinese coast guard vessel rammed and sank a Vietnamese trawler near Woody Island.")
    got = {e[:3] for e in events(coded(codebook, body, date="2026-05-05"))}
    assert ("ASSAULT", "North Korea", "South Korea") in got
    assert any(e[0] == "ASSAULT" and e[2] == "Vietnam" for e in got)
    rammed = events(coded(codebook, "A Chinese coast guard ship rammed a Vietnamese fishing boat on Tuesday.", date="2026-05-29"))
    assert ("ASSAULT", "China Coast Guard", "Vietnam", "2026-05-26") in rammed


def test_crowd_control_is_never_aimed_at_a_foreign_state(codebook):
    body = ("The European Union suspended aid to Niger on Monday. Several hundred of his supporters marched in the "
            "capital on Saturday and were dispersed by police with tear gas.")
    got = [e for e in events(coded(codebook, body, date="2026-02-10")) if e[0] == "ASSAULT"]
    assert got and all(e[2] != "European Union" for e in got)


def test_suspending_a_state_and_recalling_a_consul_are_sanctions(codebook):
    body = ("ECOWAS suspended Mali in August 2020 after soldiers there ousted the government. "
            "Chile recalled its consul general in La Paz for consultations on Wednesday.")
    got = {e[:3] for e in events(coded(codebook, body, date="2026-05-21"))}
    assert ("SANCTION", "ECOWAS", "Mali") in got
    assert ("SANCTION", "Chile", "Bolivia") in got


def test_aid_named_as_a_programme_and_aid_a_minister_announces(codebook):
    body = ("On March 5, the Government of Japan decided to extend Emergency Grant Aid of 2 million US dollars to the "
            "Republic of Vanuatu in response to the cyclone. French Minister for the Armed Forces Claire Dumontet met "
            "Lebanese officials on Monday. France will also provide military assistance to the Lebanese Armed Forces, "
            "including 40 armoured vehicles, Minister for the Armed Forces Claire Dumontet announced.")
    got = {e[:3] for e in events(coded(codebook, body, date="2026-03-06")) if e[0] == "AID"}
    assert ("AID", "Japan", "Vanuatu") in got
    assert ("AID", "Claire Dumontet", "Lebanese Armed Forces") in got


def test_the_state_whose_concern_is_expressed_is_not_its_target(codebook):
    body = ("Vice-Minister Kenji Morita expressed Japan's serious concern over the use of water cannon by Chinese coast "
            "guard vessels near the shoal.")
    got = [e for e in events(coded(codebook, body)) if e[0] == "ACCUSE"]
    assert got and all(e[2] != "Japan" for e in got)


def test_a_state_named_before_its_forces_names_them_as_written(codebook):
    body = "Myanmar military aircraft bombed villages on Sunday. Kosovo police detained two men on Monday."
    names = {e.name for e in coded(codebook, body).entities if e.actor_type == "group"}
    assert {"Myanmar military", "Kosovo police"} <= names


def test_leaders_condemning_an_act_aim_at_its_author_and_stay_the_pair(codebook):
    body = ("Prime Minister Catherine Doyle hosted President Bambang Sutrisno of Indonesia in Canberra on 20 November "
            "2025. The leaders condemned the airstrikes carried out by the Myanmar military on villages earlier this "
            "month. They called on the Myanmar military to implement the Five-Point Consensus agreed in April 2021.")
    got = {e for e in events(coded(codebook, body, date="2025-11-20")) if e[0] in ("ACCUSE", "REQUEST")}
    assert got == {(kind, leader, "Myanmar military", "2025-11-20") for kind in ("ACCUSE", "REQUEST")
                   for leader in ("Catherine Doyle", "Bambang Sutrisno")}


def test_a_readout_dates_thanks_and_welcomes_on_the_call_not_on_the_acts_they_mention(codebook):
    body = ("Prime Minister Nikola Vujovic today held a telephone conversation with the Prime Minister of Albania, Erion "
            "Hoxha.\n\nPrime Minister Vujovic thanked Prime Minister Hoxha for the two firefighting aircraft that "
            "Albania sent to Montenegro last week. The two leaders welcomed the lifting by Albania on Monday of the "
            "transit fee. They noted that the border agreement was ratified by the Parliament of Montenegro on 26 June."
            "\n\nPrime Minister Hoxha reiterated Albania's full support for Montenegro's accession to the European Union.")
    got = [e for e in events(coded(codebook, body, date="2025-07-09")) if e[0] == "SUPPORT"]
    assert got and all(e[3] == "2025-07-09" for e in got)
    assert all(e[1:3] != ("Erion Hoxha", "Albania") for e in got)


def test_a_guest_received_by_a_host_visits_and_a_compound_names_no_act(codebook):
    body = ("KATHMANDU, Aug 27 (Entente) - Donors pledged $1.1 billion on Tuesday to help Nepal rebuild after an "
            "earthquake that killed 900 people on August 14.\n\nAt the conference, Japan pledged $250 million, India "
            "$200 million and the World Bank $400 million.\n\nJapanese Foreign Minister Kenji Morikawa, the most senior "
            "foreign official to visit Nepal since the disaster, was received by Prime Minister Ramesh Khadka on "
            "Monday, and the two discussed early-warning systems.")
    got = events(coded(codebook, body, date="2025-08-27"))
    assert ("CONSULT", "Kenji Morikawa", "Ramesh Khadka", "2025-08-25") in got
    assert {e for e in got if e[0] == "AID"} == {("AID", donor, "Nepal", "2025-08-26")
                                                 for donor in ("Japan", "India", "World Bank")}
    assert all(e[0] != "THREATEN" for e in got)


def test_a_states_force_named_in_lower_case_is_its_named_body_and_an_offset_dates_the_act_after_it(codebook):
    body = ("MANILA, March 12 (Entente) - The Philippines summoned China's ambassador on Wednesday, a day after Chinese "
            "coast guard vessels fired water cannon at a Philippine Coast Guard ship near Second Thomas Shoal.")
    got = events(coded(codebook, body, date="2025-03-12"))
    assert ("COERCE", "China Coast Guard", "Philippine Coast Guard", "2025-03-11") in got
    assert ("ACCUSE", "Philippines", "China", "2025-03-12") in got


def test_fighters_of_a_named_group_are_the_group_and_a_mob_of_traders_the_traders(codebook):
    body = ("Pakistani warplanes struck hideouts inside Afghanistan on Friday, hours after fighters of the "
            "Tehrik-i-Taliban Pakistan (TTP) stormed a border post, killing seven soldiers. Ghana's foreign minister "
            "apologised to Nigeria on Wednesday after a mob of traders stormed the Nigerian High Commission in Accra.")
    sources = {e[1] for e in events(coded(codebook, body)) if e[0] == "ASSAULT"}
    assert {"Tehrik-i-Taliban Pakistan", "Ghanaian traders"} <= sources


def test_a_state_named_as_a_place_does_not_give_a_spokesman_his_state(codebook):
    body = ("ISLAMABAD, Oct 24 (Entente) - Pakistani warplanes struck hideouts inside Afghanistan on Friday. The strikes "
            "targeted camps in Afghanistan's Paktika province, army spokesman Tariq Lodhi told a news conference. He "
            "accused Kabul of sheltering militants.")
    assert ("ACCUSE", "Tariq Lodhi", "Afghanistan", "2025-10-24") in events(coded(codebook, body, date="2025-10-24"))


def test_charging_a_crowd_is_no_accusation_and_its_police_fire_the_tear_gas(codebook):
    body = "When some tried to climb the wall, riot police charged the crowd and fired volleys of tear gas."
    got = events(coded(codebook, body))
    assert all(e[0] != "ACCUSE" for e in got)
    assert any(e[0] == "ASSAULT" and e[1].endswith("police") for e in got)


def test_staff_accused_of_spying_accuse_nobody_and_an_envoy_summoned_to_a_ministry_is_summoned_by_it(codebook):
    body = ("Russia expelled two Bulgarian diplomats on Wednesday in retaliation for Sofia's decision to send home two "
            "Russian embassy staff accused of espionage. On Wednesday the Bulgarian ambassador in Moscow, Stefan Kolev, "
            "was summoned to the Russian Foreign Ministry.")
    got = events(coded(codebook, body))
    assert not any(e[0] == "ACCUSE" and e[1] == "Russian diplomats" for e in got)
    assert any(e[0] == "ACCUSE" and e[1] == "Russian Foreign Ministry" and e[2] == "Stefan Kolev" for e in got)


def test_a_truce_that_was_agreed_and_took_effect_is_between_its_parties(codebook):
    body = ("The truce was agreed in Putrajaya on Saturday after talks between Thai Defence Minister Somchai Wongsakul "
            "and his Cambodian counterpart Sok Vannarith, mediated by Malaysian Foreign Minister Faridah Hamzah. "
            "Under the agreement, which took effect at midnight, both armies were to halt all fire.")
    agree = [e for e in events(coded(codebook, body, date="2026-04-17")) if e[0] == "AGREE"]
    assert agree and all("Faridah Hamzah" not in e[1:3] for e in agree)
    assert ("AGREE", "Somchai Wongsakul", "Sok Vannarith", "2026-04-11") in agree


def test_a_complaint_filed_at_the_wto_accuses_the_state_it_is_against_and_unannounced_tariffs_are_none(codebook):
    body = ("China filed a complaint at the World Trade Organization on Tuesday against Mexican tariffs on Chinese cars. "
            "Beijing has not yet announced specific retaliatory tariffs.")
    got = events(coded(codebook, body, date="2025-12-03"))
    assert ("ACCUSE", "China", "Mexico", "2025-12-02") in got
    assert all(e[0] != "SANCTION" for e in got)


def test_an_official_for_a_region_urges_and_tensions_between_two_states_are_no_meeting_partner(codebook):
    body = ("The UN Security Council met on Wednesday to discuss rising tensions between Ethiopia and Eritrea. "
            "Assistant Secretary-General for Africa Ines Moreno-Valdez urged Addis Ababa and Asmara to exercise "
            "restraint.")
    got = events(coded(codebook, body, date="2025-04-17"))
    assert {e[:3] for e in got if e[0] == "REQUEST"} == {("REQUEST", "Ines Moreno-Valdez", "Ethiopia"),
                                                         ("REQUEST", "Ines Moreno-Valdez", "Eritrea")}
    assert not any(e[0] == "CONSULT" and e[2] in ("Ethiopia", "Eritrea") for e in got)


def test_a_portfolio_with_a_region_and_a_line_of_credit_named_as_a_programme(codebook):
    body = ("External Affairs Minister Arvind Saxena on Wednesday held talks with Tanzania's Minister for Foreign "
            "Affairs and East African Cooperation Neema Mwakyusa. Notably, India extended a Line of Credit of USD 500 "
            "million to Tanzania for water projects, officials said.")
    got = events(coded(codebook, body, date="2025-09-04"))
    assert ("CONSULT", "Arvind Saxena", "Neema Mwakyusa", "2025-09-03") in got
    assert any(e[:3] == ("AID", "India", "Tanzania") for e in got)


def test_a_communique_in_the_present_tense(codebook):
    body = ("The European Council held talks with the President of Ukraine, Oleksandr Marchenko. It reiterates its "
            "unwavering support for Ukraine's independence. The European Council strongly condemns Iran's continued "
            "transfer of drones to Russia and calls on Tehran to cease all military support for Russia's war.")
    got = {e[:3] for e in events(coded(codebook, body, date="2025-12-18"))}
    assert {("SUPPORT", "European Council", "Ukraine"), ("ACCUSE", "European Council", "Iran"),
            ("REQUEST", "European Council", "Iran")} <= got


def test_agreeing_to_pull_back_is_an_agreement(codebook):
    got = events(coded(codebook, "Armenia and Azerbaijan agreed on Thursday to pull forces back from the border."))
    assert any(e[0] == "AGREE" and {e[1], e[2]} == {"Armenia", "Azerbaijan"} for e in got)


def test_members_including_two_states_act_and_both_sides_are_the_story_pair_not_a_praised_bloc(codebook):
    body = ("Eritrea accused Ethiopia on Tuesday of massing troops on the border. The UN Security Council met on "
            "Wednesday to discuss tensions between Ethiopia and Eritrea. Several Council "
            "members, including Denmark and Algeria, praised the African Union's efforts to mediate. China's "
            "representative called on both sides to settle their differences through negotiations.")
    got = {e[:3] for e in events(coded(codebook, body, date="2025-04-17"))}
    assert {("SUPPORT", "Denmark", "African Union"), ("SUPPORT", "Algeria", "African Union")} <= got
    assert {e for e in got if e[0] == "REQUEST"} == {("REQUEST", "China", "Ethiopia"), ("REQUEST", "China", "Eritrea")}


def test_withdrawing_from_a_treaty_is_a_sanction_and_a_body_in_its_name_is_no_party(codebook):
    body = ("When Belarus announced on Tuesday that it was formally withdrawing from the Treaty on Conventional Armed "
            "Forces in Europe, few were surprised.\n\nSigned in Paris on November 19, 1990, the treaty capped tanks.")
    coding = coded(codebook, body, date="2026-01-15")
    assert ("SANCTION", "Belarus", None, "2026-01-13") in events(coding)
    treaty = next(a for a in coding.agreements if a.name.startswith("Treaty on Conventional"))
    assert treaty.status == "withdrawn" and [coding.entities[p].name for p in treaty.parties] == ["Belarus"]


def test_a_verb_without_a_date_of_its_own_takes_that_of_the_sentences_earlier_act(codebook):
    body = ("The European Union suspended aid to Niger today.\n\nNiger's government spokesman, Colonel Amadou Sani, "
            "dismissed the decision on state television on Tuesday evening, after it had been communicated to Niamey, "
            "and accused the European Union of interfering in Niger's internal affairs.")
    got = events(coded(codebook, body, date="2026-02-11"))
    assert ("ACCUSE", "Amadou Sani", "European Union", "2026-02-10") in got


def test_condemning_a_decision_answers_the_news_not_a_treatys_history_and_attack_helicopters_attack_nobody(codebook):
    body = ("When Belarus announced on Tuesday that it was formally withdrawing from the Treaty on Conventional Armed "
            "Forces in Europe, few were surprised. The treaty capped tanks and attack helicopters. In November 2023 "
            "NATO members suspended the treaty. Lithuania condemned the decision on Wednesday, while Russia's foreign "
            "ministry welcomed the move.")
    got = events(coded(codebook, body, date="2026-01-15"))
    assert ("ACCUSE", "Lithuania", "Belarus", "2026-01-14") in got
    assert any(e[0] == "SUPPORT" and e[2] == "Belarus" for e in got)
    assert all(e[0] != "ASSAULT" for e in got)


def test_the_two_russians_are_russian_nationals_and_them_is_the_group_just_named(codebook):
    body = ("The expulsion of the two Russians was announced by Bulgaria's Foreign Ministry on Monday. The State Agency "
            "for National Security accused them of trying to obtain classified information on NATO exercises.")
    got = events(coded(codebook, body, date="2026-03-05"))
    assert ("ACCUSE", "State Agency for National Security", "Russian nationals", "2026-03-02") in got


def test_an_agreement_told_in_a_relative_clause_after_an_appeal_was_signed(codebook):
    body = ("A UN official urged Addis Ababa and Asmara to return to dialogue under the Joint Declaration of Peace and "
            "Friendship, which the two countries signed in Asmara in July 2018.")
    got = events(coded(codebook, body, date="2025-04-17"))
    assert any(e[0] == "AGREE" and {e[1], e[2]} == {"Ethiopia", "Eritrea"} and e[3] == "2018-07-01" for e in got)


def test_a_spokeswoman_for_a_body_named_after_a_comma_is_a_person(codebook):
    body = ("A spokeswoman for the EU monitoring mission, Helena Sjoberg, urged the Russian side to show restraint. "
            "Chile recalled its consul general in La Paz for consultations on Wednesday.")
    got = events(coded(codebook, body))
    assert ("REQUEST", "Helena Sjoberg", "Russia", "2025-11-12") in got
    assert any(e[0] == "SANCTION" and e[1] == "Chile" for e in got)


def test_calling_on_a_minister_for_a_portfolio_is_a_visit_and_a_videoconference_between_two_is_a_meeting(codebook):
    body = ("EAM Menon also called on Oman's Deputy Prime Minister for Defence Affairs Sayyid Marwan bin Said Al Said. "
            "A videoconference on Monday between Mexican Deputy Secretary Luis Betancourt and Chinese Vice Minister of "
            "Commerce Zhao Mingyuan failed to narrow differences.")
    got = events(coded(codebook, body))
    assert all(e[0] != "REQUEST" for e in got)
    assert any(e[0] == "CONSULT" and e[2] == "Sayyid Marwan bin Said Al Said" for e in got)
    assert any(e[0] == "CONSULT" and {e[1], e[2]} == {"Luis Betancourt", "Zhao Mingyuan"} for e in got)


def test_talks_that_ended_without_agreement_name_no_agreement(codebook):
    coding = coded(codebook, "The dispute follows negotiations held in Beijing last week between Mexico and China, "
                             "which ended without agreement on a list of exemptions.")
    assert coding.agreements == []


def test_an_envoy_named_in_apposition_ordered_to_leave_and_a_suspended_treaty_dated_by_the_act(codebook):
    body = ("Mali's military-led government on Tuesday ordered the French charge d'affaires in Bamako, Laurent Mercier, "
            "to leave the country within 72 hours. When Madrid endorsed Morocco's plan in March 2022, Algeria suspended "
            "its 2002 Treaty of Friendship with Spain.")
    got = events(coded(codebook, body, date="2025-12-03"))
    assert any(e[0] == "SANCTION" and e[2] == "Laurent Mercier" and e[3] == "2025-12-02" for e in got)
    assert ("SANCTION", "Algeria", "Spain", "2022-03-01") in got


def test_a_video_conference_with_his_excellency_is_one_sentence_and_a_meeting(codebook):
    body = ("On March 9, Mr. Kenji Hirokawa, Prime Minister of Japan, held a video conference with H.E. Mr. Ernesto "
            "Dimaculangan, President of the Republic of the Philippines.")
    got = events(coded(codebook, body, date="2026-03-10"))
    assert ("CONSULT", "Kenji Hirokawa", "Ernesto Dimaculangan", "2026-03-09") in got


def test_fighters_of_a_group_opening_a_wire_story_are_the_group(codebook):
    body = "GOMA, Jan 15 (Entente) - Fighters of the M23 rebel movement attacked a peacekeeping base near Sake."
    got = events(coded(codebook, body, date="2026-01-15"))
    assert any(e[0] == "ASSAULT" and e[1] == "M23" for e in got)


def test_a_reporting_verb_inside_an_aside_does_not_cut_the_clause(codebook):
    got = events(coded(codebook, "Hanoi, which says the area lies in overlapping waters, demanded the fishermen's "
                                 "immediate release on July 14.", date="2025-07-23"))
    assert any(e[0] == "REQUEST" and e[1] == "Vietnam" and e[3] == "2025-07-14" for e in got)


def test_its_navy_is_the_subjects_and_ten_days_after_dates_the_seizure_and_boats_that_remain_impounded_are_no_act(codebook):
    body = ("Indonesia released 41 Vietnamese fishermen on Tuesday, ten days after its navy seized their boats. "
            "Indonesia did not file charges, but the six boats remain impounded, officials said.")
    got = events(coded(codebook, body, date="2025-07-23"))
    assert any(e[0] == "COERCE" and e[1] == "Indonesian navy" and e[3] == "2025-07-12" for e in got)
    assert [e[0] for e in got].count("COERCE") == 1


def test_a_quoted_first_person_thanks_aims_at_whom_it_thanks_and_a_prison_sentence_is_no_act(codebook):
    body = ("Iran freed a Danish aid worker on Tuesday in exchange for an Iranian man serving a prison sentence in "
            "Denmark. \"We are deeply grateful to the Sultanate of Oman for its mediation,\" Danish Foreign Minister "
            "Mette Brondsted said in a statement on Tuesday.")
    got = events(coded(codebook, body, date="2025-12-03"))
    assert ("SUPPORT", "Mette Brondsted", "Oman", "2025-12-02") in got
    assert all(e[0] != "COERCE" for e in got)


def test_signed_at_the_close_of_tuesdays_meeting_is_dated_tuesday_and_a_topic_ends_before_said(codebook):
    body = ("Kenyan Foreign Minister Peter Karanja wrapped up a visit to Qatar on Wednesday after talks that produced an "
            "agreement on the protection of investments, officials from both countries said. Karanja held talks on "
            "Tuesday with Qatari Minister of State for Foreign Affairs Hamad Al-Sulaiti. The Kenya-Qatar Investment "
            "Agreement was signed by Karanja and Al-Sulaiti at the close of Tuesday's meeting.")
    coding = coded(codebook, body, date="2025-02-12")
    got = events(coding)
    assert ("AGREE", "Peter Karanja", "Hamad Al-Sulaiti", "2025-02-11") in got
    assert not any(e[0] == "CONSULT" and e[3] == "2025-02-12" and e[1] == "Kenya" for e in got)
    assert "Agreement on the protection of investments" in {a.name for a in coding.agreements}


def test_indian_copy_raksha_mantri_hosts_and_one_mou_signed_twice_told_is_one_signing(codebook):
    body = ("Raksha Mantri Ramesh Vohra on Wednesday hosted Indonesian Defence Minister Yudhi Purnomo in New Delhi. A "
            "Memorandum of Understanding on Defence Industry Cooperation was signed between India and Indonesia. The "
            "MoU was inked by Secretary Suresh Sethuraman and Director General Hendra Tambunan. The Indonesian minister "
            "praised the capabilities of Indian shipyards.")
    got = events(coded(codebook, body, date="2025-06-19"))
    assert ("CONSULT", "Yudhi Purnomo", "Ramesh Vohra", "2025-06-18") in got
    assert [e[0] for e in got].count("AGREE") == 1
    assert any(e[0] == "SUPPORT" and e[1] == "Yudhi Purnomo" for e in got)


def test_farmers_blocking_a_crossing_protest_and_the_government_in_a_capital_is_its_state(codebook):
    body = ("Hundreds of Romanian farmers have blocked the Siret border crossing with Ukraine since Monday. The "
            "protesters are demanding that the government in Bucharest impose a ban on Ukrainian imports. Ukraine's "
            "Minister of Agrarian Policy Oksana Lytvynenko urged Romanian authorities to restore traffic.")
    got = events(coded(codebook, body, date="2025-10-08"))
    assert any(e[0] == "PROTEST" and e[1] == "Romanian farmers" for e in got)
    assert any(e[0] == "REQUEST" and e[2] == "Romania" for e in got)
    assert any(e[0] == "REQUEST" and e[1] == "Oksana Lytvynenko" for e in got)


def test_a_bloc_restoring_a_states_participation_eases_and_a_director_of_a_group_is_named(codebook):
    body = ("ECOWAS also restored Guinea's full participation in the bloc's bodies on Sunday. \"ECOWAS is rewarding a "
            "government that jailed journalists,\" Rasmata Tiendrebeogo, the group's West Africa director, said on "
            "Monday.")
    coding = coded(codebook, body, date="2026-04-14")
    assert ("CONCEDE", "ECOWAS", "Guinea", "2026-04-12") in events(coding)
    assert "Rasmata Tiendrebeogo" in {e.name for e in coding.entities}


def test_an_agreement_that_still_has_to_be_ratified_was_not_ratified(codebook):
    body = ("Japan and Bangladesh signed an Economic Partnership Agreement in Tokyo on Tuesday. The agreement still has "
            "to be approved by Japan's Diet and ratified by Bangladesh before it can enter into force.")
    got = events(coded(codebook, body, date="2026-05-21"))
    assert [e[0] for e in got] == ["AGREE"]


def test_a_press_release_in_the_present_tense_is_dated_as_published(codebook):
    body = ("1. On 26 November 2025, Latvia declared a Belarusian diplomat persona non grata.\n\n2. Latvia strongly "
            "condemns the continued instrumentalisation of migration by the Belarusian authorities.")
    got = events(coded(codebook, body, date="2025-11-27"))
    assert any(e[0] == "ACCUSE" and e[3] == "2025-11-27" for e in got)


def test_a_charge_daffaires_ai_of_a_state_in_another_named_after_commas_is_summoned(codebook):
    body = ("On 26 November 2025, the Chargé d'Affaires a.i. of the Republic of Belarus in Latvia, Andrei Lukyanchik, "
            "was summoned to the Ministry of Foreign Affairs.")
    coding = coded(codebook, body, date="2025-11-27")
    person = next(e for e in coding.entities if e.name == "Andrei Lukyanchik")
    assert person.country == "BLR"
    assert any(e[0] == "ACCUSE" and e[2] == "Andrei Lukyanchik" for e in events(coding))


def test_a_single_portfolio_before_minister_makes_the_role_and_the_state(codebook):
    coding = coded(codebook, "Congolese Communication Minister Patrick Kalala accused Rwanda of arming the rebels.")
    person = next(e for e in coding.entities if e.name == "Patrick Kalala")
    assert (person.country, person.role) == ("COD", "Communication Minister")


def test_an_act_without_a_target_falls_on_the_other_side_of_the_story(codebook):
    body = ("The OSCE said on Monday that the election in Kyrgyzstan was marred by pressure on voters. Kyrgyzstan's "
            "Foreign Ministry dismissed the statement as biased. Ministry spokesman Daniyar Omurbekov warned that "
            "Bishkek would reconsider the format of its cooperation.")
    got = events(coded(codebook, body, date="2025-12-02"))
    assert any(e[0] == "THREATEN" and e[1] == "Daniyar Omurbekov" and e[2] == "OSCE" for e in got)


def test_a_participle_after_a_reported_clause_acts_for_the_reporter(codebook):
    body = ("Australia said on Monday that Iranian agents had tried to recruit criminals, imposing sanctions on "
            "three Iranian officials.")
    got = events(coded(codebook, body, date="2026-08-14"))
    assert any(e[0] == "SANCTION" and e[1] == "Australia" for e in got)


def test_an_act_dated_after_publication_has_not_happened(codebook):
    body = "President Herrera Solis invited President Montano Rios to pay a state visit to Guatemala in 2027."
    got = events(coded(codebook, body, date="2026-03-18"))
    assert all(e[3] is None or e[3] <= "2026-03-18" for e in got)


def test_condemning_a_violation_by_a_foreign_force_aims_at_that_force(codebook):
    body = ("Finnish Foreign Minister Aino Hiltunen met the press on Monday. The Minister also condemned the violation "
            "of Finnish airspace by a Russian military helicopter near Virolahti on 30 November.")
    got = events(coded(codebook, body, date="2025-12-04"))
    assert any(e[0] == "ACCUSE" and e[2] == "Russian military" for e in got)


def test_a_blocs_official_does_not_act_on_the_bloc_and_it_stood_behind_is_the_state_before(codebook):
    body = ("The Secretary-General of the Caribbean Community, Beverly Thompson, expressed the solidarity of CARICOM "
            "with Guyana on Wednesday. Romania's foreign ministry said on Wednesday that it stood \"fully behind\" "
            "Moldova.")
    got = {e[:3] for e in events(coded(codebook, body, date="2025-02-20"))}
    assert ("SUPPORT", "Beverly Thompson", "Guyana") in got
    assert any(e[0] == "SUPPORT" and e[2] == "Moldova" for e in got)


def test_raising_readiness_and_warning_shots_are_shows_of_force(codebook):
    body = ("South Korea's navy fired warning shots at a North Korean patrol boat on Tuesday. The Finnish Defence Forces "
            "raised the readiness of their air surveillance units on Monday.")
    kinds = [e[0] for e in events(coded(codebook, body, date="2025-06-04"))]
    assert kinds.count("MOBILIZE") == 2


def test_deployed_forces_are_deployed_while_attack_helicopters_attack_nobody(codebook):
    got = events(coded(codebook, "Russia deployed forces to the border area on Monday, and China deployed jets near "
                                 "Taiwan. The treaty capped tanks and attack helicopters in Europe."))
    assert [e[0] for e in got] == ["MOBILIZE", "MOBILIZE"]


def test_talks_between_a_government_and_rebels_are_theirs_wherever_they_are_held(codebook):
    body = ("ADDIS ABABA, Jan 9 (Entente) - South Sudan's government and the rebel South Sudan United Liberation Front "
            "held their first face-to-face talks in more than a year on Thursday under African Union mediation in the "
            "Ethiopian capital. The government of South Sudan and the rebels met again on Friday. Rebel deputy chairman "
            "Peter Lado Wani accused government troops of burning villages.")
    got = events(coded(codebook, body, date="2026-01-09"))
    assert got[0][:3] == ("CONSULT", "South Sudan", "South Sudan United Liberation Front")
    assert got[1][:2] == ("CONSULT", "South Sudan")
    assert got[2][2].startswith("South Sudan")  # filed from Addis Ababa, but about South Sudan


def test_a_dateline_city_that_is_no_capital_places_the_story(codebook):
    from entente.mentions import dateline_country

    assert dateline_country(codebook, "ADEN, Oct 28 (Entente) - The Houthis freed 142 soldiers.") == "YEM"
    assert dateline_country(codebook, "CIUDAD DEL ESTE, May 3 - Paraguayan police ...") == "PRY"
    assert dateline_country(codebook, "New Delhi [India], June 19 (Entente): Raksha Mantri ...") == "IND"
    body = ("ADEN, Oct 28 (Entente) - Yemen's government welcomed the deal. The Houthis freed 142 government soldiers "
            "on Tuesday after talks in Muscat.")
    assert events(coded(codebook, body, date="2026-10-28"))[-1][2] == "Yemeni soldiers"
    assert dateline_country(codebook, "BRUSSELS/TBILISI, Dec 16 (Entente) - The EU imposed sanctions ...") == "GEO"


def test_three_states_acting_together_make_each_pair_and_a_participle_with_by_is_passive(codebook):
    body = ("The leaders of Egypt, Greece and Cyprus adopted a joint declaration on Monday. The agreement, signed in "
            "Bucharest in March by Moldovan Defence Minister Victor Rusu and his Romanian counterpart Andrei Mocanu, "
            "was approved. The Kampala Joint Communique was signed last week by Kenya's Cabinet Secretary for Foreign Affairs Daniel Kiprono "
            "and Ugandan Foreign Minister Rose Nakato.")
    got = {e[:3] for e in events(coded(codebook, body, date="2026-10-27"))}
    assert {("AGREE", "Egypt", "Greece"), ("AGREE", "Egypt", "Cyprus"), ("AGREE", "Greece", "Cyprus")} <= got
    assert ("AGREE", "Victor Rusu", "Andrei Mocanu") in got
    assert ("AGREE", "Daniel Kiprono", "Rose Nakato") in got


def test_a_title_of_a_state_before_a_name_is_not_an_aside_on_the_name_before(codebook):
    body = ("At the invitation of President of the Socialist Republic of Viet Nam Tran Quoc Hung, President of the "
            "Federative Republic of Brazil Helena Moraes Castro paid a state visit to Viet Nam on 4 August. On 5 August, "
            "the two Presidents held talks in Hanoi. President Moraes Castro also met Prime Minister Le Minh Khoa.")
    coding = coded(codebook, body, date="2026-08-06")
    persons = {(e.name, e.country) for e in coding.entities if e.actor_type == "person"}
    assert {("Tran Quoc Hung", "VNM"), ("Helena Moraes Castro", "BRA")} <= persons
    assert ("Moraes Castro", "VNM") not in persons  # two family names are the person named before
    assert ("CONSULT", "Tran Quoc Hung", "Helena Moraes Castro") in {e[:3] for e in events(coding)}


def test_sanctions_imposed_by_a_bloc_fall_on_the_state_named_after(codebook):
    body = "The sanctions were imposed by ECOWAS in December, two weeks after soldiers seized power in Cotonou."
    got = events(coded(codebook, body, date="2026-02-17"))
    assert got[0][:2] == ("SANCTION", "ECOWAS") and got[0][2].startswith("Benin")


def test_an_object_named_again_in_an_aside_is_the_one_named(codebook):
    body = ("KINSHASA, March 12 (Entente) - Congo on Wednesday demanded that the UN peacekeeping mission, MONUSCO, "
            "leave the country by the end of the year.")
    assert events(coded(codebook, body, date="2026-03-12"))[0][2] == "MONUSCO"


def test_a_plural_title_before_two_names_gives_both_the_role(codebook):
    body = "Energy ministers Leila Bennani and Sidi Ould Ahmed agreed on Tuesday to set up a joint technical committee."
    coding = coded(codebook, body, date="2026-09-17")
    roles = {e.name: e.role for e in coding.entities if e.actor_type == "person"}
    assert roles == {"Leila Bennani": "Energy minister", "Sidi Ould Ahmed": "Energy minister"}
    assert events(coding)[0][:3] == ("AGREE", "Leila Bennani", "Sidi Ould Ahmed")


def test_memorandums_covering_several_fields_are_one_agreement_each(codebook):
    body = ("CAIRO, Aug 6 (Entente) - Egypt and Tanzania signed four memorandums of understanding on Wednesday covering "
            "water management, health, agriculture and diplomatic training.")
    coding = coded(codebook, body, date="2026-08-06")
    assert len(coding.agreements) == 4
    assert [e[:3] for e in events(coding)] == [("AGREE", "Egypt", "Tanzania")] * 4


def test_an_act_on_no_one_named_is_coded_but_not_published(codebook):
    coding = coded(codebook, "Belarus announced on Tuesday that it was formally withdrawing from the Treaty on "
                             "Conventional Armed Forces in Europe. Lithuania condemned Belarus on Wednesday.",
                   date="2026-01-15")
    assert [e[:3] for e in events(coding)] == [("SANCTION", "Belarus", None), ("ACCUSE", "Lithuania", "Belarus")]
    assert [row["event_type"] for row in local_rows(coding)["events"]] == ["ACCUSE"]
    tested = coded(codebook, "North Korea test-fired a ballistic missile on Monday.", date="2026-03-12")
    assert [row["event_type"] for row in local_rows(tested)["events"]] == ["MOBILIZE"]  # a show of force needs no target


def test_ministers_of_two_states_meet_and_arms_sales_and_export_controls_are_coded(codebook):
    body = ("The foreign ministers of India and Japan met in Tokyo on Monday. The United States approved a $2 billion "
            "arms sale to Taiwan on Monday. China imposed export controls on the United States on Tuesday.")
    got = [e[:3] for e in events(coded(codebook, body, date="2026-03-12"))]
    assert got == [("CONSULT", "India", "Japan"), ("AID", "United States", "Taiwan"), ("SANCTION", "China", "United States")]


def test_establishing_a_partnership_and_agreeing_to_extend_a_treaty_are_agreements(codebook):
    body = ("India and Uzbekistan established a Strategic Partnership in May 2011, officials said. Washington and "
            "Moscow agreed in February 2021 to extend the treaty for five years.")
    got = events(coded(codebook, body, date="2026-05-01"))
    assert got == [("AGREE", "India", "Uzbekistan", "2011-05-01"), ("AGREE", "United States", "Russia", "2021-02-01")]


def test_pledges_to_deepen_cooperation_may_carry_a_date_and_an_adverb(codebook):
    body = ("Kenya and Qatar pledged on Thursday to deepen economic cooperation. Senegal and Mauritania on Friday "
            "reaffirmed their determination to strengthen security cooperation.")
    got = [e[:3] for e in events(coded(codebook, body, date="2026-05-02"))]
    assert got == [("COOPERATE", "Kenya", "Qatar"), ("COOPERATE", "Senegal", "Mauritania")]


def test_a_date_or_an_adverb_may_stand_before_the_to_of_a_trigger_phrase(codebook):
    body = "Kyrgyzstan and Tajikistan agreed on Sunday to reopen the border crossing."
    assert events(coded(codebook, body, date="2026-05-05")) == [("AGREE", "Kyrgyzstan", "Tajikistan", "2026-05-03")]


def test_aid_is_a_verb_of_giving_before_a_kind_of_aid_from_the_word_list(codebook):
    body = "Poland on Monday announced a new assistance package worth PLN 200 million for Ukraine."
    assert [e[:3] for e in events(coded(codebook, body, date="2026-11-25"))] == [("AID", "Poland", "Ukraine")]


def test_a_lasting_state_since_a_date_gives_no_date_to_the_acts_after_it(codebook):
    body = ("ASEAN ministers on Thursday called on Myanmar's military to end the violence. Myanmar has been in turmoil "
            "since the military seized power in February 2021. Thailand welcomed the statement and pledged 50 million "
            "baht in humanitarian aid to Myanmar.")
    got = [e for e in events(coded(codebook, body, date="2025-07-11")) if e[1] == "Thailand"]
    assert got and all(e[3] == "2025-07-10" for e in got)


def test_people_arrested_after_police_dispersed_a_crowd_were_arrested_by_that_police(codebook):
    body = ("JAKARTA, Sept 5 (Entente) - Indonesian police fired tear gas on Thursday to disperse thousands of "
            "protesters. 27 people were arrested, a police spokesman said.")
    got = [e[:3] for e in events(coded(codebook, body, date="2025-09-05"))]
    assert ("COERCE", "Indonesian police", "Indonesian protesters") in got


def test_an_accusation_told_as_a_gerund_after_an_act_is_the_actors(codebook):
    body = "In August 2025, Canberra expelled Iran's ambassador after accusing Tehran of directing arson attacks."
    got = events(coded(codebook, body, date="2026-08-12"))
    assert ("ACCUSE", "Australia", "Iran", "2025-08-01") in got


def test_a_state_that_acts_in_words_is_the_official_who_says_so_after(codebook):
    body = ("TOKYO, March 4 (Entente) - Tokyo lodged a protest with Russia on Monday, Chief Cabinet Secretary Hideaki "
            "Morimoto told a regular news conference.")
    assert events(coded(codebook, body, date="2026-03-04"))[0][:3] == ("ACCUSE", "Hideaki Morimoto", "Russia")


def test_a_known_body_followed_by_a_name_does_not_swallow_the_name(codebook):
    coding = coded(codebook, "Spokesperson for the Ministry of External Affairs Randhir Jaiswal criticised Canada on "
                             "Monday.", date="2026-03-12")
    assert "Ministry of External Affairs" in {e.name for e in coding.entities}
    assert not any("Jaiswal" in e.name for e in coding.entities if e.actor_type == "organization")


def test_a_city_is_a_place_of_its_state_and_an_attack_on_it_is_on_that_state(codebook):
    coding = coded(codebook, "The shelling of Kharkiv by Russian forces killed five people on Monday. Warships "
                             "patrolled the Gulf of Aden.", date="2026-03-12")
    assert events(coding)[0][:3] == ("ASSAULT", "Russian soldiers", "Ukraine")
    assert (coding.events[0].location, coding.events[0].location_country) == ("Kharkiv", "UKR")
    assert all(e.country != "YEM" for e in coding.entities)  # "the Gulf of Aden" is a sea


def test_shooting_down_a_drone_is_an_attack_on_its_state(codebook):
    got = events(coded(codebook, "A Russian drone was shot down by Romanian fighter jets on Monday.", date="2026-03-12"))
    assert got[0][:3] == ("ASSAULT", "Romania", "Russia")


def test_more_ways_news_states_disapproval_requests_threats_and_returns(codebook):
    body = ("China expressed strong dissatisfaction with Japan on Monday. Egypt sought the support of the African Union "
            "on Monday. Armenia handed back two villages to Azerbaijan on Monday. Belarus vowed to respond to "
            "Lithuania's border closure on Monday.")
    got = [e[:3] for e in events(coded(codebook, body, date="2026-03-12"))]
    assert got == [("ACCUSE", "China", "Japan"), ("REQUEST", "Egypt", "African Union"), ("RETREAT", "Armenia", "Azerbaijan"),
                   ("THREATEN", "Belarus", "Lithuania")]


def test_hundreds_of_kenyans_are_kenyan_people_who_can_protest(codebook):
    body = "Hundreds of Kenyans demonstrated outside the Ugandan High Commission in Nairobi on Monday."
    assert events(coded(codebook, body, date="2026-03-12"))[0][:2] == ("PROTEST", "Kenyan people")


def test_unnamed_officials_who_warn_after_a_comma_are_no_actor(codebook):
    assert events(coded(codebook, "Russia could expel more Estonian diplomats, officials warned on Monday.",
                        date="2026-03-12")) == []


def test_an_armed_group_the_codebook_names_keeps_no_state_it_does_not_have(codebook):
    coding = coded(codebook, "On Sunday, Moroccan drones struck a Polisario vehicle near Mahbes.", date="2026-03-12")
    group = next(e for e in coding.entities if e.name == "Polisario Front")
    assert group.country is None and events(coding)[0][:3] == ("ASSAULT", "Morocco", "Polisario Front")


def test_a_reaction_phrase_that_names_the_act_answers_its_author(codebook):
    body = ("Finland on Tuesday closed its border with Russia indefinitely. Russia accused Finland of hostility. The "
            "European Commission backed the decision the same day.")
    got = [e[:3] for e in events(coded(codebook, body, date="2026-10-21"))]
    assert ("SUPPORT", "European Commission", "Finland") in got


def test_a_body_of_a_state_ends_at_the_states_name_before_and(codebook):
    coding = coded(codebook, "The agreement was signed by the Government of the Republic of Zambia and Emirates "
                             "Strategic Metals on Thursday.", date="2026-04-03")
    assert [e.name for e in coding.entities] == ["Zambia", "Emirates Strategic Metals"]  # not "Zambia and Emirates ..."


def test_an_agency_dateline_with_the_state_in_brackets_dates_no_act(codebook):
    coding = coded(codebook, "New Delhi [India], March 7 (ANI): India and Vietnam signed two MoUs on Thursday after "
                             "delegation-level talks between Prime Minister Arjun Mehra and his Vietnamese counterpart Tran Quoc Hieu.",
                   "2025-03-07")
    assert ("CONSULT", "Arjun Mehra", "Tran Quoc Hieu", "2025-03-06") in events(coding)


def test_a_call_with_a_minister_and_what_was_discussed_with_the_state_are_one_event(codebook):
    coding = coded(codebook, "External Affairs Minister Rohan Deshpande on Tuesday held a telephone conversation with "
                             "Egyptian Foreign Minister Karim Mansour and discussed the situation in Gaza.", "2025-06-18")
    assert events(coding) == [("CONSULT", "Rohan Deshpande", "Karim Mansour", "2025-06-17")]


def test_a_ministry_press_release_header_dates_no_act_and_a_delegation_leader_acts(codebook):
    coding = coded(codebook, "Ministry of Commerce & Industry, New Delhi, October 7, 2025: A high-level delegation from "
                             "the Kingdom of Saudi Arabia led by Minister of Investment Faisal Al-Harbi called on Union "
                             "Minister of Commerce and Industry Vikram Chauhan in New Delhi on Monday. During the meeting, "
                             "the two ministers discussed trade.", "2025-10-07")
    assert events(coding)[0] == ("CONSULT", "Faisal Al-Harbi", "Vikram Chauhan", "2025-10-06")
    assert all(date == "2025-10-06" for *_, date in events(coding))


def test_a_ship_named_with_its_navys_prefix_acts_as_that_navy(codebook):
    coding = coded(codebook, "In May 2020, INS Kesari delivered 600 tonnes of food aid to Madagascar.", "2026-02-20")
    assert events(coding) == [("AID", "Indian Navy", "Madagascar", "2020-05-01")]


def test_a_group_named_by_a_province_keeps_the_province_and_takes_its_state(codebook):
    coding = coded(codebook, "The Sri Lankan Navy arrested 14 Tamil Nadu fishermen near Delft island on Sunday.", "2026-07-23")
    assert events(coding) == [("COERCE", "Sri Lanka Navy", "Tamil Nadu fishermen", "2026-07-19")]
    [fishermen] = [e for e in coding.entities if e.actor_type == "group"]
    assert fishermen.country == "IND"


def test_the_two_co_chairs_are_the_two_persons_named_last(codebook):
    coding = coded(codebook, "The Indian delegation was led by Secretary (East) Ashok Menon, while the Philippine side was "
                             "led by Undersecretary for Bilateral Relations Maria Teresa Dizon. An Agreement on the "
                             "Facilitation of Visa Procedures was signed by the two co-chairs on Tuesday.", "2026-01-28")
    assert ("AGREE", "Ashok Menon", "Maria Teresa Dizon", "2026-01-27") in events(coding)


@pytest.mark.parametrize("body", [
    "Nepal Foreign Minister Ramesh Khadka's visit to New Delhi, which was scheduled to begin on Sunday, has been put off.",
    "Prime Minister-level talks between India and Nepal are not expected before the end of the year.",
    "It is the second time the Czech Republic has publicly blamed China for a cyber operation.",
])
def test_a_visit_or_talks_called_off_or_not_expected_are_not_events(codebook, body):
    assert events(coded(codebook, body, "2025-08-22")) == []


def test_objecting_is_a_protest_and_a_clause_after_after_keeps_its_coordinated_subject(codebook):
    coding = coded(codebook, "The row erupted after India and China agreed on Tuesday to resume border trade. Nepal's "
                             "Ministry of Foreign Affairs on Wednesday objected to the decision of India.", "2025-08-22")
    assert events(coding) == [("AGREE", "India", "China", "2025-08-19"),
                              ("ACCUSE", "Nepal's Ministry of Foreign Affairs", "India", "2025-08-20")]


def test_a_capitalised_relation_word_is_part_of_a_name(codebook):
    coding = coded(codebook, "The opposition National Unity Government accused the junta of Myanmar on Monday of war crimes.")
    assert "National Unity Government" in {e.name for e in coding.entities}


def test_an_agreement_reached_after_dated_talks_takes_their_date(codebook):
    coding = coded(codebook, "MUSCAT, April 17 (Entente) - Bahrain and Iran agreed to resume diplomatic relations after "
                             "talks in Muscat on Wednesday.", "2026-04-17")
    assert ("AGREE", "Bahrain", "Iran", "2026-04-15") in events(coding)


def test_the_minister_is_the_minister_before_a_vice_minister(codebook):
    coding = coded(codebook, "Foreign Minister Carolina Fuentes of Chile held talks with Saudi Vice Minister of Foreign "
                             "Affairs Saud Al-Dosari on Monday. On Tuesday, the minister also met Khalid Al-Mutairi, "
                             "Assistant Secretary-General of the Gulf Cooperation Council.", "2025-11-05")
    assert ("CONSULT", "Carolina Fuentes", "Khalid Al-Mutairi", "2025-11-04") in events(coding)


def test_a_quoted_document_tells_facts(codebook):
    coding = coded(codebook, "The ministry issued the following press release on Wednesday:\n\n\"Today, 28 January 2026, "
                             "Foreign Minister Andrea Villacis of Ecuador summoned the Ambassador of the Republic of "
                             "Colombia, Mauricio Restrepo, to deliver a note of protest.", "2026-01-29")
    assert ("ACCUSE", "Andrea Villacis", "Mauricio Restrepo", "2026-01-28") in events(coding)


def test_an_act_told_in_a_dated_communique_takes_its_date(codebook):
    coding = coded(codebook, "ASEAN foreign ministers condemned the attack by Myanmar, in a joint communique issued on "
                             "Thursday.", "2026-07-24")
    assert ("ACCUSE", "ASEAN", "Myanmar", "2026-07-23") in events(coding)


def test_a_missile_launch_by_a_state_is_its_show_of_force(codebook):
    coding = coded(codebook, "Minister Morita of Japan stated that the ballistic missile launch by North Korea on February 8 "
                             "was a violation of Security Council resolutions.", "2026-02-11")
    assert [(kind, source, date) for kind, source, _, date in events(coding)] == [("MOBILIZE", "North Korea", "2026-02-08")]


def test_an_act_after_a_relative_clause_does_not_take_its_date(codebook):
    coding = coded(codebook, "BRASILIA, March 14 (Entente) - Brazilian President Rafael Moura held a telephone conversation "
                             "on Thursday with Indonesian President Adi Santoso. Both leaders reviewed the Brazil-Indonesia "
                             "Strategic Partnership Action Plan, which was signed in Jakarta in November 2023, and "
                             "reaffirmed their commitment to expanding cooperation in agriculture.", "2025-03-14")
    assert [(kind, date) for kind, _, _, date in events(coding) if kind == "COOPERATE"] == [("COOPERATE", "2025-03-13")]


def test_a_body_before_a_title_and_name_is_the_persons_not_the_object(codebook):
    coding = coded(codebook, "President Salcedo of the Philippines also met National Assembly Chairman Le Van Hoang of "
                             "Vietnam on Monday.", "2025-06-19")
    assert events(coding) == [("CONSULT", "Salcedo", "Le Van Hoang", "2025-06-16")]


def test_a_states_body_is_also_known_by_its_bare_name_and_gangs_are_no_smugglers(codebook):
    coding = coded(codebook, "The UN Security Council on Tuesday condemned an attack by armed gangs in Haiti and called on "
                             "Haiti's Transitional Presidential Council to hold elections.", "2025-09-23")
    council = next(e for e in coding.entities if e.name == "Haiti's Transitional Presidential Council")
    assert "Transitional Presidential Council" in council.aliases
    assert "Haitian gangs" in {e.name for e in coding.entities}


def test_the_council_is_the_body_named_council(codebook):
    coding = coded(codebook, "Leaders of the Gulf Cooperation Council (GCC) met in Manama on Wednesday. The Council called on "
                             "Iran to take the dispute to the International Court of Justice. The Council welcomed the "
                             "progress in talks with Japan.", "2025-12-04")
    assert ("SUPPORT", "Gulf Cooperation Council", "Japan", "2025-12-03") in events(coding)


def test_two_titled_leaders_each_of_a_state_act_together(codebook):
    coding = coded(codebook, "SEOUL, Jan 22 (Entente) - President Han Seung-woo of South Korea and Prime Minister Kenji "
                             "Morimoto of Japan held talks in Gyeongju on Thursday.", "2026-01-22")
    assert events(coding) == [("CONSULT", "Han Seung-woo", "Kenji Morimoto", "2026-01-22")]


def test_a_condemned_act_keeps_its_date_and_is_coded_as_its_authors(codebook):
    coding = coded(codebook, "SEOUL, Jan 22 (Entente) - President Han Seung-woo of South Korea and Prime Minister Kenji "
                             "Morimoto of Japan held talks in Gyeongju on Thursday. During the talks, the two leaders "
                             "condemned North Korea's launch of a hypersonic missile on January 4.", "2026-01-22")
    found = events(coding)
    assert ("ACCUSE", "Han Seung-woo", "North Korea", "2026-01-22") in found
    assert [(kind, source, date) for kind, source, _, date in found if kind == "MOBILIZE"] == [
        ("MOBILIZE", "North Korea", "2026-01-04")]


def test_a_vague_date_in_what_someone_is_congratulated_on_is_not_the_congratulation(codebook):
    coding = coded(codebook, "ANKARA, June 4 (Entente) - Turkish President Necdet Alkan held a phone call on Wednesday with "
                             "Iraqi Prime Minister Haidar al-Saadi. During the call, President Alkan congratulated Prime "
                             "Minister al-Saadi on his government winning a vote of confidence last week.", "2026-06-04")
    assert [date for kind, *_, date in events(coding) if kind == "SUPPORT"] == ["2026-06-03"]


def test_a_japanese_readout_meeting_with_an_excellency_who_is_visiting(codebook):
    coding = coded(codebook, "On September 8, Mr. Yusuke Hamada, Minister for Foreign Affairs of Japan, held a Japan-"
                             "Philippines Foreign Ministers' Meeting with H.E. Ms. Maria Elena Dizon, Secretary of Foreign "
                             "Affairs of the Republic of the Philippines, who is visiting Japan.", "2025-09-09")
    assert events(coding) == [("CONSULT", "Yusuke Hamada", "Maria Elena Dizon", "2025-09-08"),
                              ("CONSULT", "Maria Elena Dizon", "Yusuke Hamada", "2025-09-08")]  # her visit to Japan


@pytest.mark.parametrize(("body", "expected"), [
    ("Minister Hamada of Japan on Monday expressed strong opposition to the use of water cannon by Chinese coast guard "
     "vessels against a Philippine vessel near Scarborough Shoal on August 11.", ("ACCUSE", "Hamada", "China Coast Guard", "2025-09-08")),
    ("Secretary Dizon of the Philippines on Monday thanked Japan for the delivery of four patrol boats to the Philippine "
     "Coast Guard in June.", ("SUPPORT", "Dizon", "Japan", "2025-09-08")),
])
def test_an_attitude_to_a_dated_act_keeps_its_own_date(codebook, body, expected):
    assert expected in events(coded(codebook, body, "2025-09-09"))


def test_the_president_of_the_republic_and_his_counterpart_in_an_elysee_readout(codebook):
    coding = coded(codebook, "The President of the Republic, Etienne Marchal, held a telephone conversation on Thursday "
                             "with the President of the Islamic Republic of Iran, Hossein Rahmani. The President of the "
                             "Republic criticised the vote of the parliament. Marchal warned his counterpart that France "
                             "stood ready to act.", "2025-06-27")
    found = events(coding)
    assert ("ACCUSE", "Etienne Marchal", "Iran", "2025-06-26") in found
    assert ("THREATEN", "Etienne Marchal", "Hossein Rahmani", "2025-06-26") in found


def test_a_party_acts_and_a_missions_chief_observer_is_a_person(codebook):
    coding = coded(codebook, "Honduras's opposition Liberal Party on Tuesday accused the National Electoral Council of "
                             "manipulating the count. The European Union's chief observer, Henrik Lunde, held talks with "
                             "council president Oscar Mejia on Monday.", "2025-12-03")
    found = events(coding)
    assert ("ACCUSE", "Liberal Party", "National Electoral Council", "2025-12-02") in found
    assert ("CONSULT", "Henrik Lunde", "Oscar Mejia", "2025-12-01") in found


def test_a_gerund_after_a_new_subjects_verb_is_that_subjects(codebook):
    coding = coded(codebook, "WELLINGTON, March 5 (Entente) - New Zealand formally recognised the State of Palestine on "
                             "Thursday, and Israel responded by recalling its ambassador to Wellington.", "2026-03-05")
    assert ("SANCTION", "Israel", "New Zealand", "2026-03-05") in events(coding)


@pytest.mark.parametrize(("body", "expected"), [
    ("China and Argentina upgraded relations to a comprehensive strategic partnership in 2014.",
     ("AGREE", "China", "Argentina", "2014-01-01")),
    ("The ministers of India and Egypt reviewed the India-Egypt Strategic Partnership, which was established during a "
     "visit by the Indian Prime Minister to Cairo in June 2023.", ("AGREE", "India", "Egypt", "2023-06-01")),
])
def test_a_partnership_upgraded_or_established_in_the_past_is_an_agreement_of_then(codebook, body, expected):
    assert expected in events(coded(codebook, body, "2026-01-10"))


def test_an_abbreviated_title_keeps_the_full_role_for_the_two_ministers(codebook):
    coding = coded(codebook, "External Affairs Minister Rohan Deshpande on Tuesday held a telephone conversation with "
                             "Egyptian Foreign Minister Karim Mansour. \"Good conversation with FM Karim Mansour,\" "
                             "Deshpande posted. The two ministers reviewed the India-Egypt Strategic Partnership and "
                             "reaffirmed their commitment to expanding cooperation.", "2025-06-18")
    found = events(coding)
    assert ("COOPERATE", "Karim Mansour", "Rohan Deshpande", "2025-06-17") in found \
        or ("COOPERATE", "Rohan Deshpande", "Karim Mansour", "2025-06-17") in found


def test_both_leaders_act_after_an_aside_told_in_a_relative_clause(codebook):
    coding = coded(codebook, "BRASILIA, March 14 (Entente) - Brazilian President Rafael Moura held a telephone conversation "
                             "on Thursday with Indonesian President Adi Santoso. Both leaders reviewed the Brazil-Indonesia "
                             "Strategic Partnership Action Plan, which was signed in Jakarta in November 2023, and "
                             "reaffirmed their commitment to expanding cooperation.", "2025-03-14")
    assert ("COOPERATE", "Rafael Moura", "Adi Santoso", "2025-03-13") in events(coding)


def test_an_envoy_declared_persona_non_grata_with_no_agent_is_expelled_by_the_host(codebook):
    coding = coded(codebook, "CHISINAU, Feb 12 (Entente) - Russia's ambassador to Moldova, Pavel Strelnikov, was declared "
                             "persona non grata on Wednesday, the Moldovan Foreign Ministry said. Moscow condemned the "
                             "expulsion on Thursday.", "2026-02-12")
    assert events(coding) == [("SANCTION", "Moldova", "Pavel Strelnikov", "2026-02-11"),
                              ("ACCUSE", "Russia", "Moldova", "2026-02-12")]


def test_turning_back_boats_is_blocking_them_not_backing_them(codebook):
    coding = coded(codebook, "China Coast Guard vessels turned back two Philippine supply boats near the shoal on Tuesday.",
                   "2026-07-15")
    assert [kind for kind, *_ in events(coding)] == ["COERCE"]


def test_goods_handed_over_are_aid_told_once(codebook):
    coding = coded(codebook, "India on Friday handed over ten diesel multiple unit trains to Sri Lanka. The trains were "
                             "handed over by Indian High Commissioner Meera Krishnan to Sri Lanka's Transport Minister "
                             "Nimal Wijeratne in Colombo on Friday.", "2026-05-30")
    assert events(coding) == [("AID", "Meera Krishnan", "Nimal Wijeratne", "2026-05-29")]


def test_a_summit_of_more_than_three_states_is_no_set_of_dyads(codebook):
    coding = coded(codebook, "Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan met in Bishkek on Tuesday.", "2026-06-03")
    assert events(coding) == []


def test_the_two_ministers_include_a_secretary_of_foreign_affairs(codebook):
    coding = coded(codebook, "Foreign Minister Hiroshi Takeda of Japan held a telephone talk with Secretary of Foreign "
                             "Affairs Carlos Dimaculangan of the Philippines on Tuesday. The two Ministers confirmed that "
                             "they would deepen defence cooperation.", "2026-01-21")
    assert ("COOPERATE", "Hiroshi Takeda", "Carlos Dimaculangan", "2026-01-20") in events(coding) \
        or ("COOPERATE", "Carlos Dimaculangan", "Hiroshi Takeda", "2026-01-20") in events(coding)


def test_bombers_of_a_state_entering_an_air_defence_zone_are_a_show_of_force(codebook):
    coding = coded(codebook, "SEOUL, Nov 27 (Entente) - Two Chinese H-6 bombers entered South Korea's air defence "
                             "identification zone on Wednesday without prior notice.", "2025-11-27")
    assert events(coding) == [("MOBILIZE", "Chinese military aircraft", "South Korea", "2025-11-26")]


def test_memoranda_exchanged_are_signed(codebook):
    coding = coded(codebook, "India and Mauritius on Friday exchanged two Memoranda of Understanding in Port Louis.",
                   "2025-03-22")
    assert events(coding) == [("AGREE", "India", "Mauritius", "2025-03-21")]


def test_suspended_sales_and_a_slapped_tariff_are_sanctions(codebook):
    coding = coded(codebook, "BOGOTA, Feb 3 (Entente) - Colombia retaliated on Saturday by suspending electricity sales "
                             "to Ecuador. Quito slapped a 30 percent tariff on Colombian goods last week.", "2026-02-03")
    assert [(kind, source, target) for kind, source, target, _ in events(coding)] == [
        ("SANCTION", "Colombia", "Ecuador"), ("SANCTION", "Ecuador", "Colombia")]


def test_an_acronym_a_name_defines_is_not_another_bodys(codebook):
    coding = coded(codebook, "State-run Indian Oil Corporation (IOC) signed a supply agreement with Qatar on Monday. The "
                             "European Union (EU) welcomed it.", "2025-09-30")
    names = {e.name for e in coding.entities}
    assert "International Olympic Committee" not in names and "European Union" in names


def test_aid_flown_to_a_state_is_aid(codebook):
    coding = coded(codebook, "A Brazilian Air Force aircraft flew 12 tonnes of humanitarian aid to Cochabamba in Bolivia on "
                             "Wednesday.", "2026-03-05")
    assert events(coding) == [("AID", "Brazilian Air Force", "Bolivia", "2026-03-04")]


def test_a_request_for_assistance_made_by_a_government_is_its_request(codebook):
    coding = coded(codebook, "In response to a request for assistance made by the Bolivian Government on Monday, a Brazilian "
                             "Air Force aircraft flew humanitarian aid to Cochabamba in Bolivia on Wednesday.", "2026-03-05")
    assert [(kind, source, date) for kind, source, _, date in events(coding)][0] == (
        "REQUEST", "Bolivian Government", "2026-03-02")


def test_millions_announced_for_a_state_are_aid(codebook):
    coding = coded(codebook, "German Foreign Minister Katrin Albers also announced a further 30 million euros in German "
                             "support for Moldova's energy sector on Thursday.", "2026-01-23")
    assert events(coding) == [("AID", "Katrin Albers", "Moldova", "2026-01-22")]


def test_a_pronoun_after_where_is_the_person_just_named(codebook):
    coding = coded(codebook, "Foreign Minister Claire Hollis visited Port Vila on Wednesday, where she held talks with Prime "
                             "Minister of Vanuatu Samson Kalwat.", "2025-10-30")
    assert ("CONSULT", "Claire Hollis", "Samson Kalwat", "2025-10-29") in events(coding)


def test_one_meeting_told_by_its_states_and_its_ministers_is_one_event(codebook):
    coding = coded(codebook, "BEIJING, Oct 8 (Entente) - China on Thursday lifted its suspension of seafood imports from "
                             "Japan, as the two countries' foreign ministers met in Beijing. Japanese Foreign Minister Kenji "
                             "Ishikawa held talks with his Chinese counterpart Zhao Mingyuan on Thursday.", "2026-10-08")
    assert [e for e in events(coding) if e[0] == "CONSULT"] == [("CONSULT", "Kenji Ishikawa", "Zhao Mingyuan", "2026-10-08")]


def test_a_readout_of_thursdays_meeting_dates_the_meeting_thursday(codebook):
    coding = coded(codebook, "The White House on Friday released a readout of Thursday's meeting between President Daniel "
                             "Whitcombe and Kenyan President Joseph Karanja.", "2025-05-23")
    assert events(coding) == [("CONSULT", "Daniel Whitcombe", "Joseph Karanja", "2025-05-22")]


def test_a_readout_dates_its_acts_by_the_call_not_by_what_they_mention(codebook):
    coding = coded(codebook, "President Daniel Whitcombe spoke on Thursday with Prime Minister Kenji Morisawa of Japan. The "
                             "President condemned North Korea's ballistic missile launch on Monday. Prime Minister "
                             "Morisawa called on Pyongyang to return to dialogue.", "2025-03-14")
    assert [e for e in events(coding) if e[0] != "MOBILIZE"] == [
        ("CONSULT", "Daniel Whitcombe", "Kenji Morisawa", "2025-03-13"),
        ("ACCUSE", "Daniel Whitcombe", "North Korea", "2025-03-13"),
        ("REQUEST", "Kenji Morisawa", "North Korea", "2025-03-13")]


def test_they_after_the_two_leaders_are_the_leaders_not_the_signatories_between(codebook):
    coding = coded(codebook, "President Daniel Whitcombe spoke on Thursday with Prime Minister Kenji Morisawa of Japan. The "
                             "two leaders welcomed the memorandum, which was signed on Tuesday by the U.S. Department of "
                             "Commerce and Japan's Ministry of Economy, Trade and Industry. They also discussed the Taiwan "
                             "Strait.", "2025-03-14")
    assert [e for e in events(coding) if e[0] == "CONSULT"] == [
        ("CONSULT", "Daniel Whitcombe", "Kenji Morisawa", "2025-03-13")]


def test_a_spokespersons_answers_take_the_briefings_date_not_the_questions(codebook):
    coding = coded(codebook, "BEIJING, November 19 (Entente) - Foreign Ministry spokesperson Zhao Meilin answered questions at "
                             "Wednesday's regular press conference. Asked about a Philippine statement that Chinese vessels "
                             "fired water cannon near Scarborough Shoal on Sunday, Zhao said the coast guard had acted "
                             "lawfully. She rejected the diplomatic protest that Manila lodged on Monday and urged the "
                             "Philippines to stop its provocations.", "2025-11-19")
    assert [(kind, date) for kind, _, _, date in events(coding)] == [("REJECT", "2025-11-19"), ("REQUEST", "2025-11-19")]


def test_talks_with_a_visiting_minister_are_with_him_and_a_question_about_a_state_is_no_ones_state(codebook):
    coding = coded(codebook, "On a question about Egypt, Zhao confirmed that Foreign Minister Tang Jiawei held talks in "
                             "Beijing on Monday with visiting Egyptian Foreign Minister Karim Mansour.", "2025-11-19")
    assert events(coding) == [("CONSULT", "Tang Jiawei", "Karim Mansour", "2025-11-17")]


def test_a_package_adopted_last_week_lends_its_date_to_no_welcome(codebook):
    coding = coded(codebook, "Prime Minister Alistair Penrose spoke to President Oleksandr Hrytsenko of Ukraine on Tuesday. "
                             "Both leaders welcomed the new package of European Union sanctions against Russia adopted last "
                             "week.", "2025-06-24")
    assert {date for kind, _, _, date in events(coding) if kind == "SUPPORT"} == {"2025-06-24"}


def test_the_members_of_the_council_are_the_council_and_a_named_again_attack_is_no_new_one(codebook):
    coding = coded(codebook, "The members of the Security Council called on the Government of the Central African Republic "
                             "to swiftly investigate this attack.", "2025-09-17")
    assert events(coding) == [("REQUEST", "UN Security Council", "Central African Republic", "2025-09-17")]


def test_a_noun_act_belongs_to_the_state_that_owns_it(codebook):
    coding = coded(codebook, "G7 foreign ministers on Thursday condemned North Korea's latest intercontinental ballistic "
                             "missile launch.", "2026-04-02")
    assert [(kind, source) for kind, source, _, _ in events(coding)] == [("ACCUSE", "G7"), ("MOBILIZE", "North Korea")]
    coding = coded(codebook, "The meeting focused on protecting Ukraine's power grid after a winter of Russian missile and "
                             "drone attacks.", "2026-02-13")
    assert [(kind, source, target) for kind, source, target, _ in events(coding)] == [("ASSAULT", "Russia", "Ukraine")]


def test_a_post_ministerial_conference_with_a_minister_is_a_meeting(codebook):
    coding = coded(codebook, "On Thursday, the ASEAN ministers held a post-ministerial conference with Japanese Foreign "
                             "Minister Hiroshi Tanabe.", "2026-07-24")
    assert events(coding) == [("CONSULT", "ASEAN", "Hiroshi Tanabe", "2026-07-23")]


def test_a_renewed_embargo_is_a_sanction_and_its_end_date_dates_nothing(codebook):
    coding = coded(codebook, "The UN Security Council on Tuesday renewed the arms embargo on South Sudan until May 2027. "
                             "South Sudan's ambassador, Akuei Deng Majok, criticised the embargo.", "2026-05-06")
    assert [(kind, date) for kind, _, _, date in events(coding)] == [("SANCTION", "2026-05-05"), ("ACCUSE", "2026-05-05")]


def test_dates_told_from_others_the_day_before_a_decade_after_and_of_that_year(codebook):
    coding = coded(codebook, "CAIRO, Sept 3 (Entente) - A decade after the leaders of Egypt and Ethiopia signed a "
                             "Declaration of Principles in Khartoum, the dispute is back. Egyptian Foreign Minister Hisham "
                             "Abdel-Wahab accused Ethiopia on Tuesday of acting unilaterally. The day before, Abdel-Wahab had "
                             "hosted his Sudanese counterpart, Omar Siddig Hamad, in Cairo.", "2025-09-03")
    assert events(coding) == [("AGREE", "Egypt", "Ethiopia", "2015-01-01"),
                              ("ACCUSE", "Hisham Abdel-Wahab", "Ethiopia", "2025-09-02"),
                              ("CONSULT", "Omar Siddig Hamad", "Hisham Abdel-Wahab", "2025-09-01")]
    coding = coded(codebook, "Egypt and Ethiopia signed the Declaration of Principles in 2015. The declaration was signed "
                             "on March 23 of that year in Khartoum.", "2025-09-03")
    assert events(coding) == [("AGREE", "Egypt", "Ethiopia", "2015-03-23")]


def test_air_defences_that_shot_down_a_drone_are_the_attackers(codebook):
    coding = coded(codebook, "Mali recalled its ambassador to Algeria on Wednesday, two days after Algerian air defences "
                             "shot down a Malian army drone near the border.", "2026-03-12")
    assert ("ASSAULT", "Algerian air defences", "Malian soldiers", "2026-03-09") in events(coding)


def test_aid_sent_or_dropped_into_gaza_goes_to_palestine(codebook):
    coding = coded(codebook, "Egypt sent 140 trucks of food and tents into the Gaza Strip on Tuesday. Jordanian air force "
                             "planes also dropped 30 tonnes of flour over central Gaza on Tuesday.", "2025-12-17")
    assert [(kind, target) for kind, _, target, _ in events(coding)] == [("AID", "Palestine"), ("AID", "Palestine")]


def test_an_internationally_recognised_government_is_recognised_by_no_one_here(codebook):
    coding = coded(codebook, "Yemen's Houthi movement freed 153 government soldiers and the internationally recognised "
                             "government released 171 Houthi fighters on Tuesday.", "2025-04-09")
    assert {kind for kind, _, _, _ in events(coding)} == {"RETREAT"}


def test_the_ministry_again_and_a_day_later(codebook):
    coding = coded(codebook, "Sudan's foreign ministry accused Ethiopia on Tuesday of aggression. A day later, the ministry "
                             "summoned Ethiopian Ambassador Yared Haile.", "2025-10-30")
    assert events(coding) == [("ACCUSE", "Sudanese Foreign Ministry", "Ethiopia", "2025-10-28"),
                              ("ACCUSE", "Sudanese Foreign Ministry", "Yared Haile", "2025-10-29")]


def test_struck_what_the_military_said_were_depots_on_wednesday_struck_on_wednesday(codebook):
    coding = coded(codebook, "Israeli warplanes struck what the Israeli military said were Hezbollah weapons depots near "
                             "Nabatieh on Wednesday.", "2025-07-24")
    assert [(kind, date) for kind, _, _, date in events(coding)] == [("ASSAULT", "2025-07-23")]


def test_an_airstrike_carried_out_is_an_assault(codebook):
    coding = coded(codebook, "The U.S. military said it carried out an airstrike against al-Shabaab fighters near Jilib on "
                             "Wednesday.", "2026-09-24")
    assert events(coding) == [("ASSAULT", "United States", "al-Shabaab", "2026-09-23")]


def test_the_agency_is_the_one_named_before(codebook):
    coding = coded(codebook, "Iran and the International Atomic Energy Agency (IAEA) met on Tuesday. Iran suspended "
                             "cooperation with the agency in July 2025.", "2026-10-21")
    assert [(kind, target) for kind, _, target, _ in events(coding)][-1] == (
        "SANCTION", "International Atomic Energy Agency")


def test_placed_under_house_arrest_by_security_forces_and_two_who_both_arrived(codebook):
    coding = coded(codebook, "Opposition leader Daniel Wasswa Mukasa was placed under house arrest by security forces on "
                             "Sunday.", "2026-01-21")
    assert [(kind, target) for kind, _, target, _ in events(coding)] == [("COERCE", "Daniel Wasswa Mukasa")]
    coding = coded(codebook, "Foreign Minister Hossein Rahmani of Iran and IAEA Director General Elena Marchetti had both "
                             "arrived in the Egyptian capital on Monday for talks.", "2026-10-21")
    assert [(source, target) for _, source, target, _ in events(coding)] == [
        ("Hossein Rahmani", "Egypt"), ("Elena Marchetti", "Egypt")]


def test_a_readouts_the_prime_minister_keeps_meaning_its_own_prime_minister(codebook):
    coding = coded(codebook, "LONDON, March 10 (Entente) - Britain and Poland signed a defence treaty in London on Tuesday, "
                             "according to a readout of talks between Prime Minister Alistair Penrose and his Polish "
                             "counterpart Marek Zielinski. \"The Prime Minister welcomed Prime Minister Zielinski of Poland "
                             "to Downing Street today. The Prime Minister praised Poland's leadership within NATO. The "
                             "Prime Minister condemned Russia's expulsion of a Polish diplomat on Friday and expressed the "
                             "UK's full solidarity with Poland.\"", "2026-03-10")
    acts = {(kind, source, target) for kind, source, target, _ in events(coding) if kind in ("SUPPORT", "ACCUSE")}
    assert {("SUPPORT", "Alistair Penrose", "Poland"), ("ACCUSE", "Alistair Penrose", "Russia")} <= acts
    assert not any(source == "Marek Zielinski" for _, source, _ in acts)


def test_support_conveyed_and_recognising_a_convergence_and_a_visit_from_4_to_6_august(codebook):
    coding = coded(codebook, "President Ramon Castellano of the Philippines paid a state visit to India from 4 to 6 August "
                             "2025. Recognising the growing convergence of their interests, the leaders met. President "
                             "Castellano conveyed the Philippines' support for India's candidature.", "2025-08-06")
    assert [(kind, target) for kind, _, target, _ in events(coding)] == [("CONSULT", "India"), ("SUPPORT", "India")]
    assert (events(coding)[0][3], coding.events[0].precision) == ("2025-08-04", "day")


def test_a_release_that_is_to_begin_has_not_happened(codebook):
    coding = coded(codebook, "Under the protocol, the release of detainees by Qatar is to begin within ten days. The "
                             "withdrawal of M23 forces from Goma will be taken up in the next round.", "2026-07-15")
    assert events(coding) == []


def test_the_2015_declaration_is_the_one_signed_in_2015_not_another(codebook):
    coding = coded(codebook, "Egypt and Ethiopia signed a Declaration of Principles in Khartoum in 2015. The 2015 "
                             "declaration, signed on March 23 of that year, set rules for the dam.", "2025-09-03")
    assert [a.name for a in coding.agreements] == ["Declaration of Principles"]
    assert events(coding) == [("AGREE", "Egypt", "Ethiopia", "2015-03-23")]


def test_an_approved_sale_of_missiles_is_military_aid(codebook):
    coding = coded(codebook, "The United States on Tuesday approved a $1.9 billion sale of air defence missiles and radars "
                             "to Taiwan.", "2026-02-18")
    assert events(coding) == [("AID", "United States", "Taiwan", "2026-02-17")]


def test_both_sides_after_a_truce_between_two_are_those_two(codebook):
    coding = coded(codebook, "Egypt sent aid to Gaza on Tuesday. The truce between Israel and Hamas, mediated by Egypt, "
                             "has largely held, although both sides have accused each other of violations.", "2025-12-17")
    assert {(s, t) for kind, s, t, _ in events(coding) if kind == "ACCUSE"} == {("Israel", "Hamas"), ("Hamas", "Israel")}


def test_the_warring_parties_are_those_who_fight_not_the_council(codebook):
    coding = coded(codebook, "Sudan's army blamed the Rapid Support Forces for the attack on Tuesday. On Thursday, the UN "
                             "Security Council demanded that the RSF lift the siege. The two warring parties signed a truce "
                             "in May 2023.", "2025-09-15")
    assert ("AGREE", "Sudanese soldiers", "Rapid Support Forces", "2023-05-01") in events(coding)
    coding = coded(codebook, "On Thursday, the UN Security Council demanded that Sudan's paramilitary Rapid Support Forces "
                             "lift the siege. Russia accused Britain of bias. Both warring parties signed a truce in May "
                             "2023.", "2025-09-15")
    assert ("AGREE", "Sudan", "Rapid Support Forces", "2023-05-01") in events(coding)


def test_the_march_23_movement_is_a_name_not_a_date():
    from entente.dates import find_dates
    found = find_dates("the Congo River Alliance/March 23 Movement (AFC/M23) signed a protocol on Tuesday",
                       dt.date(2026, 7, 15))
    assert [(d.date, d.precision) for d in found] == [(dt.date(2026, 7, 14), "day")]


def test_a_rescue_team_sent_is_aid(codebook):
    coding = coded(codebook, "Japan on Tuesday sent a search and rescue team to Turkey after the earthquake.", "2026-02-11")
    assert events(coding) == [("AID", "Japan", "Turkey", "2026-02-10")]


def test_a_leader_named_with_the_hosts_counterpart_is_of_the_other_state(codebook):
    coding = coded(codebook, "Prime Minister Arvind Mehra and Japanese Prime Minister Hiroshi Tanabe held the 16th "
                             "India-Japan Annual Summit in Tokyo on Tuesday. Mehra arrived in Tokyo on Monday.",
                   "2026-03-18")
    assert countries(coding, "person") == {
        "Arvind Mehra": "IND", "Hiroshi Tanabe": "JPN"}


def test_a_prime_minister_beside_his_mauritian_counterpart_in_port_louis_is_not_mauritian(codebook):
    coding = coded(codebook, "India and Mauritius on Friday exchanged two Memoranda of Understanding in the presence of "
                             "Prime Minister Arvind Mehra and his Mauritian counterpart Vikram Seegobin in Port Louis. "
                             "Mehra arrived in Port Louis on Thursday on a two-day state visit.", "2025-03-22")
    assert countries(coding, "person") == {
        "Arvind Mehra": "IND", "Vikram Seegobin": "MUS"}


def test_a_persons_nationality_told_beside_the_name(codebook):
    coding = coded(codebook, "UN special envoy Ingrid Halvorsen, a Norwegian diplomat, urged the RSF on Friday to lift the "
                             "siege. Danish diplomat Anders Kjeldsen visited Cairo on Monday.", "2025-02-14")
    assert countries(coding, "person") == {
        "Ingrid Halvorsen": "NOR", "Anders Kjeldsen": "DNK"}


def test_of_two_signatories_the_one_whose_state_was_guessed_takes_the_other_party(codebook):
    coding = coded(codebook, "SANTIAGO, Nov 4 (Entente) - Chile and Saudi Arabia signed a memorandum of understanding on "
                             "green hydrogen on Tuesday. Minister Carolina Fuentes and Saudi Energy Minister Abdullah "
                             "Al-Qahtani signed the memorandum in Riyadh.", "2025-11-05")
    assert countries(coding, "person")["Abdullah Al-Qahtani"] == "SAU"


def test_a_family_name_gives_a_person_the_state_the_story_names_it_belongs_to(codebook):
    coding = coded(codebook, "MANILA, Aug 12 (Entente) - The Philippines protested to China on Monday after Chinese coast "
                             "guard vessels fired water cannon near Scarborough Shoal. Spokesman Zhou Minghai said the "
                             "vessels acted lawfully.", "2025-08-12")
    assert countries(coding, "person") == {"Zhou Minghai": "CHN"}


def test_a_minister_opening_a_sentence_after_his_states_forces_acted_is_of_that_state(codebook):
    coding = coded(codebook, "BEIJING, Oct 7 (Entente) - Pakistani security forces killed four militants near Turbat on "
                             "Monday. Interior Minister Faisal Durrani accused India of financing the group.", "2026-10-07")
    assert countries(coding, "person") == {"Faisal Durrani": "PAK"}


def test_its_head_is_of_the_state_the_sentence_before_opened_with(codebook):
    coding = coded(codebook, "CAIRO, Sept 3 (Entente) - Ethiopia dismissed the Egyptian letter on Tuesday. Its head, "
                             "Selamawit Kebede, said the dam harms no one.", "2025-09-03")
    assert countries(coding, "person") == {"Selamawit Kebede": "ETH"}


def test_a_body_owned_by_a_states_military_is_of_that_state(codebook):
    coding = coded(codebook, "MOGADISHU, Sept 24 (Entente) - The U.S. military's Africa Command said it carried out an "
                             "airstrike against al-Shabaab fighters near Jilib on Wednesday.", "2026-09-24")
    assert countries(coding, "organization") == {"Africa Command": "USA"}


def test_a_mission_in_a_state_keeps_its_place_when_its_acronym_follows(codebook):
    coding = coded(codebook, "Rebels attacked a base of the European Union Training Mission in Mali (EUTM) near Kati on "
                           "Monday.", "2025-06-04")
    assert "European Union Training Mission in Mali" in {e.name for e in coding.entities}


def test_a_full_name_before_a_known_acronym_is_the_body_the_gazetteer_knows(codebook):
    coding = coded(codebook, "The UN Security Council condemned the attack against peacekeepers of the United Nations "
                             "Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA) "
                             "on Sunday. The Council reiterated its full support for MINUSCA.", "2025-09-17")
    assert {(e[0], e[2]) for e in events(coding)} == {("ACCUSE", "MINUSCA"), ("SUPPORT", "MINUSCA")}


def test_a_presidents_condemnation_of_an_attack_targets_the_armed_group_of_his_own_country(codebook):
    got = events(coded(codebook, "MOGADISHU, Sept 24 (Entente) - Al-Shabaab fighters stormed a base of ATMIS near Bulo "
                                 "Marer on Tuesday. Somali President Abdiweli Farah condemned the attack on Wednesday.",
                       "2026-09-24"))
    assert ("ACCUSE", "Abdiweli Farah", "al-Shabaab", "2026-09-23") in got


def test_the_head_of_a_committee_named_in_apposition_is_a_person(codebook):
    coding = coded(codebook, "The head of the Houthi prisoners' committee, Yahya al-Shami, signed the exchange agreement "
                             "on March 20.", "2025-04-09")
    assert "Yahya al-Shami" in {e.name for e in coding.entities if e.actor_type == "person"}


def test_a_second_clause_after_and_is_no_second_object(codebook):
    got = events(coded(codebook, "The Houthis freed 153 soldiers and Saudi Arabia released 171 Houthi fighters on "
                                 "Tuesday.", "2025-04-09"))
    assert not any(e[0] == "RETREAT" and e[1] == "Houthis" and e[2] == "Saudi Arabia" for e in got)


def test_today_is_the_day_the_dateline_gives_when_the_story_is_published_later(codebook):
    got = events(coded(codebook, "Panama City, March 9, 2026\n\nPresident of Panama Aurelio Mendez spoke by telephone "
                                 "today with President of Colombia Gabriela Ospina.", "2026-03-10"))
    assert ("CONSULT", "Aurelio Mendez", "Gabriela Ospina", "2026-03-09") in got


def test_a_possessive_before_the_subject_is_no_conjunct(codebook):
    got = events(coded(codebook, "Pakistan and Afghanistan's Taliban administration signed a ceasefire agreement in Doha "
                                 "on Wednesday.", "2026-04-23"))
    assert ("AGREE", "Pakistan", "Taliban", "2026-04-22") in got


def test_attacks_a_party_commits_to_halt_are_not_coded(codebook):
    got = events(coded(codebook, "Both sides committed to halting attacks on each other's territory.", "2026-04-23"))
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_both_sides_condemning_terrorism_accuse_neither_side(codebook):
    got = events(coded(codebook, "India and Saudi Arabia signed a memorandum of understanding on defence on Tuesday. Both "
                                 "sides reaffirmed their commitment to regional peace and strongly condemned terrorism in "
                                 "all its forms.", "2025-12-04"))
    assert not [e for e in got if e[0] == "ACCUSE"]


def test_an_act_during_a_named_meeting_takes_the_meetings_date(codebook):
    got = events(coded(codebook, "Defence Secretary Arvind Sethi of India co-chaired the meeting of the Joint Committee on "
                                 "Defence Cooperation (JCDC) with Saudi Arabia in Riyadh on Tuesday. On Wednesday, he "
                                 "called on Saudi Deputy Minister of Defence Abdulrahman Al-Harbi.\n\nDuring the JCDC "
                                 "meeting, India and Saudi Arabia signed a memorandum of understanding on defence "
                                 "industry cooperation.", "2025-12-04"))
    assert ("AGREE", "Arvind Sethi", "Abdulrahman Al-Harbi", "2025-12-02") in got  # India and Saudi Arabia, by their
    # officials in the talks


def test_an_acronym_the_article_spells_out_is_not_the_gazetteers(codebook):
    coding = coded(codebook, "Relations were elevated with the signing of the agreement establishing the Strategic "
                             "Partnership Council (SPC) in October 2019. The first meeting of the SPC was held in 2023.",
                   "2025-12-04")
    assert "Pacific Community" not in {e.name for e in coding.entities}


def test_a_call_on_a_minister_and_a_discussion_is_no_request(codebook):
    got = events(coded(codebook, "Defence Secretary Arvind Sethi of India on Wednesday called on Saudi Deputy Minister of "
                                 "Defence Abdulrahman Al-Harbi and discussed ways to expand training exchanges.",
                       "2025-12-04"))
    assert not [e for e in got if e[0] == "REQUEST"]
    assert ("CONSULT", "Arvind Sethi", "Abdulrahman Al-Harbi", "2025-12-03") in got


def test_a_signed_framework_arrangement_or_letter_of_intent_is_an_agreement(codebook):
    for body, date in (("Solomon Islands and Australia signed a new policing support arrangement in Canberra on Monday.",
                        "2026-02-17"),
                       ("Iran and the IAEA signed a framework on Tuesday for the resumption of inspections.", "2026-10-21"),
                       ("The Netherlands and Sweden signed a letter of intent on Thursday on the joint procurement of "
                        "air defence systems.", "2026-02-13")):
        coding = coded(codebook, body, date)
        assert [e[0] for e in events(coding)] == ["AGREE"] and len(coding.agreements) == 1, body


def test_a_letter_is_no_agreement(codebook):
    coding = coded(codebook, "Iran sent a letter to the UN Security Council on Monday.", "2026-02-17")
    assert not coding.agreements


def test_an_exchange_of_notes_is_one_agreement_and_other_notes_are_none(codebook):
    coding = coded(codebook, "Japan and Jordan on Sunday signed an exchange of notes for a grant of 2.5 billion yen.",
                   "2026-07-21")
    assert events(coding) == [("AGREE", "Japan", "Jordan", "2026-07-19")]
    assert [a.name for a in coding.agreements] == ["Exchange of notes"]
    assert not coded(codebook, "Japan's envoy took notes as Jordan's minister signed in.", "2026-07-21").agreements


def test_a_list_after_an_opening_date_acts_together(codebook):
    got = events(coded(codebook, "In July 2024, Mali, Burkina Faso and Niger signed in Niamey the treaty establishing "
                                 "the Confederation of the Alliance of Sahel States.", "2025-12-01"))
    assert sorted(got) == [("AGREE", "Burkina Faso", "Niger", "2024-07-01"), ("AGREE", "Mali", "Burkina Faso", "2024-07-01"),
                           ("AGREE", "Mali", "Niger", "2024-07-01")]


def test_a_date_set_after_its_weekday_does_not_end_the_clause(codebook):
    got = events(coded(codebook, "Foreign Secretary Adriana Solís Ferrer of Mexico held a telephone conversation on "
                                 "Thursday, 2 July, with the Secretary of State of the United States of America, "
                                 "Gregory Hale, to review the bilateral agenda.", "2026-07-03"))
    assert got == [("CONSULT", "Adriana Solís Ferrer", "Gregory Hale", "2026-07-02")]


def test_an_arrangement_signed_and_then_named_is_one_agreement(codebook):
    coding = coded(codebook, "Algeria and Niger signed an arrangement on Tuesday governing the return of irregular "
                             "migrants. The Readmission Arrangement was signed in Algiers by Algerian Interior Minister "
                             "Karim Benaissa and his Nigerien counterpart, Abdou Maiga.", "2025-10-15")
    assert [a.name for a in coding.agreements] == ["Readmission Arrangement"]


def test_a_subject_named_with_its_acronym_in_brackets_is_one_conjunct(codebook):
    got = events(coded(codebook, "Iran and the International Atomic Energy Agency (IAEA) signed an arrangement on Monday "
                                 "that will allow U.N. inspectors to return.", "2026-03-10"))
    assert got == [("AGREE", "Iran", "International Atomic Energy Agency", "2026-03-09")]


def test_a_condemnation_is_not_dated_by_the_strike_it_condemns(codebook):
    got = events(coded(codebook, "DOHA, Dec 4 (Entente) - The Gulf Cooperation Council condemned the Israeli air strike "
                                 "on Doha on 9 September 2025 at its summit on Wednesday.", "2025-12-04"))
    assert ("ACCUSE", "Gulf Cooperation Council", "Israel", "2025-12-03") in got


def test_two_states_condemning_an_attack_each_accuse_its_authors(codebook):
    got = events(coded(codebook, "Houthi drones struck a fuel depot in Jazan on Monday. The United Arab Emirates and "
                                 "Bahrain condemned the drone attack in separate statements on Tuesday.", "2025-03-12"))
    assert {(e[0], e[1], e[2]) for e in got if e[0] == "ACCUSE"} == {
        ("ACCUSE", "United Arab Emirates", "Houthis"), ("ACCUSE", "Bahrain", "Houthis")}


def test_the_state_of_a_country_acts_as_the_country_and_an_attack_carried_out_by_x_is_xs(codebook):
    got = events(coded(codebook, "The State of Qatar strongly condemned the drone and missile attack carried out by the "
                                 "Houthi group on positions of the Yemeni army in Marib on Tuesday.", "2026-06-11"))
    assert ("ACCUSE", "Qatar", "Houthis", "2026-06-11") in got
    assert ("ASSAULT", "Houthis", "Yemeni soldiers", "2026-06-09") in got


def test_a_sentence_opened_after_a_header_colon_may_open_with_its_act(codebook):
    got = events(coded(codebook, "VIETNAM-LAOS: Talks between Vietnamese Transport Minister Tran Van Hieu and his Lao "
                                 "counterpart Bounthavy Sisouk in Vientiane on Tuesday ended with the signing of a "
                                 "protocol on the railway.", "2025-02-14"))
    assert ("CONSULT", "Tran Van Hieu", "Bounthavy Sisouk", "2025-02-11") in got


def test_a_territory_in_the_news_is_a_place_of_its_own(codebook):
    coding = coded(codebook, "Protesters blocked roads in New Caledonia on Wednesday.", "2026-08-28")
    assert "New Caledonia" in {e.name for e in coding.entities if e.actor_type == "country"}


def test_a_diplomat_a_state_accused_is_accused_by_that_state(codebook):
    got = events(coded(codebook, "CHISINAU (Entente) - Moldova on Thursday expelled a Russian diplomat it accused of "
                                 "helping to finance a network that paid voters.", "2025-09-19"))
    assert ("ACCUSE", "Moldova", "Russia", "2025-09-18") in got
    assert ("ACCUSE", "Russia", "Moldova", "2025-09-18") not in got


def test_the_same_day_is_not_a_coming_day_told_before(codebook):
    got = events(coded(codebook, "CHISINAU (Entente) - Moldova on Thursday expelled a Russian diplomat ahead of the "
                                 "election on September 28. Russian Ambassador Viktor Samsonov was summoned to the "
                                 "Moldovan foreign ministry the same day.", "2025-09-19"))
    assert [e[3] for e in got if e[0] == "ACCUSE" and e[2] == "Viktor Samsonov"] == ["2025-09-18"]


def test_a_roundups_stories_keep_their_own_sides_and_places(codebook):
    body = ("LIMA, July 25 (Entente) - Thousands of miners protested in central Lima on Wednesday. Police fired tear gas "
            "at the protesters.\n\nGEORGETOWN - Guyana lodged a formal protest with Venezuela on Tuesday over troops on "
            "the border. Caracas rejected the protest on Wednesday.\n\nBRASILIA - Brazil sent two firefighting aircraft "
            "to Bolivia on Monday. The two governments also signed an agreement in Brasilia on Monday on cooperation "
            "against forest fires.")
    coding = coded(codebook, body, "2025-07-25")
    got = events(coding)
    assert ("AGREE", "Brazil", "Bolivia", "2025-07-21") in got or ("AGREE", "Bolivia", "Brazil", "2025-07-21") in got
    assert {e.country for e in coding.entities if e.name.endswith("protesters")} == {"PER"}


def test_a_bare_group_in_a_roundups_next_story_is_that_storys_own(codebook):
    body = ("JAKARTA - Indonesian maritime security officers seized two Vietnamese fishing boats on Tuesday.\n\n"
            "DHAKA - Thousands of garment workers marched in Dhaka on Sunday. Police fired tear gas at the protesters.")
    got = events(coded(codebook, body, "2026-11-06"))
    assert [e[1] for e in got if e[0] == "ASSAULT"] == ["Bangladeshi police"]


def test_crews_detained_with_their_boats_are_the_boats_nationals(codebook):
    for flag in ("Vietnamese", "Vietnamese-flagged"):
        got = events(coded(codebook, f"Indonesian officers seized two {flag} fishing boats and detained 23 crew members "
                                     "on Tuesday.", "2026-11-06"))
        assert ("COERCE", "Indonesia", "Vietnamese sailors", "2026-11-03") in got


def test_lifting_a_quoted_surcharge_is_a_retreat(codebook):
    got = events(coded(codebook, 'Ecuador lifted its 30% "security surcharge" on imports from Colombia on Thursday.',
                       "2026-07-17"))
    assert ("RETREAT", "Ecuador", "Colombia", "2026-07-16") in got


@pytest.mark.parametrize(("body", "expected"), [
    ("The United States lifted sanctions on Belarus's national airline on Thursday.", "RETREAT"),
    ("The EU eased its arms embargo on Syria on Thursday.", "RETREAT"),
    ("Ethiopia lifted a ban on Eritrean flights on Thursday.", "CONCEDE"),
    ("Azerbaijan lifted restrictions on the transit of goods to Armenia on Thursday.", "CONCEDE"),
])
def test_easing_economic_sanctions_is_a_retreat_and_easing_others_a_concession(codebook, body, expected):
    """PLOVER's CAMEO crosswalk: 085 (ease economic sanctions, embargo) is RETREAT, 081 (administrative) CONCEDE."""
    assert [e[0] for e in events(coded(codebook, body, "2026-07-17"))] == [expected]


@pytest.mark.parametrize(("body", "source", "target"), [
    ("Kenya agreed on Thursday to release 4.5 billion shillings to pay the arrears owed to lecturers.", "Kenya", None),
    ("Colombia resumed electricity exports to Ecuador on Friday.", "Colombia", "Ecuador"),
    ("China on Wednesday terminated its anti-subsidy investigation into dairy products from the European Union.",
     "China", "European Union"),
    ("Ministers welcomed the lifting by Albania on Monday of the transit fee for Montenegrin freight vehicles.",
     "Albania", "Montenegro"),
    ("Bolivia suspended manual eradication of coca in three municipalities on Wednesday.", "Bolivia", None),
    ("Kenya dropped a proposed levy on mobile money transfers on Wednesday.", "Kenya", None),
    ("Nepal waived the transit fees on Indian freight trucks on Monday.", "Nepal", "India"),
])
def test_paying_arrears_resuming_exports_and_ending_a_probe_are_concessions(codebook, body, source, target):
    """Concessions told without "lift" or "withdraw": paying what is owed, resuming exports, ending an investigation,
    lifting a fee, suspending eradication."""
    got = [e[:3] for e in events(coded(codebook, body, "2026-07-17")) if e[0] == "CONCEDE"]
    assert got == [("CONCEDE", source, target)]


def test_a_ceasefire_dated_inside_an_accusation_was_agreed_then(codebook):
    for verb in ("signed", "agreed"):
        got = events(coded(codebook, "Israel and Lebanon traded fire on Monday. Lebanon accused Israel of violating "
                                     f"the ceasefire {verb} in November 2024.", "2026-07-17"))
        assert ("AGREE", "Israel", "Lebanon", "2024-11-01") in got


def test_firefighters_sent_to_a_neighbour_are_aid(codebook):
    got = events(coded(codebook, "Brazil sent two firefighting aircraft and 60 firefighters to Bolivia on Monday to help "
                                 "contain wildfires.", "2025-07-25"))
    assert ("AID", "Brazil", "Bolivia", "2025-07-21") in got


def test_an_attack_condemned_with_its_author_is_coded_too(codebook):
    got = events(coded(codebook, "President Mendez of Panama condemned the attack carried out last week by the Clan del "
                                 "Golfo against a Colombian police patrol in Choco.", "2026-03-10"))
    assert ("ACCUSE", "Mendez", "Clan del Golfo", "2026-03-10") in got or \
        ("ACCUSE", "Mendez", "Clan del Golfo", "2026-03-09") in got
    assert [e[:3] for e in got if e[0] == "ASSAULT"] == [("ASSAULT", "Clan del Golfo", "Colombian police")]


def test_thanks_for_aid_sent_in_a_month_are_dated_by_the_call(codebook):
    got = events(coded(codebook, "President Aurelio Mendez of Panama spoke by telephone on Monday with President Gabriela "
                                 "Ospina of Colombia. Mendez thanked Ospina for the humanitarian assistance sent by "
                                 "Colombia in February to communities affected by flooding.", "2026-03-10"))
    assert ("SUPPORT", "Aurelio Mendez", "Gabriela Ospina", "2026-03-09") in got


def test_an_attack_before_dawn_on_tuesday_is_dated_tuesday_and_suspects_are_a_group(codebook):
    got = events(coded(codebook, "MOGADISHU, March 13 (Entente) - Al Shabaab fighters attacked a base of the African "
                                 "Union mission before dawn on Tuesday. Somali security forces arrested 11 suspects in "
                                 "raids on Wednesday.", "2025-03-13"))
    assert [e[3] for e in got if e[0] == "ASSAULT"] == ["2025-03-11"]
    assert ("COERCE", "Somali military", "Somali suspects", "2025-03-12") in got


def test_denouncing_the_assault_accuses_its_authors(codebook):
    got = events(coded(codebook, "MOGADISHU, March 13 (Entente) - Al Shabaab fighters attacked a base of the African "
                                 "Union mission on Tuesday. Defence Minister Hassan Farah of Somalia condemned the attack "
                                 "on Wednesday. The African Union Commission also denounced the assault.", "2025-03-13"))
    assert [e[:3] for e in got if e[1] == "African Union Commission"] == [
        ("ACCUSE", "African Union Commission", "al-Shabaab")]


def test_the_government_of_a_state_is_the_state(codebook):
    coding = coded(codebook, "New Delhi, 14 March 2026\n\nGovernment of India has urged the Government of Sri Lanka to "
                             "release the apprehended fishermen. The Royal Thai Government said it was concerned. "
                             "The Government of National Unity rejected the report.", "2026-03-14")
    assert countries(coding, "country") == {"India": "IND", "Sri Lanka": "LKA", "Thailand": "THA"}
    assert "Government of National Unity" in countries(coding, "organization")
    assert ("REQUEST", "India", "Sri Lanka", "2026-03-14") in events(coding)


def test_fishermen_apprehended_by_a_navy_are_arrested(codebook):
    got = events(coded(codebook, "Fourteen Indian fishermen were apprehended by the Sri Lanka Navy near Delft Island "
                                 "on Friday.", "2026-03-14"))
    assert got == [("COERCE", "Sri Lanka Navy", "Indian fishermen", "2026-03-13")]


def test_an_exchange_of_prisoners_is_a_release_each_way(codebook):
    got = events(coded(codebook, "Russia and Ukraine exchanged 205 prisoners of war each on Saturday.", "2026-04-18"))
    assert sorted(e[:3] for e in got) == [("RETREAT", "Russia", "Ukraine"), ("RETREAT", "Ukraine", "Russia")]


def test_a_news_agency_spoken_to_is_no_actor_but_state_media_speaking_is(codebook):
    coding = coded(codebook, "Somali President Hassan Nur urged Ethiopia to withdraw its soldiers, an official told "
                             "Reuters. North Korea's KCNA said the launch was a warning.", "2025-04-17")
    names = [row["name"] for row in local_rows(coding)["entities"]]
    assert "Reuters" not in names and "KCNA" in names


def test_the_two_countries_are_the_storys_sides_not_the_last_two_named(codebook):
    got = events(coded(codebook, "BANGKOK, March 3 (Reuters) - Thailand expelled Cambodia's ambassador on Tuesday. "
                                 "Cambodia rejected the expulsion. The Philippines urged both sides to exercise restraint. Malaysia brokered a truce in July, "
                                 "and the two countries signed a joint declaration in Kuala Lumpur in October 2025.",
                       "2026-03-03"))
    assert ("AGREE", "Thailand", "Cambodia", "2025-10-01") in got
    got = events(coded(codebook, "Asked about troop movements along the border between Ethiopia and Eritrea, the "
                                 "spokesperson said the United Nations could not verify them. The talks were held in Rome on Monday, and the two countries signed a "
                                 "protocol.", "2026-03-03"))
    assert ("AGREE", "Ethiopia", "Eritrea", "2026-03-02") in got


def test_the_secretary_general_alone_is_the_un_acting(codebook):
    coding = coded(codebook, "The briefing was held at United Nations Headquarters. The Secretary-General called on the "
                             "Sudanese Armed Forces to return to negotiations.", "2026-01-13")
    assert ("REQUEST", "United Nations", "Sudanese Armed Forces", "2026-01-13") in events(coding)
    assert "UN Secretary-General" in next(e.aliases for e in coding.entities if e.name == "United Nations")


def test_brussels_after_the_eu_is_named_is_the_eu_and_a_possessor_owns_the_act_after_described_as(codebook):
    got = events(coded(codebook, "The European Union adopted a new package of sanctions against Russia on Tuesday. "
                                 "China urged Brussels to correct its mistake. Russia ordered a counsellor at the Estonian "
                                 "embassy to leave within 72 hours, in what it described as retaliation for Tallinn's "
                                 "expulsion of a Russian diplomat last month.", "2026-05-22"))
    assert ("REQUEST", "China", "European Union", "2026-05-19") in got
    assert [e[:3] for e in got if e[0] == "SANCTION"][-1] == ("SANCTION", "Estonia", "Russia")


def test_a_live_page_codes_each_entry_once(codebook):
    body = ("17:40 - That's all from us today. To recap: Oman condemned the Israeli strikes on Hodeidah.\n\n"
            "14:20 - Greece demands release of crew. Greece's foreign ministry demanded the immediate and unconditional "
            "release of the 21 crew members of the Aegean Star.\n\n"
            "11:30 - Oman condemns strikes. Oman's foreign ministry condemned the Israeli strikes as \"a flagrant "
            "violation of Yemen's sovereignty\".")
    got = events(coded(codebook, body, "2025-09-14"))
    assert [e[:3] for e in got if e[0] == "ACCUSE"] == [("ACCUSE", "Oman", "Israel")]
    assert [e[:2] for e in got if e[0] in ("REQUEST", "CONCEDE", "RETREAT")] == [("REQUEST", "Greek Foreign Ministry")]


def test_a_release_signed_off_with_its_date_tells_its_present_acts_on_that_day(codebook):
    body = ("The Ministry of National Defence of the Republic of Niger issued the following communique.\n\n"
            "The Ministry once again denounces the attitude of the French authorities. The Ministry of National "
            "Defence denounces the support given to terrorist groups by France.\n\nNiamey, 11 September 2025")
    coding = coded(codebook, body, "2025-09-12")
    assert [e for e in events(coding) if e[0] == "ACCUSE"][0] == (
        "ACCUSE", "Ministry of National Defence of the Republic of Niger", "France", "2025-09-11")
    assert [e.name for e in coding.entities if e.actor_type == "organization"] == [
        "Ministry of National Defence of the Republic of Niger"]


def test_a_coming_year_after_to_dates_the_act_asked_for_not_the_asking(codebook):
    got = events(coded(codebook, "The Tajik side asked Kazakhstan on Tuesday to support its initiative to declare 2028 "
                                 "the International Year of Glaciers.", "2026-02-18"))
    assert got == [("REQUEST", "Tajikistan", "Kazakhstan", "2026-02-17")]


def test_an_agreement_signed_as_a_participle_is_signed_by_the_parties_its_name_gives(codebook):
    got = events(coded(codebook, "Minister Nurtayev of Kazakhstan welcomed the Treaty on the State Border between "
                                 "Tajikistan and Kyrgyzstan, signed in Bishkek in March 2025.", "2026-02-18"))
    assert ("AGREE", "Tajikistan", "Kyrgyzstan", "2025-03-01") in got


def test_talks_between_states_whose_delegation_heads_are_named_are_between_the_heads(codebook):
    got = events(coded(codebook, "New Delhi [India], December 10 (ANI): India and Armenia held the 12th round of Foreign "
                                 "Office Consultations (FOC) in New Delhi on Tuesday. The Indian delegation was led by "
                                 "Secretary (West) Nidhi Verma, while the Armenian side was led by Deputy Foreign "
                                 "Minister Narek Avetisyan.", "2025-12-10"))
    assert got == [("CONSULT", "Nidhi Verma", "Narek Avetisyan", "2025-12-09")]


def test_welcoming_an_initialling_between_two_others_is_their_agreement_dated_by_them(codebook):
    got = events(coded(codebook, "India and Armenia signed an MoU on Tuesday. The Armenian side sought India's support "
                                 "for its candidature. India welcomed the initialling of the text of the peace agreement "
                                 "between Armenia and Azerbaijan in Washington in August.", "2025-12-10"))
    assert ("REQUEST", "Armenia", "India", "2025-12-09") in got
    assert ("AGREE", "Armenia", "Azerbaijan", "2025-08-01") in got
    assert ("SUPPORT", "India", "Armenia", "2025-12-09") in got


def test_an_agency_dateline_without_a_date_still_says_where_the_story_is_from(codebook):
    coding = coded(codebook, "ISLAMABAD (AP) - Talks in Istanbul mediated by Turkey ended on Thursday. A day earlier, "
                             "TTP militants stormed a security checkpost in North Waziristan, killing six soldiers.",
                   "2026-10-16")
    assert countries(coding, "group")["Pakistani soldiers"] == "PAK"


def test_a_protest_against_no_one_named_is_against_the_protesters_own_state(codebook):
    got = events(coded(codebook, "TBILISI, June 12 (Entente) - Tens of thousands of Georgians marched to parliament in "
                                 "Tbilisi on Thursday.", "2026-06-12"))
    assert [e[0] for e in got] == ["PROTEST"] and got[0][2] == "Georgia"


def test_a_union_centre_with_a_plural_possessive_and_the_un_rights_office(codebook):
    coding = coded(codebook, "The marchers, many of them members of the Bolivian Workers' Center (COB), set off from El "
                             "Alto. In Geneva, the U.N. human rights office urged the Bolivian authorities to respect "
                             "the right of peaceful assembly.", "2026-06-18")
    assert countries(coding, "organization") == {"Bolivian Workers' Center": "BOL"}
    assert "Office of the UN High Commissioner for Human Rights" in countries(coding, "igo")


def test_it_after_said_on_a_day_is_the_speaker(codebook):
    got = events(coded(codebook, "Cambodia's foreign ministry said on Tuesday it had asked the United Nations Security "
                                 "Council to hold an emergency meeting on the situation.", "2026-03-04"))
    assert got == [("REQUEST", "Cambodian Foreign Ministry", "UN Security Council", "2026-03-03")]


def test_people_who_rally_are_protesters(codebook):
    got = events(coded(codebook, "Several hundred people rallied outside the Russian embassy in Baku on Wednesday. Forty "
                                 "people were killed in the fighting.", "2026-09-17"))
    assert got == [("PROTEST", "Azerbaijani protesters", "Russia", "2026-09-16")]


def test_a_near_object_beats_a_far_one_from_the_same_verb(codebook):
    got = events(coded(codebook, "Brazil said on Thursday it had sent about 300 additional troops and 20 armoured "
                                 "vehicles to Pacaraima.", "2026-03-06"))
    assert [e[:2] for e in got] == [("MOBILIZE", "Brazil")]


def test_acts_in_one_series_share_the_day(codebook):
    got = events(coded(codebook, "HANOI, April 23 (AFP) - Chinese coast guard officers boarded the fishing vessel on "
                                 "Sunday, detained its 11 crew and confiscated around three tonnes of fish.", "2026-04-23"))
    assert {e[3] for e in got} == {"2026-04-19"}


def test_a_reaction_to_an_act_by_another_is_not_dated_by_that_act(codebook):
    got = events(coded(codebook, "PARIS, June 27 (Entente) - President Etienne Marchal held a telephone conversation on "
                                 "Thursday with Iranian President Hossein Rahmani. Marchal criticised the vote by the "
                                 "Iranian parliament last week to suspend cooperation with the agency.", "2025-06-27"))
    assert ("ACCUSE", "Etienne Marchal", "Iran", "2025-06-26") in got


def test_gunmen_from_a_named_group_are_that_group(codebook):
    got = events(coded(codebook, "PORT-AU-PRINCE, Aug 28 (Entente) - Gunmen from the Viv Ansanm gang alliance opened "
                                 "fire on a World Food Programme convoy on Wednesday.", "2026-08-28"))
    assert got[0][:2] == ("ASSAULT", "Viv Ansanm")


def test_repeated_attacks_told_as_a_pattern_are_no_event(codebook):
    got = events(coded(codebook, "The ministers pledged to share intelligence on jihadist groups in the border region, where "
                                 "fighters linked to the Islamic State group have carried out repeated attacks.",
                       "2025-11-07"))
    assert "ASSAULT" not in {e[0] for e in got}


def test_an_agreement_recalled_with_its_year_and_parties_is_their_agreement_that_year(codebook):
    got = events(coded(codebook, "The border regime is regulated by the 1949 agreement between Norway and the Soviet "
                                 "Union, under which even an accidental crossing is a violation.", "2025-09-27"))
    assert got == [("AGREE", "Norway", "Soviet Union", "1949-01-01")]
    assert events(coded(codebook, "China rejects the 1982 UN Convention on the Law of the Sea.")) \
        == [("REJECT", "China", "United Nations", "2025-11-12")]


def test_an_agreement_signed_in_a_past_year_told_after_its_name(codebook):
    got = events(coded(codebook, "The SSULF took up arms in 2021 after refusing to join the Revitalised Agreement on the "
                                 "Resolution of the Conflict in the Republic of South Sudan, signed in Addis Ababa in "
                                 "September 2018 by the government.", "2026-01-09"))
    assert ("AGREE", "South Sudan", None, "2018-09-01") in got


def test_a_former_state_is_an_actor_only_where_it_acts(codebook):
    coding = coded(codebook, "Ties between the two former Soviet neighbours have deteriorated since Soviet-era depots "
                             "were emptied. Soviet troops entered Afghanistan in December 1979.")
    assert countries(coding, "country").get("Soviet Union") == "SUN"
    assert sum(m.entity == next(e.index for e in coding.entities if e.name == "Soviet Union")
               for m in coding.mentions) == 1


def test_a_warning_system_is_no_warning(codebook):
    got = events(coded(codebook, "The two ministers agreed that Japan and the Republic of Korea will expand the sharing "
                                 "of missile warning data that began in December 2023."))
    assert "THREATEN" not in {e[0] for e in got}


def test_support_expressed_without_its_object_and_a_date_in_a_noting_clause(codebook):
    got = events(coded(codebook, "Minister Morishita requested the cooperation of the Republic of Korea on the abductions "
                                 "issue, and Minister Park expressed his support. Minister Park stated that the Republic "
                                 "of Korea also strongly condemns the launch by North Korea, noting that it was the fourth "
                                 "launch this year.", "2025-09-24"))
    assert ("SUPPORT", "Park", "Morishita", "2025-09-24") in got
    assert {e[3] for e in got if e[0] == "ACCUSE"} == {"2025-09-24"}


def test_the_bloc_is_the_bloc_not_its_commission(codebook):
    got = events(coded(codebook, "BRUSSELS, May 22 (Entente) - European Union ministers adopted a package of sanctions "
                                 "against Russia on Thursday after the European Commission gave assurances to Slovakia. "
                                 "Ukraine's Foreign Minister Oleksandr Kovalenko praised the bloc's decision.", "2026-05-22"))
    assert ("SUPPORT", "Oleksandr Kovalenko", "European Union", "2026-05-21") in got


def test_two_leaders_after_two_states_are_theirs_in_order(codebook):
    coding = coded(codebook, "ANKARA, Sept 10 (Entente) - Turkey and Pakistan signed 18 agreements on Wednesday, as "
                             "President Mehmet Aydin and Prime Minister Ahsan Qureshi co-chaired the session. Qureshi "
                             "arrived in Ankara on Tuesday evening for a two-day official visit.", "2026-09-10")
    assert countries(coding, "person") == {"Mehmet Aydin": "TUR", "Ahsan Qureshi": "PAK"}
    assert ("CONSULT", "Ahsan Qureshi", "Mehmet Aydin", "2026-09-08") in events(coding)  # his visit to Turkey


def test_crowd_control_and_frozen_aid(codebook):
    got = events(coded(codebook, "TBILISI, June 5 (Entente) - Georgian riot police fired tear gas and water cannon at "
                                 "thousands of demonstrators outside parliament on Wednesday night. EU spokeswoman Marta "
                                 "Linde urged the Georgian authorities to release everyone detained for exercising their "
                                 "right to assembly. The EU froze 30 million euros in military assistance to Georgia last "
                                 "year.", "2025-06-05"))
    assert [e[0] for e in got] == ["ASSAULT", "REQUEST", "SANCTION"]
    assert got[2][1:] == ("European Union", "Georgia", "2024-01-01")


def test_a_spokesman_titled_by_a_ministry_is_of_that_ministrys_state(codebook):
    coding = coded(codebook, "STOCKHOLM, May 14 (Entente) - Iran ordered two Swedish diplomats to leave the country on "
                             "Thursday. Iran's Foreign Ministry summoned Swedish Ambassador Anders Holm in Tehran and told "
                             "him the two diplomats had 48 hours to depart. Ministry spokesman Mehdi Rostami accused "
                             "Stockholm of sheltering terrorist groups.", "2026-05-14")
    assert countries(coding, "person") == {"Anders Holm": "SWE", "Mehdi Rostami": "IRN"}


def test_ballistic_missiles_fired_into_the_sea_are_a_test(codebook):
    got = events(coded(codebook, "SEOUL, March 27 (Entente) - North Korea fired two short-range ballistic missiles into "
                                 "the sea off its east coast on Thursday, South Korea's military said.", "2025-03-27"))
    assert got[0][:2] == ("MOBILIZE", "North Korea") and got[0][3] == "2025-03-27"


def test_a_ceasefire_brokered_by_others_is_between_the_sides(codebook):
    coding = coded(codebook, "ISLAMABAD, April 9 (Entente) - Pakistan deployed additional troops along its border with "
                             "Afghanistan on Wednesday, and both governments blamed each other for the clash. The clash "
                             "was the most serious since October last year, when dozens of soldiers were killed before "
                             "Qatar and Turkey brokered a ceasefire between the two sides in Doha.", "2026-04-09")
    got = events(coding)
    assert ("AGREE", "Pakistan", "Afghanistan", "2025-10-01") in got
    assert not any("Qatar" in (e[1], e[2]) for e in got)
    assert [sorted(coding.entities[p].name for p in a.parties) for a in coding.agreements] == [["Afghanistan", "Pakistan"]]


def test_pledges_at_a_conference_go_to_its_recipient_not_to_another_donor(codebook):
    got = events(coded(codebook, "GENEVA, May 20 - International donors pledged about $1.4 billion in humanitarian aid for "
                                 "Yemen at a conference in Geneva on Tuesday. The U.N. has appealed for $3.1 billion for "
                                 "Yemen in 2026.\n\nSaudi Arabia announced the largest single pledge, $500 million. Britain "
                                 "said it would provide 75 million pounds, and the United Arab Emirates and Kuwait each "
                                 "pledged $100 million.", "2026-05-20"))
    donors = {e[1] for e in got if e[0] == "AID" and e[2] == "Yemen"}
    assert {"Saudi Arabia", "United Arab Emirates", "Kuwait"} <= donors
    assert not any(e[2] == "United Kingdom" for e in got)


def test_actors_inside_a_relative_aside_are_not_the_acts_arguments(codebook):
    got = events(coded(codebook, "SEOUL, Jan 14 (AP) - On Monday, North Korea's Defense Ministry slammed the five-day "
                                 "allied exercise, which involved about 90 warplanes including U.S. F-35 stealth fighters, "
                                 "as reckless provocation, and warned that the United States would face consequences.",
                       "2026-01-14"))
    assert [e[:2] for e in got] == [("ACCUSE", "North Korea's Defense Ministry"), ("THREATEN", "North Korea's Defense Ministry")]


def test_an_abbreviated_state_coordinated_with_another_is_a_second_target(codebook):
    got = events(coded(codebook, "The Philippines urged the U.S. and Chinese governments to resume talks."))
    assert [e[2] for e in got] == ["United States", "China"]


def test_a_name_after_a_title_and_a_courtesy_style(codebook):
    coding = coded(codebook, "The President of the Republic of Indonesia, H.E. Hendra Wicaksono, visited Australia on "
                             "Tuesday at the invitation of the Prime Minister of Australia, the Hon. Daniel Whitford MP.",
                   "2025-05-16")
    assert countries(coding, "person") == {"Hendra Wicaksono": "IDN", "Daniel Whitford": "AUS"}
    assert ("CONSULT", "Hendra Wicaksono", "Australia", "2025-05-13") in events(coding)


def test_an_agreement_recalled_in_passing_does_not_date_the_next_sentence(codebook):
    got = events(coded(codebook, "CANBERRA, 16 May 2025 - Prime Minister Daniel Whitford of Australia held talks with "
                                 "President Hendra Wicaksono of Indonesia on 15 May. The Leaders welcomed the Agreement on "
                                 "Cooperation in the Field of Defence, signed in Canberra in August 2024. They reaffirmed "
                                 "their commitment to expand practical defence cooperation.", "2025-05-16"))
    assert [e[3] for e in got if e[0] == "COOPERATE"] == ["2025-05-15"]


def test_tariffs_told_with_percentages_and_retaliation(codebook):
    got = events(coded(codebook, "OTTAWA, Nov 20 (Entente) - China on Wednesday banned exports of graphite to Canadian "
                                 "manufacturers, and Ottawa hit back hours later with a 25% surtax on Chinese steel. The "
                                 "dispute began in August 2024, when Canada imposed 100% tariffs on Chinese-made electric "
                                 "vehicles. Beijing retaliated in March this year with 100% tariffs on Canadian canola oil.",
                       "2025-11-20"))
    assert [e for e in got if e[0] == "SANCTION"] == [
        ("SANCTION", "China", "Canada", "2025-11-19"), ("SANCTION", "Canada", "China", "2025-11-19"),
        ("SANCTION", "Canada", "China", "2024-08-01"), ("SANCTION", "China", "Canada", "2025-03-01")]


def test_a_place_named_in_a_condition_does_not_give_a_person_a_state(codebook):
    coding = coded(codebook, "OTTAWA/BEIJING, Nov 20 (Entente) - China on Wednesday banned exports of graphite to "
                             "Canadian manufacturers.\n\nTrade Minister Priya Dhaliwal said Canada had no intention of "
                             "restricting its own exports of critical minerals to China, but warned that Ottawa was "
                             "prepared to take further measures if "
                             "Beijing did not reverse course.", "2025-11-20")
    assert countries(coding, "person") == {"Priya Dhaliwal": "CAN"}
    assert ("THREATEN", "Priya Dhaliwal", "China", "2025-11-19") in events(coding)


def test_a_challenger_is_a_title(codebook):
    coding = coded(codebook, "LUSAKA, Aug 21 (Entente) - The Electoral Commission of Zambia on Sunday declared President "
                             "Joseph Chitalu Banda the winner. His main challenger, Chanda Mwale of the Patriotic Renewal "
                             "Movement (PRM), rejected the result on Monday. In a televised address on Wednesday night, "
                             "Banda called on Mwale to accept the outcome.", "2026-08-21")
    assert ("REQUEST", "Joseph Chitalu Banda", "Chanda Mwale", "2026-08-19") in events(coding)


def test_a_treasurer_is_a_title(codebook):
    got = events(coded(codebook, "PORT MORESBY, Oct 29 - Australian Foreign Minister Sarah Kells visited Port Moresby on "
                                 "Tuesday. Kells also met PNG Treasurer Michael Tulapi to discuss financing.", "2026-10-29"))
    assert ("CONSULT", "Sarah Kells", "Michael Tulapi", "2026-10-27") in got


def test_a_massacre_condemned_is_its_authors_act_on_its_own_date(codebook):
    got = events(coded(codebook, "Uganda condemned the massacre of more than 40 civilians by the Allied Democratic Forces "
                                 "in Lubero territory on 22 February 2026.", "2026-03-11"))
    assert [e[:2] + e[3:] for e in got] == [("ACCUSE", "Uganda", "2026-03-11"),
                                            ("ASSAULT", "Allied Democratic Forces", "2026-02-22")]


def test_a_communiques_operative_paragraphs_are_its_issuers_acts_on_the_meeting_day(codebook):
    got = events(coded(codebook, "The Peace and Security Council of the African Union, at its meeting held on 10 March "
                                 "2026, on the situation in the eastern Democratic Republic of Congo,\n\n4. Strongly "
                                 "condemns the attacks carried out by the M23 on positions of the army around Uvira.\n\n"
                                 "7. Calls on the Republic of Rwanda to fully implement its commitments.\n\nSanctions "
                                 "under the regime remained an option.", "2026-03-12"))
    council = "Peace and Security Council of the African Union"
    assert [e for e in got if e[1] == council and e[0] != "CONSULT"] == [
        ("ACCUSE", council, "M23", "2026-03-10"), ("REQUEST", council, "Rwanda", "2026-03-10")]


def test_the_mediator_of_an_exchange_is_no_party_to_it(codebook):
    got = events(coded(codebook, "STOCKHOLM, May 14 (Entente) - Sweden expelled three Iranian diplomats on Wednesday, and "
                                 "Iran expelled two Swedish diplomats on Thursday. In June 2024 the two countries carried "
                                 "out a prisoner exchange mediated by Oman.", "2026-05-14"))
    assert not any("Oman" in (e[1], e[2]) for e in got if e[0] == "RETREAT")


def test_an_agreement_name_runs_over_of_a(codebook):
    coding = coded(codebook, "ASTANA, Oct 21 - The Presidents of Kazakhstan and Indonesia signed a Joint Statement on the "
                             "Establishment of a Strategic Partnership on Tuesday, and an Agreement on Visas and an "
                             "Agreement on Trade.", "2025-10-21")
    assert [a.name for a in coding.agreements][:1] == ["Joint Statement on the Establishment of a Strategic Partnership"]
    assert "Agreement on Visas" in [a.name for a in coding.agreements]


def test_law_every_state_is_bound_by_is_cited_not_agreed(codebook):
    coding = coded(codebook, "HANOI, Jan 22 (ANI) - India and Vietnam signed a memorandum of understanding on fisheries "
                             "on Thursday. Both sides reaffirmed their commitment to the principles of the UN Charter.",
                   "2026-01-23")
    assert [a.agreement_type for a in coding.agreements] == ["memorandum"]


def test_a_negation_before_but_does_not_negate_the_act_after_it(codebook):
    got = events(coded(codebook, "OTTAWA, Nov 20 (Entente) - Trade Minister Priya Dhaliwal said Canada had no intention "
                                 "of restricting its exports, but warned that Ottawa was prepared to take further measures "
                                 "if Beijing did not reverse course.", "2025-11-20"))
    assert got == [("THREATEN", "Priya Dhaliwal", "China", "2025-11-20")]


def test_a_participle_used_as_an_adjective_does_not_end_the_clause(codebook):
    got = events(coded(codebook, "On 21 October, President of the Republic of Kazakhstan Yerlan Abdrakhmanov held talks in "
                                 "narrow and extended formats at the Akorda with President of the Republic of Indonesia "
                                 "Arif Wicaksono.", "2025-10-22"))
    assert got[0][:3] == ("CONSULT", "Yerlan Abdrakhmanov", "Arif Wicaksono")


def test_a_person_announced_but_never_mentioned_gets_no_state_and_breaks_nothing(codebook):
    from entente.mentions import _Finder, _settle_countries
    from entente.tokens import tokenize

    body = "Its head said the talks had failed."
    finder = _Finder(codebook, body)
    unnamed = finder.entity("person:?:nobody", "Nobody", "person", None)
    _settle_countries(finder, None, [tokenize(body)], [None])
    assert unnamed.country is None


@pytest.mark.parametrize("sentence, pair", [
    ("The Democratic Republic of Congo and the M23 rebel group resumed talks in Doha on Thursday.",
     ("Democratic Republic of the Congo", "M23")),
    ("Delegations of the Democratic Republic of Congo government and the M23 rebel group resumed Qatar-mediated talks "
     "in Doha on Thursday.", ("Democratic Republic of the Congo", "M23")),
    ("Officials from India and France met in Paris on Thursday.", ("India", "France")),
    ("The Prime Minister of India and the President of France met in Paris on Thursday.", ("India", "France")),
])
def test_two_sides_named_in_longer_phrases_meet_each_other(codebook, sentence, pair):
    got = events(coded(codebook, sentence, "2025-05-30"))
    assert ("CONSULT", *pair, "2025-05-29") in got


def test_the_topic_of_talks_is_not_an_act_done(codebook):
    got = events(coded(codebook, "The Democratic Republic of Congo and the M23 rebel group resumed Qatar-mediated talks "
                                 "in Doha on Thursday on a prisoner exchange.", "2025-05-30"))
    assert [e[0] for e in got] == ["CONSULT"]


def test_a_body_named_after_an_office_is_the_body(codebook):
    coding = coded(codebook, "Vice President Suresh Balakrishnan arrived in Accra on Wednesday. The Vice President will "
                             "leave for Togo on Saturday, the Vice President's Secretariat said in a statement.",
                   "2025-06-10")
    assert {e.name: e.actor_type for e in coding.entities}.get("Vice President's Secretariat") == "organization"


def test_troops_sent_to_evacuate_are_no_mobilisation(codebook):
    got = events(coded(codebook, "The Pakistan Army deployed troops and boats to evacuate stranded families in Kasur on "
                                 "Thursday.", "2025-09-05"))
    assert not [e for e in got if e[0] == "MOBILIZE"]


def test_one_person_holding_two_offices_keeps_their_state(codebook):
    coding = coded(codebook, "Chinese Foreign Minister Zhou Hanmin held talks on Tuesday with Pakistani Deputy Prime "
                             "Minister and Foreign Minister Farrukh Jamal Khattak.", "2026-03-10")
    assert countries(coding, "person")["Farrukh Jamal Khattak"] == "PAK"
    assert ("CONSULT", "Zhou Hanmin", "Farrukh Jamal Khattak", "2026-03-10") in events(coding)


def test_the_parties_of_a_call_readout_are_the_callers_not_the_war_they_discuss(codebook):
    body = ("President of Ukraine Oleksandr Hrytsenko had a phone conversation with President of Finland Mikael "
            "Lindqvist on Wednesday. The President of Ukraine informed about the attack launched by Russia overnight on "
            "Kyiv. Air defence remains the first need. The parties agreed to expand cooperation in the joint production "
            "of drones.")
    got = events(coded(codebook, body, "2025-06-19"))
    assert [e[:3] for e in got if e[0] == "COOPERATE"] in ([("COOPERATE", "Oleksandr Hrytsenko", "Mikael Lindqvist")],
                                                            [("COOPERATE", "Mikael Lindqvist", "Oleksandr Hrytsenko")])


def test_he_opening_a_sentence_is_the_one_the_sentence_before_was_about(codebook):
    body = ("President Oleksandr Hrytsenko of Ukraine spoke by phone with President Mikael Lindqvist of Finland on "
            "Wednesday. Hrytsenko also informed his counterpart about last week's exchange of prisoners. He thanked "
            "Finland for its support.")
    got = events(coded(codebook, body, "2025-06-19"))
    assert [e[1:3] for e in got if e[0] == "SUPPORT"] == [("Oleksandr Hrytsenko", "Finland")]


def test_the_heads_of_state_condemn_an_attack_by_elements_of_a_group(codebook):
    body = ("President Kwabena Asante-Mensah of Ghana received President Ibrahim Kouadio of Cote d'Ivoire in Accra on "
            "20 November 2025. The Heads of State strongly condemned the attack carried out on 9 November 2025 by "
            "elements of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) against a customs post in northern Cote d'Ivoire.")
    got = events(coded(codebook, body, "2025-11-21"))
    accusers = {e[1] for e in got if e[0] == "ACCUSE" and e[2] == "Jama'at Nusrat al-Islam wal-Muslimin"}
    assert accusers == {"Kwabena Asante-Mensah", "Ibrahim Kouadio"}
    assert ("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", "Ivory Coast", "2025-11-09") in got


def test_a_relative_aside_does_not_hide_whom_a_call_asks(codebook):
    got = events(coded(codebook, "Lebanon called on the United States and France, which chair the truce monitoring "
                                 "mechanism, to press Israel to halt its attacks.", "2026-10-15"))
    assert {e[2] for e in got if e[0] == "REQUEST"} == {"United States", "France"}


def test_donors_at_a_pledging_conference_give_to_its_recipient(codebook):
    body = ("Donors pledged about $1.6 billion in humanitarian aid for Sudan at a conference in Berlin on Wednesday, "
            "three years after war broke out in Sudan. The United Nations says Sudan needs $4.2 billion this year. "
            "Germany, which co-hosted the meeting with France, pledged 250 million euros. The United Arab Emirates "
            "pledged $200 million, and Qatar and Norway also announced new funding. Russian forces pressed ahead with "
            "drills.")
    got = events(coded(codebook, body, "2026-04-16"))
    assert sorted((e[1], e[2]) for e in got if e[0] == "AID") == [
        ("Germany", "Sudan"), ("Norway", "Sudan"), ("Qatar", "Sudan"), ("United Arab Emirates", "Sudan")]
    assert not [e for e in got if e[0] == "REQUEST"]


def test_a_backer_named_before_a_group_neither_acts_nor_owns_it(codebook):
    body = ("M23 rebels fired rockets into a United Nations peacekeeping base in eastern Congo on Monday. The attack on "
            "the base outside Sake came as fighting flared between the Rwanda-backed rebels and Congolese troops. The "
            "United Nations condemned the attack.")
    coding = coded(codebook, body, "2026-03-10")
    assert "Rwanda" not in {e[1] for e in events(coding)}
    assert not [e for e in coding.entities if e.name.endswith("rebels")]  # the rebels are M23


def test_exercises_begun_are_a_mobilisation(codebook):
    got = events(coded(codebook, "China's navy began five days of live-fire exercises around the Paracel Islands on "
                                 "Monday.", "2025-04-08"))
    assert [e[0] for e in got] == ["MOBILIZE"]


def test_acts_in_a_series_share_their_subject(codebook):
    got = events(coded(codebook, "Last month, Chinese coast guard officers boarded a Vietnamese fishing boat near the "
                                 "Paracels, seized its catch and beat several crew members.", "2025-04-08"))
    assert {e[1] for e in got} == {"China Coast Guard"}


def test_an_example_dated_inside_a_statement_does_not_date_the_statement(codebook):
    got = events(coded(codebook, "Japanese Defense Minister Nakabayashi Shinji met Philippine Secretary of National "
                                 "Defense Ramon Velarde in Tokyo on Wednesday. The two sides expressed serious concern "
                                 "over China's coercive actions, including the firing of water cannon at Philippine "
                                 "vessels last month.", "2025-06-12"))
    assert {e[3] for e in got if e[0] == "ACCUSE"} == {"2025-06-11"}


def test_a_un_body_spelt_with_full_stops_is_that_body(codebook):
    got = events(coded(codebook, "Congo's government on Tuesday asked the U.N. Security Council to impose sanctions "
                                 "on Kigali.", "2026-03-11"))
    assert {e[2] for e in got if e[0] == "REQUEST"} == {"UN Security Council"}


def test_a_state_named_before_its_ministry_in_lower_case_owns_it(codebook):
    got = coded(codebook, "The UAE foreign ministry on Wednesday dismissed the accusation by Sudan.", "2026-04-15")
    assert events(got)[0][:2] == ("REJECT", "Emirati Foreign Ministry")
    assert set(countries(got, "organization").values()) == {"ARE"}


def test_its_ministry_is_that_of_the_state_opening_the_sentence_before(codebook):
    got = coded(codebook, "Sudan's army-backed government did not attend the conference in Berlin. Its foreign "
                          "ministry said on Tuesday it rejected the conference.", "2026-04-15")
    assert set(countries(got, "organization").values()) == {"SDN"}


def test_a_statement_in_the_first_person_speaks_for_the_body_it_names(codebook):
    got = events(coded(codebook, "We, the G7 Foreign Ministers of Canada, France and Japan, met in Paris on April 1 and "
                                 "2. We call on Iran to resume full cooperation with the International Atomic Energy "
                                 "Agency.", "2026-04-02"))
    assert ("REQUEST", "G7", "Iran", "2026-04-02") in got


def test_a_first_person_we_inside_a_quotation_is_the_speakers(codebook):
    got = events(coded(codebook, "We, the G7 Foreign Ministers of Canada, France and Japan, met in Paris on Monday. "
                                 "Iran's foreign minister Ali Rezaei replied: \"We reject this statement.\"", "2026-04-02"))
    assert all(e[1] != "G7" for e in got if e[0] == "REJECT")


def test_a_possessor_owns_the_act_past_a_participle(codebook):
    got = events(coded(codebook, "Canada condemned Russia's intensified drone strikes against Ukraine's energy grid.",
                       "2026-04-02"))
    assert ("ASSAULT", "Russia", "Ukraine") in [e[:3] for e in got]


def test_a_communiques_organ_named_once_stands_for_its_body(codebook):
    got = events(coded(codebook, "The Ordinary Session of the Authority of Heads of State and Government of the "
                                 "Economic Community of West African States (ECOWAS) was held on 21 June 2026 in Abuja. "
                                 "The Authority urges the Transitional Authorities of Guinea-Bissau to hold elections.",
                       "2026-06-22"))
    assert ("REQUEST", "ECOWAS", "Guinea-Bissau") in [e[:3] for e in got]


def test_an_attack_perpetrated_by_a_group_is_the_groups(codebook):
    got = events(coded(codebook, "Nigeria strongly condemned the attack perpetrated on Sunday by Boko Haram against a "
                                 "military post near Maiduguri.", "2026-06-22"))
    assert [e[1] for e in got if e[0] == "ASSAULT"] == ["Boko Haram"]


def test_each_document_of_a_list_exchanged_is_signed(codebook):
    got = events(coded(codebook, "Prime Minister Rajendra Kashyap held talks with Mozambican President Armando Tembe "
                                 "on 16 September. Following the talks, the following documents were exchanged in the "
                                 "presence of the two leaders: (i) Memorandum of Understanding on Cooperation in the "
                                 "field of Critical Minerals; (ii) Agreement on Visa Exemption for holders of Diplomatic "
                                 "Passports.", "2025-09-18"))
    assert [e for e in got if e[0] == "AGREE"] == [("AGREE", "Rajendra Kashyap", "Armando Tembe", "2025-09-16")] * 2


def test_aid_sent_by_a_state_is_its_aid(codebook):
    got = events(coded(codebook, "The Kyrgyz Minister expressed gratitude for the humanitarian assistance sent by "
                                 "Uzbekistan.", "2025-11-12"))
    assert ("AID", "Uzbekistan", "Kyrgyzstan") in [e[:3] for e in got]


def test_a_state_it_accused_in_a_relative_clause_is_the_accused(codebook):
    got = events(coded(codebook, "Sudan said on Tuesday it would boycott the conference because the UAE, which it "
                                 "accused of arming the RSF, had been invited.", "2026-04-15"))
    assert ("ACCUSE", "Sudan", "United Arab Emirates") in [e[:3] for e in got]


def test_rebels_who_seize_a_town_take_it_from_their_state(codebook):
    got = events(coded(codebook, "Qatar hosted talks in Doha. The M23 seized Goma in January.", "2026-03-11"))
    assert ("ASSAULT", "M23", "Democratic Republic of the Congo") in [e[:3] for e in got]


def test_an_agreement_signed_somewhere_by_two_sides_is_theirs(codebook):
    got = events(coded(codebook, "The representative of Qatar recalled the framework agreement signed in Doha by the "
                                 "Government of the Democratic Republic of the Congo and the M23 in November 2025.",
                       "2026-03-12"))
    assert [e[:3] for e in got if e[0] == "AGREE"] == [("AGREE", "Democratic Republic of the Congo", "M23")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Turkey delivered two attack helicopters to the Somali National Army on Monday.",
     [("AID", "Turkey", "Somali National Army")]),
    ("Peru's government on Tuesday withdrew a decree that would have opened two protected areas to mining.",
     [("CONCEDE", "Peru")]),
    ("Pakistan suspended trade with Afghanistan through the Torkham crossing on Wednesday.",
     [("SANCTION", "Pakistan", "Afghanistan")]),
    ("China on Thursday decided to take countermeasures against seven US defence companies.",
     [("SANCTION", "China", "United States")]),
    ("Ukraine filed complaints against Poland at the World Trade Organization on Monday.",
     [("ACCUSE", "Ukraine", "Poland")]),
    ("The Asian Development Bank on Tuesday approved a $4.5 million grant to Uzbekistan.",
     [("AID", "Asian Development Bank", "Uzbekistan")]),
    ("India extended $100 million in budget support to the Maldives on Monday.",
     [("AID", "India", "Maldives")]),
    ("Russia had sent more than 20 tonnes of humanitarian cargo to Transnistria last month.",
     [("AID", "Russia", "Transnistria")]),
    ("The package of defence assistance announced by Helsinki on Tuesday includes air defence systems.",
     [("AID", "Finland")]),
    ("Fighting broke out between Armenian and Azerbaijani troops along the border on Tuesday.", [("ASSAULT",)]),
    ("In December 2023 Kazakhstan removed the Taliban from its list of banned organisations.",
     [("CONCEDE", "Kazakhstan", "Taliban")]),
    ("On Thursday Peru's government extended the registry by six months, meeting the miners' main demand.",
     [("CONCEDE", "Peru")]),
    ("France will also provide military assistance to the Lebanese Armed Forces, the minister said.",
     [("AID", "France", "Lebanese Armed Forces")]),
    ("ECOWAS slapped a travel ban and an asset freeze on three senior Beninese officers.",
     [("SANCTION", "ECOWAS", "Benin")]),
    ("Armenia handed control of four border villages to Azerbaijan in May 2024.",
     [("RETREAT", "Armenia", "Azerbaijan")]),
    ("On Monday Armenia returned to Azerbaijan a soldier who had crossed the border.",
     [("RETREAT", "Armenia", "Azerbaijan")]),
    ("At the crossing on Thursday, 18 Cambodian soldiers held since March were handed over by Thailand.",
     [("RETREAT", "Thailand", "Cambodia")]),
    ("Philippine Navy chief Ramon Cruz thanked Japan for the provision of five coastal radar systems.",
     [("SUPPORT", "Ramon Cruz"), ("AID", "Japan")]),
    ("India had exempted Egypt from its wheat export restrictions in May 2022.", [("CONCEDE", "India", "Egypt")]),
    ("The tariffs, imposed by Mexico on Monday on 1,400 product lines, are aimed mainly at Chinese imports.",
     [("SANCTION", "Mexico", "China")]),
    ("Thai and Cambodian troops exchanged artillery and rocket fire along their disputed border on Thursday.",
     [("ASSAULT", "Thailand", "Cambodian soldiers")]),
    ("Fighting erupted on Monday between Congolese troops and M23 rebels near the town of Rubaya.",
     [("ASSAULT", "Congolese soldiers", "M23")]),
    ("Indian and Pakistani troops traded gunfire across the Line of Control on Friday.",
     [("ASSAULT", "India", "Pakistani soldiers")]),
    ("Greek Foreign Minister Nikos Dimitrakopoulos and Egyptian Foreign Minister Sherif Abdel-Ghaffar met in Cairo. "
     "The Ministers expressed deep concern over the continuing war in Sudan.",
     [("CONSULT", "Nikos Dimitrakopoulos", "Sherif Abdel-Ghaffar")]),
    ("Rwanda's representative, Jean-Paul Ntwali, rejected the allegations and accused Kinshasa of arming militias.",
     [("REJECT", "Jean-Paul Ntwali"), ("ACCUSE", "Jean-Paul Ntwali", "Democratic Republic of the Congo")]),
    ("Seoul's special representative for Korean peninsula affairs, Park Jun-seo, held a telephone call with US envoy "
     "Daniel Kessler.", [("CONSULT", "Park Jun-seo", "Daniel Kessler")]),
    ("Defence Minister Hassan Abdirahman Farah condemned the attack as \"a cowardly act against brothers who came to "
     "help Somalia\" and called on the African Union to close a funding gap.",
     [("ACCUSE", "Hassan Abdirahman Farah"), ("REQUEST", "Hassan Abdirahman Farah", "African Union")]),
    ("Foreign ministers of the Gulf Cooperation Council, meeting in Riyadh, reaffirmed their support for the UAE.",
     [("SUPPORT", "Gulf Cooperation Council", "United Arab Emirates")]),
    ("Minister Oleksandr Hrytsenko thanked Poland for hosting almost one million Ukrainian refugees.",
     [("SUPPORT", "Oleksandr Hrytsenko", "Poland")]),
    ("Argentina's coast guard seized two Chinese-flagged squid jiggers and detained their crews.",
     [("COERCE", "Argentine coast guard", "China"), ("COERCE", "Argentine coast guard", "Chinese sailors")]),
    ("President Ramon Velarde and Prime Minister Kenji Morita expressed serious concern over China's actions.",
     [("ACCUSE", "Ramon Velarde", "China"), ("ACCUSE", "Kenji Morita", "China")]),
    ("Both sides took stock of the negotiations on the India-Saudi Arabia Bilateral Investment Treaty, the fourth "
     "round of which was held in Riyadh in August.", [("CONSULT", "India", "Saudi Arabia", "2025-08-01")]),
    ("Senegal's Fisheries Minister Abdoulaye Sarr was also received by the Mauritanian Minister of Fisheries.",
     [("CONSULT", "Abdoulaye Sarr", "Mauritania")]),
    ("A spokesperson for the European Union on Friday criticised the use of force against protesters in Georgia.",
     [("ACCUSE", "European Union")]),
    ("A court in northern Sri Lanka on Wednesday released 11 of the 14 Indian fishermen held since May.",
     [("RETREAT", "Sri Lanka", "Indian fishermen")]),
    ("Kuwait's Foreign Ministry rejected the Iranian position on Thursday and renewed its call on Tehran to negotiate.",
     [("REJECT",), ("REQUEST", "Kuwait's Foreign Ministry", "Iran")]),
    ("The UN peacekeeping force in Lebanon, UNIFIL, called on Israel on Thursday to halt its strikes.",
     [("REQUEST", "UNIFIL", "Israel")]),
    ("Malaysia on Thursday released 37 Indonesian fishermen who were detained last month off Sabah.",
     [("RETREAT", "Malaysia", "Indonesian fishermen", "2026-06-18"), ("COERCE", "Malaysia", "Indonesian fishermen",
                                                                     "2026-05-01")]),
    ("Kosovo and Serbia agreed in Brussels in February 2023 on a plan to normalise relations.",
     [("AGREE", "Kosovo", "Serbia", "2023-02-01")]),
    ("Russia and Ukraine agreed at direct talks in Istanbul in May to exchange 1,000 prisoners each.",
     [("AGREE", "Russia", "Ukraine", "2026-05-01")]),
    ("Russia launched 126 drones and six ballistic missiles at Ukraine on Sunday, hitting energy facilities.",
     [("ASSAULT", "Russia", "Ukraine", "2026-06-21")]),
    ("Poland stood with the Czech Republic on Monday.", [("SUPPORT", "Poland", "Czech Republic", "2026-06-22")]),
    ("Turkey and Pakistan held talks on Wednesday. The two sides pledged to raise bilateral trade from about $3.9 "
     "billion last year to $5 billion by 2028.",
     [("CONSULT", "Turkey", "Pakistan", "2026-06-17"), ("COOPERATE", "Turkey", "Pakistan", "2026-06-17")]),
    ("President Lee of South Korea hosted President Widodo of Indonesia in Seoul on Monday. The two leaders reaffirmed "
     "their commitment to the Special Strategic Partnership established in 2017.",
     [("CONSULT", "Widodo", "Lee"), ("COOPERATE", "Lee", "Widodo"), ("AGREE", "Lee", "Widodo", "2017-01-01")]),
    ("Chief Cabinet Secretary Hiroshi Tanabe said on Monday that the government had lodged a strong protest with "
     "North Korea.", [("ACCUSE", "Hiroshi Tanabe", "North Korea", "2026-06-22")]),
    ("Serbia's poultry exports resumed after North Macedonia on Tuesday lifted the ban on imports from Serbia.",
     [("CONCEDE", "North Macedonia", "Serbia", "2026-06-16")]),
    ("Last week China resumed imports of seafood from Japan.", [("CONCEDE", "China", "Japan", "2026-06-01")]),
    ("Turkmenistan accepted Afghanistan's request to lower the electricity tariff by 10 percent.",
     [("CONCEDE", "Turkmenistan", "Afghanistan")]),
    ("China dropped its anti-dumping probe into dairy from the European Union on Tuesday.",
     [("CONCEDE", "China", "European Union", "2026-06-16")]),
    ("An air strike by Myanmar's military on a village in Sagaing region on Tuesday killed 18 civilians.",
     [("ASSAULT", "Burmese military", "Burmese civilians", "2026-06-16")]),
    ("Air strikes by the Myanmar military killed 18 civilians on Tuesday.",
     [("ASSAULT", "Myanmar military", "Burmese civilians", "2026-06-16")]),
    ("Jordan froze the fuel price increase on Monday.", [("CONCEDE", "Jordan", None, "2026-06-22")]),
    ("Serbia withdrew a draft law on higher education on Tuesday.", [("CONCEDE", "Serbia", None, "2026-06-16")]),
    ("Argentine Foreign Minister Lucia Ferreyra and her Chilean counterpart, Tomas Undurraga, met in Santiago on "
     "Monday.", [("CONSULT", "Lucia Ferreyra", "Tomas Undurraga", "2026-06-22")]),
    ("The Bahrain Institute for Rights and Democracy called on Bahrain on Monday to free all political prisoners.",
     [("REQUEST", "Bahrain Institute for Rights and Democracy", "Bahrain", "2026-06-22")]),
    ("The African Union's Commissioner for Political Affairs, Peace and Security, Kwame Asante-Boateng, on Monday "
     "urged Ethiopia to show restraint.", [("REQUEST", "Kwame Asante-Boateng", "Ethiopia", "2026-06-22")]),
    ("On Monday, Secretary (West) in the Ministry of External Affairs Anjali Suri and Ukrainian First Deputy Foreign "
     "Minister Taras Hnatyuk co-chaired the Foreign Office Consultations.",
     [("CONSULT", "Anjali Suri", "Taras Hnatyuk", "2026-06-22")]),
    ("Guyana and Venezuela have argued over the Essequibo for decades. In December 2023 the presidents of the two "
     "countries met on St Vincent.", [("CONSULT", "Guyana", "Venezuela", "2023-12-01")]),
    ("Kenyan police fired tear gas on Monday to disperse hundreds of nurses who had marched to the county offices.",
     [("ASSAULT", "Kenyan police", "Kenyan health workers", "2026-06-22"),
      ("PROTEST", "Kenyan health workers", "Kenya", "2026-06-22")]),
    ("Lithuania calls on Belarus to respect the agreement on border traffic of 2009.",
     [("REQUEST", "Lithuania", "Belarus", "2026-06-22")]),
    ("Belarus held military drills close to the Polish border on Monday.",
     [("MOBILIZE", "Belarus", "Poland", "2026-06-22")]),
    ("Minister Zielinski thanked Commissioner for Internal Affairs and Migration Johan Lindqvist for his help.",
     [("SUPPORT", "Zielinski", "Johan Lindqvist")]),
    ("The UN envoy, Marta Lindqvist, urged Israel and Hezbollah on Monday to step back from the brink.",
     [("REQUEST", "Marta Lindqvist", "Israel", "2026-06-22"), ("REQUEST", "Marta Lindqvist", "Hezbollah", "2026-06-22")]),
    ("Indonesia welcomed the talks between ASEAN and China on Monday.",
     [("SUPPORT", "Indonesia", "ASEAN", "2026-06-22"), ("CONSULT", "ASEAN", "China", "2026-06-22")]),
    ("Montenegro on Monday welcomed the Syrian authorities' release of 300 detainees, and urged Damascus to allow "
     "monitors access to all places of detention.",
     [("SUPPORT", "Montenegro", "Syria", "2026-06-22"), ("REQUEST", "Montenegro", "Syria", "2026-06-22")]),
    ("Iran on Monday rejected the E3 statement. Mali's envoy appealed to the AES on Monday to resume dialogue.",
     [("REJECT", "Iran", "E3", "2026-06-22"), ("REQUEST", "Mali", "Alliance of Sahel States", "2026-06-22")]),
    ("China's coast guard seized a boat on Monday. In Busan, several hundred fishermen rallied at the harbour on Monday.",
     [("COERCE", "China Coast Guard"), ("PROTEST", "South Korean fishermen")]),
    ("India's Minister of State Arvind Kesarwani visited Jamaica on Monday. During the visit, MoS handed over 18 tonnes "
     "of relief material. On the same day he held talks with Foreign Minister Claudette Marsh-Reid.",
     [("CONSULT", "Arvind Kesarwani", "Jamaica"), ("AID", "Arvind Kesarwani", "Jamaica"),
      ("CONSULT", "Arvind Kesarwani", "Claudette Marsh-Reid")]),
    ('China\'s military said its Southern Theater Command had carried out a "combat readiness patrol" with naval and air '
     'forces around the shoal on Monday. Indonesia and Malaysia conducted joint patrols in the Malacca Strait on Monday.',
     [("MOBILIZE", "Southern Theater Command", None, "2026-06-22"), ("COOPERATE", "Indonesia", "Malaysia", "2026-06-22")]),
    ("Police detained 21 demonstrators in La Paz on Wednesday. All 21 detained demonstrators were freed on Friday.",
     [("COERCE", "Bolivian police", "Bolivian protesters", "2026-06-17"),
      ("RETREAT", "Bolivian police", "Bolivian protesters", "2026-06-19")]),
    ("Thousands of students took to the streets of Vilnius on Monday.",
     [("PROTEST", "Lithuanian students", "Lithuania", "2026-06-22")]),
    ("Georgian police detained nine journalists covering protests in Tbilisi on Monday.",
     [("COERCE", "Georgian police", "Georgian journalists", "2026-06-22")]),
    ("Ahmed told Reuters by phone that Kenya would not back down.", []),
    ("Egypt received no message from Ethiopia.", []),
    ("Egypt co-hosted the conference with the UN.", []),
    ("China does not accept Japan's so-called protest.", [("REJECT", "China", "Japan", "2026-06-22")]),
    ("Somalia declared the memorandum with Ethiopia null and void.", [("REJECT", "Somalia", "Ethiopia", "2026-06-22")]),
    ("Sweden unveiled its 22nd military support package for Ukraine.", [("AID", "Sweden", "Ukraine", "2026-06-22")]),
    ("Germany delivered two IRIS-T air defence systems to Ukraine.", [("AID", "Germany", "Ukraine", "2026-06-22")]),
    ("The United States and South Korea wrapped up a combined air exercise on Friday.",
     [("COOPERATE", "United States", "South Korea", "2026-06-19")]),
])
def test_more_phrases_of_the_codebook(codebook, body, expected):
    """Arms delivered are aid, and so are grants approved, budget support extended, humanitarian cargo sent,
    assistance announced and aid a minister says their state will provide; fighting that broke out between two sides
    is an assault; a decree withdrawn, a demand met and a group taken off a list of banned ones are concessions;
    suspended trade, countermeasures and a ban slapped on officers are sanctions; complaints filed accuse; control
    of villages handed over and captives returned or handed over are retreats; the provision of radars is aid; a state exempted from restrictions is a concession;
    tariffs imposed by a state, told in the passive, are its sanction; artillery fire exchanged and fighting that
    erupted "on Monday between" two sides are assaults, and so is fire traded; concern is expressed at an actor, not
    at a place; a state's representative named in apposition is the one who acts, even when the name's second part
    looks like a month ("Jun-seo"); a relative clause inside a quotation does not stop a verb after it from sharing
    the subject; "meeting in Riyadh" set off by commas frames an act and is none, and hosting refugees is no meeting;
    a crew is of its ship's flag; a round of negotiations "held in August" is a meeting of that month; "was also received by" is a passive;
    "a spokesperson for the EU" speaks for the EU; "released 11 of the 14 fishermen" released the fishermen;
    those "who were detained last month" were detained by who released them; a force named in apposition ("The UN
    force in Lebanon, UNIFIL, called") is the one who acts; a call renewed is a request; a plan agreed on, and an
    exchange agreed at talks, are agreements; drones and missiles launched at a state are an attack on it; to stand with a state supports it; a date right
    after a figure ("$3.9 billion last year") dates no act; a named partnership "established in 2017" was agreed
    that year; "the government" in what a state's official says is that official's state; "after X on Tuesday
    lifted the ban" is X's act; imports resumed, a request accepted and a probe dropped are concessions; an air
    strike "by" an actor is its attack, of the day told after the verb that says what it did; a price rise frozen
    and a draft law withdrawn are concessions; "X and her Chilean counterpart, Y, met" is a meeting of X and Y; an
    institute named after a state is a body of its own; "Commissioner for Political Affairs, Peace and Security" is
    one title, and so is "Secretary (West) in the Ministry of External Affairs" before a name; "the presidents of the
    two countries met": the two countries met; nurses and doctors are health workers, a group; "the agreement of
    2009" names a year and dates no act; drills "close to" a border close nothing; "Commissioner for Internal Affairs
    and Migration" is one title before a name; a state and an armed group urged together are both asked, and "to
    step back" backs no one; but "talks between ASEAN and China" are a pair, not two actors welcomed; a plural
    possessor ("the Syrian authorities' release") is no subject of a later verb; the E3 and the AES are bodies of
    states; a crowd "in Busan," at the head of a sentence is of Busan's state; "MoS" is the Minister of State named
    before, and "On the same day he" is the person last named; a patrol carried out is a show of force, unless it
    is a joint patrol; people "were freed" with no one named are freed by whoever detained them, their own state's
    police included; students who take to the streets protest, and so do crowds who picket or block highways;
    but journalists "covering protests" do not; speaking "by phone" is no call, and receiving no message or
    hosting a conference is no visit; a state that "does not accept" a protest or declares a memorandum "null and
    void" rejects it, and a support package unveiled or air defence systems delivered are aid; a joint military
    exercise and a combined air exercise are cooperation."""
    got = events(coded(codebook, body, "2026-06-22"))
    assert len(got) == len(expected) and all(e[:len(x)] == x for e, x in zip(got, expected, strict=True)), got


def test_both_armed_bodies_called_on_are_asked(codebook):
    got = events(coded(codebook, "The G7 on Tuesday called on the Sudanese Armed Forces and the Rapid Support Forces "
                                 "to agree to a humanitarian truce.", "2026-03-14"))
    assert [e[:3] for e in got] == [("REQUEST", "G7", "Sudanese Armed Forces"), ("REQUEST", "G7", "Rapid Support Forces")]


def test_a_breakaway_administration_is_a_body_of_its_state(codebook):
    coding = coded(codebook, "Ethiopia signed a memorandum with Somaliland on Monday.", "2026-03-14")
    assert countries(coding, "organization") == {"Somaliland": "SOM"}


@pytest.mark.parametrize(("body", "expected"), [
    ("Gunmen from JNIM abducted five Chinese nationals in Mali on Tuesday.",
     [("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", "Chinese nationals")]),
    ("Houthi rebels hijacked the Galaxy Leader in November 2023.", [("ASSAULT", "Houthis")]),
    ("JNIM, which is active across Mali, Burkina Faso and Niger, has taken dozens of Chinese workers hostage.",
     [("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", "Chinese workers")]),
])
def test_abductions_are_assaults_by_the_abductors(codebook, body, expected):
    """PLOVER's crosswalk puts CAMEO 181 (abduct, hijack) under ASSAULT; a relative clause with a list of
    places does not lend its states to the subject."""
    got = events(coded(codebook, body, "2025-10-09"))
    assert [e[:len(expected[0])] for e in got] == expected


def test_a_day_named_in_the_month_named_dates_the_act(codebook):
    got = events(coded(codebook, "The four-day conflict between India and Pakistan in May ended with a ceasefire "
                                 "understanding on May 10.", "2025-11-12"))
    assert [e[3] for e in got if e[0] == "AGREE"] == ["2025-05-10"]


def test_the_acts_of_gunmen_are_the_group_that_claimed_them(codebook):
    got = events(coded(codebook, "Gunmen abducted five Chinese nationals in Mali's Kayes region on Tuesday. The "
                                 "al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility "
                                 "for the abduction on Wednesday.", "2025-10-09"))
    assert [e[:3] for e in got] == [("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", "Chinese nationals")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Sri Lanka handed over the 14 Indian fishermen to Indian officials on Monday.",
     [("RETREAT", "Sri Lanka", "Indian fishermen")]),
    ("UN peacekeepers handed over three positions to the Lebanese army on Tuesday.", [("RETREAT",)]),
    ("The Saudi military handed over four patrol boats to the Yemeni Coast Guard on Monday.", [("AID",)]),
    ("Kyrgyzstan handed over the rotating chairmanship to Tajikistan on Monday.", []),
])
def test_what_is_handed_over_decides_the_act(codebook, body, expected):
    """Captives handed over are released, posts handed over are left, boats handed over are aid; an office handed
    over is no event."""
    got = events(coded(codebook, body, "2026-02-11"))
    assert [e[:len(expected[0])] for e in got] == expected


def test_captives_released_by_a_state_are_released_by_it(codebook):
    """The jail they leave is a place, not an act of jailing."""
    got = events(coded(codebook, "Twenty-two Indian fishermen released by Pakistan from Karachi's Malir jail on Thursday "
                                 "returned home through the Wagah border on Friday.", "2025-08-09"))
    assert [e[:3] for e in got] == [("RETREAT", "Pakistan", "Indian fishermen")]


@pytest.mark.parametrize("body", [
    "LIMA, July 25 (Entente) - Thousands of informal miners marched through central Lima on Wednesday.",
    "LIMA, July 25 (Entente) - Hundreds of coca growers rallied in Lima on Wednesday.",
    "LIMA, July 25 (Entente) - Dozens of relatives of missing soldiers rallied in Lima on Wednesday.",
])
def test_more_collectives_protest(codebook, body):
    got = events(coded(codebook, body, "2025-07-25"))
    assert [e[0] for e in got] == ["PROTEST"] and got[0][2] == "Peru"


def test_force_used_on_those_who_rallied_on_a_day_is_used_that_day(codebook):
    got = events(coded(codebook, "TUNIS, July 9 (Entente) - Tunisian police fired tear gas at hundreds of demonstrators "
                                 "who rallied outside the Italian embassy in Tunis on Tuesday.", "2025-07-09"))
    assert [(e[0], e[3]) for e in got] == [("ASSAULT", "2025-07-08"), ("PROTEST", "2025-07-08")]


def test_an_attack_condemned_is_not_done_by_those_who_condemn_it(codebook):
    got = events(coded(codebook, "The United Arab Emirates and Bahrain condemned the drone attack in separate statements "
                                 "on Tuesday.", "2025-03-12"))
    assert [e[:2] for e in got] == [("ACCUSE", "United Arab Emirates"), ("ACCUSE", "Bahrain")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Indonesia currently has more than 1,000 personnel deployed in southern Lebanon.", []),
    ("The Navy remains permanently deployed to ensure the security of French waters.", []),
    ("South Africa on Tuesday deployed two Oryx helicopters and 40 soldiers of its defence force to help with search "
     "and rescue.", []),
    ("Pakistan deployed additional troops along its border with Afghanistan on Wednesday.", ["MOBILIZE"]),
    ("Armed police were deployed around the Nigerian High Commission overnight.", ["MOBILIZE"]),
])
def test_forces_posted_somewhere_or_sent_for_relief_are_no_show_of_force(codebook, body, expected):
    assert [e[0] for e in events(coded(codebook, body, "2025-08-09"))] == expected


def test_those_who_gathered_make_the_demand_that_follows(codebook):
    got = events(coded(codebook, "LIMA, June 12 (Entente) - Peruvian police fired tear gas on Wednesday to disperse "
                                 "several hundred protesters who had gathered outside the Bolivian embassy in Lima, "
                                 "demanding the return of goods seized at the border.", "2025-06-12"))
    assert [e[:2] for e in got if e[0] == "REQUEST"] == [("REQUEST", "Peruvian protesters")]


def test_unnamed_prisoners_are_of_the_state_named_first(codebook):
    coding = coded(codebook, "Yemen's government and the Houthis exchanged 300 prisoners on Tuesday in a swap mediated "
                             "by Oman.", "2025-04-09")
    assert countries(coding, "group")["Yemeni detainees"] == "YEM"


def test_a_mediator_named_after_mediated_by_met_both_sides(codebook):
    got = events(coded(codebook, "Russia and Ukraine exchanged 185 prisoners each on Saturday in a swap mediated by the "
                                 "United Arab Emirates.", "2025-04-09"))
    assert sorted(e[:3] for e in got if e[0] == "CONSULT") == [("CONSULT", "United Arab Emirates", "Russia"),
                                                              ("CONSULT", "United Arab Emirates", "Ukraine")]
    got = events(coded(codebook, "Pakistan and Afghanistan agreed to a ceasefire on Sunday in talks mediated by Qatar.",
                       "2025-04-09"))
    assert sorted(e[:3] for e in got if e[0] == "CONSULT") == [("CONSULT", "Qatar", "Afghanistan"),
                                                              ("CONSULT", "Qatar", "Pakistan")]


def test_a_currency_is_no_state_and_korean_means_south_korean(codebook):
    got = events(coded(codebook, "India announced a grant of US$ 2 million for the reconstruction of schools in "
                                 "Jamaica. The Korean side announced a grant of USD 30 million for Vietnam, and both "
                                 "sides praised peace on the Korean peninsula.", "2025-11-14"))
    assert [e[:3] for e in got if e[0] == "AID"] == [("AID", "India", "Jamaica"), ("AID", "South Korea", "Vietnam")]


def test_a_contract_signed_between_states_is_an_agreement(codebook):
    coding = coded(codebook, "In January 2022, the Philippines and India signed a USD 375 million contract for the "
                             "supply of BrahMos missile batteries.", "2025-10-14")
    assert [e[:4] for e in events(coding)] == [("AGREE", "Philippines", "India", "2022-01-01")]
    assert [a.agreement_type for a in coding.agreements] == ["agreement"]


def test_a_dialogue_between_the_two_countries_is_held_by_its_subjects(codebook):
    got = events(coded(codebook, "Polish Foreign Minister Tomasz Wierzbicki and South Korean Foreign Minister Han "
                                 "Jae-won held the third Strategic Dialogue between the two countries in Warsaw on "
                                 "13 May 2026.", "2026-05-14"))
    assert [e[:4] for e in got] == [("CONSULT", "Tomasz Wierzbicki", "Han Jae-won", "2026-05-13")]


def test_a_possessed_act_noun_is_no_verb_of_the_sentence(codebook):
    got = events(coded(codebook, "Poland and South Korea condemned Russia's continued missile and drone attacks "
                                 "against Ukraine's energy grid and reaffirmed their support for Ukraine.", "2026-05-14"))
    assert not any(e[0] == "SUPPORT" and e[1] == "Russia" for e in got)


@pytest.mark.parametrize(("body", "expected"), [
    ("Repatriation schemes launched under a 2017 agreement between Bangladesh and Myanmar have failed.",
     ("AGREE", "Bangladesh", "Myanmar", "2017")),
    ("Syria and Israel fought again. After a further war in October 1973, the two countries signed the Agreement on "
     "Disengagement in Geneva on May 31, 1974.", ("AGREE", "Syria", "Israel", "1974-05-31")),
])
def test_an_agreement_recalled_is_dated_as_written(codebook, body, expected):
    """A date in an opening "After ..." clause is the clause's, when the act has its own."""
    got = events(coded(codebook, body, "2025-10-14"))[0]
    assert got[:3] == expected[:3] and got[3].startswith(expected[3])


def test_a_department_named_before_a_title_is_no_part_of_the_name(codebook):
    coding = coded(codebook, "The meeting on Wednesday was co-chaired by Defence Secretary Rajeev Malhotra and Philippine "
                             "Department of National Defense Undersecretary Antonio Villaruel.", "2026-08-06")
    assert countries(coding, "person")["Antonio Villaruel"] == "PHL"
    assert [e[:3] for e in events(coding)] == [("CONSULT", "Rajeev Malhotra", "Antonio Villaruel")]


def test_a_verb_joined_to_an_infinitive_is_asked_for_not_done(codebook):
    got = events(coded(codebook, "Lebanon called on France to press Israel to halt its attacks and withdraw from five "
                                 "hilltop positions inside Lebanon.", "2025-09-18"))
    assert [e[0] for e in got] == ["REQUEST"]


def test_a_pledge_to_fund_is_aid_from_the_coordinated_donors(codebook):
    got = events(coded(codebook, "In a boost for the cash-strapped army, Saudi Arabia and Qatar pledged on Tuesday to "
                                 "fund fuel and salary support for Lebanese soldiers.", "2025-09-18"))
    assert [e[:2] for e in got] == [("AID", "Saudi Arabia"), ("AID", "Qatar")]


def test_the_visitor_of_a_visit_may_follow_by(codebook):
    got = events(coded(codebook, "The release followed a visit to Doha by Spanish Foreign Minister Carmen Ruiz Olmedo "
                                 "on April 29.", "2026-05-07"))
    assert got == [("CONSULT", "Carmen Ruiz Olmedo", "Qatar", "2026-04-29")]


def test_someone_held_since_a_date_is_a_state_not_an_arrest(codebook):
    got = events(coded(codebook, "The President raised the case of Claire Dubois, a French teacher detained in Iran "
                                 "since May 2022, and demanded her release.", "2026-05-07"))
    assert [e[0] for e in got] == ["REQUEST"]


def test_the_crowds_of_one_protest_are_one_actor(codebook):
    coding = coded(codebook, "LA PAZ, Jan 22 (Entente) - Bolivian police fired tear gas at thousands of miners and "
                             "transport workers marching on the seat of government in La Paz on Wednesday.\n\n"
                             "Demonstrators tried to break through police lines. Police arrested 23 protesters during "
                             "the clashes, the government said.", "2026-01-22")
    crowds = {e.source for e in coding.events if e.event_type == "PROTEST"} | \
        {e.target for e in coding.events if e.event_type in ("ASSAULT", "COERCE")}
    assert len(crowds) == 1
    assert {"protesters", "miners"} <= coding.entities[crowds.pop()].aliases


def test_a_ministry_spokeswoman_serves_the_ministry_named_before(codebook):
    coding = coded(codebook, "The Russian foreign ministry summoned Sweden's ambassador on Monday. On Tuesday, "
                             "ministry spokeswoman Yelena Vorobyova called the seizure of the tanker \"an act of state "
                             "piracy\".", "2026-10-21")
    assert countries(coding, "person") == {"Yelena Vorobyova": "RUS"}


def test_a_body_seated_in_a_capital_is_of_its_state(codebook):
    coding = coded(codebook, "GEORGETOWN, March 21 (AFP) - Venezuela's charge d'affaires was summoned to the foreign "
                             "ministry late on Thursday to receive a formal protest. The Defence Ministry in Caracas "
                             "rejected the protest.", "2025-03-21")
    assert countries(coding, "organization") == {"Guyanese Foreign Ministry": "GUY", "Venezuelan Defence Ministry": "VEN"}


def test_a_state_in_a_hyphenated_modifier_is_not_one_of_the_two_countries(codebook):
    got = events(coded(codebook, "Syrian and Israeli officials ended a round of US-mediated security talks in Baku last "
                                 "week. In 1974, the two countries signed the Agreement on Disengagement in Geneva.",
                       "2025-10-14"))
    assert [e[:3] for e in got if e[0] == "AGREE"] == [("AGREE", "Syria", "Israel")]


def test_a_call_on_a_titled_official_named_after_a_comma(codebook):
    got = events(coded(codebook, "Indian minister Arvind Kesarwani visited Jamaica. On 12 November, he called on the "
                                 "Prime Minister of Jamaica, Hon. Desmond Whitfield.", "2025-11-14"))
    assert ("CONSULT", "Arvind Kesarwani", "Desmond Whitfield", "2025-11-12") in got


def test_an_act_listed_after_including_is_not_the_speakers(codebook):
    got = events(coded(codebook, "President Han Seung-woo met Prime Minister Tran Quoc Hung in Seoul on Tuesday. The "
                                 "two leaders expressed serious concern over the DPRK's continued ballistic missile "
                                 "launches, including the launch of an intercontinental ballistic missile on March 28.",
                       "2026-04-16"))
    assert not any(e[0] == "MOBILIZE" and e[1] in ("Han Seung-woo", "Tran Quoc Hung") for e in got)


def test_captives_detained_somewhere_by_a_captor_are_its_captives(codebook):
    got = events(coded(codebook, "Fourteen Bangladeshi fishermen detained on the Naf River by the Arakan Army were "
                                 "released on Wednesday.", "2026-06-03"))
    assert [e[:3] for e in got if e[0] == "COERCE"] == [("COERCE", "Arakan Army", "Bangladeshi fishermen")]


def test_mediators_of_a_ceasefire_are_no_parties_nor_the_two_countries(codebook):
    got = events(coded(codebook, "PESHAWAR, Sept 11 (Reuters) - Pakistani and Afghan forces clashed on Friday. Relations "
                                 "between the neighbours have been strained since deadly border clashes in October last "
                                 "year, which ended with a ceasefire mediated by Qatar and Turkey and signed in Doha. "
                                 "The UN called on both countries to resolve their differences through dialogue.",
                       "2026-09-11"))
    assert [e[:3] for e in got if e[0] in ("AGREE", "REQUEST")] == [
        ("AGREE", "Pakistan", "Afghanistan"), ("AGREE", "Pakistan", "Afghanistan"),
        ("REQUEST", "United Nations", "Pakistan"), ("REQUEST", "United Nations", "Afghanistan")]


def test_an_envoy_summoned_on_a_day_is_summoned_that_day_and_the_protest_lodged_is_the_same_act(codebook):
    got = events(coded(codebook, "MANILA (AP) - Chinese coast guard ships fired water cannons at a Philippine vessel on "
                                 "Wednesday. The Philippine Department of Foreign Affairs summoned China's deputy chief "
                                 "of mission on Thursday and lodged a strong protest.", "2025-03-06"))
    assert [e[3] for e in got if e[0] == "ACCUSE"] == ["2025-03-06"]  # summoned and protested: one protest


def test_a_charge_in_the_plain_present_stands_and_is_no_act_of_the_day(codebook):
    got = events(coded(codebook, "GOMA, May 3 (Reuters) - M23 attacked Goma on Saturday. Kinshasa and UN experts accuse "
                                 "Rwanda of arming and commanding M23, which Kigali denies.", "2026-05-03"))
    assert [e[:3] for e in got] == [("ASSAULT", "M23", "Democratic Republic of the Congo")]


def test_a_date_owned_by_an_act_is_no_narrative_date_but_a_meetings_is(codebook):
    got = events(coded(codebook, "President Oleksandr Hrytsenko had a phone conversation with President Mikael Lindqvist "
                                 "of Finland on Wednesday. The President informed his counterpart about the results of last "
                                 "week's exchange of prisoners of war. He thanked Finland for its support.", "2025-06-18"))
    assert [e[3] for e in got if e[0] == "SUPPORT"] == ["2025-06-18"]


def test_a_quotation_over_two_sentences_is_its_speakers(codebook):
    """ "We" in the second sentence of a quotation is its speaker, named where it closes, on the day they spoke;
    and a demand that a captive "be released" is made of the captors."""
    got = events(coded(codebook, "Azerbaijani police arrested a French journalist in Baku on Wednesday.\n\n"
                                 '"He is a journalist, not a spy. We demand that he be released without delay," French '
                                 "Foreign Ministry spokesman Pascal Durand-Vial said on Thursday.", "2025-02-07"))
    assert ("REQUEST", "Pascal Durand-Vial", "Azerbaijani police", "2025-02-06") in got, got


def test_an_act_at_the_meeting_has_the_meetings_date(codebook):
    """ "At the meeting, X requested ...": the meeting's day, not the date of the deal recalled just before."""
    got = events(coded(codebook, "Indian and Philippine defence officials met in New Delhi on Tuesday. India has supplied "
                                 "missiles to the Philippines under a contract signed in January 2022. At the meeting, the "
                                 "Philippine side requested Indian assistance in training coast guard personnel.",
                       "2026-08-07"))
    assert [e for e in got if e[0] == "REQUEST"] == [("REQUEST", "Philippines", "India", "2026-08-04")], got


def test_a_city_in_an_agreements_name_is_where_it_was_signed(codebook):
    """ "The Algiers Agreement" was signed in Algiers, not by Algeria."""
    got = events(coded(codebook, "The Algiers Agreement, signed in December 2000, ended the fighting, and Ethiopia and "
                                 "Eritrea signed a Joint Declaration of Peace and Friendship in Asmara in July 2018.",
                       "2026-06-10"))
    assert [e[:3] for e in got] == [("AGREE", "Ethiopia", "Eritrea")] * 2, got


def test_a_flag_waved_is_no_actor(codebook):
    """Protesters "waving Georgian and European Union flags" march; the flags name no one who marches or is marched
    against, and "hundreds of Georgians waving flags" are people, not their state (one crowd with the first)."""
    got = events(coded(codebook, "Protesters waving Georgian and European Union flags marched down Rustaveli Avenue on "
                                 "Monday. Hundreds of Georgians waving EU flags marched in Tbilisi on Tuesday.", "2026-06-10"))
    assert [e[:3] for e in got] == [("PROTEST", "Georgian protesters", "Georgia")] * 2, got


def test_a_statements_own_we_is_its_issuer(codebook):
    """An unquoted "We call on ..." in a statement is the act of the body that issues it."""
    got = events(coded(codebook, "The United States condemns the launch of ballistic missiles by North Korea on January "
                                 "25. We call on the DPRK to refrain from further destabilizing acts.", "2026-01-26"))
    assert ("REQUEST", "United States", "North Korea") in [e[:3] for e in got], got


def test_requests_told_as_nouns_or_by_seeking(codebook):
    """ "A request made by X" is X's request, and so is "X had sought his extradition", of the state that holds him
    or that the story is about."""
    got = events(coded(codebook, "India arrested a British national in Goa in March. The United Kingdom had sought his "
                                 "extradition through diplomatic channels in November 2024. Oman secured the release of the "
                                 "crew on Monday. The efforts were undertaken in response to a request made by the "
                                 "Government of the Philippines in December.", "2025-12-20"))
    assert ("REQUEST", "United Kingdom", "India", "2024-11-01") in got and ("REQUEST", "Philippines", "Oman", "2025-12-01") \
        in got, got


def test_a_post_on_social_media_is_said(codebook):
    """ '"... We welcome the agreement," X posted on X': the one who posted speaks."""
    got = events(coded(codebook, 'India and Kazakhstan signed an energy agreement in Astana on Monday. "This is a good day. '
                                 'We welcome the agreement," Foreign Minister Rohan Deshpande posted on X.', "2025-12-20"))
    assert ("SUPPORT", "Rohan Deshpande") in [e[:2] for e in got], got


def test_a_crowd_named_before_a_participle_is_who_marches(codebook):
    """In "fired tear gas at miners, teachers and workers marching on the seat of government" the workers march,
    and a verb joined by "and" after "blocked protesters marching" shares the subject of "blocked", not "marching"."""
    got = events(coded(codebook, "LA PAZ - Bolivian riot police fired tear gas at thousands of miners, teachers and "
                                 "factory workers marching on the seat of government on Tuesday.", "2026-06-18"))
    assert [e[:3] for e in got] == [("ASSAULT", "Bolivian police", "Bolivian workers"),
                                    ("PROTEST", "Bolivian workers", "Bolivia")]
    got = events(coded(codebook, "In Abuja, riot police blocked protesters marching towards the parliament and fired "
                                 "tear gas.", "2026-06-18"))
    assert [e[:3] for e in got if e[0] != "PROTEST"] == [("COERCE", "Nigerian police", "Nigerian protesters"),
                                                         ("ASSAULT", "Nigerian police", "Nigerian protesters")]


def test_a_concession_that_names_no_one_is_made_to_the_crowd_that_protested(codebook):
    """A levy withdrawn after street protests, or a decree the government "agreed to suspend", yields to the
    protesters of its own state."""
    coding = coded(codebook, "NAIROBI - Thousands of Kenyan protesters marched on parliament on Monday against a levy on "
                             "mobile money transfers.\n\nKenya's government on Tuesday withdrew the levy after a week of "
                             "street protests.", "2026-09-16")
    assert [e[:3] for e in events(coding)] == [("PROTEST", "Kenyan protesters", "Kenya"),
                                               ("CONCEDE", "Kenya", "Kenyan protesters")]
    got = events(coded(codebook, "LA PAZ - Hundreds of truck drivers marched on the seat of government on Tuesday.\n\n"
                                 "Late on Wednesday, the government of Bolivia agreed to suspend the decree.", "2026-06-18"))
    assert [e[:3] for e in got][1:] == [("CONCEDE", "Bolivia", "Bolivian drivers")]


def test_a_headline_that_ends_on_both_sides_is_coded(codebook):
    got = events(coded(codebook, "15:20 GMT - Egypt urges 'flexibility' from both sides", "2026-06-18"))
    assert [e[:2] for e in got] == [("REQUEST", "Egypt")]


def test_a_reaction_answers_no_act_done_after_it(codebook):
    got = events(coded(codebook, "RIYADH, March 12 - Yemen's Houthi movement struck a fuel depot in Jazan with drones on "
                                 "Tuesday.\n\nSaudi warplanes struck Houthi sites around Sanaa early on Wednesday.\n\n"
                                 "The United Arab Emirates condemned the drone attack in a statement on Tuesday.",
                       "2025-03-12"))
    assert ("ACCUSE", "United Arab Emirates", "Houthis", "2025-03-11") in got, got


def test_a_labour_strike_is_a_protest_and_shells_or_a_car_bomb_are_weapons(codebook):
    got = events(coded(codebook, "Fishermen's associations in Rameswaram began an indefinite strike on Saturday.",
                       "2026-10-20"))
    assert [e[:2] for e in got] == [("PROTEST", "Indian fishermen")]
    assert events(coded(codebook, "The two ministers agreed on Monday to set up a production line for howitzer shells "
                                  "in Poland.", "2026-10-20")) == []
    got = events(coded(codebook, "Al-Shabaab fighters attacked an AU base near Sabiid on Tuesday.\n\nThe militants "
                                 "detonated a car bomb at the gate of the base.", "2025-03-12"))
    assert [e[:2] for e in got] == [("ASSAULT", "al-Shabaab")]


def test_a_blocs_leaders_named_by_region_are_the_bloc(codebook):
    got = events(coded(codebook, "West African leaders suspended Guinea-Bissau from the bloc at a summit in Abuja on "
                                 "Sunday.", "2025-12-15"))
    assert [e[:3] for e in got] == [("SANCTION", "ECOWAS", "Guinea-Bissau")]


def test_a_clause_subject_set_off_by_an_aside_acts(codebook):
    got = events(coded(codebook, "Relations were strained after ECOWAS, then chaired by Nigeria, imposed sanctions on "
                                 "Niger in July 2023.", "2026-01-20"))
    assert [e[:4] for e in got] == [("SANCTION", "ECOWAS", "Niger", "2023-07-01")]


def test_two_sides_welcoming_something_together_do_not_support_each_other(codebook):
    got = events(coded(codebook, "Foreign Minister Hiroshi Takeda held a telephone call with Philippine Secretary of "
                                 "Foreign Affairs Carlos Dimaculangan on Tuesday. The two Ministers welcomed the steady "
                                 "progress of bilateral relations.", "2026-01-21"))
    assert [e[:3] for e in got] == [("CONSULT", "Hiroshi Takeda", "Carlos Dimaculangan")]


def test_a_body_named_in_lower_case_is_named_with_its_state(codebook):
    coding = coded(codebook, "CHISINAU, Sept 18 - The foreign ministry in Chisinau said on Thursday it had expelled a "
                             "Russian diplomat.", "2025-09-18")
    assert countries(coding, "organization") == {"Moldovan Foreign Ministry": "MDA"}


def test_money_mobilised_is_aid_not_a_mobilisation(codebook):
    got = events(coded(codebook, "The European Union on Monday mobilised 200 million euros in humanitarian aid for "
                                 "Syria.", "2026-06-02"))
    assert [e[:3] for e in got] == [("AID", "European Union", "Syria")]


def test_a_company_is_an_actor_of_the_business_sector(codebook):
    coding = coded(codebook, "The European Union on Monday imposed sanctions on Parsian Drone Systems and froze the "
                             "assets of Ural Airlines.", "2026-01-20")
    assert [e[:3] for e in events(coding)] == [("SANCTION", "European Union", "Parsian Drone Systems"),
                                               ("SANCTION", "European Union", "Ural Airlines")]
    assert {e.name: e.sector for e in coding.entities if e.actor_type == "organization"} == {
        "Parsian Drone Systems": "business", "Ural Airlines": "business"}


def test_aid_pledged_in_the_passive_or_told_to_a_counterpart_is_aid(codebook):
    got = events(coded(codebook, "Pledges reached $310 million in Geneva on Tuesday. A contribution of EUR 30 million was "
                                 "pledged by the European Union.", "2025-04-16"))
    assert [e[:2] for e in got] == [("AID", "European Union")]
    got = events(coded(codebook, "Australia will provide an initial A$6 million in humanitarian assistance to Fiji, Prime "
                                 "Minister Harcourt informed Prime Minister Naivalu.", "2026-02-11"))
    assert [e[:3] for e in got] == [("AID", "Australia", "Fiji")]


def test_an_agreement_signed_or_reached_by_two_named_sides_is_theirs(codebook):
    got = events(coded(codebook, "The application follows the signing by Colombia and Brazil of a memorandum of "
                                 "understanding on energy transition in Brasilia in April.", "2025-07-03"))
    assert got == [("AGREE", "Colombia", "Brazil", "2025-04-01")]
    got = events(coded(codebook, "Officials welcomed the agreement reached by Brazil and Paraguay on Thursday.",
                       "2025-11-12"))
    assert got == [("AGREE", "Brazil", "Paraguay", "2025-11-06")]
    got = events(coded(codebook, "India welcomed the agreement signed by Japan and Vietnam on Monday.", "2025-11-12"))
    assert ("AGREE", "Japan", "Vietnam", "2025-11-10") in got


def test_signatories_named_before_a_protocol_are_no_part_of_its_name(codebook):
    coding = coded(codebook, "Minister of State Khalid Al-Marri held separate meetings with the government delegation, led by Minister of Regional "
                             "Integration Josee Mbuyi, and with the M23 delegation, headed by its executive secretary, "
                             "Benjamin Rukundo. The talks concluded on Thursday with the signing by Mbuyi and "
                             "Rukundo of a Protocol on the Exchange of Prisoners.", "2025-09-05")
    assert [a.name for a in coding.agreements] == ["Protocol on the Exchange of Prisoners"]
    assert ("AGREE", "Josee Mbuyi", "Benjamin Rukundo", "2025-09-04") in events(coding)


def test_an_honorific_after_a_body_begins_a_name(codebook):
    coding = coded(codebook, "Minister of State at the Ministry of Foreign Affairs Dr. Khalid bin Hamad Al-Marri "
                             "held talks with Sudan on Monday.", "2025-11-12")
    assert [e[:3] for e in events(coding)] == [("CONSULT", "Khalid bin Hamad Al-Marri", "Sudan")]
    assert countries(coding, "organization") == {"Ministry of Foreign Affairs": None}


def test_two_sides_after_signatories_of_unsure_state_are_the_story_s_two(codebook):
    got = events(coded(codebook, "Qatar announced the end of a round of negotiations between the Government of the "
                                 "Democratic Republic of the Congo and the M23. Minister of State Khalid Al-Marri held "
                                 "separate meetings with the government delegation, led by Minister of Regional "
                                 "Integration Josee Mbuyi, and with the M23 delegation, headed by its executive "
                                 "secretary, Benjamin Rukundo. The talks concluded on Thursday with the signing by Mbuyi "
                                 "and Rukundo of a Protocol on the Exchange of Prisoners. The two sides also accused each "
                                 "other of violating the truce.", "2025-09-05"))
    assert ("ACCUSE", "M23", "Democratic Republic of the Congo", "2025-09-04") in got


def test_a_body_named_with_its_state_s_formal_style_is_also_named_with_the_short_name(codebook):
    coding = coded(codebook, "The Ministry of Foreign Affairs of the Republic of Lithuania on Wednesday condemned the "
                             "statement by Venezuela.", "2025-02-20")
    body = next(e for e in coding.entities if e.actor_type == "organization")
    assert body.name == "Ministry of Foreign Affairs of the Republic of Lithuania"
    assert "Ministry of Foreign Affairs of Lithuania" in body.aliases


def test_a_military_unit_keeps_its_number(codebook):
    got = events(coded(codebook, "The 444 Combat Brigade attacked positions of the Radaa Deterrence Force on Monday.",
                       "2025-11-12"))
    assert [e[:3] for e in got] == [("ASSAULT", "444 Combat Brigade", "Radaa Deterrence Apparatus")]  # the codebook's name
    coding = coded(codebook, "Police said 12 Foreign Ministry staff were expelled on Monday.", "2025-11-12")
    assert "Foreign Ministry" in countries(coding, "organization")


def test_a_government_named_by_its_demonym_after_after_acts(codebook):
    got = events(coded(codebook, "The call came after the Congolese government accused Rwanda of deploying soldiers "
                                 "near Goma.", "2025-01-24"))
    assert [e[:3] for e in got] == [("ACCUSE", "Democratic Republic of the Congo", "Rwanda")]


def test_aid_decided_on_a_named_day_is_aid_of_that_day(codebook):
    got = events(coded(codebook, "Minister Morita explained that Japan had decided on February 6 to extend Emergency "
                                 "Grant Aid of 3 million US dollars to Lebanon for displaced persons.", "2026-02-11"))
    assert got == [("AID", "Japan", "Lebanon", "2026-02-06")]


def test_participation_frozen_is_a_sanction(codebook):
    got = events(coded(codebook, "Armenia froze its participation in the CSTO in February 2024 but has not formally left "
                                 "the bloc.", "2026-06-03"))
    assert got == [("SANCTION", "Armenia", "Collective Security Treaty Organization", "2024-02-01")]


def test_a_statement_quoted_after_its_announcement_is_its_author_s(codebook):
    coding = coded(codebook, "OTTAWA, Oct. 30 - Minister of Foreign Affairs Anne-Marie Lessard today issued the "
                             "following statement:\n\n\"Canada strongly condemns Russia's missile attack on Kyiv.\n\n"
                             "\"These attacks are a flagrant violation of international law. We call on Russia to cease "
                             "its strikes on Ukrainian cities.", "2025-10-30")
    assert [e[:3] for e in events(coding)] == [("ACCUSE", "Anne-Marie Lessard", "Russia"), ("ASSAULT", "Russia", "Ukraine"),
                                               ("REQUEST", "Anne-Marie Lessard", "Russia")]


def test_an_act_owned_across_a_hyphened_modifier_is_its_owner_s(codebook):
    got = events(coded(codebook, "Canada condemned Russia's large-scale missile attack on Kyiv on Tuesday.",
                       "2025-11-12"))
    assert ("ASSAULT", "Russia", "Ukraine", "2025-11-11") in got


def test_the_honourable_is_no_part_of_a_name(codebook):
    coding = coded(codebook, "The Honourable Anne-Marie Lessard, Minister of Foreign Affairs of Canada, condemned "
                             "Russia on Monday.", "2025-10-30")
    assert "Anne-Marie Lessard" in countries(coding, "person")


def test_a_visit_invited_or_a_meeting_to_come_is_no_event(codebook):
    assert events(coded(codebook, "Minister Abenov invited his Korean counterpart to pay a visit to Kazakhstan at a "
                                  "mutually convenient time.", "2026-01-14")) == []
    assert events(coded(codebook, "The spokesperson said the Philippines would raise the incident at the next meeting of "
                                  "the bilateral consultation mechanism with China.", "2025-08-12")) == []


def test_an_appeal_to_all_and_sundry_targets_no_one(codebook):
    got = events(coded(codebook, "Nigeria welcomed the returnees. Cameroon's foreign minister, Amina Rostova, urged donors "
                                 "to fund reconstruction in Borno on Monday.", "2026-06-02"))
    assert [e for e in got if e[0] == "REQUEST"] == [("REQUEST", "Amina Rostova", None, "2026-06-01")]


def test_thanks_to_neighbouring_countries_target_no_one(codebook):
    got = events(coded(codebook, "The European Union released 3 million euros for Nepal on Monday. Prime Minister Ramesh "
                                 "Khadka of Nepal praised neighbouring countries for their help on Tuesday.", "2025-08-27"))
    assert ("SUPPORT", "Ramesh Khadka", None, "2025-08-26") in got


def test_a_condemnation_set_off_by_an_aside_targets_the_authors(codebook):
    got = events(coded(codebook, "The African Union also condemns, in the strongest terms, the massacre of more than 40 "
                                 "civilians by the Allied Democratic Forces in Lubero territory on 22 February 2026.",
                       "2026-03-10"))
    assert ("ACCUSE", "African Union", "Allied Democratic Forces", "2026-02-22") in got


def test_a_reaction_to_an_attack_on_someone_targets_the_attackers(codebook):
    got = events(coded(codebook, "Israeli drones struck a UNIFIL patrol near Naqoura on Sunday. Indonesia has strongly "
                                 "condemned the attack on Indonesian peacekeepers serving with the United Nations Interim "
                                 "Force in Lebanon.", "2026-06-10"))
    assert [e[:3] for e in got] == [("ASSAULT", "Israel", "UNIFIL"), ("ACCUSE", "Indonesia", "Israel")]


def test_communique_excerpts_speak_for_those_the_story_opens_with(codebook):
    coding = coded(codebook, "MANILA, July 24 - ASEAN foreign ministers met in Manila on Thursday. Excerpts from the "
                             "communique follow:\n\n\"27. We welcomed the accession of Ecuador to the Treaty of Amity and "
                             "Cooperation in Southeast Asia.\"", "2026-07-24")
    assert [e[:2] for e in events(coding) if e[0] == "SUPPORT"] == [("SUPPORT", "ASEAN")]


def test_soldiers_moved_to_a_border_are_a_mobilisation(codebook):
    got = events(coded(codebook, "Guyana's Foreign Ministry said Venezuelan forces had moved additional soldiers onto "
                                 "Ankoko island last week.", "2025-07-30"))
    assert [e[0] for e in got] == ["MOBILIZE"]


def test_a_joint_act_of_a_hyphened_pair_is_the_pair_s(codebook):
    got = events(coded(codebook, "India-Vietnam relations were elevated to a Comprehensive Strategic Partnership in "
                                 "September 2016.", "2025-09-24"))
    assert got == [("AGREE", "India", "Vietnam", "2016-09-01")]


def test_a_byline_that_ends_in_a_title_is_read(codebook):
    """A sentence may end in a lower-case title: "By our correspondent" heads field dispatches."""
    coding = coded(codebook, "ADEN, Yemen, March 10 (Entente) - By our correspondent\n\n"
                             "The Houthis released 40 prisoners on Monday, the International Committee of the Red Cross said.",
                   "2026-03-10")
    assert events(coding) == [("RETREAT", "Houthis", "Yemeni detainees", "2026-03-09")]


def test_a_post_between_title_and_name_names_no_state_of_the_person(codebook):
    """ "Ambassador to the Philippines Claire Hutchins": a person, who is not the Philippines'."""
    coding = coded(codebook, "Defence Secretary Ramon Villafuerte met Australian Ambassador to the Philippines Claire "
                             "Hutchins in Manila on Wednesday.", "2025-09-26")
    assert events(coding) == [("CONSULT", "Ramon Villafuerte", "Claire Hutchins", "2025-09-24")]
    assert countries(coding, "person") == {"Ramon Villafuerte": "PHL", "Claire Hutchins": "AUS"}


def test_the_groups_fighters_are_the_armed_group_named_last(codebook):
    """ "when the group's fighters seized the car carrier": the Houthis, not unnamed militants."""
    coding = coded(codebook, "The Houthis fired a missile at a tanker on Monday. The Houthi campaign began in November "
                             "2023, when the group's fighters seized the car carrier Galaxy Leader in the Red Sea.")
    assert ("COERCE", "Houthis", None, "2023-11") in [e[:3] + (e[3][:7],) for e in events(coding)]


def test_a_roundups_stories_each_have_their_own_police(codebook):
    """ "Police" in a roundup's La Paz item are Bolivian, though its Lima item also names "the police"."""
    coding = coded(codebook, "LA PAZ, Sept 26 (Wire) - Police fired tear gas at protesters on Wednesday.\n\n"
                             "SANTIAGO - Chile and Argentina signed a gas agreement on Tuesday.\n\n"
                             "LIMA - Peru's President Ernesto Valcarcel declared a state of emergency in Lima on Monday "
                             "and ordered the armed forces to patrol the streets alongside the police.",
                   "2025-09-26")
    assert ("ASSAULT", "Bolivian police", "Bolivian protesters", "2025-09-24") in events(coding)


def test_a_roundups_item_gives_its_own_state_to_whom_it_names(codebook):
    """A minister named in a roundup's Bogota item ("BOGOTÁ - ", with its accent) is Colombian, not of the state
    the roundup is filed from."""
    coding = coded(codebook, "LA PAZ, Sept 26 (Wire) - Bolivia raised the price of diesel on Wednesday.\n\n"
                             "SANTIAGO - Chile and Argentina signed a gas agreement on Tuesday.\n\n"
                             "BOGOTÁ - Defence Minister Andres Velez Ospina accused the rebels of attacking a military "
                             "base on Sunday.", "2025-09-26")
    assert countries(coding, "person") == {"Andres Velez Ospina": "COL"}


def test_a_groups_spokesman_named_after_two_titles_is_of_the_group(codebook):
    """ "Taliban chief spokesman X" and "a Houthi military spokesman, Brigadier General X," speak for the group
    named before the titles, and take its state."""
    coding = coded(codebook, "Taliban chief spokesman Nasrullah Hamidi rejected the report on Monday. A Houthi "
                             "military spokesman, Brigadier General Hamoud al-Wazir, claimed the attack on Sunday.")
    assert countries(coding, "person") == {"Nasrullah Hamidi": "AFG", "Hamoud al-Wazir": "YEM"}


def test_the_government_of_a_story_filed_from_its_state_is_that_state(codebook):
    """ "The government agreed to suspend the decree" in a story filed from La Paz that names Bolivia: Bolivia's
    concession; with no state named, no actor is guessed."""
    body = "LA PAZ, June 18 - Bolivia's police fired tear gas at marchers on Wednesday. Late on Wednesday, the " \
           "government agreed to suspend a decree that would have raised bus fares."
    assert ("CONCEDE", "Bolivia", None, "2026-06-17") in events(coded(codebook, body, "2026-06-18"))
    unnamed = "LA PAZ, June 18 - Police fired tear gas at marchers on Wednesday. Late on Wednesday, the government " \
              "agreed to suspend a decree that would have raised bus fares."
    assert [e for e in events(coded(codebook, unnamed, "2026-06-18")) if e[0] == "CONCEDE"] == []


def test_an_act_named_by_place_in_a_reaction_is_no_act_of_the_reactor(codebook):
    """ "condemned the Kayes ambush": the ambush is the object condemned, not an ambush by who condemns it."""
    got = events(coded(codebook, "The United States representative, Laura Whitfield, condemned the Kayes ambush on "
                                 "Monday.", "2026-01-08"))
    assert [e[0] for e in got] == ["ACCUSE"], got


def test_a_mediator_named_with_by_is_no_agent_of_a_passive(codebook):
    """ "The crew were released after mediation by Oman": Oman released no one."""
    got = events(coded(codebook, "The Houthis seized the Galaxy Leader in November 2023. The crew were released in "
                                 "January 2025 after mediation by Oman.", "2026-03-19"))
    assert not [e for e in got if e[1] == "Oman"], got


def test_a_heading_in_capitals_opens_a_roundup_item_of_the_state_it_names(codebook):
    """A heading line stands apart from the sentence under it, and the item under "GEORGIA: ..." is Georgia's."""
    body = ("ARMENIA: TALKS WITH IRAN\nArmenian and Iranian officials held talks in Yerevan on Monday.\n\n"
            "GEORGIA: TEAR GAS IN TBILISI\nThe Interior Ministry said police detained 31 protesters on Saturday.")
    coding = coded(codebook, body, "2025-11-28")
    assert events(coding) == [("CONSULT", "Armenia", "Iran", "2025-11-24"),
                              ("COERCE", "Georgian police", "Georgian protesters", "2025-11-22")]
    assert countries(coding, "organization") == {"Georgian Interior Ministry": "GEO"}


def test_a_statement_of_a_gathering_speaks_on_the_day_it_was_held(codebook):
    body = ("HANOI, 5 June 2026 - The following are excerpts from the Chairman's Statement of the ASEAN Ministerial "
            "Meeting, issued by Vietnam as ASEAN Chair on Friday.\n\n"
            "The 12th Ministerial Meeting was held in Hanoi on 3 June 2026 under the chairmanship of Vietnam.\n\n"
            "We urged Myanmar to end the violence and to release all political prisoners.")
    assert ("REQUEST", "ASEAN", "Myanmar", "2026-06-03") in events(coded(codebook, body, "2026-06-05"))


def test_an_ordinal_dateline_dates_no_act_and_the_host_is_of_the_state_visited(codebook):
    coding = coded(codebook, "ABU DHABI, 14th January, 2026 (WAM) -- Sheikh Hamad bin Sultan, Minister of Foreign "
                             "Affairs, received Ayman Rawashdeh, Minister of Foreign Affairs of the Hashemite Kingdom "
                             "of Jordan, in Abu Dhabi on Tuesday, on the occasion of the Jordanian minister's official "
                             "visit to the country.", "2026-01-14")
    assert events(coding)[0] == ("CONSULT", "Ayman Rawashdeh", "Hamad bin Sultan", "2026-01-13")
    assert countries(coding, "person") == {"Hamad bin Sultan": "ARE", "Ayman Rawashdeh": "JOR"}


def test_fire_from_a_side_told_after_the_time_is_its_attack(codebook):
    got = events(coded(codebook, "The patrol came under fire late on Thursday from the Venezuelan bank of the river, "
                                 "the Guyana Defence Force said.", "2025-03-21"))
    assert ("ASSAULT", "Venezuela", "Guyana", "2025-03-20") in got


def test_aid_extended_after_a_disaster_in_a_month_is_of_that_month(codebook):
    got = events(coded(codebook, "Japan previously extended emergency assistance to Vanuatu after Cyclone Pam in March "
                                 "2015.", "2026-03-05"))
    assert got == [("AID", "Japan", "Vanuatu", "2015-03-01")]


def test_the_subject_of_a_clause_after_after_is_who_acts_in_it(codebook):
    got = events(coded(codebook, "Vietnam lodged a protest with China on Thursday after a Chinese coast guard ship "
                                 "rammed a Vietnamese fishing boat near the Paracel Islands on Tuesday.", "2026-05-29"))
    assert ("ASSAULT", "China Coast Guard", "Vietnam", "2026-05-26") in got


def test_a_ministry_named_in_lower_case_in_a_foreign_capital_is_that_states(codebook):
    coding = coded(codebook, "The foreign ministry in Chisinau summoned the Russian ambassador on Thursday. In Moscow, "
                             "foreign ministry spokeswoman Yelena Tarasova dismissed the accusations as absurd.",
                   "2025-09-19")
    assert countries(coding, "person") == {"Yelena Tarasova": "RUS"}
    assert countries(coding, "organization") == {"Moldovan Foreign Ministry": "MDA", "Russian Foreign Ministry": "RUS"}


def test_the_federal_government_acting_is_the_story_state_and_a_quoted_object_is_blamed(codebook):
    got = events(coded(codebook, "BAHIR DAR, Ethiopia, Aug 27 (Entente) - The federal government blamed \"extremist "
                                 "Fano elements\" for the attack.", "2026-08-27"))
    assert got == [("ACCUSE", "Ethiopia", "Fano", "2026-08-27")]


def test_an_amount_of_money_is_one_word_between_a_verb_and_its_object(codebook):
    got = events(coded(codebook, "The World Bank approved a 250 million US dollar loan to Uzbekistan.", "2026-03-01"))
    assert got == [("AID", "World Bank", "Uzbekistan", "2026-03-01")]


def test_what_a_pact_provides_is_no_act_but_what_is_done_under_it_is(codebook):
    assert events(coded(codebook, "Under the agreement, India and Pakistan exchange lists of civilian prisoners.",
                        "2026-03-01")) == []
    assert events(coded(codebook, "Under the deal, Iran released two French citizens on Wednesday.", "2026-03-01")) \
        == [("RETREAT", "Iran", "French citizens", "2026-02-25")]


def test_a_charge_denied_in_an_apposition_is_a_rejection_unless_it_is_a_standing_one(codebook):
    got = events(coded(codebook, "Thailand accused Cambodia of violating the ceasefire, a charge Phnom Penh denied.",
                       "2026-03-01"))
    assert ("REJECT", "Cambodia", "Thailand", "2026-03-01") in got
    got = events(coded(codebook, "Pakistan says Afghanistan shelters the militants, a charge Kabul rejects.", "2026-03-01"))
    assert not [e for e in got if e[0] == "REJECT"]


def test_what_an_official_called_the_act_protested_is_no_second_protest(codebook):
    got = events(coded(codebook, "Guyana summoned Venezuela's charge d'affaires on Friday to protest what Foreign "
                                 "Minister Rohan Persaud called \"a flagrant violation of our sovereignty\".", "2026-03-01"))
    assert got == [("ACCUSE", "Guyana", "Venezuela", "2026-02-27")]


def test_a_warning_that_something_is_so_is_no_threat_but_one_of_what_will_be_done_is(codebook):
    assert events(coded(codebook, "The World Food Programme warned that access to Sudan remained limited.",
                        "2026-06-20")) == []
    assert events(coded(codebook, "Russia warned that it would respond to any violation by Moldova.", "2026-06-20")) \
        == [("THREATEN", "Russia", "Moldova", "2026-06-20")]


def test_a_family_name_written_first_in_capitals_is_the_surname_named_again(codebook):
    coding = coded(codebook, "On March 3, Mr. ISHIKAWA Kenji, Minister for Foreign Affairs of Japan, held a telephone "
                             "talk with Mr. Ronald Vatoko, Prime Minister of the Republic of Vanuatu. Minister Ishikawa "
                             "expressed his condolences.", "2026-03-05")
    assert countries(coding, "person") == {"ISHIKAWA Kenji": "JPN", "Ronald Vatoko": "VUT"}


def test_members_lists_union_named_again_and_story_state(codebook):
    """A list of members set off by dashes describes the bloc before it and takes no part; "Co-President" is a
    title; "the union" is the union named before, and a minister's appeal to it is an event, as is one to any body
    of the state's people; a portfolio before a two-word title is part of the title ("Health Cabinet Secretary");
    a language a text was translated from is no state; without a dateline, persons and bodies with no state of
    their own take the state the story names most, not the first place named."""
    bloc = coded(codebook, "The EU and Mercosur - Argentina, Brazil, Paraguay and Uruguay - launched negotiations in "
                           "1999.", "2026-06-10")
    assert ("CONSULT", "European Union", "Mercosur", "1999-01-01") in events(bloc)
    assert not [e for e in events(bloc) if "Uruguay" in e]
    title = coded(codebook, "Co-President Rosendo Altamirano warned that exiles would lose their assets. "
                            "Altamirano also condemned Costa Rica.", "2026-06-10")
    assert ("ACCUSE", "Rosendo Altamirano", "Costa Rica", "2026-06-10") in events(title)
    union = coded(codebook, "The Kenya National Union of Nurses called a strike in Kisumu on Monday. In Nairobi, "
                            "Health Cabinet Secretary Francis Lagat urged the union to return to the negotiating "
                            "table.", "2026-03-05")
    assert ("REQUEST", "Francis Lagat", "Kenya National Union of Nurses", "2026-03-02") in events(union)
    assert "Health Cabinet" not in countries(union, "organization")
    translated = coded(codebook, "(Translated from Spanish)\n\nBOGOTA - The army freed two soldiers on Sunday.",
                       "2026-04-13")
    assert "Spain" not in countries(translated, "country")
    story = coded(codebook, "Cuba's government says it has released 20 people detained during protests. "
                            "Cuba blamed the unrest on exiles financed from Miami. Cuba called the embargo cruel. "
                            "The Interior Ministry warned that anyone who incites disorder would face prison.",
                  "2026-08-25")
    assert countries(story, "organization") == {"Cuban Interior Ministry": "CUB"}


def test_a_reaction_to_a_decision_dated_apart_is_not_of_that_date(codebook):
    """A date right after the act a reaction names ("welcomed Kathmandu's decision earlier this month") is the
    act's; the reaction takes the story's date."""
    coding = coded(codebook, "Nepal and India held talks in Kathmandu on Thursday. EAM Kashyap, for his part, "
                             "welcomed Kathmandu's decision earlier this month to lift the quantitative restrictions.",
                   "2025-09-19")
    assert ("SUPPORT", "Kashyap", "Nepal", "2025-09-18") in events(coding)


def test_a_family_name_that_is_also_a_word_and_an_aide(codebook):
    """After a title, "He" and "An" begin a name ("spokesperson He Lanfang"); a presidential aide set off by commas
    is the one who acts; a state's acronym in brackets between the state and a title is part of the title."""
    coding = coded(codebook, "Chinese commerce ministry spokesperson He Lanfang rejected the claim on Tuesday. "
                             "Azerbaijan's presidential aide, Elnur Gasimli, dismissed the demand on Tuesday.",
                   "2026-01-28")
    assert [(kind, source) for kind, source, *_ in events(coding)] == [("REJECT", "He Lanfang"),
                                                                       ("REJECT", "Elnur Gasimli")]
    call = coded(codebook, "Deputy Secretary of State Caroline Haddad spoke by phone on Sunday with Republic of Korea "
                           "(ROK) First Vice Foreign Minister Park Ji-hoon.", "2026-01-26")
    assert events(call) == [("CONSULT", "Caroline Haddad", "Park Ji-hoon", "2026-01-25")]


def test_its_fighters_are_the_armed_group_that_speaks(codebook):
    """ "Hezbollah says that its fighters fired rockets": Hezbollah's fighters, not a group of the state attacked."""
    coding = coded(codebook, "Hezbollah says in a statement that its fighters fired a salvo of rockets at an Israeli "
                             "artillery position near Metula.", "2026-02-05")
    assert events(coding) == [("ASSAULT", "Hezbollah", "Israel", "2026-02-05")]


def test_detainees_exchanged_and_the_government_named_before(codebook):
    """Detainees exchanged are a joint release; "the government" is the state whose government the story named
    before ("the Yemeni government"), as an object too, not the state the story is filed from."""
    coding = coded(codebook, "MUSCAT - The Yemeni government and the Houthis exchanged 300 detainees on Monday under "
                             "a deal brokered by Oman. Houthi negotiator Yahya al-Shami accused the government on "
                             "Tuesday of holding back the names of dozens of detainees.", "2025-04-09")
    assert events(coding) == [("RETREAT", "Yemen", "Houthis", "2025-04-07"),
                              ("ACCUSE", "Yahya al-Shami", "Yemen", "2025-04-08")]


def test_a_compound_of_two_states_after_the_verb_names_a_body_not_the_partner(codebook):
    """ "co-chaired the meeting of the India-Nepal Joint Commission with X": X is the partner, not India."""
    coding = coded(codebook, "Nepal's Foreign Minister Sarita Adhikari arrived in New Delhi on Monday. On Wednesday, she "
                             "co-chaired the eighth meeting of the India-Nepal Joint Commission with External Affairs "
                             "Minister Rohan Saxena.", "2025-06-26")
    assert ("CONSULT", "Sarita Adhikari", "Rohan Saxena", "2025-06-25") in events(coding)


def test_a_release_requested_and_an_act_awaited_are_no_acts(codebook):
    """ "requested ... the early release of the crew" asks for a release and tells none; "would continue the strike
    until the pact was suspended" names a condition; but "fighting continued until Russia withdrew" tells a withdrawal."""
    asked = coded(codebook, "Thai consul Sarawut Chaiyaporn requested consular access and the early release of the 23 "
                            "crew members on Monday.", "2026-04-14")
    assert [e[0] for e in events(asked)] == ["REQUEST"]
    awaited = coded(codebook, "The farmers would continue the strike until the pact was suspended, he said. Fighting "
                              "continued until Russia withdrew its troops on Monday.", "2026-04-14")
    assert events(awaited) == [("RETREAT", "Russia", None, "2026-04-13")]


def test_lawmakers_are_of_the_story_state_and_ask_their_government(codebook):
    """Lawmakers named without a state are of the state the story is filed from, not the state it names most; "the
    government" they petition is that state."""
    coding = coded(codebook, "KATHMANDU, May 8 - China signed three contracts with Nepal in December for the airport. "
                             "China said the contracts were transparent. Opposition lawmakers demanded on Wednesday that "
                             "the government review those contracts.", "2025-05-08")
    assert ("REQUEST", "Nepali lawmakers", "Nepal", "2025-05-07") in events(coding)


def test_a_partnership_agreed_an_adoption_by_leaders_and_a_ratification_welcomed(codebook):
    """ "agreed a migration partnership" is an agreement; so is "the adoption by ASEAN leaders of" a declaration;
    who welcomes a ratification ratified nothing, and whose ratification it was the sentence does not say."""
    agreed = coded(codebook, "The EU and Mauritania agreed a migration partnership in March 2024.", "2026-02-01")
    assert events(agreed) == [("AGREE", "European Union", "Mauritania", "2024-03-01")]
    adopted = coded(codebook, "The Summit concluded with the adoption by ASEAN leaders of the Kuala Lumpur Declaration "
                              "on Regional Food Security.", "2025-05-28")
    assert [e[:3] for e in events(adopted)] == [("AGREE", "ASEAN", None)]
    welcomed = coded(codebook, "Japan welcomed the ratification of the Peace Agreement on Monday.", "2025-05-28")
    assert [e[0] for e in events(welcomed)] == ["SUPPORT"]


def test_people_to_be_freed_were_not_detained_in_the_sentence(codebook):
    """ "urged the authorities to release journalists detained during the campaign" names who is to be freed; it
    tells no detention of its own."""
    coding = coded(codebook, "Observer chief Ingrid Halvorsen urged the authorities on Monday to release journalists "
                             "detained during the campaign.", "2025-12-03")
    assert [e[0] for e in events(coding)] == ["REQUEST"]


def test_concerns_conveyed_solidarity_stood_in_and_a_state_s_appreciation(codebook):
    """Concerns conveyed or expressed (plural too) accuse; standing in "full solidarity" supports; the state whose
    appreciation a ministry expresses is the one that thanks ("the State of Qatar's", a possessive counting as no
    word of a gap)."""
    concerns = coded(codebook, "Japan had also conveyed grave concerns to Beijing through diplomatic channels on "
                               "Thursday.", "2025-11-21")
    assert events(concerns) == [("ACCUSE", "Japan", "China", "2025-11-20")]
    solidarity = coded(codebook, "The Caribbean Community (CARICOM) said on Wednesday it stood in \"full solidarity\" "
                                 "with Guyana.", "2026-07-15")
    assert events(solidarity) == [("SUPPORT", "Caribbean Community", "Guyana", "2026-07-15")]
    thanks = coded(codebook, "In Wednesday's statement, the ministry also expressed the State of Qatar's appreciation to "
                             "the United States for its support of the mediation.", "2026-07-15")
    assert events(thanks) == [("SUPPORT", "Qatar", "United States", "2026-07-15")]
    call = coded(codebook, "Foreign Minister Carmen Ruiz Olmedo thanked Qatar's Minister of State Khalid al-Mansouri in a "
                           "telephone call on Wednesday evening for his work.", "2025-11-21")
    assert [e[0] for e in events(call)] == ["SUPPORT"]  # a call made on Wednesday, no appeal "on ... for"


def test_sanctions_as_a_noun_and_a_ban_without_an_object_are_no_acts(codebook):
    """ "its own sanctions regime" and "new sanctions" name measures, not an act of sanctioning, and "the banned
    TTP" names a group, not a ban."""
    noun = coded(codebook, "The European Union has not modified its own sanctions regime against Belarus, an EU "
                           "spokesperson said. Islamabad has accused Kabul of sheltering the banned TTP.", "2026-03-08")
    assert [e[0] for e in events(noun)] == ["ACCUSE"]
    verb = coded(codebook, "Washington sanctions three Nicaraguan judges. China on Monday banned exports of graphite "
                           "to Canada.", "2026-03-10")
    assert [e[:3] for e in events(verb)] == [("SANCTION", "United States", "Nicaragua"), ("SANCTION", "China", "Canada")]


def test_a_strike_that_killed_is_one_assault_of_the_day_told(codebook):
    """ "An Israeli drone strike on a car killed two members of Hezbollah on Wednesday": one assault, on Wednesday, on
    the group the verb names."""
    strike = coded(codebook, "BEIRUT - An Israeli drone strike on a car near the town of Bint Jbeil killed two members "
                             "of Hezbollah on Wednesday, Lebanon's health ministry said.", "2026-03-08")
    assert events(strike) == [("ASSAULT", "Israel", "Hezbollah", "2026-03-04")]


def test_a_speaker_set_off_between_two_clauses_does_not_take_the_second(codebook):
    """ "Thailand gave them shelter, Thai officials said, and urged Naypyidaw to stop": Thailand urged."""
    coding = coded(codebook, "Thailand gave them temporary shelter in Mae Sot, Thai officials said, and urged Naypyidaw to "
                             "stop military operations.", "2026-03-08")
    assert events(coding) == [("REQUEST", "Thailand", "Myanmar", "2026-03-08")]


def test_a_deployment_ordered_and_divisions_moved_are_mobilisations(codebook):
    """ "ordered the deployment of additional troops", "moved two army divisions closer to the border" and "reinforced
    its positions" show force."""
    coding = coded(codebook, "Pakistan ordered the deployment of additional troops to the border on Monday. India moved "
                             "two army divisions closer to the border on Tuesday.", "2026-03-11")
    assert [(e[0], e[1], e[3]) for e in events(coding)] == [("MOBILIZE", "Pakistan", "2026-03-09"),
                                                            ("MOBILIZE", "India", "2026-03-10")]
    reinforced = coded(codebook, "The Thai army reinforced its positions along the frontier on Monday.", "2026-03-10")
    assert [(e[0], e[1]) for e in events(reinforced)] == [("MOBILIZE", "Thai soldiers")]


def test_santiago_de_cuba_is_in_cuba(codebook):
    """ "Santiago de Cuba" is a Cuban city, not Chile's capital."""
    coding = coded(codebook, "Hundreds of residents rallied in the eastern city of Santiago de Cuba on Sunday.", "2026-08-25")
    assert countries(coding, "group") == {"Cuban residents": "CUB"}


def test_a_live_pages_entry_without_a_date_is_of_the_day_published(codebook):
    coding = coded(codebook, "Live coverage of the protests in Algeria. All times local.\n\n"
                   "09:35 - The protests first broke out on Monday in Oran, where drivers blocked the ring road.\n\n"
                   "10:20 - Algerian police have fired tear gas at protesters near the government palace.",
                   date="2026-02-17")
    assert [e[3] for e in events(coding) if e[0] == "ASSAULT"] == ["2026-02-17"]


def test_a_release_of_some_of_those_detained_is_coded(codebook):
    coding = coded(codebook, "Belgian police detained 27 farmers on Monday. On Tuesday police released 20 of the "
                   "detained farmers.", date="2026-05-06")
    assert ("RETREAT", "Belgian police", "Belgian farmers", "2026-05-05") in events(coding)


def test_a_date_in_a_participle_set_off_after_the_object_is_not_the_reactions(codebook):
    coding = coded(codebook, "EU spokesperson Olaf Brenner welcomed Brazil's commitments on deforestation, made in a "
                   "side letter last month, and said the clause would work.", date="2026-05-06")
    assert ("SUPPORT", "Olaf Brenner", "Brazil", "2026-05-06") in events(coding)


def test_its_opening_a_sentence_is_the_last_sentences_subjects(codebook):
    coding = coded(codebook, "SEOUL, Nov 21 (Entente) - Taiwan has freed six Chinese fishermen. Its coast guard "
                   "detained their boat near Kinmen on Wednesday.", date="2025-11-21")
    assert countries(coding, "group")["Taiwanese coast guard"] == "TWN"


def test_an_act_in_the_present_perfect_without_a_date_is_of_the_day_published(codebook):
    coding = coded(codebook, "Chinese fishermen rallied in Xiamen on Thursday.\n\n"
                   "In the Taiwan Strait, Taiwan has freed six Chinese fishermen.", date="2025-11-21")
    assert ("RETREAT", "Taiwan", "Chinese fishermen", "2025-11-21") in events(coding)


def test_an_act_with_no_one_named_takes_no_target_from_the_paragraph_before(codebook):
    coding = coded(codebook, "Mexico thanked Canada for its support on Monday.\n\n"
                   "Hundreds of teachers marched in Oaxaca on Tuesday.", date="2026-05-03")
    assert ("PROTEST", "Mexican teachers", "Mexico", "2026-04-28") in events(coding)


def test_people_harmed_in_the_paragraph_before_are_no_target(codebook):
    coding = coded(codebook, "Residents of Kharkiv said 40 civilians were wounded on Monday.\n\n"
                   "Russian troops shelled a bridge near Sosnivka on Tuesday.", date="2026-05-03")
    assert [e[2] for e in events(coding) if e[0] == "ASSAULT"] == [None]


def test_a_story_whose_lead_tells_of_today_dates_its_undated_acts_today(codebook):
    coding = coded(codebook, "UNITED NATIONS, New York, 8 January - The Security Council today heard briefings on the "
                   "Sahel.\n\nThe envoy said troops came under attack near the park on Sunday.\n\n"
                   "Mali's representative accused Algeria of allowing armed groups to operate from its territory.",
                   date="2026-01-08")
    assert [e[3] for e in events(coding) if e[0] == "ACCUSE"] == ["2026-01-08"]


def test_troops_that_came_under_attack_did_not_attack(codebook):
    coding = coded(codebook, "The envoy said Beninese troops came under attack near the W National Park on Sunday.",
                   date="2026-01-08")
    assert [e for e in events(coding) if e[0] == "ASSAULT"] == []


def test_a_group_in_a_state_is_that_states_not_the_one_named_before(codebook):
    coding = coded(codebook, "UNOWAS would reopen an office in Niamey if the authorities there agreed.\n\n"
                   "The United States called on the transitional authorities in Mali to protect civilians.",
                   date="2026-01-08")
    assert ("REQUEST", "United States", "Mali", "2026-01-08") in events(coding)


def test_a_date_after_a_noun_and_of_is_the_nouns_not_the_paragraphs(codebook):
    coding = coded(codebook, "The General Assembly on Wednesday adopted a resolution on Georgia.\n\n"
                   "Georgia's ambassador, Nino Kapanadze, said 280,000 people remained displaced after the war of "
                   "August 2008. She accused Russia of continuing the annexation of Georgian territory.", date="2026-06-04")
    assert ("ACCUSE", "Nino Kapanadze", "Russia", "2026-06-03") in events(coding)


def test_displaced_people_are_a_group_that_protests(codebook):
    coding = coded(codebook, "TBILISI, June 4 (Entente) - Several dozen displaced people rallied outside the UN office "
                   "in the Georgian capital on Wednesday evening.", date="2026-06-04")
    assert ("PROTEST", "Georgian displaced people", "United Nations", "2026-06-03") in events(coding)


def test_garment_workers_keep_the_name_they_are_written_with(codebook):
    coding = coded(codebook, "DHAKA, Oct 13 (Entente) - Thousands of garment workers marched on the labour ministry on "
                   "Monday to demand unpaid wages.", date="2026-10-13")
    workers = next(e for e in coding.entities if e.name == "Bangladeshi workers")
    assert "garment workers" in workers.aliases


def test_a_complaint_filed_with_the_council_accuses_the_other_side_of_the_story(codebook):
    coding = coded(codebook, "BEIRUT, Jan 27 (Entente) - An Israeli drone strike killed two men near Nabatieh in "
                   "Lebanon on Sunday.\n\nLebanon filed a complaint with the UN Security Council on Monday over what "
                   "its foreign minister called a daily violation of its sovereignty.", date="2026-01-27")
    assert ("ACCUSE", "Lebanon", "Israel", "2026-01-26") in events(coding)


def test_water_cannon_fired_at_people_is_an_assault_and_at_a_boat_a_coercion(codebook):
    crowd = coded(codebook, "Belgian police fired water cannon at a group of farmers outside the Council building.",
                  date="2026-05-06")
    boat = coded(codebook, "Chinese coast guard ships fired water cannon at a Philippine supply boat near the shoal.",
                 date="2026-05-06")
    assert [e[0] for e in events(crowd)] == ["ASSAULT"] and [e[0] for e in events(boat)] == ["COERCE"]


def test_a_title_then_mr_and_a_name_gives_the_person_the_title_and_its_state(codebook):
    coding = coded(codebook, "The Minister of International Relations and Cooperation, Mr Sipho Ndlovu, hosted the "
                   "Minister of External Relations of the Republic of Angola, Mr Manuel Fonseca, in Pretoria on "
                   "15 April 2026.", date="2026-04-17")
    fonseca = next(e for e in coding.entities if e.name == "Manuel Fonseca")
    assert (fonseca.country, fonseca.role) == ("AGO", "Minister of External Relations")


def test_an_act_once_which_a_pact_will_take_effect_is_a_condition(codebook):
    coding = coded(codebook, "South Africa and Angola signed a visa waiver agreement on Wednesday. The agreement will "
                   "enter into force once both countries have completed their domestic ratification procedures.",
                   date="2026-04-17")
    assert [e[0] for e in events(coding)] == ["AGREE"]


def test_both_officials_are_the_two_persons_named_last(codebook):
    coding = coded(codebook, "Mexican Foreign Secretary Adriana Solis spoke with U.S. Deputy Secretary of State Gregory "
                   "Hale on Thursday. Both officials reaffirmed their commitment to the 1944 Treaty as an instrument "
                   "of cooperation.", date="2026-07-03")
    assert ("COOPERATE", "Adriana Solis", "Gregory Hale", "2026-07-02") in events(coding)


def test_a_month_after_what_someone_is_thanked_for_is_that_things_date(codebook):
    coding = coded(codebook, "RIYADH, Feb 3 (Entente) - Indian Defence Secretary Arvind Sethi held talks with Saudi "
                   "officials in Riyadh on Monday.\n\nThe Indian side thanked Saudi Arabia for the facilitation "
                   "extended during Operation Kaveri in April 2023.", date="2026-02-03")
    assert ("SUPPORT", "India", "Saudi Arabia", "2026-02-02") in events(coding)


def test_forces_that_shell_each_other_make_one_clash(codebook):
    coding = coded(codebook, "ISLAMABAD, Feb 20 (Entente) - Pakistani and Afghan forces shelled each other's positions "
                   "near the Torkham border crossing on Wednesday.", date="2025-02-20")
    assert [e[0] for e in events(coding)] == ["ASSAULT"]


def test_a_courtesy_call_followed_by_a_plan_asks_nothing(codebook):
    coding = coded(codebook, "Indian Defence Secretary Sudhir Raghavan also called on the Japanese Prime Minister and is "
                   "scheduled to visit the Yokosuka naval base on Thursday.", date="2025-08-21")
    assert "REQUEST" not in [e[0] for e in events(coding)]


def test_an_act_in_the_perfect_takes_the_day_the_next_sentence_gives_it(codebook):
    coding = coded(codebook, "MOGADISHU, Dec 4 (Entente) - This is the Horn of Africa news.\n\nAl-Shabaab fighters "
                   "have attacked a Somali army base in Lower Shabelle. The assault began late on Wednesday.",
                   date="2025-12-04")
    assert [e[3] for e in events(coding) if e[0] == "ASSAULT"] == ["2025-12-03"]


def test_two_courtesies_before_a_name_keep_the_title_before_them(codebook):
    coding = coded(codebook, "Indian External Affairs Minister Rohan Deshpande met the Minister of Foreign Affairs of the "
                   "Republic of Ghana, H.E. Mr. Kwame Asante, in New Delhi on Monday.", date="2026-04-17")
    asante = next(e for e in coding.entities if e.name == "Kwame Asante")
    assert asante.role == "Minister of Foreign Affairs"


def test_a_states_internationally_recognised_government_is_no_recognition(codebook):
    coding = coded(codebook, "The exchange is the most serious breach of a truce that the Houthis and Yemen's "
                   "internationally recognised government agreed in April 2022.", date="2025-03-13")
    assert "SUPPORT" not in [e[0] for e in events(coding)]


def test_a_deployment_set_off_after_a_mission_describes_it(codebook):
    coding = coded(codebook, "Baku has called for the withdrawal of the European Union's civilian monitoring mission, "
                   "deployed on the Armenian side of the border since 2023.", date="2026-02-11")
    assert "MOBILIZE" not in [e[0] for e in events(coding)]


def test_jets_of_an_air_force_strike_for_it_and_lake_chad_is_a_place(codebook):
    coding = coded(codebook, "Fighter jets of the Nigerian Air Force on Tuesday struck ISWAP positions on the fringes "
                   "of Lake Chad, the air force said.", date="2026-06-10")
    assert events(coding) == [("ASSAULT", "Nigerian Air Force", "Islamic State West Africa Province", "2026-06-09")]
    assert "Chad" not in [e.name for e in coding.entities]


def test_fighters_that_overran_a_base_attacked_it(codebook):
    coding = coded(codebook, "MOGADISHU, April 16 (Entente) - Al-Shabaab fighters overran a Somali National Army base "
                   "near the town of Mahaday on Tuesday.", date="2025-04-16")
    assert events(coding) == [("ASSAULT", "al-Shabaab", "Somali National Army", "2025-04-15")]


def test_crew_held_on_board_is_no_boarding(codebook):
    coding = coded(codebook, "Samoan fisheries officers boarded a Chinese longliner on Monday. The remaining 19 crew "
                   "members, from China, Indonesia and Vanuatu, are being held on board.", date="2025-05-13")
    assert len([e for e in events(coding) if e[0] == "COERCE"]) == 1


def test_aid_that_a_state_sent_is_its_aid(codebook):
    coding = coded(codebook, "Vietnamese Foreign Minister Duc thanked India for the humanitarian assistance it sent to "
                   "northern Vietnam after Typhoon Yagi in September 2024.", date="2025-02-14")
    assert ("AID", "India", "Vietnam", "2024-09-01") in events(coding)


def test_three_jailed_members_of_a_group_are_described_not_jailed(codebook):
    coding = coded(codebook, "Under the deal, the justice ministry on Monday transferred three jailed ELN members to a "
                   "prison in Arauca.", date="2026-04-15")
    assert events(coding) == []


def test_a_boycott_of_a_summit_is_a_sanction(codebook):
    coding = coded(codebook, "MANAGUA, Nov 12 (Entente) - Nicaragua boycotted the Ibero-American summit in Madrid on "
                   "Wednesday, accusing Spain of meddling in its internal affairs.", date="2026-11-12")
    assert ("SANCTION", "Nicaragua", "Spain", "2026-11-11") in events(coding)


def test_a_force_named_in_the_singular_is_the_it_that_acts(codebook):
    coding = coded(codebook, "Libya's coast guard says it intercepted more than 400 migrants at sea at the weekend.",
                   date="2025-07-30")
    assert [e[:2] for e in events(coding)] == [("COERCE", "Libyan coast guard")]


def test_driving_a_boat_out_of_waters_is_coercion(codebook):
    coding = coded(codebook, "China's coast guard says it drove a Japanese fishing boat out of waters near the Senkaku "
                   "Islands on Thursday.", date="2025-11-21")
    assert events(coding) == [("COERCE", "China Coast Guard", "Japan", "2025-11-20")]


def test_a_date_between_a_verb_and_its_particle(codebook):
    coding = coded(codebook, "The African Union had called in March for the arms embargo to be lifted.", date="2026-05-30")
    assert events(coding) == [("REQUEST", "African Union", None, "2026-03-01")]


def test_an_imminent_or_upcoming_act_has_not_happened(codebook):
    coding = coded(codebook, "South Korea's military said it had raised its readiness posture but had not detected signs "
                   "of an imminent nuclear test.", date="2026-08-20")
    assert [e[0] for e in events(coding)] == ["MOBILIZE"]


def test_a_second_verb_after_and_and_a_time_ends_the_first_clause():
    toks = tokenize("Charles condemned the attack and this morning appealed to the UN Security Council for troops.")
    assert (5, True) in _clause_ends(toks)  # at "this": the Council is not condemned


def test_a_language_named_by_a_demonym_is_no_actor(codebook):
    coding = coded(codebook, "The Congolese army, known by its French acronym FARDC, said it carried out drone strikes on "
                   "rebel positions.", date="2026-02-11")
    assert "France" not in {e.name for e in coding.entities}


def test_attacks_to_halt_or_every_attack_are_no_attack(codebook):
    for body in ("UN special envoy Anders Lindqvist urged the Houthis to halt cross-border attacks and return to dialogue.",
                 "Israeli minister Eitan Mizrahi said Israel held Beirut responsible for every attack launched from its soil."):
        assert "ASSAULT" not in [e[0] for e in events(coded(codebook, body, date="2025-11-20"))], body


def test_forces_backed_by_others_are_described_not_backed(codebook):
    coding = coded(codebook, "Mozambican troops backed by Rwandan forces began a sweep of the district on Tuesday and "
                   "detained eleven suspects.", date="2025-04-16")
    assert [e[:2] for e in events(coding)] == [("COERCE", "Mozambican soldiers")]


def test_agreeing_to_a_request_or_demand_is_a_concession(codebook):
    coding = coded(codebook, "Kenya agreed to the demands of the nurses' union on Monday.", date="2026-02-18")
    assert [e[0] for e in events(coding)] == ["CONCEDE"]


def test_a_communique_that_decides_to_act_acts(codebook):
    coding = coded(codebook, "ECOWAS decides to lift the sanctions imposed on Guinea-Bissau.", date="2026-06-21")
    assert ("RETREAT", "ECOWAS", "Guinea-Bissau", "2026-06-21") in events(coding)


def test_cruise_missiles_fired_into_the_sea_and_stepped_up_patrols_mobilize(codebook):
    for body in ("North Korea fired several cruise missiles into the Yellow Sea on Wednesday.",
                 "North Korea fired two short-range missiles into the sea off its east coast on Wednesday.",
                 "Bangladesh's border guard stepped up its patrols along the frontier on Wednesday."):
        assert [e[0] for e in events(coded(codebook, body, date="2026-10-29"))] == ["MOBILIZE"], body


def test_a_pair_welcoming_their_own_agreement_welcomes_no_one(codebook):
    coding = coded(codebook, "Prime Minister Daniel Whitcombe of New Zealand held talks with Prime Minister Ratu Jone "
                   "Vakaloloma of Fiji in Suva on Monday. The Prime Ministers welcomed the entry into force of the Status "
                   "of Forces Agreement between the two countries.", date="2025-08-06")
    assert "SUPPORT" not in [e[0] for e in events(coding)]


def test_an_unknown_acronym_that_acts_is_a_body(codebook):
    coding = coded(codebook, "NOUMEA, Oct 22 (Entente) - The FLNKS said on Thursday that it rejected the bill.",
                   date="2026-10-23")
    assert events(coding) == [("REJECT", "FLNKS", None, "2026-10-22")]
    assert not coded(codebook, "GDP rose by 3 percent in the third quarter, Kenya said.", date="2026-10-23").entities[1:]


def test_an_unknown_body_set_off_by_what_it_is_acts(codebook):
    coding = coded(codebook, "Interporc, the Spanish pork industry association, urged the Commission on Tuesday to open "
                   "a case.", date="2026-01-28")
    assert [e[:2] for e in events(coding)] == [("REQUEST", "Interporc")]
    assert {e.name: e.country for e in coding.entities}["Interporc"] == "ESP"
    coding = coded(codebook, "Nuur, the head of the journalists' union, said on Monday that three journalists were freed.",
                   date="2026-01-28")
    assert "Nuur" not in {e.name for e in coding.entities if e.actor_type == "organization"}


def test_the_act_a_lead_tells_after_after_takes_the_day_a_later_sentence_gives_it(codebook):
    coding = coded(codebook, "MANILA, June 27 (Entente) - The Philippines summoned China's ambassador on Friday and lodged "
                   "a formal protest after a Chinese coast guard ship fired water cannon at a Philippine fisheries patrol "
                   "boat near Scarborough Shoal. The incident happened on Thursday morning about 20 nautical miles from "
                   "the shoal.", date="2025-06-28")
    assert ("COERCE", "China Coast Guard", "Philippines", "2025-06-26") in events(coding)
    assert ("ACCUSE", "Philippines", "China", "2025-06-27") in events(coding)


@pytest.mark.parametrize(("body", "date", "expected"), [
    ("NEW DELHI, Sept 23 (Entente) - India on Tuesday strongly condemned the terrorist attack on a hotel in Mogadishu that "
     "killed at least 12 people. Al-Shabaab, the Al-Qaeda-linked militant group, claimed responsibility for the assault.",
     "2025-09-23", ("ACCUSE", "India", "al-Shabaab", "2025-09-23")),
    ("UNITED NATIONS, Oct 7 (Entente) - The UN Security Council on Tuesday condemned the terrorist attack near Gwadar on "
     "Saturday, claimed by the Balochistan Liberation Army, in which three Chinese nationals were killed.",
     "2026-10-07", ("ACCUSE", "UN Security Council", "Baloch Liberation Army", "2026-10-06")),
    ("MOGADISHU, June 18 (Entente) - Al-Shabaab claimed responsibility for an attack on a military base in Lower Shabelle "
     "on Monday. The attack was condemned by the African Union Commission on Tuesday.",
     "2026-06-18", ("ACCUSE", "African Union Commission", "al-Shabaab", "2026-06-16")),
    ("Oman condemned the Israeli strikes on Hodeidah port on Sunday. The Houthis claimed responsibility for a missile "
     "fired at Israel.", "2025-09-15", ("ACCUSE", "Oman", "Israel", "2025-09-14")),
])
def test_a_condemned_attack_is_aimed_at_the_group_that_claimed_it(codebook, body, date, expected):
    assert expected in events(coded(codebook, body, date=date))


def test_a_call_to_release_abducted_people_is_made_of_their_abductors(codebook):
    coding = coded(codebook, "Jihadists from ISWAP stormed a base on Monday. The fighters also abducted at least 23 "
                   "civilians from the village of Kirenowa on Monday. The UN condemned the attack on Tuesday and called "
                   "for the abducted civilians to be released unconditionally.", date="2026-06-10")
    assert ("REQUEST", "United Nations", "Islamic State West Africa Province", "2026-06-09") in events(coding)


@pytest.mark.parametrize(("body", "expected"), [
    ("MONUSCO accused the M23 on Monday of shelling its base near Sake. Rebel spokesman Emmanuel Bisimwa denied on "
     "Tuesday that the M23 had targeted the base.", ("REJECT", "Emmanuel Bisimwa", "MONUSCO", "2025-07-15")),
    ("The United States imposed sanctions on senator Jean-Robert Desir on Monday for ties to Haitian gangs. Desir denied "
     "any links to the gangs on Thursday.", ("REJECT", "Jean-Robert Desir", "United States", "2025-07-17")),
])
def test_what_a_denial_denies_is_no_target(codebook, body, expected):
    assert expected in events(coded(codebook, body, date="2025-07-18"))


def test_an_actor_in_a_relative_clause_about_the_source_is_no_target(codebook):
    coding = coded(codebook, "Malaysia, which holds the rotating chair of the Association of Southeast Asian Nations "
                   "(ASEAN), condemned the attack on Wednesday and repeated its call for an immediate halt to violence.",
                   date="2025-07-18")
    assert "ASEAN" not in {e[2] for e in events(coding)}


@pytest.mark.parametrize(("body", "crowd"), [
    ("Several hundred Jordanians rallied in Amman on Monday.", "Jordanian people"),
    ("Around 150 Eritreans rallied outside the Palais des Nations on Monday.", "Eritrean people"),
    ("On Monday, several hundred Nicaraguan exiles rallied outside the Nicaraguan embassy in San Jose.", "Nicaraguan exiles"),
    ("Around 150 members of the Eritrean diaspora rallied in Geneva on Monday.", "Eritrean diaspora"),
])
def test_a_counted_crowd_of_a_nationality_protests(codebook, body, crowd):
    assert [e[:2] for e in events(coded(codebook, body, date="2026-11-18"))] == [("PROTEST", crowd)]


def test_a_small_count_of_a_nationality_is_no_crowd(codebook):
    assert "Jordanian people" not in {e.name for e in coded(codebook, "Two Jordanians were arrested on Monday.").entities}


def test_a_people_named_by_a_place_and_a_demonym_belong_to_the_place(codebook):
    coding = coded(codebook, "On Tuesday evening, several hundred Kosovo Serbs rallied in North Mitrovica.", date="2026-05-20")
    assert events(coding) == [("PROTEST", "Kosovo Serbs", "Kosovo", "2026-05-19")]
    assert {e.name: e.country for e in coding.entities}["Kosovo Serbs"] == "XKX"


def test_a_protest_told_by_the_states_and_by_their_officials_is_one_event(codebook):
    coding = coded(codebook, "ATHENS, March 12 (Entente) - Greece lodged a formal protest with Turkey on Wednesday after "
                   "two Turkish frigates blocked a cable ship. Foreign Ministry Secretary-General Andreas Koutris summoned "
                   "Turkish Ambassador Selim Ozkaya on Wednesday and handed him a note verbale.", date="2026-03-12")
    assert [e for e in events(coding) if e[0] == "ACCUSE"] == [("ACCUSE", "Andreas Koutris", "Selim Ozkaya", "2026-03-11")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Foreign Minister Christelle Mbuyi accused Rwanda of violating the peace agreement the two countries signed in "
     "Washington, D.C., on 27 June 2025.", ("AGREE", "Democratic Republic of the Congo", "Rwanda", "2025-06-27")),
    ("Greece rejected the memorandum signed by Turkey and Libya in November 2019.", ("AGREE", "Turkey", "Libya", "2019-11-01")),
])
def test_an_agreement_named_in_a_reaction_with_its_own_date_was_signed(codebook, body, expected):
    assert expected in events(coded(codebook, "Congo and Rwanda are neighbours. " + body, date="2026-02-18"))


def test_an_agreement_concluded_between_two_states_is_their_signing(codebook):
    coding = coded(codebook, "The Ministers recalled the maritime delimitation agreement concluded between Cyprus and Egypt "
                   "in 2003.", date="2025-10-22")
    assert ("AGREE", "Cyprus", "Egypt", "2003-01-01") in events(coding)


def test_what_is_said_at_a_debate_is_dated_by_the_debate(codebook):
    coding = coded(codebook, "UNITED NATIONS, July 2 (Entente) - The Security Council on Tuesday renewed the mandate of "
                   "the observer force.\n\nOn Wednesday the Council held its quarterly open debate on the Middle East.\n\n"
                   "The UN Special Coordinator, Tor Halvorsen, told members that Israeli settlers attacked the village of "
                   "Turmus Ayya near Ramallah on Saturday.\n\nHalvorsen urged the Israeli government to halt all "
                   "settlement activity.", date="2026-07-02")
    assert ("REQUEST", "Tor Halvorsen", "Israel", "2026-07-01") in events(coding)


def test_a_condemned_strike_keeps_its_day_past_a_place_set_off_by_commas(codebook):
    coding = coded(codebook, "UNITED NATIONS, Feb 25 (Entente) - Briefing the Security Council on Tuesday, the envoy "
                   "spoke. Syria's representative, Omar Haddadin, condemned Israeli air strikes near Al-Kiswah, south of "
                   "Damascus, on Saturday.", date="2026-02-25")
    assert ("ACCUSE", "Omar Haddadin", "Israel", "2026-02-24") in events(coding)
    assert ("ASSAULT", "Israel", "Syria", "2026-02-21") in events(coding)


def test_a_state_and_a_verb_before_a_role_do_not_make_a_title(codebook):
    coding = coded(codebook, "HANOI - Vietnam released environmental activist Nguyen Thi Lan Huong from prison on Monday "
                   "after she had served three years of a five-year sentence, her lawyer said.", date="2025-07-15")
    assert events(coding) == [("RETREAT", "Vietnam", "Nguyen Thi Lan Huong", "2025-07-14")]


def test_a_rejected_accusation_is_aimed_at_its_author(codebook):
    coding = coded(codebook, "PESHAWAR, Oct 2 (Entente) - Defence Minister Asad Malik accused Afghanistan on Wednesday of allowing the TTP to operate "
                   "from its soil. A spokesman for Afghanistan's Taliban government, Abdul Wali Noori, rejected the "
                   "accusation on Thursday, saying that no group was permitted to use Afghan soil against Pakistan or the "
                   "Tehrik-i-Taliban Pakistan.", date="2025-10-02")
    assert ("REJECT", "Abdul Wali Noori", "Asad Malik", "2025-10-02") in events(coding)
    assert countries(coding, "person")["Abdul Wali Noori"] == "AFG"


def test_the_government_of_a_roundup_story_is_the_state_of_its_heading(codebook):
    coding = coded(codebook, "A round-up of the week's main stories.\n\nDR CONGO - The Congolese government and the "
                   "AFC/M23 rebel alliance exchanged prisoners in Goma on Wednesday.\n\nBURKINA FASO - The military "
                   "government on Monday ordered two French diplomats to leave the country within 72 hours.",
                   date="2026-01-23")
    assert events(coding) == [("RETREAT", "Democratic Republic of the Congo", "M23", "2026-01-21"),
                              ("SANCTION", "Burkina Faso", "French diplomats", "2026-01-19")]


def test_a_counted_crowd_is_named_by_its_own_words(codebook):
    coding = coded(codebook, "KENYA - Thousands of university lecturers marched through central Nairobi on Tuesday, "
                   "demanding payment of salary arrears.", date="2026-01-23")
    assert ("PROTEST", "Kenyan university lecturers", "Kenya", "2026-01-20") in events(coding)


@pytest.mark.parametrize("body", ["Several hundred tractors blocked roads in the city centre on Tuesday.",
                                  "Several hundred of his supporters marched in the capital on Saturday."])
def test_a_count_of_machines_or_of_a_known_group_names_no_new_crowd(codebook, body):
    assert not [e for e in coded(codebook, body).entities if e.actor_type == "group" and " " in e.name]


@pytest.mark.parametrize("body", [
    "Guyana calls upon Venezuela to comply fully with the Order of the International Court of Justice of 1 December 2023.",
    "Ambassador Annelies Verhoeven called on Russia to implement the six-point ceasefire agreement of 12 August 2008.",
])
def test_the_date_of_a_text_an_act_refers_to_does_not_date_the_act(codebook, body):
    assert [e[3] for e in events(coded(codebook, body, date="2025-10-08")) if e[0] == "REQUEST"] == ["2025-10-08"]


def test_a_rapporteur_named_in_an_after_clause_accuses(codebook):
    coding = coded(codebook, "The visit came days after the United Nations Special Rapporteur on the situation of human "
                   "rights in Afghanistan, Ingrid Halvorsen, accused the Taliban last week of deepening the exclusion of "
                   "women from public life.", date="2026-04-15")
    assert [e[:3] for e in events(coding)] == [("ACCUSE", "Ingrid Halvorsen", "Taliban")]


def test_a_reporters_question_blocks_no_act_the_answer_tells(codebook):
    coding = coded(codebook, "Asked about Finland, he said that Helsinki and Tallinn had signed a letter of intent on "
                   "joint coastal defence in the Gulf of Finland in December.", date="2026-02-05")
    assert events(coding) == [("AGREE", "Finland", "Estonia", "2025-12-01")]


def test_a_plan_before_a_relative_clause_does_not_make_its_act_planned(codebook):
    coding = coded(codebook, "A Chinese coast guard ship fired water cannon at a Philippine vessel on Wednesday. China "
                   "and the Philippines have clashed there for years. "
                   "The incident came a week before Philippine and Japanese coast guard vessels are due to hold "
                   "their first joint exercise under the Reciprocal Access Agreement, which the two countries signed in "
                   "Manila in July 2024.", date="2026-01-22")
    assert ("AGREE", "Philippines", "Japan", "2024-07-01") in events(coding)


def test_what_a_reporters_question_tells_does_not_date_the_answer(codebook):
    coding = coded(codebook, "BEIJING, November 19 (Entente) - Foreign Ministry spokesperson Zhao Meilin answered "
                   "questions at Wednesday's regular press conference.\n\nAsked about a Philippine statement that "
                   "Chinese coast guard vessels fired water cannon at a Philippine ship on Sunday, Zhao said the coast "
                   "guard had acted lawfully. She rejected the diplomatic protest that Manila lodged on Monday.",
                   date="2025-11-19")
    assert [e for e in events(coding) if e[0] == "REJECT"] == [("REJECT", "Zhao Meilin", "Philippines", "2025-11-19")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Lin Haoran insisted on Thursday that the ban was a matter of public health, and dismissed Japanese claims that it "
     "was economic coercion.", ("REJECT", "Lin Haoran", "Japan", "2026-04-30")),
    ("Foreign Minister Ana Lopez said on Thursday that Russia had violated the ceasefire, and urged Moscow to withdraw "
     "its troops.", ("REQUEST", "Ana Lopez", "Russia", "2026-04-30")),
])
def test_a_spoken_act_joined_to_the_verb_that_reported_a_clause_is_the_reporters(codebook, body, expected):
    assert expected in events(coded(codebook, body, date="2026-05-06"))


def test_talks_a_planned_journey_is_for_are_still_to_come(codebook):
    coding = coded(codebook, "Prime Minister Aleksandar Trpevski will travel to Brussels on Monday for talks with "
                   "European Council President Antonio Costa.", date="2026-05-09")
    assert events(coding) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Late on Sunday, Pakistani jets bombed TTP hideouts in Afghanistan's Paktika province. The Taliban government "
     "condemned the air strikes on Monday as a violation of Afghan sovereignty.", ("ACCUSE", "Taliban", "Pakistan")),
    ("Indian Foreign Secretary Arvind Malhotra asked Pakistan on Monday to waive the fee. Pakistani Foreign Secretary "
     "Faisal Rehman rejected the request, saying the fee covered the upkeep of facilities on the Indian side.",
     ("REJECT", "Faisal Rehman", "Arvind Malhotra")),
])
def test_a_reaction_to_a_modified_or_requested_act_is_aimed_at_its_author(codebook, body, expected):
    assert expected in [e[:3] for e in events(coded(codebook, body, date="2025-03-12"))]


def test_two_officials_under_one_plural_title_each_of_a_state_act_together(codebook):
    coding = coded(codebook, "Foreign Ministers Karim Fahmy of Egypt and Joseph Mollel of Tanzania held talks in Cairo "
                   "on Monday.", date="2026-02-05")
    assert events(coding) == [("CONSULT", "Karim Fahmy", "Joseph Mollel", "2026-02-02")]
    assert countries(coding, "person") == {"Karim Fahmy": "EGY", "Joseph Mollel": "TZA"}


def test_a_round_of_talks_held_by_two_states_is_their_consultation(codebook):
    coding = coded(codebook, "Syrian and Israeli officials held a further round of security talks in Paris on Monday.",
                   date="2026-02-05")
    assert events(coding) == [("CONSULT", "Syria", "Israel", "2026-02-02")]


def test_the_year_after_a_conventions_name_does_not_date_the_act(codebook):
    coding = coded(codebook, "HANOI, Jan 22 - India and Vietnam held their foreign office consultations on Thursday. "
                   "Both sides reaffirmed their commitment to freedom of navigation in the South China Sea, in accordance "
                   "with the United Nations Convention on the Law of the Sea (UNCLOS) 1982.", date="2026-01-22")
    assert ("COOPERATE", "India", "Vietnam", "2026-01-22") in events(coding)


@pytest.mark.parametrize(("body", "expected"), [
    ("GOMA, March 9 - M23 rebels fired rockets into a United Nations peacekeeping base in eastern Congo on Monday.",
     ("ASSAULT", "M23", "MONUSCO")),
    ("NAQOURA, Nov 5 - Lebanon's army said on Tuesday that United Nations peacekeepers handed over three positions "
     "to it.", ("RETREAT", "UNIFIL", "Lebanon")),
    ("BOGOTA, May 4 - Colombia said on Monday that the FARC had attacked a United Nations peacekeeping convoy.",
     ("ASSAULT", "FARC", "United Nations")),  # the codebook knows no peace operation in Colombia
])
def test_un_peacekeepers_are_the_mission_serving_the_state_the_story_names(codebook, body, expected):
    got = [e[:3] for e in events(coded(codebook, body, date="2026-03-11"))]
    assert expected in got, got


def test_a_named_mission_after_un_peacekeeping_is_the_only_actor(codebook):
    coding = coded(codebook, "The U.N. peacekeeping mission MONUSCO called on the M23 on Monday to withdraw from Sake.",
                   date="2026-03-11")
    assert events(coding) == [("REQUEST", "MONUSCO", "M23", "2026-03-09")]
    assert "United Nations" not in {e.name for e in coding.entities}


def test_an_attack_condemned_in_the_passive_is_aimed_at_the_attacker(codebook):
    body = ("GOMA, Jan 15 (Entente) - Fighters of the M23 attacked a Congolese army base near Sake on Thursday. The attack "
            "was condemned by the UN Secretary-General, spokesperson Elena Marquez told reporters in New York.")
    assert ("ACCUSE", "United Nations", "M23") in [e[:3] for e in events(coded(codebook, body, date="2026-01-15"))]


def test_the_un_nuclear_watchdog_is_the_iaea(codebook):
    coding = coded(codebook, "Iran agreed on Thursday to allow United Nations nuclear inspectors to resume visits to "
                   "Fordow, the U.N. nuclear watchdog said.", date="2026-02-19")
    assert ("AGREE", "Iran", "International Atomic Energy Agency") in [e[:3] for e in events(coding)]
    assert "United Nations" not in {e.name for e in coding.entities}


def test_a_group_given_its_state_keeps_the_name_the_article_calls_it(codebook):
    coding = coded(codebook, "CHISINAU, Jan 22 - Several dozen people rallied outside the Russian embassy in Chisinau "
                   "on Wednesday evening.", date="2026-01-22")
    [group] = [e for e in coding.entities if e.actor_type == "group"]
    assert group.name == "Moldovan protesters" and "protesters" in group.aliases


def test_a_noun_told_with_its_own_date_lends_it_to_no_other_act(codebook):
    coding = coded(codebook, "Lebanese Defence Minister Fadi Khoury accused Israel of violating the ceasefire agreed in "
                   "November 2024 on a daily basis and urged the United States and France to press Israel to withdraw.",
                   date="2026-06-17")
    got = events(coding)
    assert ("AGREE", "Israel", "Lebanon", "2024-11-01") in got
    assert ("REQUEST", "Fadi Khoury", "United States", "2026-06-17") in got


def test_a_deployment_naming_no_one_faces_the_armed_group_that_attacked_just_before(codebook):
    coding = coded(codebook, "MAIDUGURI, Aug 27 - ISWAP fighters attacked an army base in Marte on Monday, killing 12 "
                   "soldiers. The army also deployed a special forces battalion to Marte on Tuesday to reinforce the base.",
                   date="2026-08-27")
    assert ("MOBILIZE", "Nigerian soldiers", "Islamic State West Africa Province", "2026-08-25") in events(coding)


def test_a_deployment_with_no_foe_around_stays_aimed_at_no_one(codebook):
    coding = coded(codebook, "VILNIUS, Feb 17 - Lithuania said it had raised its military readiness level on Tuesday.",
                   date="2026-02-17")
    assert [e[:3] for e in events(coding) if e[0] == "MOBILIZE"] == [("MOBILIZE", "Lithuania", None)]


def test_farc_dissidents_are_not_the_farc(codebook):
    coding = coded(codebook, "BOGOTA, Aug 27 - Colombia's army blamed a dissident faction of the former Revolutionary "
                   "Armed Forces of Colombia (FARC) on Tuesday for the ambush.", date="2026-08-27")
    assert [e[2] for e in events(coding) if e[0] == "ACCUSE"] == ["FARC dissidents"]


def test_the_commission_is_the_commission_named_before(codebook):
    coding = coded(codebook, "MADRID, Jan 12 - Spanish pork producers are angry with the European Commission. Interporc, "
                   "the Spanish pork industry association, urged the Commission to open a WTO case without delay.",
                   date="2026-01-12")
    assert [e[2] for e in events(coding) if e[0] == "REQUEST" and e[1] == "Interporc"] == ["European Commission"]


def test_an_embassy_of_the_peoples_republic_is_chinas(codebook):
    coding = coded(codebook, "The Embassy of the People's Republic of China in Apia urged Samoa to release the crew.",
                   date="2026-01-12")
    assert ("REQUEST", "Embassy of the People's Republic of China", "Samoa", "2026-01-12") in events(coding)
    assert "Taiwan" not in countries(coding, "country").values()


def test_a_states_authorities_are_the_state(codebook):
    coding = coded(codebook, "KABUL, Jan 12 - Pakistan asked the Afghan authorities to hand over the attackers. "
                   "Amnesty International urged the authorities to release the detained journalists.", date="2026-01-12")
    got = events(coding)
    assert ("REQUEST", "Pakistan", "Afghanistan", "2026-01-12") in got
    assert ("REQUEST", "Amnesty International", "Afghanistan", "2026-01-12") in got


def test_a_dateline_without_a_date_gives_the_story_its_state(codebook):
    coding = coded(codebook, "HARARE - Police arrested 12 protesters on Monday.", date="2026-01-12")
    assert ("COERCE", "Zimbabwean police", "Zimbabwean protesters", "2026-01-12") in events(coding)


def test_an_agreement_signed_by_two_named_signers_is_theirs_not_its_named_parties(codebook):
    coding = coded(codebook, "YEREVAN, July 9 - Parliament ratified the Agreement between Armenia and France on Defence "
                   "Cooperation, signed in Paris in February by Minister of Defence Suren Avetisyan and French Minister "
                   "of the Armed Forces Claire Duvernoy.", date="2025-07-09")
    signed = [e for e in events(coding) if e[3] == "2025-02-01"]
    assert signed == [("AGREE", "Suren Avetisyan", "Claire Duvernoy", "2025-02-01")]


def test_the_government_accused_of_an_act_is_the_storys_state(codebook):
    coding = coded(codebook, "HONIARA, March 5 - Solomon Islands opposition leader Silas Lomu accused the government of "
                   "negotiating in the dark.", date="2026-03-05")
    assert ("ACCUSE", "Silas Lomu", "Solomon Islands", "2026-03-05") in events(coding)


def test_a_date_in_a_clause_without_which_dates_that_clause(codebook):
    coding = coded(codebook, "SEOUL, Feb 25 - South Korean Defence Minister Kwon Jae-hyun urged Pyongyang to reconnect the "
                   "military communication lines it cut in 2023.", date="2026-02-25")
    assert ("REQUEST", "Kwon Jae-hyun", "North Korea", "2026-02-25") in events(coding)


def test_amnesty_alone_is_amnesty_international(codebook):
    coding = coded(codebook, "ABUJA, Jan 12 - Amnesty has called on the Nigerian authorities to open an independent "
                   "investigation.", date="2026-01-12")
    assert ("REQUEST", "Amnesty International", "Nigeria", "2026-01-12") in events(coding)


def test_a_minister_for_a_portfolio_and_a_malay_style_are_not_the_name(codebook):
    coding = coded(codebook, "CHISINAU, June 19 - Deputy Prime Minister for Reintegration Sergiu Lungu thanked the OSCE for its "
                   "mediation. Malaysia's Minister of Human Resources, Encik Faizal Hakim, visited Chisinau.",
                   date="2025-06-19")
    persons = countries(coding, "person")
    assert persons.get("Sergiu Lungu") == "MDA" and "Faizal Hakim" in persons


def test_brussels_is_the_eu_when_the_eu_is_named_only_later(codebook):
    coding = coded(codebook, "HAVANA, Aug 25 - Washington and Brussels have called on Havana to free everyone still in "
                   "custody. The European Union's spokesperson also urged the Cuban authorities to respect the right to "
                   "peaceful protest.", date="2026-08-25")
    assert ("REQUEST", "European Union", "Cuba", "2026-08-25") in events(coding)
    assert "Belgium" not in countries(coding, "country")


def test_a_chinese_surname_that_is_also_a_town_is_the_speaker(codebook):
    coding = coded(codebook, "BEIJING, April 22 - Foreign Ministry spokesperson Gao Rui briefed reporters on Wednesday. "
                   "Asked about remarks by Japanese Defence Minister Kenta Morishita, Gao said Beijing had lodged "
                   "representations. He urged Japan to stop militarising the southwestern islands.", date="2026-04-22")
    assert ("REQUEST", "Gao Rui", "Japan", "2026-04-22") in events(coding)


def test_a_briefings_question_dates_nothing_said_after_it(codebook):
    coding = coded(codebook, "BEIJING, April 22 - Foreign Ministry spokesperson Gao Rui briefed reporters on Wednesday.\n\n"
                   "On Japan: Asked about remarks by Japanese Defence Minister Kenta Morishita on Monday, Gao said China "
                   "had lodged stern representations with the Japanese side. China rejects the protest lodged by the "
                   "Philippine side on Monday, Gao said, and urged Manila to stop making provocations.",
                   date="2026-04-22")
    got = events(coding)
    assert ("ACCUSE", "Gao Rui", "Japan", "2026-04-22") in got
    assert ("REQUEST", "Gao Rui", "Philippines", "2026-04-22") in got


def test_an_act_a_clause_measures_from_does_not_date_the_next_sentence(codebook):
    coding = coded(codebook, "GOMA, Jan 23 - The Congolese government and the M23 exchanged prisoners on Wednesday, the "
                   "first swap since the two sides signed the Doha Framework in November. Kinshasa freed the detained "
                   "rebels, while the M23 released 42 soldiers.", date="2026-01-23")
    freed = [e for e in events(coding) if e[0] == "RETREAT" and e[1] == "Democratic Republic of the Congo"]
    assert freed and all(e[3] == "2026-01-21" for e in freed)


def test_a_detained_group_does_not_take_the_date_of_its_release(codebook):
    coding = coded(codebook, "GOMA, Jan 23 - Kinshasa freed the detained rebels on Wednesday.", date="2026-01-23")
    assert [e[3] for e in events(coding) if e[0] == "RETREAT"] == ["2026-01-21"]


def test_a_roundup_item_filed_from_a_town_and_its_country_is_that_countrys(codebook):
    coding = coded(codebook, "North Africa in brief.\n\nALGIERS, April 8 - Algeria ordered two French diplomats to leave "
                   "the country.\n\nGAFSA, Tunisia - Several hundred unemployed graduates marched through Gafsa on "
                   "Tuesday. Police detained nine protesters after clashes.\n\nCAIRO - Egyptian Finance Minister Hisham "
                   "Zaki welcomed the decision.", date="2026-04-08")
    got = events(coding)
    assert ("COERCE", "Tunisian police", "Tunisian unemployed graduates", "2026-04-07") in got
    assert not any(e[0] == "SUPPORT" and e[2] is not None for e in got)


def test_a_word_inside_a_hyphenated_place_name_is_no_actor(codebook):
    coding = coded(codebook, "PORT-AU-PRINCE - Gang leader Wilson Desrosiers threatened on Monday to attack the "
                   "airport.", date="2026-05-19")
    assert "African Union" not in countries(coding, "igo")


def test_a_quote_after_the_actors_name_tells_what_it_does_by_saying_so(codebook):
    coding = coded(codebook, "GEORGETOWN, March 5 - The US Embassy in Georgetown said Washington \"stands firmly with Guyana's "
                   "sovereignty\".", date="2026-03-05")
    assert ("SUPPORT", "United States", "Guyana", "2026-03-05") in events(coding)


def test_calling_on_states_to_refrain_is_an_appeal_not_a_name_called(codebook):
    coding = coded(codebook, "ADDIS ABABA, March 12 - The European Union issued a statement calling on Ethiopia and "
                   "Eritrea to de-escalate and to \"refrain from any unilateral action\".", date="2026-03-12")
    got = events(coding)
    assert ("REQUEST", "European Union", "Eritrea", "2026-03-12") in got
    assert not any(e[0] == "ACCUSE" for e in got)


def test_an_agreement_signed_by_two_sides_is_theirs_not_the_subjects(codebook):
    coding = coded(codebook, "ADDIS ABABA, Dec 10 - But Eritrea was not a party to the Cessation of Hostilities Agreement "
                   "signed by the Ethiopian government and the TPLF in Pretoria in November 2022.", date="2025-12-10")
    assert [e for e in events(coding) if e[0] == "AGREE"] == [
        ("AGREE", "Ethiopia", "Tigray People's Liberation Front", "2022-11-01")]


def test_a_states_federal_government_joined_to_another_side_signs_with_it(codebook):
    coding = coded(codebook, "ADDIS ABABA, March 12 - Ties cooled after Ethiopia's federal government and the Tigray "
                   "People's Liberation Front signed the Cessation of Hostilities Agreement in Pretoria in November "
                   "2022.", date="2026-03-12")
    assert ("AGREE", "Ethiopia", "Tigray People's Liberation Front", "2022-11-01") in events(coding)


def test_a_states_release_of_detainees_is_its_release(codebook):
    coding = coded(codebook, "GENEVA, March 26 - The envoy welcomed Syria's release of some 300 detainees from Adra prison "
                   "on Monday.", date="2026-03-26")
    assert any(e[0] == "RETREAT" and e[1] == "Syria" and e[3] == "2026-03-23" for e in events(coding))


def test_a_month_of_that_year_after_a_named_year_is_of_that_year(codebook):
    coding = coded(codebook, "NEW YORK, March 26 - She called on Israel to abide by the 1974 Agreement on Disengagement "
                   "between Israeli and Syrian forces, signed in Geneva in May of that year.", date="2026-03-26")
    assert [e for e in events(coding) if e[0] == "AGREE"] == [("AGREE", "Israel", "Syria", "1974-05-01")]


def test_a_speakers_aside_before_an_auxiliary_keeps_the_subject(codebook):
    coding = coded(codebook, "ISLAMABAD, Nov 14 - Pakistan, he said, had asked the interim Afghan authorities to take "
                   "concrete action against TTP leaders.", date="2025-11-14")
    assert ("REQUEST", "Pakistan", "Afghanistan", "2025-11-14") in events(coding)


def test_a_foreign_target_is_not_sought_past_a_new_clause(codebook):
    coding = coded(codebook, "GEORGETOWN, Dec 3 - Guyana accused Venezuela of threatening its territory. Venezuela then "
                   "sent troops toward the border, and Brazil reinforced its own northern frontier.", date="2025-12-03")
    got = events(coding)
    assert any(e[:2] == ("MOBILIZE", "Brazil") for e in got)
    assert not any(e[1] == "Venezuela" and e[2] == "Brazil" for e in got)


def test_it_after_and_that_is_the_it_said_before(codebook):
    coding = coded(codebook, "SANTO DOMINGO, Dec 3 - The Dominican Republic said it deported more than 9,000 Haitians last "
                   "week and that it reinforced its border today with 1,500 extra soldiers.", date="2025-12-03")
    assert ("MOBILIZE", "Dominican Republic", "Haiti", "2025-12-03") in events(coding)


def test_a_house_of_a_legislature_is_a_body_but_a_house_alone_is_a_building(codebook):
    coding = coded(codebook, "TRIPOLI, Sept 25 - The eastern-based House of Representatives accused the Government of "
                   "National Unity of having lost control of the capital.", date="2025-09-25")
    assert any(e[0] == "ACCUSE" and e[1] == "House of Representatives" for e in events(coding))
    building = coded(codebook, "NEW DELHI, Sept 25 - Talks were held at Hyderabad House on Thursday.", date="2025-09-25")
    assert "Hyderabad House" not in countries(building, "organization")


def test_an_appeal_to_a_capital_is_addressed_to_its_state(codebook):
    coding = coded(codebook, "MADRID, Nov 13 - The Ibero-American General Secretariat, which organises the summits, "
                   "appealed to Managua on Thursday to reconsider.", date="2025-11-13")
    assert any(e[0] == "REQUEST" and e[2] == "Nicaragua" for e in events(coding))


def test_a_bracketed_short_name_does_not_lengthen_the_gap_of_an_appeal(codebook):
    coding = coded(codebook, "PARIS, Aug 12 - Overseas Minister Etienne Marchal called on the leaders of the Kanak and "
                   "Socialist National Liberation Front (FLNKS) to urge their supporters to show restraint.",
                   date="2025-08-12")
    assert ("REQUEST", "Etienne Marchal", "Kanak and Socialist National Liberation Front", "2025-08-12") in events(coding)


def test_seizing_a_city_takes_territory_from_its_state(codebook):
    coding = coded(codebook, "GOMA, Dec 3 - The M23, which Kinshasa and UN experts say is backed by Rwanda, seized the "
                   "eastern cities of Goma and Bukavu in January.", date="2025-12-03")
    assert ("ASSAULT", "M23", "Democratic Republic of the Congo", "2025-01-01") in events(coding)
    assert [e.mode for e in coding.events if e.event_type == "ASSAULT"] == ["occupy"]
    boats = coded(codebook, "JAKARTA, Dec 3 - Indonesian patrol ships seized six Vietnamese fishing boats on Monday.",
                  date="2025-12-03")
    assert [e[0] for e in events(boats)] == ["COERCE"]


def test_a_states_forces_named_like_a_foreign_group_are_the_states(codebook):
    coding = coded(codebook, "JUBA, May 5 - The decision came days after the South Sudan People's Defence Forces (SSPDF) "
                   "shelled positions of the White Army militia around the town of Nasir on Saturday.", date="2025-05-05")
    assert countries(coding, "organization").get("South Sudan People's Defence Forces") == "SSD"
    assert ("ASSAULT", "South Sudan People's Defence Forces", "White Army", "2025-05-03") in events(coding)


def test_suspending_a_partnership_and_halting_assistance_are_sanctions(codebook):
    coding = coded(codebook, "TBILISI, Dec 3 - Washington suspended its strategic partnership with Tbilisi on Monday, and "
                   "the EU halted 30 million euros of military assistance to Georgia last year.", date="2025-12-03")
    got = events(coding)
    assert ("SANCTION", "United States", "Georgia", "2025-12-01") in got
    assert ("SANCTION", "European Union", "Georgia", "2024-01-01") in got


def test_the_stop_of_an_abbreviation_does_not_end_a_phrase(codebook):
    coding = coded(codebook, "PARIS, Dec 3 - France on Monday called on the U.S. administration to lift its tariffs.",
                   date="2025-12-03")
    assert ("REQUEST", "France", "United States", "2025-12-01") in events(coding)


def test_a_commitment_reaffirmed_is_not_aimed_at_the_state_that_holds_it(codebook):
    coding = coded(codebook, "WASHINGTON, May 22 - President Whitcombe condemned the attack and reaffirmed the U.S. "
                   "commitment to supporting Kenya's security forces.", date="2025-05-22")
    assert not any(e[0] == "COOPERATE" and e[2] == "United States" for e in events(coding))
    assert any(e[0] == "COOPERATE" for e in events(coding))


def test_a_chairman_of_the_cabinet_of_ministers_is_a_head_of_government_not_a_body(codebook):
    coding = coded(codebook, "BISHKEK, July 28 - EDB chairman Viktor Lazarenko held talks with Chairman of the Cabinet of "
                   "Ministers Taalaibek Osmonov on Monday.", date="2025-07-28")
    assert "Taalaibek Osmonov" in countries(coding, "person")
    assert not any("Osmonov" in name for name in countries(coding, "organization"))


def test_a_month_that_follows_a_dated_act_is_of_its_year(codebook):
    coding = coded(codebook, "DHAKA, Dec 3 - Rohingya fled into Bangladesh after Myanmar's military launched a crackdown "
                   "in August 2017. The two governments of Bangladesh and Myanmar signed an arrangement on the return "
                   "of the refugees that November.", date="2025-12-03")
    assert ("AGREE", "Bangladesh", "Myanmar", "2017-11-01") in events(coding)
    assert not any(e[3] == "2017-08-01" and e[0] == "AGREE" for e in events(coding))


def test_a_complaint_still_made_is_a_standing_one(codebook):
    coding = coded(codebook, "CANBERRA, Dec 3 - Students and skilled migrants still complain about visa backlogs on both "
                   "sides.", date="2025-12-03")
    assert events(coding) == []


def test_calling_a_charge_baseless_rejects_it(codebook):
    coding = coded(codebook, "ABU DHABI, Sept 12 - Sudan accused the United Arab Emirates on Thursday of arming the Rapid "
                   "Support Forces. Abu Dhabi called the accusation \"baseless\" on Friday.", date="2025-09-12")
    got = events(coding)
    assert ("REJECT", "United Arab Emirates", "Sudan", "2025-09-12") in got
    assert not any(e[0] == "ACCUSE" and e[1] == "United Arab Emirates" for e in got)


def test_a_firm_named_limited_is_a_body(codebook):
    coding = coded(codebook, "HANOI, Nov 19 - NPCI International Payments Limited and the State Bank of Vietnam also signed "
                   "an MoU on Wednesday.", date="2025-11-19")
    assert ("AGREE", "NPCI International Payments Limited", "State Bank of Vietnam", "2025-11-19") in events(coding)


def test_acts_asked_for_planned_or_agreed_on_are_not_done(codebook):
    for body in ("He dismissed calls from the opposition Centre Party to reopen talks with Russia.",
                 "Dhaka will raise border security with India at a BIMSTEC ministerial meeting in July.",
                 "President Alkan also invited Prime Minister al-Saadi of Iraq to pay an official visit to Turkiye."):
        assert not any(e[0] == "CONSULT" for e in events(coded(codebook, "ANKARA, June 3 - " + body, date="2026-06-03")))
    signed = coded(codebook, "DOHA, June 3 - The two ministers of Yemen and Qatar also signed a memorandum of "
                   "understanding on holding regular political consultations.", date="2026-06-03")
    assert [e[0] for e in events(signed)] == ["AGREE"]


def test_a_un_fund_allocating_money_and_food_distributed_are_aid(codebook):
    coding = coded(codebook, "MAPUTO, Feb 18 - The UN Central Emergency Response Fund (CERF) allocated 5 million dollars "
                   "for the flood response in Mozambique on Tuesday. The World Food Programme has since distributed hot "
                   "meals to some 8,000 displaced people.", date="2026-02-18")
    got = events(coding)
    assert ("AID", "Central Emergency Response Fund", "Mozambique", "2026-02-17") in got
    assert any(e[:2] == ("AID", "World Food Programme") for e in got)


def test_an_agreement_signed_and_named_the_same_day_is_one_with_its_signatories(codebook):
    coding = coded(codebook, "Chile and Peru signed an agreement on Monday to open a second border crossing. The "
                             "Binational Agreement on Border Crossings was signed in Lima by Chilean Foreign Minister "
                             "Ana Rojas and her Peruvian counterpart, Luis Paredes.", "2026-04-08")
    assert [(a.name, [coding.entities[s].name for s in a.signatories]) for a in coding.agreements] == [
        ("Binational Agreement on Border Crossings", ["Ana Rojas", "Luis Paredes"])]
    assert [e[:3] for e in events(coding)] == [("AGREE", "Ana Rojas", "Luis Paredes")]  # who are of the two states


def test_a_member_signing_with_its_bank_is_a_party_beside_it(codebook):
    coding = coded(codebook, "Kazakhstan signed a $90 million loan agreement with the Eurasian Development Bank on "
                             "Friday. The agreement was signed in Astana by Finance Minister Erlan Sadykov.", "2026-02-16")
    assert [[coding.entities[p].name for p in a.parties] for a in coding.agreements] == [
        ["Kazakhstan", "Eurasian Development Bank"]]
    assert [e[:3] for e in events(coding)] == [("AGREE", "Erlan Sadykov", "Eurasian Development Bank")]


def test_a_body_established_under_an_agreement_signed_no_agreement(codebook):
    got = events(coded(codebook, "The fund, a lender based in Minsk, was established under an agreement signed by "
                                 "Belarus and Armenia in March 2009.", "2026-02-16"))
    assert got == [("AGREE", "Belarus", "Armenia", "2009-03-01")]


def test_a_day_earlier_opening_a_sentence_without_a_comma(codebook):
    got = events(coded(codebook, "Georgia and Armenia signed a transit agreement on Thursday. A day earlier Georgian "
                                 "Prime Minister Irakli Beridze held talks with Armenian President Vahan Sargsyan.",
                       "2026-05-22"))
    assert ("CONSULT", "Irakli Beridze", "Vahan Sargsyan", "2026-05-20") in got


def test_money_delivered_and_goods_received_from_a_donor_are_aid(codebook):
    got = events(coded(codebook, "Norway said on Monday it had delivered a further 4 million crowns to the Sudan fund. "
                                 "Armenia received 12 armoured personnel carriers from India on Thursday.", "2026-04-10"))
    assert ("AID", "Norway", None, "2026-04-06") in got or ("AID", "Norway", "Sudan", "2026-04-06") in got
    assert ("AID", "India", "Armenia", "2026-04-09") in got


def test_ambassadors_recalled_from_a_list_of_capitals(codebook):
    got = events(coded(codebook, "Tehran recalled its ambassadors from London, Paris and Berlin on Sunday for "
                                 "consultations.", "2026-04-10"))
    assert [(e[0], e[2]) for e in got] == [("SANCTION", "United Kingdom"), ("SANCTION", "France"), ("SANCTION", "Germany")]


def test_anti_dumping_deposits_and_visas_imposed_are_sanctions(codebook):
    got = events(coded(codebook, "China imposed provisional anti-dumping deposits of 75.8% on Canadian canola seed on "
                                 "Wednesday. In 1994 Rabat imposed visas on Algerian nationals.", "2026-04-10"))
    assert ("SANCTION", "China", "Canada", "2026-04-08") in got
    assert ("SANCTION", "Morocco", "Algerian nationals", "1994-01-01") in got


def test_a_named_private_person_set_off_by_age_or_calling(codebook):
    coding = coded(codebook, "Iran detained Marie Lefort, a French researcher, in January. Paul Girard, 41, who "
                             "teaches in Villeurbanne, was not charged.", "2026-04-10")
    assert countries(coding, "person") == {"Marie Lefort": "FRA", "Paul Girard": None}
    assert ("COERCE", "Iran", "Marie Lefort", "2026-01-01") in events(coding)


def test_a_body_based_in_a_city_stays_in_a_list_of_subjects(codebook):
    got = events(coded(codebook, "The House of Representatives and the Tripoli-based High Council of State met in "
                                 "Rabat on Monday.", "2026-04-10"))
    assert [e[:3] for e in got] == [("CONSULT", "House of Representatives", "High Council of State")]


def test_a_complaint_lodged_with_the_un_is_against_the_state_it_is_over(codebook):
    got = events(coded(codebook, "Greece lodged a formal protest with the United Nations on Tuesday over a naval "
                                 "exercise in which Turkish warships sailed near Rhodes.", "2026-04-10"))
    assert ("ACCUSE", "Greece", "Turkey", "2026-04-07") in got


def test_a_person_detained_in_a_foreign_capital_was_detained_by_that_state(codebook):
    got = events(coded(codebook, "Hans Weber, 58, an engineer who was detained in Tehran in May 2024 and sentenced last "
                                 "year to five years in prison, was freed on Thursday.", "2026-05-13"))
    assert ("COERCE", "Iran", "Hans Weber", "2024-05-01") in got
    assert not any(e[1] == "Hans Weber" for e in got)  # "and sentenced": he was sentenced, he sentenced no one


def test_two_titled_persons_set_off_by_commas_act_together(codebook):
    got = events(coded(codebook, "The Minister of Energy of Georgia, Levan Davitashvili, and the Minister of Energy of "
                                 "Armenia, Davit Khudatyan, signed a Memorandum on Power Trade on Monday.", "2026-05-13"))
    assert [e[:3] for e in got] == [("AGREE", "Levan Davitashvili", "Davit Khudatyan")]


def test_sent_back_to_a_state_and_a_standing_backing_are_no_support(codebook):
    got = events(coded(codebook, "Officials stressed that the deal does not allow Italy to send migrants of other "
                                 "nationalities back to Tunisia. The rebels, who Kinshasa says are backed by Rwanda, "
                                 "seized the town of Walikale on Monday.", "2026-04-10"))
    assert not any(e[0] == "SUPPORT" for e in got)


def test_what_a_rally_demands_it_demands_of_whom_it_protests_against(codebook):
    got = events(coded(codebook, "On Monday, about 300 Latvian farmers rallied outside the government building in Riga, "
                                 "demanding compensation for grain held in Russia.", "2026-02-03"))
    assert ("PROTEST", "Latvian farmers", "Latvia", "2026-02-02") in got
    assert ("REQUEST", "Latvian farmers", "Latvia", "2026-02-02") in got


def test_a_press_release_frees_no_one(codebook):
    assert events(coded(codebook, "Government Office of Latvia - Press release, Riga, 11 February 2026", "2026-02-11")) == []


def test_a_libyan_armed_group_is_known(codebook):
    coding = coded(codebook, "Clashes between the Radaa Deterrence Apparatus and the 444th Brigade killed six people in "
                             "Tripoli on Sunday.", "2025-10-22")
    assert countries(coding, "group")["Radaa Deterrence Apparatus"] == "LBY"


def test_a_state_named_by_its_official_style_gives_the_title_its_state(codebook):
    coding = coded(codebook, "HE Sheikh Abdullah bin Nasser Al Mahmoud and HE Minister of Foreign Affairs of the "
                             "Republic of Turkiye Kerem Aydinli held talks in Doha on Wednesday.", "2026-04-23")
    assert countries(coding, "person")["Kerem Aydinli"] == "TUR"
    assert [e[:3] for e in events(coding)] == [("CONSULT", "Abdullah bin Nasser Al Mahmoud", "Kerem Aydinli")]


def test_a_title_of_one_state_is_not_taken_by_a_person_of_no_known_state(codebook):
    got = events(coded(codebook, "Turkish Foreign Minister Kerem Aydinli arrived in Doha on Wednesday. The documents "
                                 "were signed by Minister of State for Foreign Affairs Maryam Al Kuwari. The Turkish "
                                 "Minister praised Qatar's mediation efforts on Wednesday.", "2026-04-23"))
    assert ("SUPPORT", "Kerem Aydinli", "Qatar", "2026-04-22") in got


def test_talks_before_a_signing_are_talks_between_the_signers(codebook):
    got = events(coded(codebook, "Benin's Foreign Minister Aurelien Houngbedji and his Nigerien counterpart, Moussa "
                                 "Abdou Garba, signed the accord in Niamey on Thursday after two days of talks.",
                       "2025-11-07"))
    assert ("CONSULT", "Aurelien Houngbedji", "Moussa Abdou Garba", "2025-11-06") in got
    assert len([e for e in got if e[0] == "CONSULT"]) == 1


def test_a_portfolio_joined_to_a_title_by_and_is_part_of_the_role(codebook):
    got = events(coded(codebook, "The deal was signed in Buenos Aires on Monday by Argentine Energy Secretary Laura "
                                 "Benedetti and Brazil's Mines and Energy Minister Otavio Prado.", "2026-10-06"))
    assert [e[:3] for e in got] == [("AGREE", "Laura Benedetti", "Otavio Prado")]


def test_an_appeal_to_the_world_bank_is_not_to_the_world(codebook):
    got = events(coded(codebook, "Kazakhstan called on the World Bank on Monday to finance the project.", "2025-11-12"))
    assert got == [("REQUEST", "Kazakhstan", "World Bank", "2025-11-10")]


def test_an_attack_by_a_named_author_is_coded_inside_a_condemnation(codebook):
    got = events(coded(codebook, "Kenya condemned the attack by al-Shabaab on a Kenyan army base in Lamu on Monday.",
                       "2026-03-05"))
    assert ("ASSAULT", "al-Shabaab", "Kenyan soldiers", "2026-03-02") in got


def test_weapons_launched_by_an_actor_strike_for_it(codebook):
    got = events(coded(codebook, "Two missiles fired by Russia struck an apartment block in Kharkiv on Sunday.",
                       "2026-03-03"))
    assert got == [("ASSAULT", "Russia", "Ukraine", "2026-03-01")]


def test_those_who_condemn_a_strike_were_not_struck(codebook):
    got = events(coded(codebook, "ASEAN foreign ministers condemned an air strike by the Myanmar military on a school "
                                 "in Sagaing on Monday.", "2026-07-24"))
    assert ("ASSAULT", "Myanmar military", None, "2026-07-20") in got


def test_a_state_development_fund_is_a_body_of_its_state(codebook):
    coding = coded(codebook, "The Qatar Fund for Development (QFFD) announced a grant of USD 50 million to Syria on "
                             "Monday.", "2026-04-23")
    assert countries(coding, "organization")["Qatar Fund for Development"] == "QAT"
    assert events(coding)[0][:3] == ("AID", "Qatar Fund for Development", "Syria")


def test_an_act_owned_by_a_state_named_with_its_acronym_is_its_act(codebook):
    got = events(coded(codebook, "The United States condemns the Democratic People's Republic of Korea's (DPRK) launch "
                                 "of two ballistic missiles on January 25.", "2026-01-26"))
    assert ("MOBILIZE", "North Korea") in [e[:2] for e in got]


def test_talks_with_one_and_separately_with_another_are_two_talks(codebook):
    got = events(coded(codebook, "Deputy Secretary of State Caroline Haddad spoke by phone on Sunday with South Korean "
                                 "First Vice Foreign Minister Park Ji-hoon and, separately, with Japanese Vice Minister "
                                 "for Foreign Affairs Takeshi Morimoto.", "2026-01-26"))
    assert [e[2] for e in got if e[0] == "CONSULT"] == ["Park Ji-hoon", "Takeshi Morimoto"]


def test_a_vague_date_after_the_act_welcomed_is_the_acts(codebook):
    got = events(coded(codebook, "President Kiala welcomed the release last week by the Congolese authorities of 42 "
                                 "Rwandan nationals held in Goma.", "2025-06-12"))
    assert ("SUPPORT", "Kiala", "Democratic Republic of the Congo", "2025-06-12") in got


def test_joint_or_coordinated_patrols_of_any_kind_are_military_cooperation(codebook):
    got = events(coded(codebook, "Ghana and Togo launched coordinated naval patrols along their common maritime "
                                 "boundary on 1 October 2025.", "2025-10-08"))
    assert [e[:3] for e in got] == [("COOPERATE", "Ghana", "Togo")]


def test_her_excellency_before_a_title_does_not_break_a_pair(codebook):
    got = events(coded(codebook, "His Excellency Sheikh Abdullah Al Thani and Her Excellency Minister of Foreign Affairs "
                                 "of Spain Ana Costa held talks in Doha on Wednesday.", "2026-04-23"))
    assert [e[:3] for e in got] == [("CONSULT", "Abdullah Al Thani", "Ana Costa")]


def test_talks_with_two_named_sides_are_talks_with_each(codebook):
    got = events(coded(codebook, "Egypt held talks with Israel and Hamas on Monday.", "2026-03-04"))
    assert [e[:3] for e in got] == [("CONSULT", "Egypt", "Israel"), ("CONSULT", "Egypt", "Hamas")]


def test_a_deployment_faces_the_foe_of_its_section_even_sentences_later(codebook):
    coding = coded(codebook, "MAIDUGURI, Aug 27 - ISWAP fighters attacked an army base in Marte on Monday, killing 12 "
                   "soldiers. Residents said the town's market stayed closed. Schools in the area were shut. The army "
                   "deployed a special forces battalion to Marte on Tuesday to reinforce the base.", date="2026-08-27")
    assert ("MOBILIZE", "Nigerian soldiers", "Islamic State West Africa Province", "2026-08-25") in events(coding)


def test_opposition_parties_are_an_actor_of_their_state(codebook):
    got = events(coded(codebook, "BELGRADE - Interior Minister Dragan Lukic accused opposition parties on Monday of "
                                 "organising the violence.", "2026-03-04"))
    assert ("ACCUSE", "Dragan Lukic", "Serbian opposition parties", "2026-03-02") in got


def test_a_date_between_a_release_and_its_of_does_not_hide_it(codebook):
    got = events(coded(codebook, "Foreign Minister Marek Zielinski welcomed the release on Wednesday of Polish citizen "
                                 "Tomasz Grabowski by Belarus.", "2025-09-25"))
    assert ("RETREAT", "Belarus", "Tomasz Grabowski", "2025-09-24") in got


def test_a_participle_after_a_described_name_acts_on_that_name(codebook):
    got = events(coded(codebook, "Polish Foreign Minister Marek Zielinski spoke about Polish citizen Tomasz Grabowski, "
                                 "a cyclist detained by Belarusian border guards in June.", "2025-09-25"))
    assert ("COERCE", "Belarusian border guards", "Tomasz Grabowski", "2025-06") in [e[:3] + (e[3][:7],) for e in got]


def test_a_strike_on_a_town_the_gazetteer_places_targets_its_state(codebook):
    got = events(coded(codebook, "An Israeli drone strike hit a car near the town of Nabatieh on Wednesday, killing two "
                                 "people.", "2025-09-18"))
    assert [e[:3] for e in got] == [("ASSAULT", "Israel", "Lebanon")]


def test_a_town_captured_is_territory_taken_by_force(codebook):
    got = events(coded(codebook, "Al-Shabaab captured several towns in Middle Shabelle in February.", "2026-06-05"))
    assert [e[:3] for e in got] == [("ASSAULT", "al-Shabaab", "Somalia")]
    assert not [e for e in events(coded(codebook, "The M23 released 42 Congolese soldiers captured in fighting around "
                                                  "Walikale.", "2026-02-05")) if e[0] in ("ASSAULT", "COERCE")]


def test_a_city_of_two_words_seized_is_territory_taken(codebook):
    got = events(coded(codebook, "The RSF seized El Fasher in October after an 18-month siege.", "2026-04-15"))
    assert [e[0] for e in got] == ["ASSAULT"]


def test_national_aid_agencies_and_more_armed_groups_are_known(codebook):
    got = events(coded(codebook, "USAID announced 20 million dollars in humanitarian assistance for Sudan on Monday. "
                                 "Wazalendo militias attacked M23 positions near Masisi on Tuesday.", "2025-09-18"))
    assert [e[:3] for e in got] == [("AID", "USAID", "Sudan"), ("ASSAULT", "Wazalendo", "M23")]


def test_people_harmed_by_a_foreign_strike_are_of_the_story_home_not_the_attacker(codebook):
    got = events(coded(codebook, "ODESA, March 3 - Russia launched drones at the port overnight. Russia said it targeted "
                                 "military sites. A Russian missile strike on the city in March 2024 killed 21 people, "
                                 "including two rescue workers.", "2026-03-03"))
    assert ("ASSAULT", "Russia", "Ukrainian workers", "2024-03-01") in got


def test_south_asian_border_forces_are_known(codebook):
    got = events(coded(codebook, "DHAKA - Border Guard Bangladesh detained 14 Indian fishermen on Monday.", "2025-09-18"))
    assert [e[:2] for e in got] == [("COERCE", "Border Guard Bangladesh")]


def test_aid_workers_and_settlers_are_groups_of_their_own(codebook):
    got = events(coded(codebook, "MAIDUGURI, Aug 27 - Gunmen from ISWAP abducted five aid workers on the Maiduguri-Monguno "
                                 "road last Thursday.", "2025-08-27"))
    assert [e[:3] for e in got] == [("ASSAULT", "Islamic State West Africa Province", "Nigerian aid workers")]
    got = events(coded(codebook, "Israeli settlers attacked the village of Turmus Ayya on Friday.", "2025-08-27"))
    assert [e[1] for e in got] == ["Israeli settlers"]


def test_an_inspector_general_of_police_is_a_title(codebook):
    coding = coded(codebook, "NAIROBI - Inspector General of Police Douglas Kanja said on Monday that the suspects would be "
                   "charged.", "2025-09-18")
    assert [(e.name, e.role) for e in coding.entities if e.actor_type == "person"] == [("Douglas Kanja", "Inspector General of Police")]


def test_american_states_place_groups_and_older_capital_spellings_stand_for_their_state(codebook):
    assert countries(coded(codebook, "Hundreds of protesters rallied in Texas on Saturday.", "2026-03-09"),
                     "group") == {"American protesters": "USA"}
    got = events(coded(codebook, "Nay Pyi Taw rejected the statement on Monday.", "2026-03-09"))
    assert [e[:2] for e in got] == [("REJECT", "Myanmar")]


def test_gulf_towns_place_groups(codebook):
    assert countries(coded(codebook, "Hundreds of workers rallied in Salalah on Friday.", "2026-03-09"),
                     "group") == {"Omani workers": "OMN"}


def test_nationals_citizens_gendarmes_and_reservists_are_groups(codebook):
    got = events(coded(codebook, "Libyan authorities detained 40 Egyptian nationals on Monday.", "2026-03-09"))
    assert [e[:3] for e in got] == [("COERCE", "Libya", "Egyptian nationals")]
    got = events(coded(codebook, "Serbian police arrested three Kosovo citizens on Tuesday.", "2026-03-09"))
    assert [e[2] for e in got] == ["Kosovo citizens"]
    assert countries(coded(codebook, "Gendarmes fired tear gas in Dakar on Monday, the Senegalese government said.",
                           "2026-03-09"), "group") == {"Senegalese gendarmes": "SEN"}
    assert countries(coded(codebook, "Eritrea called up reservists on Monday.", "2026-03-09"),
                     "group") == {"Eritrean reservists": "ERI"}


def test_known_office_holders_keep_their_state_and_common_surnames_are_no_alias(codebook):
    coding = coded(codebook, "Defense Secretary Pete Hegseth met Philippine Defense Secretary Gilberto Teodoro in Manila "
                             "on Monday. Vice President Suresh Balakrishnan of India arrived in Accra.", "2026-03-09")
    assert countries(coding, "person") == {"Pete Hegseth": "USA", "Gilberto Teodoro": "PHL", "Suresh Balakrishnan": "IND"}


def test_an_opposition_figure_known_by_name_acts_on_his_own_state(codebook):
    got = events(coded(codebook, "Petro Poroshenko criticised Zelenskyy on Monday.", "2026-03-09"))
    assert [e[:3] for e in got] == [("ACCUSE", "Petro Poroshenko", "Volodymyr Zelenskyy")]


def test_donors_are_no_state_and_their_joint_pledge_is_no_one_actor_s_act(codebook):
    coding = coded(codebook, "KHARTOUM - Donors pledged $1.2 billion for Sudan on Monday, Guterres said.", "2026-03-09")
    assert countries(coding, "group") == {"donors": None}
    assert countries(coding, "person") == {"Antonio Guterres": None}
    assert events(coding) == []
    assert countries(coded(codebook, "Japanese donors pledged $5 million for Sudan on Monday.", "2026-03-09"),
                     "group") == {"Japanese donors": "JPN"}


@pytest.mark.parametrize(("body", "expected"), [
    ("Russia lambasted Poland on Monday.", ("ACCUSE", "Russia", "Poland")),
    ("Hungary snubbed the European Union on Monday.", ("REJECT", "Hungary", "European Union")),
    ("Washington hit Moscow with new sanctions on Monday.", ("SANCTION", "United States", "Russia")),
    ("Israel assassinated a Hamas commander in Beirut on Monday.", ("ASSAULT", "Israel", "Hamas")),
])
def test_more_verbs_of_the_news_are_triggers(codebook, body, expected):
    assert [e[:3] for e in events(coded(codebook, body, "2026-03-09"))] == [expected]


def test_armed_forces_and_security_services_known_by_acronym(codebook):
    got = events(coded(codebook, "KDF soldiers killed five al-Shabaab fighters near Lamu on Monday.", "2026-03-09"))
    assert [e[:3] for e in got] == [("ASSAULT", "Kenya Defence Forces", "al-Shabaab")]
    got = events(coded(codebook, "The ABW detained a Russian citizen in Warsaw on Monday.", "2026-03-09"))
    assert [e[:2] for e in got] == [("COERCE", "Internal Security Agency")]


def test_family_names_common_in_one_state_give_it_when_the_story_names_it(codebook):
    coding = coded(codebook, "WARSAW, March 9 - Deputy Minister Olena Kovalenko met Deputy Minister Marek Jankowski on "
                             "Monday. Ukraine has asked for more air defence systems.", "2026-03-09")
    assert countries(coding, "person") == {"Olena Kovalenko": "UKR", "Marek Jankowski": "POL"}
    coding = coded(codebook, "KAMPALA, March 9 - Minister Peter Otieno met Minister Grace Akello on Monday. Kenya has "
                             "asked for more trucks to cross at Malaba.", "2026-03-09")
    assert countries(coding, "person") == {"Peter Otieno": "KEN", "Grace Akello": "UGA"}


@pytest.mark.parametrize(("body", "expected"), [
    ("Germany pledged four more IRIS-T air defence systems for Ukraine on Monday.", ("AID", "Germany", "Ukraine")),
    ("The Netherlands said on Monday it would fund a package of US-made weapons for Kyiv.",
     ("AID", "Netherlands", "Ukraine")),
    ("The minister said on Monday that Qatar will provide aid to Lebanon.", ("AID", "Qatar", "Lebanon")),
    ("Two Russian diplomats were ordered to leave Azerbaijan on Monday.",
     ("SANCTION", "Azerbaijan", "Russian diplomats")),
    ("Bangladesh revoked the visa of Indian journalist Arvind Menon on Monday.",
     ("SANCTION", "Bangladesh", "Arvind Menon")),
    ("MINUSMA completed its withdrawal from Mali on Monday.", ("RETREAT", "MINUSMA", "Mali")),
    ("Foreign Ministry spokesperson Wang Lixin said on Monday that Beijing would continue to cooperate with Niamey on "
     "security.", ("COOPERATE", "Wang Lixin", "Niger")),
    ("President Helena Duarte said on Monday that Brasilia would deepen its cooperation with Beijing.",
     ("COOPERATE", "Helena Duarte", "China")),
    ("Japan shared information with South Korea on the launch on Monday.", ("COOPERATE", "Japan", "South Korea")),
])
def test_weapons_and_aid_announced_expulsions_withdrawals_and_cooperation_said_to_go_on(codebook, body, expected):
    assert [e[:3] for e in events(coded(codebook, body, "2026-03-09"))] == [expected]


def test_the_men_of_a_body_named_by_acronym_are_the_body(codebook):
    got = events(coded(codebook, "IRGC naval forces seized a tanker on Monday.", "2026-03-09"))
    assert [e[:2] for e in got] == [("COERCE", "Islamic Revolutionary Guard Corps")]
    got = events(coded(codebook, "RSF fighters attacked a market in Omdurman on Monday.", "2026-03-09"))
    assert [e[:2] for e in got] == [("ASSAULT", "Rapid Support Forces")]


def test_a_spokesman_of_a_group_s_government_is_of_the_group_s_state(codebook):
    coding = coded(codebook, "ISLAMABAD - Taliban government spokesman Abdul Qahar Noori rejected Pakistan's accusations "
                             "on Monday.", "2026-03-09")
    assert countries(coding, "person") == {"Abdul Qahar Noori": "AFG"}


def test_a_state_s_statement_told_without_its_speaker_is_its_one_speaking_official_s(codebook):
    got = events(coded(codebook, "Kremlin spokesman Dmitry Peskov said on Monday that the talks were over. Moscow also "
                                 "accused Kyiv of sabotage on Monday.", "2026-03-09"))
    assert ("ACCUSE", "Dmitry Peskov", "Ukraine", "2026-03-09") in got
    got = events(coded(codebook, "Dmitry Peskov said on Monday that the talks were over. Sergei Lavrov said the war went "
                                 "on. Moscow also accused Kyiv of sabotage on Monday.", "2026-03-09"))
    assert ("ACCUSE", "Russia", "Ukraine", "2026-03-09") in got
    got = events(coded(codebook, "Kremlin spokesman Dmitry Peskov said on Monday that the talks were over. In March 2014, "
                                 "Moscow accused Kyiv of sabotage.", "2026-03-09"))
    assert ("ACCUSE", "Russia", "Ukraine", "2014-03-01") in got


def test_a_pact_between_two_states_whose_officials_met_is_between_those_officials(codebook):
    got = events(coded(codebook, "Defence Secretary Rajesh Kumar Sinha met Nigerian Defence Minister Ibrahim Danladi Kolo "
                                 "in Abuja on Tuesday. India and Nigeria also signed a Memorandum of Understanding on "
                                 "hydrography.", "2026-03-04"))
    assert [e[:3] for e in got] == [("CONSULT", "Rajesh Kumar Sinha", "Ibrahim Danladi Kolo"),
                                     ("AGREE", "Rajesh Kumar Sinha", "Ibrahim Danladi Kolo")]
    got = events(coded(codebook, "Indian Defence Secretary Rajesh Kumar Sinha met Nigerian Defence Minister Ibrahim "
                                 "Danladi Kolo in Abuja on Tuesday. On Wednesday, Sinha signed a Memorandum of "
                                 "Understanding on hydrography with Nigeria.", "2026-03-05"))
    assert ("AGREE", "Rajesh Kumar Sinha", "Ibrahim Danladi Kolo", "2026-03-04") in got


def test_an_agreements_dated_name_tells_its_signing(codebook):
    """ "the India-Sri Lanka Maritime Boundary Agreement of 1974", "the 1984 Treaty of Peace and Friendship": the
    name dates the signing by the parties it names or the pair the sentence speaks of; a state the sentence accuses
    is no signatory."""
    got = events(coded(codebook, "COLOMBO, Jan 22 - The dispute has strained ties since the India-Sri Lanka Maritime "
                                 "Boundary Agreement of 1974, under which India recognised Sri Lanka's sovereignty over "
                                 "the island.", date="2026-01-22"))
    assert ("AGREE", "India", "Sri Lanka", "1974-01-01") in got, got
    got = events(coded(codebook, "SANTIAGO, July 13 - Argentine Foreign Minister Ana Ruiz met Chilean Foreign Minister "
                                 "Pablo Soto on Monday. Both ministers paid tribute to the 1984 Treaty of Peace and "
                                 "Friendship.", date="2026-07-13"))
    assert [e for e in got if e[0] == "AGREE"] == [("AGREE", "Argentina", "Chile", "1984-01-01")], got
    got = events(coded(codebook, "ANKARA, May 5 - Ozdemir criticised Greece's militarisation of the islands, saying it "
                                 "violated the 1947 Paris Treaty.", date="2026-05-05"))
    assert not [e for e in got if e[0] == "AGREE"], got
    got = events(coded(codebook, "ASUNCION, July 16 - Brazilian and Paraguayan negotiators held talks on Wednesday on "
                                 "revising Annex C of the 1973 Itaipu Treaty.", date="2026-07-16"))
    assert ("AGREE", "Brazil", "Paraguay", "1973-01-01") in got, got
