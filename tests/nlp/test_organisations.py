"""Forces and other bodies: every force under all its names, and which force a document is about."""

from __future__ import annotations

import json

import pytest

from reportmine.lexicon.forces import find_forces, find_organisations, main_force
from reportmine.resources import resource_path


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
