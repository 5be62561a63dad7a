"""Quotes: the marks that open and close a quotation, and who said it (texts written for these tests, in the styles of different UK outlets)."""

from __future__ import annotations

from helpers import analyse_text, quotes_in

from reportmine.nlp.quote_marks import find_quotes


def test_quote_marks_pairing() -> None:
    text = "“First paragraph of a long quotation that never closes"
    assert find_quotes(text) == [find_quotes(text)[0]] and not find_quotes(text)[0].closed
    inner = "He said: \"They told me 'you are on your own' and left,\" before leaving."
    (quote,) = find_quotes(inner)
    assert inner[quote.start : quote.end] == "They told me 'you are on your own' and left,"


def test_quote_speakers_before_after_and_continued(nlp) -> None:
    text = (
        '"We have made real improvements since the inspection," said Assistant Chief Constable Mark Webb.\n\n'
        '"Officers now receive better training. We will keep working with partners.\n\n'
        '"There is more to do, and we will do it," he added.\n\n'
        'Police and Crime Commissioner Ann Lowe said the report was fair. Mrs Lowe said: "I welcome today\'s report."\n\n'
        'The force had been "in denial", she said.'
    )
    doc = analyse_text(nlp, text, published="2017-01-26")
    assert [(s._.speaker, s.text) for s in doc.spans["quotes"]] == [
        ("Mark Webb", "We have made real improvements since the inspection"),
        ("Mark Webb", "Officers now receive better training. We will keep working with partners."),
        ("Mark Webb", "There is more to do, and we will do it"),
        ("Ann Lowe", "I welcome today's report."),
    ]


def test_speaker_named_in_the_paragraph_before(nlp) -> None:
    text = "Chief Constable Rob Hale said the force accepted every recommendation.\n\n“We are determined to put this right for the children of the county.”"
    doc = analyse_text(nlp, text, published="2017-01-26")
    assert [s._.speaker for s in doc.spans["quotes"]] == ["Rob Hale"]


def test_organisations_speak_for_reports_and_spokespeople(nlp) -> None:
    text = (
        'A spokesperson for Lancashire Constabulary said: "We are disappointed and will respond in due course."\n\n'
        'HMICFRS published its findings. The report said: "Too many victims are being let down by the force."'
    )
    doc = analyse_text(nlp, text, published="2017-01-26")
    assert [s._.speaker for s in doc.spans["quotes"]] == [
        "Lancashire Constabulary",
        "HMICFRS",  # the body under the name the piece gives it (issue 10), not a full name it never writes
    ]


def test_single_mark_quotations_but_not_apostrophes() -> None:
    quoted = "'We are disappointed by the report's findings,' said a spokesman."
    assert [quoted[q.start : q.end] for q in find_quotes(quoted)] == [
        "We are disappointed by the report's findings,"
    ]
    assert find_quotes("The forces’ records were checked, and officers' notes were read.") == []


