"""People, titles, dates, quotes and organisations: each rule on short sentences, then the whole pipeline on the gold."""

from __future__ import annotations

import json

import pytest

from reportmine.lexicon.dates import month_value, resolve_relative, weekday_value
from reportmine.lexicon.forces import find_organisations
from reportmine.lexicon.titles import canonical_title
from reportmine.nlp.dates import find_date_expressions
from reportmine.nlp.quotes import find_quotes


def run(nlp, text: str, published: str | None = "2017-01-26"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def people(doc) -> dict[str, tuple[str | None, list[str]]]:
    return {p.name: (p.title, [m.text for m in p.mentions]) for p in doc._.people}


# --- titles


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


# --- people


def test_broken_caption_yields_name_and_title(nlp) -> None:
    doc = run(nlp, "Chief Con Chief Constable Jerry Graham said the force would learn lessons.")
    assert people(doc) == {"Jerry Graham": ("Chief Constable", ["Jerry Graham"])}


def test_abbreviated_ranks_and_surnames_resolve_to_one_person(nlp) -> None:
    doc = run(
        nlp,
        "Detective Chief Superintendent Andy Slattery, the force's crime and investigations boss, spoke first.\n\n"
        "DCS Slattery said training had changed. Det Ch Supt Slattery added that Slattery had led it.",
    )
    found = people(doc)
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
    doc = run(nlp, "The chief constable of Cumbria Police, Jerry Graham, said the force had changed.")
    person = doc._.people[0]
    assert (person.name, person.title, person.organisation) == (
        "Jerry Graham",
        "Chief Constable",
        "Cumbria Constabulary",
    )


def test_title_after_the_name_and_signature_line(nlp) -> None:
    doc = run(
        nlp,
        "I am grateful to everyone who helped.\n\nJane Morrow\n\nHM Inspector of Constabulary\n\ncc: Tom Avery, Police and Crime Commissioner for Northshire",
    )
    assert people(doc) == {
        "Jane Morrow": ("HM Inspector of Constabulary", ["Jane Morrow"]),
        "Tom Avery": ("Police and Crime Commissioner", ["Tom Avery"]),
    }


def test_mp_takes_the_seat_he_represents(nlp) -> None:
    doc = run(
        nlp,
        "Local MP Tom Barker, who represents Hartwell and Penby, said the report was damning. Mr Barker wants answers.",
    )
    assert people(doc) == {"Tom Barker": ("MP for Hartwell and Penby", ["Tom Barker", "Mr Barker"])}


def test_forces_and_bodies_are_never_people(nlp) -> None:
    doc = run(
        nlp,
        "Cumbria Police and HM Inspectorate of Constabulary met Carlisle City Council officials on Monday.",
    )
    assert doc._.people == []


def test_bylines_are_not_people(nlp) -> None:
    from reportmine.parsers.document import Block

    text = "By Sam Fielding, Crime Reporter\n\nChief Constable Jo Brand said the force was improving."
    doc = nlp.make_doc(text)
    doc._.blocks = [Block("paragraph", text[:31], 0, 31), Block("paragraph", text[33:], 33, len(text))]
    doc = nlp(doc)
    assert [p.name for p in doc._.people] == ["Jo Brand"]


# --- dates


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
    assert [e.text for e in find_date_expressions(text)] == ["2019", "March 2020"]


def test_durations_and_ages_are_marked(nlp) -> None:
    doc = run(
        nlp,
        "A 13-month-old girl died. He served for 26 years, and the suspect was not arrested for three weeks.",
    )
    found = [(s.text, s._.date_value, s._.is_duration) for s in doc.spans["dates"]]
    assert found == [("13-month-old", None, True), ("26 years", None, True), ("three weeks", None, True)]


def test_dates_in_sentences_resolve_against_publication(nlp) -> None:
    doc = run(
        nlp,
        "The inspection took place last July and today's report follows the 2016 inspection. It will report in June.",
    )
    assert [(s.text, s._.date_value) for s in doc.spans["dates"]] == [
        ("last July", "2016-07"),
        ("today", "2017-01-26"),
        ("2016", "2016"),
        ("June", "2017-06"),
    ]


def test_vague_times_have_no_value(nlp) -> None:
    doc = run(nlp, "It happened late one Saturday night. Call 8:30am – 5:00pm Monday – Friday.")
    assert [(s.text, s._.date_value) for s in doc.spans["dates"]] == [
        ("late one Saturday night", None),
        ("8:30am – 5:00pm", None),
        ("Monday – Friday", None),
    ]


# --- quotes


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
    doc = run(nlp, text)
    assert [(s._.speaker, s.text) for s in doc.spans["quotes"]] == [
        ("Mark Webb", "We have made real improvements since the inspection"),
        ("Mark Webb", "Officers now receive better training. We will keep working with partners."),
        ("Mark Webb", "There is more to do, and we will do it"),
        ("Ann Lowe", "I welcome today's report."),
    ]


def test_speaker_named_in_the_paragraph_before(nlp) -> None:
    text = "Chief Constable Rob Hale said the force accepted every recommendation.\n\n“We are determined to put this right for the children of the county.”"
    doc = run(nlp, text)
    assert [s._.speaker for s in doc.spans["quotes"]] == ["Rob Hale"]


def test_organisations_speak_for_reports_and_spokespeople(nlp) -> None:
    text = (
        'A spokesperson for Lancashire Constabulary said: "We are disappointed and will respond in due course."\n\n'
        'HMICFRS published its findings. The report said: "Too many victims are being let down by the force."'
    )
    doc = run(nlp, text)
    assert [s._.speaker for s in doc.spans["quotes"]] == [
        "Lancashire Constabulary",
        "HM Inspectorate of Constabulary and Fire & Rescue Services",
    ]


# --- organisations


def test_one_name_per_organisation() -> None:
    text = (
        "Cumbria Police was inspected by HM Inspectorate of Constabulary (HMIC). Cumbria Constabulary accepted "
        "the findings of HMIC, and Northshire County Council agreed."
    )
    names = [o.name for o in find_organisations(text)]
    assert names == [
        "Cumbria Constabulary",
        "HM Inspectorate of Constabulary",
        "HM Inspectorate of Constabulary",
        "Cumbria Constabulary",
        "HM Inspectorate of Constabulary",
        "Northshire County Council",
    ]


def test_force_never_runs_over_a_line_break() -> None:
    text = "Chief Constable Alan Price\n\nNorthshire Police\n\nAdequate\nNorthshire Police"
    assert {o.name for o in find_organisations(text)} == {"Northshire Police"}


# --- end to end on the development corpus


def _gold(shared_corpus, name: str) -> dict:
    return json.loads(
        (shared_corpus / "gold" / f"{name.rsplit('.', 1)[0]}.gold.json").read_text(encoding="utf-8")
    )


def test_people_quotes_and_dates_match_the_gold(shared_corpus, dev_records) -> None:
    for name, record in dev_records.items():
        gold = _gold(shared_corpus, name)
        assert {p.name: p.title for p in record.people} == {p["name"]: p["title"] for p in gold["people"]}, (
            name
        )
        for person in gold["people"]:
            mine = next(p for p in record.people if p.name == person["name"])
            assert set(person["aliases"]) <= {m.text for m in mine.mentions}, (name, person["name"])
        assert [(q.speaker, q.text) for q in record.quotes] == [
            (q["speaker"], q["text"]) for q in gold["quotes"]
        ], name
        dates = [(d.text, d.value) for d in record.dates if not d.extra.get("duration")]
        assert dates == [(d["text"], d["value"]) for d in gold["dates"] if not d.get("duration")], name


def test_single_mark_quotations_but_not_apostrophes() -> None:
    quoted = "'We are disappointed by the report's findings,' said a spokesman."
    assert [quoted[q.start : q.end] for q in find_quotes(quoted)] == [
        "We are disappointed by the report's findings,"
    ]
    assert find_quotes("The forces’ records were checked, and officers' notes were read.") == []
