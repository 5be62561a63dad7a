"""People and dates on press prose: one rule per case, a sentence in and the person or date out."""

from __future__ import annotations

import pytest

from reportmine.lexicon.dates import resolve_relative, week_start
from reportmine.nlp.dates import find_date_expressions, resolve_period

PUBLISHED = "2019-03-14"  # a Thursday


def run(nlp, text: str, published: str | None = PUBLISHED):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def dates(
    nlp, text: str, published: str | None = PUBLISHED
) -> list[tuple[str, str | None, str | None, bool]]:
    doc = run(nlp, text, published)
    return [
        (s.text, s._.date_value, (s._.extra or {}).get("end_value"), s._.is_duration)
        for s in doc.spans["dates"]
    ]


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
    (expression,) = find_date_expressions(text)
    assert (expression.text, resolve_period(expression, PUBLISHED)[0]) == (span, value)


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


def test_a_relative_year_is_lent_too(nlp) -> None:
    assert [
        d[:2]
        for d in dates(
            nlp, "Cases from January to March this year and between April and September last year were read."
        )
    ] == [
        ("January", "2019-01"),
        ("March this year", "2019-03"),
        ("April", "2018-04"),
        ("September last year", "2018-09"),
    ]


def test_a_year_inside_a_phone_number_is_not_a_date() -> None:
    assert find_date_expressions("Call the helpline free on 0808 2000 247 or 0300 123 2019.") == []


def test_a_month_after_the_later_one_falls_in_the_year_before() -> None:
    (december, _) = find_date_expressions("between December and January 2019")
    assert (december.text, resolve_period(december, PUBLISHED)) == ("December", ("2018-12", None))


def test_two_months_after_one_preposition_are_two_dates(nlp) -> None:
    assert [d[:2] for d in dates(nlp, "Inspectors visited in June and July.")] == [
        ("June", "2018-06"),
        ("July", "2018-07"),
    ]


