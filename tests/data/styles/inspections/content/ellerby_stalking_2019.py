"""A force inspection (constructed) whose recommendations are printed in a table with a
reference ("R1") and a deadline column; key findings as square bullets, concerns as dashes.
Layout: sans body at 11 pt, running header at the top right, "Page n of N" footers."""

DOC = {
    "slug": "ellerby-stalking-2019",
    "format": "pdf",
    "kind": "inspection_report",
    "title": "An inspection of Ellerby Police\u2019s response to stalking and harassment",
    "published": "2019-06",
    "force": "Ellerby Police",
    "created": "2019-06-11T09:00:00",
    "style": {"font": "dejavu", "body": 11, "line": 5.6, "margins": (22, 22), "running": "Ellerby Police: stalking and harassment",
              "running_right": True, "page_numbers": "page_of",
              "headings": {"1": [16, "", 6], "2": [12.5, "B", 4], "3": [11, "B", 3]}},
    "cover": {"brand": ["HMICFRS"], "title_lines": ["An inspection of Ellerby Police\u2019s response to stalking and harassment"],
              "date": "June 2019", "foot": ["\u00a9 HMICFRS 2019"]},
    "blocks": [
        ("h1", "Summary"),
        ("p", "This inspection examined how Ellerby Police identifies, records and investigates stalking and harassment, and how "
              "it protects the victims of these crimes. We carried out our fieldwork in January 2019."),
        ("h2", "Key findings"),
        ("p", "Inspectors were pleased to find:"),
        ("ul", ["[[F|a committed team of specialist investigators who were knowledgeable about stalking and well supported by "
                "their managers;]]",
                "[[F|strong links with the regional stalking advocacy service, to which most victims were referred;]]",
                "[[F|good use of stalking protection orders, which the force had applied for in 14 cases since they became "
                "available.]]"], {"bullet": "\u25aa"}),
        ("p", "However, inspectors were concerned to find:"),
        ("ul", ["[[C|that many reports of stalking were recorded as harassment, so that the pattern of behaviour was missed;]]",
                "[[C|that risk assessments were not always completed, even where the victim had been threatened with violence;]]",
                "[[C|that frontline officers had received no training in recognising stalking.]]"], {"bullet": "\u2013"}),
        ("h1", "Findings"),
        ("h2", "Identifying and recording stalking"),
        ("p", "[[C|We found that officers often treated each incident in isolation, and did not look for the course of conduct that "
              "indicates stalking.]] In 11 of the 40 cases we reviewed, the crime had been recorded as harassment when it should "
              "have been recorded as stalking."),
        ("h2", "Investigating stalking"),
        ("p", "[[F|Investigations led by the specialist team were thorough, and investigators made good use of digital evidence "
              "such as messages and social media posts.]] [[C|Investigations allocated to local teams were not supervised well "
              "enough, and some had been closed without the victim being told.]]"),
        ("h2", "Protecting victims"),
        ("p", "[[F|Victims we spoke to praised the support they received from the advocacy service.]] [[C|But the force does not "
              "routinely consider applying for a protection order when a suspect is released on bail.]]"),
        ("h1", "Recommendations"),
        ("p", "We make the following recommendations. Each has a deadline counted from the date this report is published."),
        ("table", ["Ref", "Recommendation", "Deadline"], [
            ["R1", "[[R|1|immediately|Ellerby Police should make sure that every report of harassment is reviewed to identify whether "
                   "it forms part of a course of conduct amounting to stalking.]]", "Immediately"],
            ["R2", "[[R|2|within three months|Ellerby Police should make sure that a stalking risk assessment is completed for "
                   "every victim, and reviewed by a supervisor.]]", "Within three months"],
            ["R3", "[[R|3|within six months|Ellerby Police should train all frontline officers and call handlers to recognise "
                   "stalking behaviour.]]", "Within six months"],
            ["R4", "[[R|4|within six months|Ellerby Police should consider a stalking protection order whenever a suspect of "
                   "stalking is released on bail or under investigation.]]", "Within six months"],
        ], [12, 118, 36]),
        ("h1", "About this inspection"),
        ("p", "We reviewed 40 case files and interviewed 52 officers, staff and partner organisations. We also spoke to 9 victims."),
    ],
}
