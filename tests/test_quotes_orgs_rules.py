"""Quotes and organisations in press coverage written in the styles of different UK outlets (texts written for
these tests): who said each quotation, which bodies are named, and which force a piece is about."""

from __future__ import annotations

import json

import pytest

from reportmine.lexicon.forces import find_forces, find_organisations, main_force
from reportmine.nlp.quotes import find_quotes
from reportmine.resources import resource_path


def quotes(nlp, text: str) -> list[tuple[str | None, str]]:
    doc = nlp.make_doc(text)
    doc._.published = "2019-03-14"
    return [(s._.speaker, s.text) for s in nlp(doc).spans["quotes"]]


# --- speakers, outlet by outlet


def test_broadcaster_style_speaker_in_the_sentence_before_and_in_a_statement(nlp) -> None:
    text = (
        "Chief Constable Bill Skelly said the force accepted the findings of HM Inspector Zoe Billingham. "
        'He said: "We recognise that we have more to do."\n\n'
        'In a statement, Police and Crime Commissioner Marc Jones said: "I will hold the chief constable to account."\n\n'
        '"Victims deserve better than this," he told the BBC.'
    )
    assert quotes(nlp, text) == [
        ("Bill Skelly", "We recognise that we have more to do."),
        ("Marc Jones", "I will hold the chief constable to account."),
        # "he" is the last person who spoke, not the last person named
        ("Marc Jones", "Victims deserve better than this"),
    ]


def test_pronoun_stands_for_the_speaker_not_the_person_named_last(nlp) -> None:
    text = (
        "Chief Constable Michelle Skeer said the force accepted the findings of HM Inspector Wendy Williams.\n\n"
        '"We have already made changes," she said.'
    )
    assert quotes(nlp, text) == [("Michelle Skeer", "We have already made changes")]
    text = (
        'John Woodcock MP said: "This report makes grim reading for the county."\n\n'
        "Chief Constable Jerry Graham has apologised for the failings.\n\n"
        '"We got it wrong and we are putting it right," he said.'
    )
    assert quotes(nlp, text)[1] == ("Jerry Graham", "We got it wrong and we are putting it right")


def test_partial_quote_takes_the_subject_of_its_reporting_verb(nlp) -> None:
    text = (
        'HM Inspector of Constabulary Zoe Billingham said Lincolnshire Police was "caring and tenacious" in some cases.\n\n'
        'Mr Colin Hewitt admitted the force had "not always got it right" with missing children.\n\n'
        "HM Inspectorate of Constabulary and Fire & Rescue Services published its report. Inspectors said Kent Police "
        'had made "too little progress since 2016" in some areas.'
    )
    assert quotes(nlp, text) == [
        ("Zoe Billingham", "caring and tenacious"),
        ("Colin Hewitt", "not always got it right"),
        ("HM Inspectorate of Constabulary and Fire & Rescue Services", "too little progress since 2016"),
    ]


def test_news_agency_style_said_after_the_quote_and_single_marks(nlp) -> None:
    text = (
        '"We have put in place a new system for handling calls," said Deputy Chief Constable Jim Colwell.\n\n'
        '"Nobody should wait an hour for help in an emergency," said Mr Colwell.\n\n'
        "Alison Hernandez, the police and crime commissioner for Devon and Cornwall, said: "
        "‘I share the public’s frustration and I will be watching closely.’"
    )
    assert quotes(nlp, text) == [
        ("Jim Colwell", "We have put in place a new system for handling calls"),
        ("Jim Colwell", "Nobody should wait an hour for help in an emergency"),
        ("Alison Hernandez", "I share the public’s frustration and I will be watching closely."),
    ]


def test_quote_interrupted_by_its_attribution_is_two_parts_with_one_speaker(nlp) -> None:
    # Each part is the exact words between its marks (offsets stay true to the text), both with the speaker.
    text = 'Chief Inspector Joanne Cooper spoke to reporters. "We are sorry," she said, "and we will change the way we work."'
    assert quotes(nlp, text) == [
        ("Joanne Cooper", "We are sorry"),
        ("Joanne Cooper", "and we will change the way we work."),
    ]


