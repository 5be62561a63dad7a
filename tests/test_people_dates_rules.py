"""People and dates on press prose: one rule per case, a sentence in and the person or date out."""

from __future__ import annotations

import pytest

from reportmine.dates import resolve_relative, week_start
from reportmine.nlp.dates import find_date_expressions, resolve_period

PUBLISHED = "2019-03-14"  # a Thursday


def run(nlp, text: str, published: str | None = PUBLISHED):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def dates(nlp, text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None, str | None, bool]]:
    doc = run(nlp, text, published)
    return [(s.text, s._.date_value, (s._.extra or {}).get("end_value"), s._.is_duration) for s in doc.spans["dates"]]


# --- relative dates, resolved against the publication date


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


def test_a_week_needs_a_full_date_to_resolve() -> None:
    assert resolve_relative("last week", "2019-03") is None
    assert week_start("2019-03-17") == "2019-03-11"  # a Sunday belongs to the week that began on Monday


def test_weeks_carry_their_last_day(nlp) -> None:
    assert dates(nlp, "Officers were trained last week and will be again next week.") == [
        ("last week", "2019-03-04", "2019-03-10", False),
        ("next week", "2019-03-18", "2019-03-24", False),
    ]


# --- ranges and periods


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
    assert dates(nlp, text) == [(span, value, end, False)]


def test_a_year_is_lent_to_the_earlier_date_of_a_pair(nlp) -> None:
    assert dates(nlp, "The work ran from March to May 2018, and from 1 March until 8 April 2017.") == [
        ("March", "2018-03", None, False),
        ("May 2018", "2018-05", None, False),
        ("1 March", "2017-03-01", None, False),
        ("8 April 2017", "2017-04-08", None, False),
    ]


def test_a_month_after_the_later_one_falls_in_the_year_before() -> None:
    (december, _) = find_date_expressions("between December and January 2019")
    assert (december.text, resolve_period(december, PUBLISHED)) == ("December", ("2018-12", None))


def test_complete_dates_either_side_of_and_stay_two_dates(nlp) -> None:
    assert [d[:2] for d in dates(nlp, "It ran between October 2021 and January 2022, and between 2016 and 2017.")] == [
        ("October 2021", "2021-10"), ("January 2022", "2022-01"), ("2016", "2016"), ("2017", "2017"),
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
    assert dates(nlp, text) == [(span, value, end, False)]


def test_a_year_range_that_names_a_framework_is_not_a_date() -> None:
    assert find_date_expressions("See the PEEL assessment framework 2021/22 and the Police and Crime Plan 2021-25.") == []


def test_a_backwards_day_range_keeps_only_its_end() -> None:
    (expression,) = find_date_expressions("on 8-4 March 2019")
    assert resolve_period(expression, PUBLISHED) == (None, "2019-03-04")


# --- forms of a single date


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
    ],
)
def test_single_dates_and_the_tense_of_their_clause(nlp, text: str, span: str, value: str) -> None:
    assert dates(nlp, text)[0][:2] == (span, value)


# --- durations and ages: marked, no value


def test_ages_and_durations_are_marked_without_value(nlp) -> None:
    found = dates(nlp, "Mr Hill, aged 52, served for 26 years. The 45-year-old ordered a six-month review, aged four.")
    assert found == [
        ("aged 52", None, None, True),
        ("26 years", None, None, True),
        ("45-year-old", None, None, True),
        ("six-month", None, None, True),
        ("aged four", None, None, True),
    ]