def test_complete_dates_either_side_of_and_stay_two_dates(nlp) -> None:
    assert [
        d[:2] for d in dates(nlp, "It ran between October 2021 and January 2022, and between 2016 and 2017.")
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
    assert dates(nlp, text) == [(span, value, end, False)]


def test_a_year_range_that_names_a_framework_is_not_a_date() -> None:
    assert (
        find_date_expressions(
            "See the PEEL assessment framework 2021/22 and the Police and Crime Plan 2021-25."
        )
        == []
    )


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
    assert dates(nlp, text)[0][:2] == (span, value)


# --- durations and ages: marked, no value


def test_the_last_year_is_a_stretch_of_time_not_last_year(nlp) -> None:
    assert dates(
        nlp, "Last year it failed; in the last year it has improved, and over the next month it will."
    ) == [
        ("Last year", "2018", None, False),
        ("the last year", None, None, True),
        ("the next month", None, None, True),
    ]


def test_ages_and_durations_are_marked_without_value(nlp) -> None:
    found = dates(
        nlp, "Mr Hill, aged 52, served for 26 years. The 45-year-old ordered a six-month review, aged four."
    )
    assert found == [
        ("aged 52", None, None, True),
        ("26 years", None, None, True),
        ("45-year-old", None, None, True),
        ("six-month", None, None, True),
        ("aged four", None, None, True),
    ]


# --- people: one entry per person


def people(nlp, text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    doc = run(nlp, text)
    return [(p.name, p.title, p.organisation, [m.text for m in p.mentions]) for p in doc._.people]


def test_nickname_and_formal_name_are_one_person_under_the_formal_name(nlp) -> None:
    found = people(
        nlp,
        "Detective Chief Superintendent Andy Slattery led the inquiry. Later Andrew Slattery said it was over.",
    )
    assert [(name, title) for name, title, _, _ in found] == [
        ("Andrew Slattery", "Detective Chief Superintendent")
    ]
    assert found[0][3] == ["Andy Slattery", "Andrew Slattery"]


def test_an_initial_joins_the_full_given_name(nlp) -> None:
    found = people(nlp, "Chief Constable Jane Hill spoke first. Chief Constable J. Hill then left.")
    assert [name for name, *_ in found] == ["Jane Hill"]


def test_different_given_names_with_one_surname_stay_two_people(nlp) -> None:
    found = people(nlp, "Chief Inspector Dave Smith and Superintendent Mark Smith both spoke.")
    assert [(name, title) for name, title, _, _ in found] == [
        ("Dave Smith", "Chief Inspector"),
        ("Mark Smith", "Superintendent"),
    ]


def test_a_nickname_with_a_different_rank_stays_another_person(nlp) -> None:
    found = people(nlp, "DCC Michael Barton met Chief Constable Mike Barton.")
    assert [(name, title) for name, title, _, _ in found] == [
        ("Michael Barton", "Deputy Chief Constable"),
        ("Mike Barton", "Chief Constable"),
    ]


def test_an_abbreviated_rank_alone_is_not_a_person(nlp) -> None:
    assert [
        name
        for name, *_ in people(
            nlp, 'Det Supt Tom Hill, the senior investigating officer, said: "We will find them."'
        )
    ] == ["Tom Hill"]


# --- appositions


def test_apposition_is_a_mention_but_not_the_title_when_a_rank_is_stated(nlp) -> None:
    (person,) = people(nlp, "Det Supt Tom Hill, the senior investigating officer, said the search went on.")
    assert person == (
        "Tom Hill",
        "Detective Superintendent",
        None,
        ["Tom Hill", "the senior investigating officer"],
    )


def test_apposition_gives_title_and_organisation_when_no_rank_is_stated(nlp) -> None:
    (person,) = people(
        nlp, "Sarah Jones, the head of public protection at Kent Police, said changes were made."
    )
    assert person == (
        "Sarah Jones",
        "head of public protection",
        "Kent Police",
        ["Sarah Jones", "the head of public protection at Kent Police"],
    )


def test_a_role_without_determiner_is_in_apposition(nlp) -> None:
    (person,) = people(nlp, "Det Ch Supt Sue Clarke, head of public protection, said a review would be done.")
    assert person == (
        "Sue Clarke",
        "Detective Chief Superintendent",
        None,
        ["Sue Clarke", "head of public protection"],
    )
    (person,) = people(nlp, "Jo Smith, deputy leader of Kent County Council, said sorry.")
    assert person[1:3] == ("deputy leader", "Kent County Council")


def test_spokeswoman_for_a_force(nlp) -> None:
    (person,) = people(nlp, "Jo Bloggs, a spokeswoman for Cumbria Police, said the force was sorry.")
    assert person[1:3] == ("spokeswoman", "Cumbria Constabulary")


def test_the_forces_role_belongs_to_the_force_named(nlp) -> None:
    (person,) = people(
        nlp,
        "Cumbria Police was criticised. Ann Tate, the force's crime and investigations boss, said lessons were learnt.",
    )
    assert person == (
        "Ann Tate",
        "crime and investigations boss",
        "Cumbria Constabulary",
        ["Ann Tate", "the force's crime and investigations boss"],
    )


def test_a_relation_in_apposition_is_a_mention_but_no_title(nlp) -> None:
    found = people(nlp, "John Smith and Jane Smith, the victim's mother, spoke.")
    assert found[1] == ("Jane Smith", None, None, ["Jane Smith", "the victim's mother"])


@pytest.mark.parametrize(
    "text",
    [
        "He thanked Jo Smith, the officers and staff.",  # a list, not an apposition
        "Jo Smith, the day before, had warned the board.",  # a time
        "Poppi Worthington, the toddler whose death in 2012 is still investigated, died.",  # a relative clause
        "Andy Marsh, the College of Policing and the Home Office met.",  # bodies
        "Jo Smith, the manager and the coach met.",  # coordinated phrases
        "Jo Smith, adding that she was sad, left.",  # a clause
        "He thanked Jo Smith, now retired, for her work.",  # neither a determiner nor a role
    ],
)
def test_what_is_not_an_apposition(nlp, text: str) -> None:
    assert [len(p[3]) for p in people(nlp, text)] == [1]


def test_a_name_after_an_organisation_noun_is_a_body(nlp) -> None:
    found = people(
        nlp, "Mark Ellery, the chief executive of the charity Missing People North, said it was worrying."
    )
    assert [name for name, *_ in found] == ["Mark Ellery"]
    assert [name for name, *_ in people(nlp, "The group Jane Smith founded has closed.")] == ["Jane Smith"]


def test_a_knight_keeps_the_title_after_his_name_and_sir_first_name_is_him(nlp) -> None:
    found = people(
        nlp,
        "Sir Tom Winsor, HM Chief Inspector of Constabulary, said forces must improve. Sir Thomas said more.",
    )
    assert found == [("Tom Winsor", "HM Chief Inspector of Constabulary", None, ["Tom Winsor", "Sir Thomas"])]


def test_a_given_name_alone_needs_an_honorific_to_join_a_nickname(nlp) -> None:
    assert [name for name, *_ in people(nlp, "Andy Slattery spoke. Andrew said no.")] == ["Andy Slattery"]
    assert people(nlp, "Andy Slattery spoke. Andrew said no.")[0][3] == ["Andy Slattery"]


def test_a_role_at_a_workplace(nlp) -> None:
    (person,) = people(nlp, "Dr Jane Doe, a criminologist at Leeds University, said the figures were stark.")
    assert person[1:3] == ("criminologist", "Leeds University")


def test_a_deputy_mayors_long_title(nlp) -> None:
    (person,) = people(
        nlp, "Deputy Mayor for Policing, Crime and Fire Kate Hollins said the report showed progress."
    )
    assert person[:2] == ("Kate Hollins", "Deputy Mayor for Policing, Crime and Fire")


# --- "the chief constable" once the person has been named


def test_the_title_alone_resolves_to_the_one_person_holding_it(nlp) -> None:
    found = people(
        nlp,
        "The chief constable was away. Chief Constable Jerry Graham said sorry. The chief constable added more.",
    )
    assert found == [("Jerry Graham", "Chief Constable", None, ["Jerry Graham", "The chief constable"])]


def test_the_commissioner_after_a_police_and_crime_commissioner(nlp) -> None:
    (person,) = people(
        nlp, "Kent PCC Matthew Scott said he welcomed the report. The commissioner said more was needed."
    )
    assert person == (
        "Matthew Scott",
        "Police and Crime Commissioner",
        "Office of the Police and Crime Commissioner for Kent",
        ["Matthew Scott", "The commissioner"],
    )


def test_a_title_two_people_share_resolves_to_neither(nlp) -> None:
    found = people(nlp, "Inspector Jane Doe and Inspector Tom Ray met. The inspector said little.")
    assert [len(mentions) for *_, mentions in found] == [1, 1]


def test_the_title_of_another_body_is_not_the_person(nlp) -> None:
    found = people(nlp, "Chief Constable Jerry Graham spoke. The chief constable of Lancashire disagreed.")
    assert found[0][3] == ["Jerry Graham"]


# --- organisations


@pytest.mark.parametrize(
    "text, organisation",
    [
        (
            "Peter McCall, the Police and Crime Commissioner for Cumbria, said he was pleased.",
            "Office of the Police and Crime Commissioner for Cumbria",
        ),
        (
            "Northumbria Police and Crime Commissioner Kim McGuinness said the force had improved.",
            "Office of the Police and Crime Commissioner for Northumbria",
        ),
        (
            "Chief Constable Jerry Graham of Cumbria Constabulary said the report was hard reading.",
            "Cumbria Constabulary",
        ),
        (
            "The report was welcomed by Mark Smith, Chief Constable of Avon and Somerset Constabulary.",
            "Avon and Somerset Constabulary",
        ),
        ("Police and Crime Commissioner Ann Lowe said the report was fair.", None),
    ],
)
def test_organisation_where_stated(nlp, text: str, organisation: str | None) -> None:
    (person,) = people(nlp, text)
    assert person[2] == organisation


def test_hm_inspector_written_short(nlp) -> None:
    (person,) = people(nlp, "HM Inspector Tom Winsor said the force must improve.")
    assert person[:2] == ("Tom Winsor", "HM Inspector of Constabulary")


# --- offices with a place or portfolio ("Mayor of London"), modifiers, roles before a name, lists


@pytest.mark.parametrize(
    "text, name, title, organisation",
    [
        ("Mayor of London Sadiq Khan wrote to the force.", "Sadiq Khan", "Mayor of London", None),
        (
            "Andy Burnham, the Mayor of Greater Manchester, said it was a wake-up call.",
            "Andy Burnham",
            "Mayor of Greater Manchester",
            None,
        ),
        (
            "Deputy Mayor for Fire and Resilience Jules Pipe said crews were ready.",
            "Jules Pipe",
            "Deputy Mayor for Fire and Resilience",
            None,
        ),
        (
            "Minister for Policing and the Fire Service Nick Hurd said it was good.",
            "Nick Hurd",
            "Minister for Policing and the Fire Service",
            None,
        ),
        (
            "Nick Hurd, Minister for Policing and the Fire Service, said it was good.",
            "Nick Hurd",
            "Minister for Policing and the Fire Service",
            None,
        ),
        (
            "Secretary of State for the Home Department Sajid Javid said it was good.",
            "Sajid Javid",
            "Secretary of State for the Home Department",
            None,
        ),
        (
            "Sajid Javid, Secretary of State for the Home Department, said it was good.",
            "Sajid Javid",
            "Secretary of State for the Home Department",
            None,
        ),
        (
            "Chair of the Home Affairs Committee Yvette Cooper said it was bad.",
            "Yvette Cooper",
            "Chair of the Home Affairs Committee",
            None,
        ),
        (
            "MP for Barrow and Furness John Woodcock said it was bad.",
            "John Woodcock",
            "MP for Barrow and Furness",
            None,
        ),
        (
            "John Woodcock, MP for Barrow and Furness, said it was bad.",
            "John Woodcock",
            "MP for Barrow and Furness",
            None,
        ),
        (
            "Assistant Commissioner for Specialist Operations Neil Basu said it was bad.",
            "Neil Basu",
            "Assistant Commissioner for Specialist Operations",
            None,
        ),
        (
            "Director of Public Prosecutions Max Hill QC said cases were delayed.",
            "Max Hill",
            "Director of Public Prosecutions",
            None,
        ),
        (
            "Police, Fire and Crime Commissioner for Essex Roger Hirst said it was good.",
            "Roger Hirst",
            "Police, Fire and Crime Commissioner",
            "Office of the Police, Fire and Crime Commissioner for Essex",
        ),
        (
            "The Chief Constable of Kent Police Alan Pughsley said the report was fair.",
            "Alan Pughsley",
            "Chief Constable",
            "Kent Police",
        ),
    ],
)
def test_an_office_with_its_place_or_portfolio_is_one_title(
    nlp, text: str, name: str, title: str, organisation: str | None
) -> None:
    (person,) = people(nlp, text)
    assert person[:3] == (name, title, organisation)


def test_the_office_alone_then_stands_for_its_holder(nlp) -> None:
    (person,) = people(
        nlp, "The mayor of London Sadiq Khan said it was a wake-up call. The mayor added more."
    )
    assert person == ("Sadiq Khan", "Mayor of London", None, ["Sadiq Khan", "The mayor"])


def test_a_comma_inside_a_title_does_not_end_it_as_an_apposition(nlp) -> None:
    (person,) = people(
        nlp, "Roger Hirst, the Police, Fire and Crime Commissioner for Essex, said it was good."
    )
    assert person[1:] == (
        "Police, Fire and Crime Commissioner",
        "Office of the Police, Fire and Crime Commissioner for Essex",
        ["Roger Hirst"],
    )


def test_a_place_before_a_seat_title_is_not_added_to_it(nlp) -> None:
    (person,) = people(nlp, "Lincoln MP Priya Desai said the findings were no surprise.")
    assert person[:2] == ("Priya Desai", "MP")


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "The report was criticised by former Chief Constable Peter Fahy, who called it bleak.",
            "former Chief Constable",
        ),
        ("Former Home Secretary Amber Rudd said she was shocked.", "former Home Secretary"),
        ("Shadow Home Secretary Diane Abbott said it was bad.", "Shadow Home Secretary"),
    ],
)
def test_former_and_shadow_stay_in_the_title(nlp, text: str, title: str) -> None:
    (person,) = people(nlp, text)
    assert person[1] == title