def test_tabloid_style_quote_first_and_the_role_standing_for_the_person(nlp) -> None:
    text = (
        "“It is a scandal that children are still slipping through the net,” Sarah Champion told the Mirror.\n\n"
        "The Labour MP added that the findings were “deeply worrying for every parent”.\n\n"
        "“We will not let this happen again,” Chief Superintendent Paul Ford insisted last night.\n\n"
        "According to Mr Ford, the force has “turned a corner on missing children”."
    )
    assert quotes(nlp, text) == [
        ("Sarah Champion", "It is a scandal that children are still slipping through the net"),
        ("Sarah Champion", "deeply worrying for every parent"),
        ("Paul Ford", "We will not let this happen again"),
        ("Paul Ford", "turned a corner on missing children"),
    ]


def test_spokespeople_speak_for_the_body_named_or_referred_back_to(nlp) -> None:
    text = (
        "The Police Federation said morale was low. A spokesman for the federation warned: "
        '"Our members are stretched to breaking point."\n\n'
        "Cumbria County Council has responded to the findings.\n\n"
        '"We take our responsibilities to children extremely seriously," a spokeswoman said.\n\n'
        'Lancashire Constabulary said it was disappointed. It said: "We will study the report carefully."\n\n'
        'A Lancashire Constabulary spokesperson added: "Improvements are already under way."'
    )
    assert quotes(nlp, text) == [
        ("Police Federation", "Our members are stretched to breaking point."),
        ("Cumbria County Council", "We take our responsibilities to children extremely seriously"),
        ("Lancashire Constabulary", "We will study the report carefully."),
        ("Lancashire Constabulary", "Improvements are already under way."),
    ]


def test_press_release_multi_paragraph_quotation_with_curly_marks(nlp) -> None:
    text = (
        'Commenting on the report, PCC Katy Bourne said the findings showed "real progress on neighbourhood policing".\n\n'
        "Sussex Police Chief Constable Giles York said: “I am proud of our officers and staff.\n\n"
        "“This report recognises their hard work.\n\n"
        "“There is still more to do and we will continue to improve.”\n\n"
        "The force will publish its plan in April."
    )
    assert quotes(nlp, text) == [
        ("Katy Bourne", "real progress on neighbourhood policing"),
        ("Giles York", "I am proud of our officers and staff."),
        ("Giles York", "This report recognises their hard work."),
        ("Giles York", "There is still more to do and we will continue to improve."),
    ]


def test_quotes_in_a_row_each_take_their_own_introduction(nlp) -> None:
    text = (
        "Her Majesty's Inspectorate of Constabulary inspected the force. The watchdog warned: \"Children are being "
        'left at risk." Commissioner Ben Adams said: "The public deserves better." Responding to the report, Chief '
        'Constable Gareth Morgan said: "We accept the findings." “It is a scandal.” Sarah Champion told the Mirror.'
    )
    assert quotes(nlp, text) == [
        ("Her Majesty's Inspectorate of Constabulary", "Children are being left at risk."),
        ("Ben Adams", "The public deserves better."),
        ("Gareth Morgan", "We accept the findings."),
        ("Sarah Champion", "It is a scandal."),
    ]


def test_second_quote_of_a_sentence_shares_its_reporting_verb(nlp) -> None:
    text = (
        '"We let victims down, and we will put it right," said Chief Constable Samuel Okafor.\n\n'
        'Police and Crime Commissioner Kate Hollins said the report showed "real progress" but that there was '
        '"still a long way to go" before residents could trust the force again.'
    )
    assert quotes(nlp, text)[1] == ("Kate Hollins", "still a long way to go")


def test_quotation_running_on_takes_the_speaker_named_where_it_closes(nlp) -> None:
    text = (
        'Mr Alan Pughsley said the county was safer. "We are pleased," he said.\n\n'
        "The inspection found improvements in call handling.\n\n"
        "“We have worked hard to get here.\n\n"
        "“There is more to do and we will keep going,” said Police and Crime Commissioner Matthew Scott."
    )
    assert quotes(nlp, text)[1:] == [
        ("Matthew Scott", "We have worked hard to get here."),
        ("Matthew Scott", "There is more to do and we will keep going"),
    ]


