"""A national thematic inspection (constructed), as a gov.uk "publication-html" page: findings
drawn from several forces, and recommendations addressed to chief constables, the College of
Policing and the Home Office, labelled "Recommendation 1" and carrying their own deadlines."""

DOC = {
    "slug": "missing-adults-thematic-2018",
    "format": "html",
    "kind": "inspection_report",
    "title": "Out of sight: the police response to adults who go missing",
    "published": "2018-10",
    "force": None,
    "html": {"description": "A thematic inspection of how police forces in England and Wales respond to reports of missing adults.",
             "first_published": "2018-10-16T09:30:00+01:00", "type": "Independent report", "date": "16 October 2018",
             "related": ["Missing children: who cares?", "The state of policing 2017"]},
    "blocks": [
        ("h1", "Foreword"),
        ("p", "Every year, the police receive around 130,000 reports of adults who have gone missing. Most return home safely within "
              "a day, but some come to serious harm. This inspection examined how well the police respond when an adult is "
              "reported missing, and how they work with other organisations to prevent it happening again."),
        ("p", "We inspected six forces between January and April 2018, and we reviewed 240 cases of adults reported missing."),
        ("h1", "Summary"),
        ("p", "[[F|We found that officers and staff in all the forces we inspected understood that a missing adult may be at "
              "serious risk, and that they treated most reports with urgency.]] [[F|Searches for high-risk missing adults were "
              "generally well coordinated, and forces made good use of specialist search advisers.]]"),
        ("p", "[[C|However, we were concerned to find that the initial risk assessment was often based on too little "
              "information, and that it was rarely reviewed as the search progressed.]] [[C|Forces did not consistently "
              "identify adults who go missing repeatedly, and few had arrangements with health services to understand why they "
              "did so.]]"),
        ("h1", "Findings"),
        ("h2", "Receiving reports"),
        ("p", "In all six forces, reports of missing adults are received by the force control room. [[C|In three forces, call "
              "handlers did not always ask the questions needed to establish whether the adult had a mental health condition or "
              "had expressed an intention to harm themselves.]]"),
        ("h2", "Searching for missing adults"),
        ("p", "[[F|In one force, a dedicated missing persons coordinator reviewed every open case each morning, which meant that "
              "no case was left without direction.]] [[C|Elsewhere, responsibility for a case often passed between shifts without "
              "a clear handover, and we saw cases in which no officer had taken any action for several hours.]]"),
        ("h2", "Preventing repeat episodes"),
        ("p", "[[C|Few forces collected information from adults when they returned, so that the reasons why they had gone "
              "missing were seldom understood.]] The Home Office guidance does not currently require such interviews for adults."),
        ("h1", "Recommendations"),
        ("p", "Recommendation 1"),
        ("p", "[[R|1|by 31 March 2019|By 31 March 2019, chief constables should make sure that the risk assessment of every missing "
              "adult is reviewed by a supervisor at set intervals during the search, and that the reasons for any change of risk "
              "level are recorded.]]"),
        ("p", "Recommendation 2"),
        ("p", "[[R|2|within six months|Within six months, the College of Policing should revise its authorised professional "
              "practice on missing persons to include guidance on handing over responsibility for missing adult cases between "
              "shifts.]]"),
        ("p", "Recommendation 3"),
        ("p", "[[R|3||The Home Office should work with the Department of Health and Social Care to consider whether adults who "
              "return after being missing should be offered an interview by an independent organisation.]]"),
        ("p", "Recommendation 4"),
        ("p", "[[R|4|by 30 September 2019|By 30 September 2019, chief constables should agree with health services how they will "
              "identify and support adults who go missing repeatedly.]]"),
        ("h1", "Annex A \u2013 Methodology"),
        ("p", "We reviewed national data and the policies of the six forces, and we interviewed 180 officers and staff. We also "
              "held focus groups with the families of adults who had been missing."),
    ],
}
