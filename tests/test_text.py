import datetime as dt

import pytest

from entente.dates import find_article_dates, find_dates
from entente.tokens import is_past, split_sentences, tokenize

PUBLISHED = dt.date(2025, 11, 8)  # a Saturday


def test_sentences_keep_offsets_and_respect_abbreviations():
    body = "Mr. Andrey A. Boytsov met Dr. Rao in the U.S. on Monday. They signed a pact!\n\nA new paragraph"
    spans = split_sentences(body)
    assert [body[s:e] for s, e in spans] == [
        "Mr. Andrey A. Boytsov met Dr. Rao in the U.S. on Monday.", "They signed a pact!", "A new paragraph"]


def test_each_item_of_a_list_is_a_sentence():
    body = "The following were signed: - a Memorandum on Health; - a Protocol on Visas. Both sides - and X - agreed."
    assert [body[s:e] for s, e in split_sentences(body)] == [
        "The following were signed:", "- a Memorandum on Health;", "- a Protocol on Visas.", "Both sides - and X - agreed."]


def test_tokens_split_possessives_and_hyphens():
    assert [t.text for t in tokenize("Putin's India-Russia co-chaired")] == [
        "Putin", "'s", "India", "-", "Russia", "co", "-", "chaired"]
    tok = tokenize("abc def", offset=10)[1]
    assert (tok.start, tok.end) == (14, 17)


def test_words_ending_in_ed_that_are_no_past_form():
    assert [is_past(t) for t in tokenize("agreed freed seed rapeseed hundred need held")] == [
        True, True, False, False, False, False, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met on November 7, 2025, in", (dt.date(2025, 11, 7), "day")),
        ("Held in Moscow on 29th October 2025", (dt.date(2025, 10, 29), "day")),
        ("signed in October 2000 during", (dt.date(2000, 10, 1), "month")),
        ("the President's 2010 visit", (dt.date(2010, 1, 1), "year")),
        ("on Monday the minister", (dt.date(2025, 11, 3), "day")),
        ("on Saturday the minister", (dt.date(2025, 11, 8), "day")),
        ("talks last week", (dt.date(2025, 11, 1), "month")),
        ("in September last year", (dt.date(2024, 9, 1), "month")),
        ("earlier this year", (dt.date(2025, 1, 1), "year")),
        ("on 3 March", (dt.date(2025, 3, 3), "day")),
        ("on December 20", (dt.date(2024, 12, 20), "day")),
        ("yesterday", (dt.date(2025, 11, 7), "day")),
        ("deployed over the weekend", (dt.date(2025, 11, 1), "month")),
        ("kidnapped near Kayes in May were freed", (dt.date(2025, 5, 1), "month")),
        ("Last December, officials signed", (dt.date(2024, 12, 1), "month")),
        ("signed a memorandum last October", (dt.date(2025, 10, 1), "month")),
        ("announced on March 28 last year", (dt.date(2024, 3, 28), "day")),
        ("signed on 3 March, last year", (dt.date(2024, 3, 3), "day")),
    ],
)
def test_dates_resolve_with_precision(text, expected):
    found = find_dates(text, PUBLISHED)
    assert found and (found[0].date, found[0].precision) == expected


@pytest.mark.parametrize("text", ["for over 75 years", "some 2000 troops", "$2025 million", "Resolution 2231",
                                  "respect resolution 2254 (2015)",
                                  "a 2024-25 budget", "the talks in may be resumed"])
def test_numbers_are_not_dates(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("sentences, expected", [
    (["Algeria cut ties in August 2021.", "It closed its airspace the following month."], (dt.date(2021, 9, 1), "month")),
    (["The talks began on 3 March.", "A deal was signed the next day."], (dt.date(2025, 3, 4), "day")),
    (["The treaty was signed in 1994.", "A year later it was ratified."], (dt.date(1995, 1, 1), "year")),
    (["War broke out on 15 April 2023.", "Both sides signed a declaration in May that year."], (dt.date(2023, 5, 1), "month")),
    (["War broke out on 15 April 2023.", "Talks resumed later that year."], (dt.date(2023, 1, 1), "year")),
    (["Manila summoned the envoy on Wednesday, a day after vessels fired water cannon."], (dt.date(2025, 11, 4), "day")),
    (["The army deployed on 7 March, two days before the vote."], (dt.date(2025, 3, 9), "day")),
    (["Iran freed him on Thursday.", "The release came two days after a call between the ministers."],
     (dt.date(2025, 11, 4), "day")),
])
def test_dates_told_from_the_date_before(sentences, expected):
    last = find_article_dates(sentences, PUBLISHED)[-1]
    assert last and (last[-1].date, last[-1].precision) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At the end of 2019, Indonesia summoned the ambassador.", [(dt.date(2019, 12, 1), "month", False)]),
    ("Since the start of 2024 the army has held the pass.", [(dt.date(2024, 1, 1), "month", True)]),
    ("They pledged to double trade by the end of 2030.", []),
])
def test_the_end_or_start_of_a_year_is_its_last_or_first_month(text, expected):
    assert [(d.date, d.precision, d.since) for d in find_dates(text, PUBLISHED)] == expected


