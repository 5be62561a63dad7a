"""A Welsh force's inspection (constructed): a bilingual cover and headings ("Crynodeb / Summary"), Welsh
place and body names (Welsh Government, the Welsh Language Commissioner, a local health board),
"Key findings" split into "Strengths" and "Areas of concern" lists, and recommendations numbered "(1)"
that share one lead sentence giving the deadline ("We recommend that, by 31 March 2020, Gwernant Police:")."""

DOC = {
    "slug": "gwernant-mental-health-2019",
    "format": "pdf",
    "kind": "inspection_report",
    "title": "Policing and mental health in Gwernant: an inspection of Gwernant Police",
    "published": "2019-10",
    "force": "Gwernant Police",
    "created": "2019-10-08T09:00:00",
    "style": {"font": "serif", "running": "Heddlu Gwernant Police – Policing and mental health",
              "running_pos": "bottom", "page_numbers": "page_of", "body": 10.5, "line": 5.3, "margins": (24, 24)},
    "cover": {"brand": ["HMICFRS"],
              "title_lines": ["Policing and mental health in Gwernant",
                              "An inspection of Gwernant Police / Heddlu Gwernant"],
              "date": "October 2019", "foot": ["This report is also available in Welsh.",
                                               "Mae’r adroddiad hwn hefyd ar gael yn Gymraeg."]},
    "blocks": [
        ("h1", "Crynodeb / Summary"),
        ("p", "Gwernant Police serves a largely rural area of west Wales, with a population of about 520,000. "
              "Mental health services in the area are provided by Bwrdd Iechyd Prifysgol Gorllewin, the local "
              "university health board. We inspected the force in May 2019."),
        ("p", "[[F|Overall, we found that officers in Gwernant deal with people in mental health crisis with "
              "compassion and patience.]] [[C|However, people detained under section 136 of the Mental Health Act "
              "1983 still wait too long to be assessed, and too many are taken to a police station rather than a "
              "health-based place of safety.]]"),
        ("h2", "Key findings"),
        ("label", "Strengths"),
        ("ul", ["[[F|the force and the health board have a joint mental health triage service in the control "
                "room, staffed by mental health nurses every evening;]]",
                "[[F|officers can speak to callers in Welsh when they ask to, and the force meets the Welsh "
                "language standards;]]",
                "[[F|the force’s data on the use of section 136 is accurate and shared with partners every "
                "month.]]"], {"bullet": "–"}),
        ("label", "Areas of concern"),
        ("ul", ["[[C|officers spent an average of nine hours with each person detained under section 136 before "
                "an assessment took place;]]",
                "[[C|the triage service is not available during the day, when demand is highest;]]",
                "[[C|the force does not know how many people it takes to hospital in police vehicles rather than "
                "ambulances.]]"], {"bullet": "–"}),
        ("h1", "Pennod 1 / Chapter 1: Responding to people in crisis"),
        ("p", "Call handlers use a set of questions to identify when mental ill health is a factor. [[F|We found "
              "that these questions were asked in almost every call we listened to.]]"),
        ("p", "[[C|We were concerned that, in 14 of the 40 cases we reviewed, a person in crisis was taken to a "
              "custody suite because no health-based place of safety was available.]] The Welsh Government’s "
              "Mental Health Crisis Care Concordat says this should happen only in exceptional circumstances."),
        ("h1", "Pennod 2 / Chapter 2: Working with partners"),
        ("p", "[[F|The force attends the regional crisis care board, and its senior officers have good relationships "
              "with the health board.]] [[F|The partnership has agreed a shared action plan, which it reviews every "
              "quarter.]]"),
        ("h1", "Argymhellion / Recommendations"),
        ("p", "We recommend that, by 31 March 2020, Gwernant Police:"),
        ("ol", ["[[R|1|by 31 March 2020|works with the health board to extend the mental health triage service to "
                "cover the hours of highest demand;]]",
                "[[R|2|by 31 March 2020|agrees with the health board and the ambulance service a protocol that "
                "sets out how people detained under section 136 will be taken to a place of safety;]]",
                "[[R|3|by 31 March 2020|records and reviews every occasion on which a person in crisis is taken to "
                "a custody suite.]]"], {"fmt": "({n})", "width": 10}),
        ("h1", "Ynglŷn â’r arolygiad / About this inspection"),
        ("p", "We carried out our fieldwork between 13 and 24 May 2019. We thank the force and the health board "
              "for their help."),
    ],
}
