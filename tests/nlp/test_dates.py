"""Dates: each rule on a short sentence, a date expression in and its calendar value out."""

from __future__ import annotations

import pytest
from helpers import PUBLISHED, analyse_text, dates_in

from reportmine.lexicon.dates import month_value, resolve_relative, week_start, weekday_value
from reportmine.nlp.datafiles import read_data_file
from reportmine.nlp.dates import DateWords, find_date_expressions, resolve_period

#: the shipped date words, as the default pipeline's date component has them
WORDS = DateWords(read_data_file("date_words.json"))


@pytest.mark.parametrize(
    "text, value",
    [
        ("last week", "2019-03-04"),
        ("this week", "2019-03-11"),
        ("earlier this week", "2019-03-11"),
        ("next week", "2019-03-18"),
        ("yesterday", "2019-03-13"),
        ("tomorrow", "2019-03-15"),
        ("earlier this month", "2019-03"),
        ("last month", "2019-02"),
        ("this year", "2019"),
        ("next year", "2020"),
        ("last year", "2018"),
        ("June last year", "2018-06"),
        ("March of next year", "2020-03"),
    ],
)
def test_relative_expressions(text: str, value: str) -> None:
    assert resolve_relative(text, PUBLISHED) == value


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("It closed three years ago.", "three years ago", "2016"),
        ("It closed 18 months ago.", "18 months ago", "2017-09"),
        ("It closed a fortnight ago.", "a fortnight ago", "2019-02-28"),
        ("It closed two weeks ago.", "two weeks ago", "2019-02-28"),
        ("It closed an hour ago.", "an hour ago", "2019-03-14"),
        ("It closed several years ago.", "several years ago", None),
    ],
)
def test_counted_back_with_ago(text: str, span: str, value: str | None) -> None:
    (expression,) = find_date_expressions(text, WORDS)
    assert (expression.text, resolve_period(expression, PUBLISHED, WORDS)[0]) == (span, value)


def test_a_week_needs_a_full_date_to_resolve() -> None:
    assert resolve_relative("last week", "2019-03") is None
    assert week_start("2019-03-17") == "2019-03-11"  # a Sunday belongs to the week that began on Monday


def test_weeks_carry_their_last_day(nlp) -> None:
    assert dates_in(nlp, "Officers were trained last week and will be again next week.") == [
        ("last week", "2019-03-04", "2019-03-10", False),
        ("next week", "2019-03-18", "2019-03-24", False),
    ]


@pytest.mark.parametrize(
    "text, span, value, end",
    [
        ("Inspectors visited between 4 and 8 March 2019.", "4 and 8 March 2019", "2019-03-04", "2019-03-08"),
        ("Inspectors visited on 4-8 March 2019.", "4-8 March 2019", "2019-03-04", "2019-03-08"),
        ("Inspectors visited from 4 to 8 March.", "4 to 8 March", "2019-03-04", "2019-03-08"),
        ("Inspectors visited from 4 to 8 February 2018.", "4 to 8 February 2018", "2018-02-04", "2018-02-08"),
    ],
)
def test_day_ranges_give_start_and_end(nlp, text: str, span: str, value: str, end: str) -> None:
    assert dates_in(nlp, text) == [(span, value, end, False)]


def test_a_year_is_lent_to_the_earlier_date_of_a_pair(nlp) -> None:
    assert dates_in(nlp, "The work ran from March to May 2018, and from 1 March until 8 April 2017.") == [
        ("March", "2018-03", None, False),
        ("May 2018", "2018-05", None, False),
        ("1 March", "2017-03-01", None, False),
        ("8 April 2017", "2017-04-08", None, False),
    ]


def test_a_relative_year_is_lent_too(nlp) -> None:
    assert [
        d[:2]
        for d in dates_in(
            nlp, "Cases from January to March this year and between April and September last year were read."
        )
    ] == [
        ("January", "2019-01"),
        ("March this year", "2019-03"),
        ("April", "2018-04"),
        ("September last year", "2018-09"),
    ]


def test_a_year_inside_a_phone_number_is_not_a_date() -> None:
    assert find_date_expressions("Call the helpline free on 0808 2000 247 or 0300 123 2019.", WORDS) == []


def test_a_month_after_the_later_one_falls_in_the_year_before() -> None:
    (december, _) = find_date_expressions("between December and January 2019", WORDS)
    assert (december.text, resolve_period(december, PUBLISHED, WORDS)) == ("December", ("2018-12", None))


def test_two_months_after_one_preposition_are_two_dates(nlp) -> None:
    assert [d[:2] for d in dates_in(nlp, "Inspectors visited in June and July.")] == [
        ("June", "2018-06"),
        ("July", "2018-07"),
    ]


def test_complete_dates_either_side_of_and_stay_two_dates(nlp) -> None:
    assert [
        d[:2]
        for d in dates_in(nlp, "It ran between October 2021 and January 2022, and between 2016 and 2017.")
    ] == [
        ("October 2021", "2021-10"),
        ("January 2022", "2022-01"),
        ("2016", "2016"),
        ("2017", "2017"),
    ]


@pytest.mark.parametrize(
    "text, span, value, end",
    [
        ("Crime rose in the 2016/17 financial year.", "2016/17", "2016", "2017"),
        ("Crime rose in 2016-17.", "2016-17", "2016", "2017"),
        ("Crime rose in the summer of 2016.", "summer of 2016", "2016", None),
        ("Crime rose in spring 2017.", "spring 2017", "2017", None),
        ("Crime rose by mid-2018.", "mid-2018", "2018", None),
        ("The data for 2019-12 were late.", "2019-12", "2019-12", None),
    ],
)
def test_years_seasons_and_financial_years(nlp, text: str, span: str, value: str, end: str | None) -> None:
    assert dates_in(nlp, text) == [(span, value, end, False)]