def test_inspectorate_news_release_and_the_report_as_speaker(nlp) -> None:
    text = (
        "HMICFRS has today published its inspection of Thames Valley Police.\n\n"
        "HM Inspector of Constabulary Matt Parr said:\n\n"
        '"Thames Valley Police is good at preventing crime, but it needs to improve.\n\n'
        '"I was pleased to see that TVP has worked hard to understand the demand it faces."\n\n'
        'The report states: "The force does not always assess risk properly."\n\n'
        'According to the report, "too many investigations are given to officers without the right skills".\n\n'
        'HMIC said in 2014 that the force had "a long way to go before it is good".'
    )
    inspectorate = "HM Inspectorate of Constabulary and Fire & Rescue Services"
    assert quotes(nlp, text) == [
        ("Matt Parr", "Thames Valley Police is good at preventing crime, but it needs to improve."),
        ("Matt Parr", "I was pleased to see that TVP has worked hard to understand the demand it faces."),
        (inspectorate, "The force does not always assess risk properly."),
        (inspectorate, "too many investigations are given to officers without the right skills"),
        (inspectorate, "a long way to go before it is good"),
    ]


def test_speech_verbs_wrote_warned_and_main_clause_verb(nlp) -> None:
    text = (
        'Chief Constable Andy Marsh wrote: "This report makes uncomfortable reading for all of us."\n\n'
        'The NSPCC warned that the report "should be a wake-up call for every force".\n\n'
        "After the report said the force was failing, Chief Constable Sara Thornton told reporters: "
        '"We are already improving."\n\n'
        'Ms Thornton issued a statement saying: "We accept every recommendation in full."'
    )
    assert quotes(nlp, text) == [
        ("Andy Marsh", "This report makes uncomfortable reading for all of us."),
        ("NSPCC", "should be a wake-up call for every force"),
        ("Sara Thornton", "We are already improving."),
        ("Sara Thornton", "We accept every recommendation in full."),
    ]


def test_subjects_through_relative_clauses_titles_and_statements(nlp) -> None:
    text = (
        'The inspection was led by Wendy Williams, who said the force had "worked hard to improve since 2016".\n\n'
        'Merseyside Police Chief Constable Andy Cooke said: "This is a fair report."\n\n'
        'Asked about delays, the chief constable said the force was "working flat out to fix them".\n\n'
        'A statement from the force said: "We welcome the report and its findings."'
    )
    assert quotes(nlp, text) == [
        ("Wendy Williams", "worked hard to improve since 2016"),
        ("Andy Cooke", "This is a fair report."),
        ("Andy Cooke", "working flat out to fix them"),
        ("Merseyside Police", "We welcome the report and its findings."),
    ]


def test_a_title_stands_for_the_person_who_holds_it(nlp) -> None:
    text = (
        "Chief Constable Chris Rowley welcomed the report, and the PCC, Clive Grunshaw, said it was "
        '"a fair assessment of the force".\n\n'
        'Lancashire Police\'s chief constable said the force was "determined to improve for victims".\n\n'
        'The chief constable added: "We will act on every recommendation."'
    )
    assert quotes(nlp, text) == [
        ("Clive Grunshaw", "a fair assessment of the force"),
        ("Chris Rowley", "determined to improve for victims"),
        ("Chris Rowley", "We will act on every recommendation."),
    ]


def test_an_unnamed_speaker_is_not_someone_else_in_the_sentence(nlp) -> None:
    text = (
        "Detective Inspector Ruth Lane led the review.\n\n"
        "One mother told the inspectors: ‘Nobody ever rang me back, and I was told “there is nothing we can do”.’"
    )
    assert quotes(nlp, text) == [
        (None, "Nobody ever rang me back, and I was told “there is nothing we can do”.")
    ]


def test_indirect_speech_and_scare_quotes_are_not_quotes(nlp) -> None:
    text = (
        "The report found that officers did not always record crimes correctly.\n\n"
        'The force was described as "good" overall, but its "safeguarding culture" was criticised.'
    )
    assert quotes(nlp, text) == []


