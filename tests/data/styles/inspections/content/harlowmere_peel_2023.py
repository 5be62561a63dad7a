"""PEEL 2023-25 (constructed): a grade per question on a line of its own, numbered "Area for improvement 3"
boxes, a "Cause of concern" box holding "Recommendations" with one inline deadline sentence ("Within six
months, the force should ..."), "Innovative practice" boxes (neither finding nor concern), and a
"Main findings" chapter that speaks of the force in the second person plural ("we")."""

DOC = {
    "slug": "harlowmere-peel-2023",
    "format": "pdf",
    "kind": "inspection_report",
    "title": "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Harlowmere Constabulary",
    "pdf_title": "PEEL 2023–25 Harlowmere Constabulary",
    "published": "2024-02",
    "force": "Harlowmere Constabulary",
    "created": "2024-02-13T09:00:00",
    "unscored": {
        "title": "left out after the blind run: the PDF's Title entry ('PEEL 2023–25 Harlowmere Constabulary') and the "
                 "three cover lines differ, and the punctuated title annotated here is printed in neither",
        "findings": "left out after the blind run (see ../README.md): two findings are followed by a 'But ...' "
                    "sentence that the development corpus's annotation treats as taking the praise back, and one "
                    "states a result with no cue phrase; kept under findings_not_scored",
    },
    "style": {"font": "dejavu", "running": "PEEL 2023–25: Harlowmere Constabulary", "running_pos": "top",
              "page_numbers": "centre", "body": 10.5, "line": 5.4},
    "cover": {"brand": ["His Majesty’s Inspectorate of", "Constabulary and Fire & Rescue Services"],
              "title_lines": ["PEEL 2023–25", "Police effectiveness, efficiency and legitimacy",
                              "An inspection of Harlowmere Constabulary"],
              "date": "February 2024", "foot": ["© HMICFRS 2024", "ISBN: 978-1-00000-000-0"]},
    "blocks": [
        ("h1", "Overall summary"),
        ("label", "Our judgements"),
        ("table", ["Area of policing", "Grade"], [
            ["Police powers and public treatment", "Good"],
            ["Preventing crime", "Adequate"],
            ["Responding to the public", "Inadequate"],
            ["Investigating crime", "Requires improvement"],
            ["Leadership and force management", "Adequate"],
        ], [110, 50]),
        ("p", "Since our last inspection, the force has restructured its neighbourhood teams and invested in a new "
              "records management system. We recognise the scale of that change."),
        ("label", "Summary of findings"),
        ("p", "[[F|The force treats the public with fairness and respect, and its use of stop and search is well "
              "scrutinised by community panels.]] [[C|But too many emergency calls are not answered within ten "
              "seconds, and call handlers do not always identify repeat and vulnerable callers.]]"),
        ("h1", "Police powers and public treatment"),
        ("label", "Good"),
        ("p", "[[F|Harlowmere Constabulary is good at treating the public fairly and respectfully.]]"),
        ("p", "[[F|Officers record the grounds for almost every stop and search, and 94 percent of the records we "
              "reviewed showed reasonable grounds.]] Body-worn video is switched on in most encounters."),
        ("box", [("label", "Innovative practice"),
                 ("p", "The force invites young people who have been stopped and searched to review body-worn "
                       "video footage with an independent panel.")]),
        ("h1", "Responding to the public"),
        ("label", "Inadequate"),
        ("p", "[[C|Harlowmere Constabulary is inadequate at responding to the public.]]"),
        ("p", "[[C|The force takes too long to answer emergency and non-emergency calls.]] In the six months before our "
              "inspection, only 71 percent of 999 calls were answered within ten seconds, against a national "
              "standard of 90 percent. [[C|Over a quarter of non-emergency callers abandoned their call.]]"),
        ("box", [("label", "Cause of concern"),
                 ("p", "[[C|Harlowmere Constabulary does not answer calls from the public quickly enough, and it "
                       "does not always identify vulnerable callers. This means that people may be put at risk.]]"),
                 ("label", "Recommendations"),
                 ("p", "[[R|1|within six months|Within six months, the force should make sure that it answers "
                       "emergency calls within the national standard and reduces the number of abandoned "
                       "non-emergency calls.]]"),
                 ("p", "[[R|2|within six months|Within six months, the force should make sure that call handlers use "
                       "a structured triage process to identify repeat and vulnerable callers, and that they record "
                       "the outcome.]]")]),
        ("h1", "Investigating crime"),
        ("label", "Requires improvement"),
        ("p", "[[C|Harlowmere Constabulary requires improvement at investigating crime.]]"),
        ("box", [("label", "Area for improvement 1"),
                 ("p", "[[C|The force should make sure that investigations are allocated to officers with the right "
                       "skills and experience.]]")]),
        ("box", [("label", "Area for improvement 2"),
                 ("p", "[[C|The force should improve the supervision of investigations, so that each has a clear "
                       "plan and is reviewed at regular intervals.]]")]),
        ("p", "[[F|We found that victims were kept informed in most of the cases we examined.]] [[C|However, "
              "victim needs assessments were missing from a third of the files.]]"),
        ("box", [("label", "Area for improvement 3"),
                 ("p", "[[C|The force needs to make sure it complies with the Code of Practice for Victims of "
                       "Crime.]]")]),
        ("h1", "Leadership and force management"),
        ("label", "Adequate"),
        ("p", "[[F|Harlowmere Constabulary is adequate at building, supporting and protecting its workforce.]]"),
        ("p", "[[F|The force has a good understanding of the demand it faces, and it has a realistic plan to "
              "balance its budget.]]"),
        ("h1", "About the data"),
        ("p", "Data in this report is from a range of sources, including the Home Office and data we collected "
              "from the force in our document request between 3 and 14 April 2023."),
    ],
}
