"""Crime data integrity inspection 2017 (constructed) as a web page: an overall grade sentence, a cause of
concern whose recommendations sit in a table (Recommendation | Timescale), areas for improvement,
and findings introduced by "We found:" lists."""

DOC = {
    "slug": "fernley-cdi-2017",
    "format": "html",
    "kind": "inspection_report",
    "title": "Fernley Police: Crime Data Integrity inspection 2017",
    "published": "2017-09",
    "force": "Fernley Police",
    "html": {"description": "How accurately Fernley Police records the crimes reported to it.",
             "first_published": "2017-09-21T09:30:00+01:00", "type": "Inspection report", "date": "21 September 2017",
             "related": ["Crime data integrity inspection programme", "Crime-recording: making the victim count"]},
    "blocks": [
        ("h1", "Overall judgement"),
        ("p", "[[C|Fernley Police is inadequate at recording the crimes reported to it.]] We estimate that the force fails "
              "to record about 26,000 of the crimes reported to it each year."),
        ("h1", "Summary"),
        ("p", "We found:"),
        ("ul", ["[[F|the chief officer team has shown strong leadership and a clear commitment to improving crime "
                "recording;]]",
                "[[F|the force has improved the accuracy of its recording of rape offences since our last inspection.]]"]),
        ("p", "However, we also found:"),
        ("ul", ["[[C|the force fails to record many reports of violent crime, including domestic abuse;]]",
                "[[C|crimes reported through the force\u2019s public protection unit are often not recorded.]]"]),
        ("h1", "Cause of concern"),
        ("p", "[[C|Fernley Police is failing to record a high proportion of violent crimes reported to it, and many of the "
              "victims are vulnerable.]]"),
        ("p", "To address this cause of concern, we recommend that the force takes the following steps:"),
        ("table", ["Recommendation", "Timescale"], [
            ["[[R|1|immediately|The force should put in place a process to review all reports of violent crime that have not "
             "been recorded as crimes.]]", "Immediately"],
            ["[[R|2|within three months|The force should train all officers and staff who receive reports of crime in the "
             "requirements of the national crime recording standard.]]", "Within three months"],
            ["[[R|3|within six months|The force should make sure that its audit programme covers reports received by its "
             "public protection unit.]]", "Within six months"],
        ], [130, 40]),
        ("h1", "Areas for improvement"),
        ("ul", ["[[C|The force should improve the way it records the outcomes of crimes, so that victims are told what "
                "has happened.]]",
                "[[C|The force should make sure that reports of modern slavery are recorded as crimes.]]"]),
        ("h1", "Methodology"),
        ("p", "We examined 1,200 incident records and interviewed 60 officers and staff in July 2017."),
    ],
}