# --- quote marks


def test_quotes_inside_quotes_are_part_of_the_outer_quote() -> None:
    single_outer = "She said: ‘Nobody rang me, and I was told “there is nothing we can do” by the officer.’"
    double_outer = "He said: “A colleague told me ‘we are doing our best’ and I believe that is true.”"
    for text in (single_outer, double_outer):
        (quote,) = find_quotes(text)
        assert text[quote.start : quote.end] == text[text.index(":") + 3 : -1]


def test_single_marks_around_plural_possessives() -> None:
    text = "He said: 'It is the officers' job to keep records, not the victims'.'"
    assert [text[q.start : q.end] for q in find_quotes(text)] == [
        "It is the officers' job to keep records, not the victims'."
    ]
    assert find_quotes("The forces’ records were checked, and officers' notes were read.") == []


def test_quoted_names_of_reports_are_not_speech(nlp) -> None:
    text = (
        "Chief Constable Lee Freeman welcomed the findings.\n\n"
        'The report, titled "Living in fear: the police response to stalking", was published on Tuesday.'
    )
    assert quotes(nlp, text) == []


def test_single_mark_multi_paragraph_quotation(nlp) -> None:
    text = (
        "Chief Constable Olivia Pinkney said: ‘We accept the findings in full.\n\n"
        "‘We have begun work with our partners on children who go missing.\n\n"
        "‘I am confident the public will see a difference.’"
    )
    assert quotes(nlp, text) == [
        ("Olivia Pinkney", "We accept the findings in full."),
        ("Olivia Pinkney", "We have begun work with our partners on children who go missing."),
        ("Olivia Pinkney", "I am confident the public will see a difference."),
    ]
    assert find_quotes("Police force 'failing' victims of domestic abuse, says watchdog") == []
    # a name in single marks opening a paragraph is not a quotation that runs on
    text = "‘Operation Encompass’ is a scheme that tells schools about domestic abuse.\n\nThe force has adopted it."
    assert quotes(nlp, text) == []


# --- forces


def _listed_forces() -> dict:
    return json.loads(resource_path("forces.json").read_text(encoding="utf-8"))


TERRITORIAL = [
    "Avon and Somerset Constabulary",
    "Bedfordshire Police",
    "Cambridgeshire Constabulary",
    "Cheshire Constabulary",
    "City of London Police",
    "Cleveland Police",
    "Cumbria Constabulary",
    "Derbyshire Constabulary",
    "Devon and Cornwall Police",
    "Dorset Police",
    "Durham Constabulary",
    "Dyfed-Powys Police",
    "Essex Police",
    "Gloucestershire Constabulary",
    "Greater Manchester Police",
    "Gwent Police",
    "Hampshire and Isle of Wight Constabulary",
    "Hertfordshire Constabulary",
    "Humberside Police",
    "Kent Police",
    "Lancashire Constabulary",
    "Leicestershire Police",
    "Lincolnshire Police",
    "Merseyside Police",
    "Metropolitan Police Service",
    "Norfolk Constabulary",
    "North Wales Police",
    "North Yorkshire Police",
    "Northamptonshire Police",
    "Northumbria Police",
    "Nottinghamshire Police",
    "South Wales Police",
    "South Yorkshire Police",
    "Staffordshire Police",
    "Suffolk Constabulary",
    "Surrey Police",
    "Sussex Police",
    "Thames Valley Police",
    "Warwickshire Police",
    "West Mercia Police",
    "West Midlands Police",
    "West Yorkshire Police",
    "Wiltshire Police",
]


def test_every_territorial_force_of_england_and_wales_is_listed_with_its_variants() -> None:
    assert len(TERRITORIAL) == 43
    listed = _listed_forces()["forces"]
    for name in TERRITORIAL + [
        "British Transport Police",
        "Police Scotland",
        "Police Service of Northern Ireland",
    ]:
        for written in [name, *listed[name]]:
            text = f"Officers from {written} attended."
            assert [f.name for f in find_forces(text)] == [name], written