def test_a_year_range_that_names_a_framework_is_not_a_date() -> None:
    assert (
        find_date_expressions(
            "See the PEEL assessment framework 2021/22 and the Police and Crime Plan 2021-25.", WORDS
        )
        == []
    )


def test_a_backwards_day_range_keeps_only_its_end() -> None:
    (expression,) = find_date_expressions("on 8-4 March 2019", WORDS)
    assert resolve_period(expression, PUBLISHED, WORDS) == (None, "2019-03-04")


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("It was signed on the 3rd of May 2019.", "the 3rd of May 2019", "2019-05-03"),
        ("It was signed on May 3, 2019.", "May 3, 2019", "2019-05-03"),
        ("It was signed on 03/05/2019.", "03/05/2019", "2019-05-03"),  # UK order: day first
        ("It was signed at the end of March.", "March", "2019-03"),
        ("It was signed in June.", "June", "2018-06"),
        ("It will be signed in June.", "June", "2019-06"),
        ("It is due to be signed in June.", "June", "2019-06"),
        ("The talks begin on Monday.", "Monday", "2019-03-18"),
        ("The talks began on Monday.", "Monday", "2019-03-11"),
        ("He said he would meet the chief constable on Tuesday.", "Tuesday", "2019-03-19"),
        ("The report published on Tuesday said the force will improve.", "Tuesday", "2019-03-12"),
        ("The force has been inspected since June.", "June", "2018-06"),
        (
            "The force requires improvement after an inspection in June.",
            "June",
            "2018-06",
        ),  # the date dates a noun
        ("Officers during a raid last year", "last year", "2018"),  # a caption: no verb at all
        ("Photo: the chief constable on Monday", "Monday", "2019-03-11"),
    ],
)
def test_single_dates_and_the_tense_of_their_clause(nlp, text: str, span: str, value: str) -> None:
    assert dates_in(nlp, text)[0][:2] == (span, value)


def test_the_last_year_is_a_stretch_of_time_not_last_year(nlp) -> None:
    assert dates_in(
        nlp, "Last year it failed; in the last year it has improved, and over the next month it will."
    ) == [
        ("Last year", "2018", None, False),
        ("the last year", None, None, True),
        ("the next month", None, None, True),
    ]


def test_ages_and_durations_are_marked_without_value(nlp) -> None:
    found = dates_in(
        nlp, "Mr Hill, aged 52, served for 26 years. The 45-year-old ordered a six-month review, aged four."
    )
    assert found == [
        ("aged 52", None, None, True),
        ("26 years", None, None, True),
        ("45-year-old", None, None, True),
        ("six-month", None, None, True),
        ("aged four", None, None, True),
    ]


@pytest.mark.parametrize(
    "text, anchor, future, value",
    [
        ("last July", "2017-01-26", False, "2016-07"),
        ("last year", "2019-02", False, "2018"),
        ("later this year", "2018-07", False, "2018"),
        ("today", "2017-01-26", False, "2017-01-26"),
        ("today", "2018-07", False, "2018-07"),
        ("yesterday", "2017-01-26", False, "2017-01-25"),
        ("yesterday", "2017-01", False, None),
        ("on Tuesday", "2017-01-26", False, "2017-01-24"),
        ("next Tuesday", "2017-01-26", False, "2017-01-31"),
        ("in June", "2017-01-26", False, "2016-06"),
        ("in June", "2017-01-26", True, "2017-06"),
        ("last month", "2017-01", False, "2016-12"),
        ("last week", "2017-01-26", False, "2017-01-16"),
        ("the other day", "2017-01-26", False, None),
    ],
)
def test_relative_dates(text: str, anchor: str, future: bool, value: str | None) -> None:
    assert resolve_relative(text, anchor, future=future) == value


def test_month_and_weekday_helpers() -> None:
    assert month_value(7, "2017-07-10", strict=True) == "2016-07"
    assert month_value(7, "2017-07-10") == "2017-07"
    assert weekday_value(3, "2017-01-26") == "2017-01-26"
    assert weekday_value(3, "2017-01-26", strict=True) == "2017-01-19"


def test_date_finder_skips_acts_programmes_and_numbers() -> None:
    text = (
        "Under the Children Act 1989 and PEEL 2021/22, around 2000 calls were made in 2019 and in March 2020."
    )
    assert [e.text for e in find_date_expressions(text, WORDS)] == ["2019", "March 2020"]


def test_durations_and_ages_are_marked(nlp) -> None:
    doc = analyse_text(
        nlp,
        "A 13-month-old girl died. He served for 26 years, and the suspect was not arrested for three weeks.",
        published="2017-01-26",
    )
    found = [(s.text, s._.date_value, s._.is_duration) for s in doc.spans["dates"]]
    assert found == [("13-month-old", None, True), ("26 years", None, True), ("three weeks", None, True)]


def test_dates_in_sentences_resolve_against_publication(nlp) -> None:
    doc = analyse_text(
        nlp,
        "The inspection took place last July and today's report follows the 2016 inspection. It will report in June.",
        published="2017-01-26",
    )
    assert [(s.text, s._.date_value) for s in doc.spans["dates"]] == [
        ("last July", "2016-07"),
        ("today", "2017-01-26"),
        ("2016", "2016"),
        ("June", "2017-06"),
    ]


def test_vague_times_have_no_value(nlp) -> None:
    doc = analyse_text(
        nlp,
        "It happened late one Saturday night. Call 8:30am – 5:00pm Monday – Friday.",
        published="2017-01-26",
    )
    assert [(s.text, s._.date_value) for s in doc.spans["dates"]] == [
        ("late one Saturday night", None),
        ("8:30am – 5:00pm", None),
        ("Monday – Friday", None),
    ]