@pytest.mark.parametrize(
    "text, name, title, organisation",
    [
        (
            "Cumbria Police was criticised. Force spokesman John Smith said sorry.",
            "John Smith",
            "spokesman",
            "Cumbria Constabulary",
        ),
        (
            "A Cumbria Police spokeswoman, Jane Doe, said the force was sorry.",
            "Jane Doe",
            "spokeswoman",
            "Cumbria Constabulary",
        ),
        (
            "Union representative Mark Jones said officers were tired.",
            "Mark Jones",
            "union representative",
            None,
        ),
        (
            "Police Federation chairman Mark Jones said officers were tired.",
            "Mark Jones",
            "chairman",
            "Police Federation",
        ),
        (
            "Unison branch secretary Mary Brown said staff were tired.",
            "Mary Brown",
            "branch secretary",
            "Unison",
        ),
        (
            "The NSPCC's head of policy Anna Edmundson said children were at risk.",
            "Anna Edmundson",
            "head of policy",
            "NSPCC",
        ),
        (
            "Mark Jones, Police Federation chairman, said officers were tired.",
            "Mark Jones",
            "chairman",
            "Police Federation",
        ),
        (
            "Mary Brown, Unison branch secretary, said staff were tired.",
            "Mary Brown",
            "branch secretary",
            "Unison",
        ),
        (
            "Kent Police was criticised. John Smith, force spokesman, said sorry.",
            "John Smith",
            "spokesman",
            "Kent Police",
        ),
    ],
)
def test_a_role_noun_before_or_after_a_name(
    nlp, text: str, name: str, title: str, organisation: str | None
) -> None:
    (person,) = people(nlp, text)
    assert person[:3] == (name, title, organisation)