@pytest.mark.parametrize(
    "text, names",
    [
        ("Cumbria Police said Cumbria Constabulary would act.", ["Cumbria Constabulary"] * 2),
        (
            "Avon and Somerset Police and Devon & Cornwall Police",
            ["Avon and Somerset Constabulary", "Devon and Cornwall Police"],
        ),
        (
            "The Met said. Scotland Yard confirmed it. The Metropolitan Police Service",
            ["Metropolitan Police Service"] * 3,
        ),
        ("Greater Manchester Police (GMP) was inspected. GMP apologised.", ["Greater Manchester Police"] * 3),
        ("Thames Valley Police was inspected. TVP said it was pleased.", ["Thames Valley Police"] * 2),
        ("A Met spokesman said. The Met welcomed it.", ["Metropolitan Police Service"] * 2),
        ("the Police Service of Northern Ireland (PSNI)", ["Police Service of Northern Ireland"] * 2),
        ("Northshire Police (NP) was inspected. NP said so.", ["Northshire Police"] * 3),
        # abbreviations that mean something else unless the force is named
        ("TVP and SWP members marched.", []),
        ("The Met Office forecast rain for the Met. The Met said.", ["Metropolitan Police Service"] * 2),
    ],
)
def test_force_variants_and_abbreviations(text: str, names: list[str]) -> None:
    assert [f.name for f in find_forces(text)] == names


def test_force_of_the_document() -> None:
    # the inspected force, not the one mentioned more often in passing
    body = (
        "Officers from Kent Police helped. HMICFRS published its inspection of Essex Police today. "
        "Kent Police said it would share its call-handling system with neighbours. Kent Police officers attended."
    )
    assert main_force(None, body) == "Essex Police"
    # the title decides; of two forces in a title, the one the body weighs more
    assert main_force("Kent Police criticised", body) == "Kent Police"
    assert main_force("Kent Police and Essex Police criticised", body) == "Essex Police"
    assert (
        main_force(None, "The Met was criticised. The Met accepted it. GMP was praised.")
        == "Metropolitan Police Service"
    )
    assert main_force(None, "No force is named here.") is None


# --- other bodies


@pytest.mark.parametrize(
    "text, names",
    [
        ("HMIC said. HMIC found.", ["HM Inspectorate of Constabulary"] * 2),
        ("HMICFRS said.", ["HM Inspectorate of Constabulary and Fire & Rescue Services"]),
        (
            "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) said.",
            ["Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services"] * 2,
        ),
        (
            "HM Inspectorate of Constabulary in Scotland (HMICS)",
            ["HM Inspectorate of Constabulary in Scotland"] * 2,
        ),
        # a curly apostrophe is the same name
        ("Her Majesty’s Inspectorate of Constabulary said.", ["Her Majesty's Inspectorate of Constabulary"]),
        (
            "the IOPC, the Independent Office for Police Conduct",
            ["Independent Office for Police Conduct"] * 2,
        ),
        (
            "the NSPCC, Ofsted, the College of Policing and the Home Office",
            ["NSPCC", "Ofsted", "College of Policing", "Home Office"],
        ),
        (
            "Cumbria County Council and Barrow Borough Council",
            ["Cumbria County Council", "Barrow Borough Council"],
        ),
        ("the London Borough of Hackney", ["London Borough of Hackney"]),
        ("Stoke-on-Trent City Council", ["Stoke-on-Trent City Council"]),
        (
            "the Office of the Police and Crime Commissioner for Cumbria",
            ["Office of the Police and Crime Commissioner for Cumbria"],
        ),
        (
            "Lancashire Police and Crime Commissioner's Office",
            ["Office of the Police and Crime Commissioner for Lancashire"],
        ),
        (
            "The Office of the Police and Crime Commissioner said.",
            ["Office of the Police and Crime Commissioner"],
        ),
        (
            "the Office of the Police, Fire and Crime Commissioner for Essex",
            ["Office of the Police, Fire and Crime Commissioner for Essex"],
        ),
        ("the Mayor's Office for Policing and Crime (MOPAC)", ["Mayor's Office for Policing and Crime"] * 2),
        # a joint inspection names the other inspectorates; "Care Inspectorate Wales" is not the "Care Inspectorate"
        (
            "Ofsted, the Care Quality Commission, HM Inspectorate of Probation and Care Inspectorate Wales",
            ["Ofsted", "Care Quality Commission", "HM Inspectorate of Probation", "Care Inspectorate Wales"],
        ),
        (
            "the Police Ombudsman for Northern Ireland and the Northern Ireland Policing Board",
            ["Police Ombudsman for Northern Ireland", "Northern Ireland Policing Board"],
        ),
    ],
)
def test_bodies_under_all_their_names(text: str, names: list[str]) -> None:
    assert [o.name for o in find_organisations(text)] == names


