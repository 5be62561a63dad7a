"""Crime data integrity inspection 2014 (constructed): numbered chapters, paragraph numbers in a
wide left margin, a cause of concern, recommendations each opening with its own deadline
("Within three months, Holmbury Police should ..."), areas for improvement.
Layout: core Helvetica, page numbers on alternating sides, running header at the top right."""

DOC = {
    "slug": "holmbury-crime-data-integrity-2014",
    "format": "pdf",
    "kind": "inspection_report",
    "title": "Crime data integrity: inspection of Holmbury Police",
    "published": "2014-11",
    "force": "Holmbury Police",
    "created": "2014-11-20T10:00:00",
    "style": {"font": "helvetica", "body": 10, "line": 5.0, "margins": (38, 22), "running": "Crime data integrity \u2013 Holmbury Police",
              "running_right": True, "page_numbers": "alternate", "num_gutter": 13, "align": "L",
              "headings": {"1": [13, "B", 6], "2": [11, "B", 4], "3": [10, "BI", 3]}},
    "cover": {"brand": ["HM Inspectorate", "of Constabulary"], "title_lines": ["Crime data integrity", "Inspection of Holmbury Police"],
              "date": "November 2014", "foot": ["\u00a9 HMIC 2014"]},
    "blocks": [
        ("h1", "1. Scope of the inspection"),
        ("p", "HMIC\u2019s inspection of crime data integrity examined whether reports of crime made to the police are recorded "
              "as they should be. We reviewed a sample of incident records created between 1 November 2013 and 31 October 2014 "
              "and interviewed officers and staff.", {"num": "1.1"}),
        ("p", "The inspection also examined the force\u2019s use of out-of-court disposals and its decisions to cancel crime "
              "records (known as no-crime decisions).", {"num": "1.2"}),
        ("h1", "2. Summary"),
        ("p", "[[C|We found that Holmbury Police did not record as crimes a substantial proportion of the reports of crime "
              "that it received.]] Of the 140 incident records we examined that should have resulted in a crime record, "
              "112 had been recorded.", {"num": "2.1"}),
        ("p", "[[F|We found that the force\u2019s senior leaders have made clear to the workforce that accurate crime recording "
              "is a priority.]] [[C|However, this message has not reached all officers, and many of those we spoke to did not "
              "understand the national crime recording standard.]]", {"num": "2.2"}),
        ("h1", "3. Findings"),
        ("h2", "Leadership and governance"),
        ("p", "[[F|The deputy chief constable is the force lead for crime data integrity and chairs a monthly meeting at which "
              "recording performance is reviewed.]] The force crime registrar reports to this meeting.", {"num": "3.1"}),
        ("p", "[[C|The force crime registrar does not have enough staff to audit crime records regularly, and no audit of "
              "violent crime has taken place since 2012.]]", {"num": "3.2"}),
        ("h2", "Systems and processes"),
        ("p", "[[C|Reports of crime received by telephone are recorded promptly, but those made in person at a police station "
              "or through the force website are often not recorded at all.]]", {"num": "3.3"}),
        ("p", "[[F|The decisions to cancel crime records that we examined were, in most cases, correct and supported by "
              "additional verifiable information.]]", {"num": "3.4"}),
        ("h2", "People and skills"),
        ("p", "[[C|Officers have received little training in crime recording since the national standard was revised, and "
              "most rely on the advice of colleagues.]]", {"num": "3.5"}),
        ("h1", "4. Cause of concern"),
        ("p", "[[C|Holmbury Police is failing to record a significant proportion of the crimes reported to it. As a result, "
              "victims are being let down and the force cannot be confident that it understands the demand it faces.]]",
         {"num": "4.1"}),
        ("h1", "5. Recommendations"),
        ("p", "[[R|1|immediately|Immediately, Holmbury Police should put in place arrangements to make sure that every report of "
              "crime received at a police station front counter is recorded without delay.]]", {"num": "5.1"}),
        ("p", "[[R|2|within three months|Within three months, Holmbury Police should establish an audit programme, overseen by the "
              "force crime registrar, that examines the accuracy of crime recording for violent and sexual offences.]]",
         {"num": "5.2"}),
        ("p", "[[R|3|within three months|Within three months, Holmbury Police should make sure that reports of crime received "
              "through its website are reviewed each day and recorded in accordance with the national crime recording standard.]]",
         {"num": "5.3"}),
        ("p", "[[R|4|within six months|Within six months, Holmbury Police should provide training in crime recording to all "
              "officers and staff who receive reports of crime.]]", {"num": "5.4"}),
        ("h1", "6. Areas for improvement"),
        ("p", "[[C|The force should make sure that the force crime registrar has sufficient staff to carry out the audit "
              "programme.]]", {"num": "6.1"}),
        ("p", "[[C|The force should improve the way it records the reasons for its no-crime decisions.]]", {"num": "6.2"}),
    ],
}
