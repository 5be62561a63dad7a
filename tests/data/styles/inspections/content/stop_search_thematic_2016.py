"""A national thematic inspection (constructed) as a PDF: chapter findings in the first person plural,
recommendations under bold "Recommendation N" lines worded "We recommend that, by ..., all chief
constables should ...", a numbered list of areas for improvement under a heading that ends in a colon.
Layout: DejaVu Sans 10 pt, headings numbered, plain centred page numbers, running header at the top."""

DOC = {
    "slug": "stop-search-thematic-2016",
    "format": "pdf",
    "kind": "inspection_report",
    "title": "Stop and search powers 2: are the police using them effectively and fairly?",
    "published": "2016-03",
    "force": None,
    "created": "2016-03-15T09:00:00",
    "style": {"font": "dejavu", "body": 10, "line": 5.0, "margins": (25, 25), "running": "Stop and search powers 2",
              "page_numbers": "centre",
              "headings": {"1": [14, "B", 6], "2": [10, "B", 4], "3": [10, "I", 3]}},
    "cover": {"brand": ["HMIC"], "title_lines": ["Stop and search powers 2:", "are the police using them effectively and fairly?"],
              "date": "March 2016", "foot": ["\u00a9 HMIC 2016"]},
    "blocks": [
        ("h1", "1. Executive summary"),
        ("p", "In 2013, we reported that the police did not use stop and search powers well. This inspection examined "
              "what progress all 43 forces in England and Wales had made since then."),
        ("p", "[[F|We found that most forces have improved the way they record the grounds for a search, and that the "
              "proportion of records with reasonable grounds has risen.]] [[C|However, we are concerned that too few forces "
              "understand the effect that the use of these powers has on the communities they serve.]]"),
        ("h1", "2. Progress since 2013"),
        ("h2", "Recording and supervision"),
        ("p", "[[F|In the forces we visited, officers we spoke to understood the legal requirements for a search, and "
              "supervisors regularly reviewed the records.]] [[C|Only 14 forces were able to show us that they monitored the "
              "use of the powers by individual officers.]]"),
        ("h2", "Community engagement"),
        ("p", "[[C|Most forces had not done enough to explain their use of stop and search to the public, and few had "
              "involved young people in scrutiny of the powers.]] The Best Use of Stop and Search scheme was introduced "
              "in 2014."),
        ("h1", "3. Recommendations"),
        ("label", "Recommendation 1"),
        ("p", "[[R|1|by 31 July 2016|We recommend that, by 31 July 2016, all chief constables should make sure that the use of "
              "stop and search by each officer is monitored and that supervisors act on the results.]]"),
        ("label", "Recommendation 2"),
        ("p", "[[R|2|within six months|We recommend that the College of Policing should, within six months, include "
              "unconscious bias in the national training on stop and search.]]"),
        ("label", "Recommendation 3"),
        ("p", "[[R|3|by 31 March 2017|We recommend that, by 31 March 2017, all chief constables should publish the "
              "results of their community scrutiny of stop and search each year.]]"),
        ("h1", "4. Areas for improvement:"),
        ("ol", ["[[C|Forces should make better use of body-worn video when searching people.]]",
                "[[C|Forces should record the outcome of every search, including when nothing is found.]]"],
         {"fmt": "{n}."}),
        ("h1", "Annex A \u2013 About the data"),
        ("p", "The figures in this report come from the annual data return that forces make to the Home Office, for the "
              "year ending 31 March 2015."),
    ],
}