def test_body_mentions_cover_the_whole_name() -> None:
    text = "A statement from the Office of the Police and Crime Commissioner for Cumbria followed."
    (office,) = find_organisations(text)
    assert text[office.start : office.end] == "the Office of the Police and Crime Commissioner for Cumbria"


# --- end to end: a plain-text news story through the command's own extraction


def test_news_story_record_end_to_end(tmp_path) -> None:
    import reportmine

    path = tmp_path / "story.txt"
    path.write_text(
        "Greater Manchester Police placed in special measures\n\n"
        "Published 14 March 2019\n\n"
        "Greater Manchester Police (GMP) has been placed in special measures by the police inspectorate.\n\n"
        "HM Inspectorate of Constabulary and Fire & Rescue Services found that GMP failed to record crimes.\n\n"
        "Officers from West Yorkshire Police and Lancashire Constabulary helped with a review.\n\n"
        'Speaking to reporters, Chief Constable Stephen Watson admitted: "The force has let victims down."\n\n'
        "'Some victims were never contacted at all,' the report states.\n\n"
        'A GMP spokesperson said: "Improvements are already under way across all ten districts."\n',
        encoding="utf-8",
    )
    record = reportmine.extract(path)
    assert record.force == "Greater Manchester Police"
    assert [(q.speaker, q.text) for q in record.quotes] == [
        ("Stephen Watson", "The force has let victims down."),
        (
            "HM Inspectorate of Constabulary and Fire & Rescue Services",
            "Some victims were never contacted at all",
        ),
        ("Greater Manchester Police", "Improvements are already under way across all ten districts."),
    ]
    organisations = {o.name: o.mentions for o in record.organisations}
    assert organisations["Greater Manchester Police"] == 5
    assert {"West Yorkshire Police", "Lancashire Constabulary"} <= set(organisations)


def test_inspectorate_web_page_blockquote_without_marks(tmp_path) -> None:
    import reportmine

    path = tmp_path / "news.html"
    path.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Durham Constabulary is outstanding</title>'
        '<meta property="article:published_time" content="2019-03-14T09:00:00+00:00"></head><body><main>'
        "<h1>Durham Constabulary is outstanding at keeping people safe</h1>"
        "<p>HM Inspectorate of Constabulary and Fire &amp; Rescue Services has today published its inspection of "
        "Durham Constabulary.</p><p>HM Inspector of Constabulary Phil Gormley said:</p>"
        "<blockquote><p>Durham Constabulary continues to provide an outstanding service to the communities it serves.</p>"
        "<p>The force has a clear understanding of the demand it faces and plans well for the future.</p></blockquote>"
        '<p>Chief Constable Mike Barton said the grading was "a testament to every officer".</p>'
        "<p>Officers from Cleveland Police and Northumbria Police took part in a joint operation.</p>"
        # a recommendation set apart is not speech
        "<p>In 2017 we recommended:</p><blockquote><p>Within three months, the force should improve how it answers "
        "calls.</p></blockquote></main></body></html>",
        encoding="utf-8",
    )
    record = reportmine.extract(path)
    assert record.force == "Durham Constabulary"
    assert [(q.speaker, q.text) for q in record.quotes] == [
        (
            "Phil Gormley",
            "Durham Constabulary continues to provide an outstanding service to the communities it serves.",
        ),
        (
            "Phil Gormley",
            "The force has a clear understanding of the demand it faces and plans well for the future.",
        ),
        ("Mike Barton", "a testament to every officer"),
    ]
