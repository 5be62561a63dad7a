"""People: names, titles, ranks, appositions and mentions resolved to one person each."""

from __future__ import annotations

import pytest
from helpers import analyse_text, people_in, people_of

from reportmine.lexicon.titles import canonical_title


def test_nickname_and_formal_name_are_one_person_under_the_formal_name(nlp) -> None:
    found = people_in(
        nlp,
        "Detective Chief Superintendent Andy Slattery led the inquiry. Later Andrew Slattery said it was over.",
    )
    assert [(name, title) for name, title, _, _ in found] == [
        ("Andrew Slattery", "Detective Chief Superintendent")
    ]
    assert found[0][3] == ["Andy Slattery", "Andrew Slattery"]


def test_an_initial_joins_the_full_given_name(nlp) -> None:
    found = people_in(nlp, "Chief Constable Jane Hill spoke first. Chief Constable J. Hill then left.")
    assert [name for name, *_ in found] == ["Jane Hill"]


def test_different_given_names_with_one_surname_stay_two_people(nlp) -> None:
    found = people_in(nlp, "Chief Inspector Dave Smith and Superintendent Mark Smith both spoke.")
    assert [(name, title) for name, title, _, _ in found] == [
        ("Dave Smith", "Chief Inspector"),
        ("Mark Smith", "Superintendent"),
    ]


def test_a_nickname_with_a_different_rank_stays_another_person(nlp) -> None:
    found = people_in(nlp, "DCC Michael Barton met Chief Constable Mike Barton.")
    assert [(name, title) for name, title, _, _ in found] == [
        ("Michael Barton", "Deputy Chief Constable"),
        ("Mike Barton", "Chief Constable"),
    ]


def test_an_abbreviated_rank_alone_is_not_a_person(nlp) -> None:
    assert [
        name
        for name, *_ in people_in(
            nlp, 'Det Supt Tom Hill, the senior investigating officer, said: "We will find them."'
        )
    ] == ["Tom Hill"]


def test_apposition_is_a_mention_but_not_the_title_when_a_rank_is_stated(nlp) -> None:
    (person,) = people_in(
        nlp, "Det Supt Tom Hill, the senior investigating officer, said the search went on."
    )
    assert person == (
        "Tom Hill",
        "Detective Superintendent",
        None,
        ["Tom Hill", "the senior investigating officer"],
    )


def test_apposition_gives_title_and_organisation_when_no_rank_is_stated(nlp) -> None:
    (person,) = people_in(
        nlp, "Sarah Jones, the head of public protection at Kent Police, said changes were made."
    )
    assert person == (
        "Sarah Jones",
        "head of public protection",
        "Kent Police",
        ["Sarah Jones", "the head of public protection at Kent Police"],
    )


def test_a_role_without_determiner_is_in_apposition(nlp) -> None:
    (person,) = people_in(
        nlp, "Det Ch Supt Sue Clarke, head of public protection, said a review would be done."
    )
    assert person == (
        "Sue Clarke",
        "Detective Chief Superintendent",
        None,
        ["Sue Clarke", "head of public protection"],
    )
    (person,) = people_in(nlp, "Jo Smith, deputy leader of Kent County Council, said sorry.")
    assert person[1:3] == ("deputy leader", "Kent County Council")


def test_spokeswoman_for_a_force(nlp) -> None:
    (person,) = people_in(nlp, "Jo Bloggs, a spokeswoman for Cumbria Police, said the force was sorry.")
    assert person[1:3] == ("spokeswoman", "Cumbria Constabulary")


