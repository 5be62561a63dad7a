"""PEEL 2016 legitimacy report (constructed) whose summary page is set in two columns; numbered
chapter headings in bold at body size, areas for improvement numbered "1)", recommendations
lettered "(a)", bullets "o". Layout: sans 9.5 pt, page numbers on alternating sides."""

DOC = {
    "slug": "dunholm-peel-legitimacy-2016",
    "format": "pdf",
    "kind": "inspection_report",
    "title": "PEEL: Police legitimacy 2016 \u2013 An inspection of Dunholm Constabulary",
    "published": "2016-12",
    "force": "Dunholm Constabulary",
    "created": "2016-12-08T09:00:00",
    "style": {"font": "dejavu", "body": 9.5, "line": 4.6, "margins": (20, 20), "running": "PEEL: Police legitimacy 2016 \u2013 Dunholm Constabulary",
              "page_numbers": "alternate", "align": "L",
              "headings": {"1": [9.5, "B", 5], "2": [9.5, "BI", 3], "3": [9.5, "I", 3]}},
    "cover": {"brand": ["HMIC"], "title_lines": ["PEEL: Police legitimacy 2016", "An inspection of Dunholm Constabulary"],
              "date": "December 2016", "foot": ["\u00a9 HMIC 2016"]},
    "blocks": [
        ("cols", [
            ("h1", "1. Overall judgement"),
            ("p", "[[F|Dunholm Constabulary is good at treating the people it serves with fairness and respect.]] This is the "
                  "second year in which we have inspected the legitimacy of the force."),
            ("p", "[[F|The force has a strong ethical culture, and its leaders set a clear example of the behaviour they expect.]] "
                  "[[F|Officers understand the importance of treating people fairly, and most of the people who complained to the "
                  "force told us that they had been treated with courtesy.]]"),
            ("p", "[[C|However, the force needs to improve the way it records and monitors its use of stop and search, because "
                  "it cannot show that every search was based on reasonable grounds.]]"),
        ], [
            ("h1", "2. Summary of findings"),
            ("p", "In this inspection we looked at three questions:"),
            ("ul", ["To what extent does the force treat all of the people it serves with fairness and respect?",
                    "How well does the force ensure that its workforce behaves ethically and lawfully?",
                    "To what extent does the force treat its workforce with fairness and respect?"], {"bullet": "o"}),
            ("p", "[[F|We found that the force\u2019s professional standards department deals with complaints promptly and "
                  "keeps complainants informed.]] [[C|Its counter-corruption unit does not have enough staff to assess all the "
                  "intelligence it receives.]]"),
        ]),
        ("page",),
        ("h1", "3. Fairness and respect"),
        ("p", "[[F|Dunholm Constabulary is good at treating all of the people it serves with fairness and respect.]]"),
        ("p", "[[F|The force seeks the views of its communities through a network of independent advisory groups, and it acts on "
              "what they say.]] [[C|We found that supervisors seldom reviewed the records of stop and search encounters, and that "
              "a quarter of the records we examined did not show reasonable grounds.]]"),
        ("h1", "4. Ethical and lawful behaviour"),
        ("p", "[[C|Dunholm Constabulary requires improvement at ensuring that its workforce behaves ethically and lawfully.]]"),
        ("p", "[[C|The force has not done enough to make its workforce aware that the abuse of position for a sexual purpose is "
              "serious corruption.]] [[F|Vetting of new recruits is thorough and up to date.]]"),
        ("h1", "5. Areas for improvement"),
        ("ol", ["[[C|The force should make sure that supervisors review stop and search records regularly, and that officers "
                "record the grounds for each search.]]",
                "[[C|The force should make sure that its counter-corruption unit has the capacity to assess all the intelligence it "
                "receives.]]",
                "[[C|The force should raise awareness among its workforce of the abuse of position for a sexual purpose.]]"],
         {"fmt": "{n})"}),
        ("h1", "6. Recommendations"),
        ("p", "HMIC makes the following recommendations to Dunholm Constabulary."),
        ("ol", ["[[R|1|within six months|Within six months, the force should introduce a process to monitor the use of stop and search "
                "by individual officers and to act on the results.]]",
                "[[R|2|by 31 March 2017|By 31 March 2017, the force should have a plan for making sure that its counter-corruption "
                "unit can assess every piece of intelligence it receives.]]",
                "[[R|3||The force should publish the results of its stop and search monitoring on its website each quarter.]]"],
         {"fmt": "({a})", "width": 10}),
    ],
}