def test_broadcaster_style_speaker_in_the_sentence_before_and_in_a_statement(nlp) -> None:
    text = (
        "Chief Constable Bill Skelly said the force accepted the findings of HM Inspector Zoe Billingham. "
        'He said: "We recognise that we have more to do."\n\n'
        'In a statement, Police and Crime Commissioner Marc Jones said: "I will hold the chief constable to account."\n\n'
        '"Victims deserve better than this," he told the BBC.'
    )
    assert quotes_in(nlp, text) == [
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
    assert quotes_in(nlp, text) == [("Michelle Skeer", "We have already made changes")]
    text = (
        'John Woodcock MP said: "This report makes grim reading for the county."\n\n'
        "Chief Constable Jerry Graham has apologised for the failings.\n\n"
        '"We got it wrong and we are putting it right," he said.'
    )
    assert quotes_in(nlp, text)[1] == ("Jerry Graham", "We got it wrong and we are putting it right")


def test_partial_quote_takes_the_subject_of_its_reporting_verb(nlp) -> None:
    text = (
        'HM Inspector of Constabulary Zoe Billingham said Lincolnshire Police was "caring and tenacious" in some cases.\n\n'
        'Mr Colin Hewitt admitted the force had "not always got it right" with missing children.\n\n'
        "HM Inspectorate of Constabulary and Fire & Rescue Services published its report. Inspectors said Kent Police "
        'had made "too little progress since 2016" in some areas.'
    )
    assert quotes_in(nlp, text) == [
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
    assert quotes_in(nlp, text) == [
        ("Jim Colwell", "We have put in place a new system for handling calls"),
        ("Jim Colwell", "Nobody should wait an hour for help in an emergency"),
        ("Alison Hernandez", "I share the public’s frustration and I will be watching closely."),
    ]


def test_quote_interrupted_by_its_attribution_is_two_parts_with_one_speaker(nlp) -> None:
    # Each part is the exact words between its marks (offsets stay true to the text), both with the speaker.
    text = 'Chief Inspector Joanne Cooper spoke to reporters. "We are sorry," she said, "and we will change the way we work."'
    assert quotes_in(nlp, text) == [
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
    assert quotes_in(nlp, text) == [
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
    assert quotes_in(nlp, text) == [
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
    assert quotes_in(nlp, text) == [
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
    assert quotes_in(nlp, text) == [
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
    assert quotes_in(nlp, text)[1] == ("Kate Hollins", "still a long way to go")


def test_quotation_running_on_takes_the_speaker_named_where_it_closes(nlp) -> None:
    text = (
        'Mr Alan Pughsley said the county was safer. "We are pleased," he said.\n\n'
        "The inspection found improvements in call handling.\n\n"
        "“We have worked hard to get here.\n\n"
        "“There is more to do and we will keep going,” said Police and Crime Commissioner Matthew Scott."
    )
    assert quotes_in(nlp, text)[1:] == [
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
    inspectorate = (
        "HMICFRS"  # the fullest name the piece writes for the body (issue 10: as the piece gives it)
    )
    assert quotes_in(nlp, text) == [
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
    assert quotes_in(nlp, text) == [
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
    assert quotes_in(nlp, text) == [
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
    assert quotes_in(nlp, text) == [
        ("Clive Grunshaw", "a fair assessment of the force"),
        ("Chris Rowley", "determined to improve for victims"),
        ("Chris Rowley", "We will act on every recommendation."),
    ]


def test_an_unnamed_speaker_is_not_someone_else_in_the_sentence(nlp) -> None:
    text = (
        "Detective Inspector Ruth Lane led the review.\n\n"
        "One mother told the inspectors: ‘Nobody ever rang me back, and I was told “there is nothing we can do”.’"
    )
    assert quotes_in(nlp, text) == [
        (None, "Nobody ever rang me back, and I was told “there is nothing we can do”.")
    ]


def test_indirect_speech_and_scare_quotes_are_not_quotes(nlp) -> None:
    text = (
        "The report found that officers did not always record crimes correctly.\n\n"
        'The force was described as "good" overall, but its "safeguarding culture" was criticised.'
    )
    assert quotes_in(nlp, text) == []


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
    assert quotes_in(nlp, text) == []


def test_single_mark_multi_paragraph_quotation(nlp) -> None:
    text = (
        "Chief Constable Olivia Pinkney said: ‘We accept the findings in full.\n\n"
        "‘We have begun work with our partners on children who go missing.\n\n"
        "‘I am confident the public will see a difference.’"
    )
    assert quotes_in(nlp, text) == [
        ("Olivia Pinkney", "We accept the findings in full."),
        ("Olivia Pinkney", "We have begun work with our partners on children who go missing."),
        ("Olivia Pinkney", "I am confident the public will see a difference."),
    ]
    assert find_quotes("Police force 'failing' victims of domestic abuse, says watchdog") == []
    # a name in single marks opening a paragraph is not a quotation that runs on
    text = "‘Operation Encompass’ is a scheme that tells schools about domestic abuse.\n\nThe force has adopted it."
    assert quotes_in(nlp, text) == []


def test_a_group_and_a_document_part_speak_for_who_wrote_them(nlp) -> None:
    text = (
        "The recommendation was reviewed at the 2019 revisit and the review team have provided the following "
        "update:\n\n"
        '"Done. Every supervisor in the unit has now been trained in the new process."\n\n'
        "The letter quoted an old HMICFRS guidance note, ‘Home Office funding for forces of concern’, and its section 12, "
        "which states: “A force that does not improve will be asked to attend a meeting with the chief inspector.”"
    )
    assert [s for s, _ in quotes_in(nlp, text)] == [
        "the review team",  # a group the document names in no other way: as written
        "HMICFRS",  # the body that wrote the note, not one named inside its quoted title
    ]