def test_a_day_after_is_not_told_from_a_day_long_past():
    dated = find_article_dates(["The treaty was signed on 19 September 1960.",
                                "The call came a day after the ministry accused Rwanda."], PUBLISHED)
    assert dated[1] == []


def test_since_and_a_month_is_when_a_state_began():
    [since] = find_dates("18 soldiers held since March were handed over", PUBLISHED)
    assert since.since


def test_a_date_after_since_is_when_a_state_began_unless_an_act_follows():
    [since] = find_dates("Myanmar, represented by an official since 2021, rejected it", PUBLISHED)
    [when] = find_dates("no relations since August 2021, when Algeria cut ties", PUBLISHED)
    assert since.since and not when.since


def test_a_year_after_for_is_a_period_not_a_date():
    found = find_dates("The EU pledged EUR 2.5 billion for 2026 and 2027 on Monday, and set aside funds for 2028.",
                       dt.date(2026, 3, 31))
    assert [d.precision for d in found] == ["day"]


def test_a_later_year_after_by_is_a_goal_not_a_date():
    found = find_dates("They pledged to lift trade to $1 billion by 2030; the dam was finished by 2019.", dt.date(2026, 8, 6))
    assert [(d.date.year, d.precision) for d in found] == [(2019, "year")]


def test_the_same_afternoon_is_the_day_told_before():
    sentences = ["On Monday, the minister told parliament that hackers broke into the servers.",
                 "The ambassador was summoned the same afternoon, and on Tuesday Prague expelled an attache."]
    second = find_article_dates(sentences, dt.date(2026, 3, 12))[1]
    assert [(d.date.isoformat(), d.precision) for d in second] == [("2026-03-09", "day"), ("2026-03-10", "day")]


def test_mid_before_a_month_is_that_month():
    found = find_dates("The deal was signed in mid-February.", dt.date(2026, 3, 12))
    assert [(d.date.isoformat(), d.precision) for d in found] == [("2026-02-01", "month")]


def test_a_history_told_in_order_keeps_its_year_within_a_paragraph():
    sentences = ["In July 2019, Marines detained the Grace 1 off Gibraltar.",
                 "Two weeks later, on July 19, the Guards seized the Stena Impero.",
                 "Gibraltar released the ship in August.",
                 "On March 3, the minister warned again."]
    dated = find_article_dates(sentences, dt.date(2026, 7, 9), [0, 0, 0, 1])
    assert [(d.date.isoformat(), d.precision) for s in dated[1:] for d in s] == [
        ("2019-07-19", "day"), ("2019-08-01", "month"), ("2026-03-03", "day")]
    earlier = find_article_dates(["The pact was signed in July 2024.", "On March 3, the minister warned."],
                                 dt.date(2026, 3, 9), [0, 0])
    assert earlier[1][0].date == dt.date(2026, 3, 3)  # before the month told: not that year's
    year_told = find_article_dates(["Then came 2020.", "In May, China imposed tariffs on Australian barley."],
                                   dt.date(2026, 3, 9), [0, 0])
    assert (year_told[1][0].date, year_told[1][0].precision) == (dt.date(2020, 5, 1), "month")


def test_months_and_years_later_count_from_the_date_before():
    dated = find_article_dates(["Morocco withdrew its forces in February 2017, and Polisario fighters pulled back two "
                                "months later.", "Three years later the truce collapsed."], dt.date(2026, 3, 12), [0, 0])
    assert [(d.date.isoformat(), d.precision) for s in dated for d in s] == [
        ("2017-02-01", "month"), ("2017-04-01", "month"), ("2020-01-01", "year")]


def test_a_plural_possessive_reads_as_one_and_a_quotation_mark_does_not():
    assert [t.lower for t in tokenize("the Syrian authorities' release")][-2] == "'s"
    assert [t.lower for t in tokenize("a 'clear threats' policy")][4] == "'"


def test_a_month_of_this_year_told_after_past_years_ends_their_history():
    sentences = ["Talks in Vienna in 2021 and 2022 stalled, and the talks this spring were cut short in June.",
                 "On June 22, US aircraft bombed the enrichment plants at Fordow and Natanz."]
    dated = find_article_dates(sentences, dt.date(2025, 10, 18), [0, 0])
    assert dated[1][0].date == dt.date(2025, 6, 22)


def test_the_story_that_came_a_day_after_an_act_counts_from_the_leads_day():
    sentences = ["NAQOURA, Nov 5 - Peacekeepers handed over three positions to the Lebanese army on Wednesday, and "
                 "the force is due to end its operations on Dec. 31.",
                 "The army said on Thursday it would deploy 1,500 more soldiers.",
                 "The handover came a day after an Israeli drone strike hit a car near Bint Jbeil."]
    dated = find_article_dates(sentences, dt.date(2026, 11, 5), [0, 1, 2])
    assert [d.date for d in dated[2]] == [dt.date(2026, 11, 3)]