def test_the_forces_role_belongs_to_the_force_named(nlp) -> None:
    (person,) = people_in(
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
    found = people_in(nlp, "John Smith and Jane Smith, the victim's mother, spoke.")
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
    assert [len(p[3]) for p in people_in(nlp, text)] == [1]


def test_a_name_after_an_organisation_noun_is_a_body(nlp) -> None:
    found = people_in(
        nlp, "Mark Ellery, the chief executive of the charity Missing People North, said it was worrying."
    )
    assert [name for name, *_ in found] == ["Mark Ellery"]
    assert [name for name, *_ in people_in(nlp, "The group Jane Smith founded has closed.")] == ["Jane Smith"]


def test_a_knight_keeps_the_title_after_his_name_and_sir_first_name_is_him(nlp) -> None:
    found = people_in(
        nlp,
        "Sir Tom Winsor, HM Chief Inspector of Constabulary, said forces must improve. Sir Thomas said more.",
    )
    assert found == [("Tom Winsor", "HM Chief Inspector of Constabulary", None, ["Tom Winsor", "Sir Thomas"])]


def test_a_given_name_alone_needs_an_honorific_to_join_a_nickname(nlp) -> None:
    assert [name for name, *_ in people_in(nlp, "Andy Slattery spoke. Andrew said no.")] == ["Andy Slattery"]
    assert people_in(nlp, "Andy Slattery spoke. Andrew said no.")[0][3] == ["Andy Slattery"]


def test_a_role_at_a_workplace(nlp) -> None:
    (person,) = people_in(
        nlp, "Dr Jane Doe, a criminologist at Leeds University, said the figures were stark."
    )
    assert person[1:3] == ("criminologist", "Leeds University")


def test_a_deputy_mayors_long_title(nlp) -> None:
    (person,) = people_in(
        nlp, "Deputy Mayor for Policing, Crime and Fire Kate Hollins said the report showed progress."
    )
    assert person[:2] == ("Kate Hollins", "Deputy Mayor for Policing, Crime and Fire")


def test_the_title_alone_resolves_to_the_one_person_holding_it(nlp) -> None:
    found = people_in(
        nlp,
        "The chief constable was away. Chief Constable Jerry Graham said sorry. The chief constable added more.",
    )
    assert found == [("Jerry Graham", "Chief Constable", None, ["Jerry Graham", "The chief constable"])]


def test_the_commissioner_after_a_police_and_crime_commissioner(nlp) -> None:
    (person,) = people_in(
        nlp, "Kent PCC Matthew Scott said he welcomed the report. The commissioner said more was needed."
    )
    assert person == (
        "Matthew Scott",
        "Police and Crime Commissioner",
        "Office of the Police and Crime Commissioner for Kent",
        ["Matthew Scott", "The commissioner"],
    )


def test_a_title_two_people_share_resolves_to_neither(nlp) -> None:
    found = people_in(nlp, "Inspector Jane Doe and Inspector Tom Ray met. The inspector said little.")
    assert [len(mentions) for *_, mentions in found] == [1, 1]


def test_the_title_of_another_body_is_not_the_person(nlp) -> None:
    found = people_in(nlp, "Chief Constable Jerry Graham spoke. The chief constable of Lancashire disagreed.")
    assert found[0][3] == ["Jerry Graham"]


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
    (person,) = people_in(nlp, text)
    assert person[2] == organisation


def test_hm_inspector_written_short(nlp) -> None:
    (person,) = people_in(nlp, "HM Inspector Tom Winsor said the force must improve.")
    assert person[:2] == ("Tom Winsor", "HM Inspector of Constabulary")


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
    (person,) = people_in(nlp, text)
    assert person[:3] == (name, title, organisation)


def test_the_office_alone_then_stands_for_its_holder(nlp) -> None:
    (person,) = people_in(
        nlp, "The mayor of London Sadiq Khan said it was a wake-up call. The mayor added more."
    )
    assert person == ("Sadiq Khan", "Mayor of London", None, ["Sadiq Khan", "The mayor"])


def test_a_comma_inside_a_title_does_not_end_it_as_an_apposition(nlp) -> None:
    (person,) = people_in(
        nlp, "Roger Hirst, the Police, Fire and Crime Commissioner for Essex, said it was good."
    )
    assert person[1:] == (
        "Police, Fire and Crime Commissioner",
        "Office of the Police, Fire and Crime Commissioner for Essex",
        ["Roger Hirst"],
    )


def test_a_place_before_a_seat_title_is_not_added_to_it(nlp) -> None:
    (person,) = people_in(nlp, "Lincoln MP Priya Desai said the findings were no surprise.")
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
    (person,) = people_in(nlp, text)
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
    (person,) = people_in(nlp, text)
    assert person[:3] == (name, title, organisation)


def test_a_rank_stated_elsewhere_outranks_a_role(nlp) -> None:
    (person,) = people_in(
        nlp, "Force spokesman John Smith said sorry. Chief Inspector John Smith added more."
    )
    assert person[:2] == ("John Smith", "Chief Inspector")


def test_a_role_after_a_name_with_quotes_attached(nlp) -> None:
    doc = analyse_text(
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
    assert people_in(nlp, text)[0][1] == title


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
    (person,) = people_in(nlp, text)
    assert person[:3] == (name, title, organisation)


@pytest.mark.parametrize(
    "written, title, full",
    [
        ("Det Supt", "Detective Superintendent", False),
        ("T/Det Supt", "Temporary Detective Superintendent", False),
        ("DCS", "Detective Chief Superintendent", False),
        ("Det Ch Supt", "Detective Chief Superintendent", False),
        ("Detective Ch.Supt", "Detective Chief Superintendent", False),
        ("Chief Con", "Chief Constable", False),
        ("ACC", "Assistant Chief Constable", False),
        ("PCC", "Police and Crime Commissioner", False),
        ("HMI", "HM Inspector of Constabulary", False),
        ("police and crime commissioner", "Police and Crime Commissioner", True),
        ("Acting Chief Inspector", "Acting Chief Inspector", True),
        ("Councillor", "Councillor", True),
        ("Mr", None, False),
    ],
)
def test_titles_and_abbreviations(written: str, title: str | None, full: bool) -> None:
    assert canonical_title(written) == (title, full)


def test_broken_caption_yields_name_and_title(nlp) -> None:
    doc = analyse_text(
        nlp,
        "Chief Con Chief Constable Jerry Graham said the force would learn lessons.",
        published="2017-01-26",
    )
    assert people_of(doc) == {"Jerry Graham": ("Chief Constable", ["Jerry Graham"])}


def test_abbreviated_ranks_and_surnames_resolve_to_one_person(nlp) -> None:
    doc = analyse_text(
        nlp,
        "Detective Chief Superintendent Andy Slattery, the force's crime and investigations boss, spoke first.\n\n"
        "DCS Slattery said training had changed. Det Ch Supt Slattery added that Slattery had led it.",
        published="2017-01-26",
    )
    found = people_of(doc)
    assert list(found) == ["Andy Slattery"]
    title, mentions = found["Andy Slattery"]
    assert title == "Detective Chief Superintendent"
    assert mentions == [
        "Andy Slattery",
        "the force's crime and investigations boss",
        "DCS Slattery",
        "Det Ch Supt Slattery",
        "Slattery",
    ]


def test_apposition_with_lower_case_title_and_organisation(nlp) -> None:
    doc = analyse_text(
        nlp,
        "The chief constable of Cumbria Police, Jerry Graham, said the force had changed.",
        published="2017-01-26",
    )
    person = doc._.people[0]
    assert (person.name, person.title, person.organisation) == (
        "Jerry Graham",
        "Chief Constable",
        "Cumbria Constabulary",
    )


def test_title_after_the_name_and_signature_line(nlp) -> None:
    doc = analyse_text(
        nlp,
        "I am grateful to everyone who helped.\n\nJane Morrow\n\nHM Inspector of Constabulary\n\ncc: Tom Avery, Police and Crime Commissioner for Northshire",
        published="2017-01-26",
    )
    assert people_of(doc) == {
        "Jane Morrow": ("HM Inspector of Constabulary", ["Jane Morrow"]),
        "Tom Avery": ("Police and Crime Commissioner", ["Tom Avery"]),
    }


def test_mp_takes_the_seat_he_represents(nlp) -> None:
    doc = analyse_text(
        nlp,
        "Local MP Tom Barker, who represents Hartwell and Penby, said the report was damning. Mr Barker wants answers.",
        published="2017-01-26",
    )
    assert people_of(doc) == {"Tom Barker": ("MP for Hartwell and Penby", ["Tom Barker", "Mr Barker"])}


def test_forces_and_bodies_are_never_people(nlp) -> None:
    doc = analyse_text(
        nlp,
        "Cumbria Police and HM Inspectorate of Constabulary met Carlisle City Council officials on Monday.",
        published="2017-01-26",
    )
    assert doc._.people == []


def test_bylines_are_not_people(nlp) -> None:
    from reportmine.parsers.document import Block

    text = "By Sam Fielding, Crime Reporter\n\nChief Constable Jo Brand said the force was improving."
    doc = nlp.make_doc(text)
    doc._.blocks = [Block("paragraph", text[:31], 0, 31), Block("paragraph", text[33:], 33, len(text))]
    doc = nlp(doc)
    assert [p.name for p in doc._.people] == ["Jo Brand"]