def test_a_rank_stated_elsewhere_outranks_a_role(nlp) -> None:
    (person,) = people(nlp, "Force spokesman John Smith said sorry. Chief Inspector John Smith added more.")
    assert person[:2] == ("John Smith", "Chief Inspector")


def test_a_role_after_a_name_with_quotes_attached(nlp) -> None:
    doc = run(
        nlp,
        "A Cumbria Police spokeswoman, Jane Doe, said: “We accept the findings.”\n\n"
        "Police, Fire and Crime Commissioner for Essex Roger Hirst said: “It is good news.”",
    )
    assert [q._.speaker for q in doc.spans["quotes"]] == ["Jane Doe", "Roger Hirst"]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Jo Smith, the chief constable and the PCC met on Monday.", None),  # a list of three
        ("Jo Smith, the chief constable or his deputy will attend.", None),
        ("Jo Smith, the chief constable and PCC Tom Ray met.", None),
        ("Andy Burnham, the Mayor of Greater Manchester and the PCC met on Monday.", None),
        ("Jo Smith, the chief constable, met the PCC on Monday.", "Chief Constable"),  # set apart by commas
        (
            "Jo Smith, Chief Constable and Chief Executive of the force, said sorry.",
            "Chief Constable",
        ),  # two offices
        ("Sadiq Khan, Mayor of London, and Cressida Dick, the Commissioner, met.", "Mayor of London"),
    ],
)
def test_a_title_in_a_list_is_not_an_apposition(nlp, text: str, title: str | None) -> None:
    assert people(nlp, text)[0][1] == title


@pytest.mark.parametrize(
    "text, name, title, organisation",
    [
        (
            "Police Federation Chairman John Apter said officers were exhausted.",
            "John Apter",
            "Chairman",
            "Police Federation",
        ),
        (
            "Home Office Minister Kit Malthouse said forces must improve.",
            "Kit Malthouse",
            "Minister",
            "Home Office",
        ),
        (
            "Director General Jane Smith said nothing.",
            "Jane Smith",
            None,
            None,
        ),  # a capitalised role names the last two words only
        ("The Head Office Manager Tom Lee said nothing.", "Tom Lee", None, None),
    ],
)
def test_a_capitalised_role_before_a_name(
    nlp, text: str, name: str, title: str | None, organisation: str | None
) -> None:
    (person,) = people(nlp, text)
    assert person[:3] == (name, title, organisation)
