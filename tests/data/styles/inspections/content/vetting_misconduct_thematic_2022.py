"""National vetting and counter-corruption thematic (constructed) as a web page: findings across forces,
recommendations under "Recommendation N" headings addressed to chief constables, the College of Policing
and the National Police Chiefs' Council, each opening with its own deadline ("By 31 October 2023",
"By April 2024", "With immediate effect"), and areas for improvement for all forces."""

DOC = {
    "slug": "vetting-misconduct-thematic-2022",
    "format": "html",
    "kind": "inspection_report",
    "title": "An inspection of vetting, misconduct, and misogyny in the police service",
    "published": "2022-11",
    "force": None,
    "unscored": {
        "findings": "left out after the blind run (see ../README.md): the one finding is followed by a 'However, ...' "
                    "sentence that the development corpus's annotation treats as taking the praise back; kept under "
                    "findings_not_scored",
    },
    "html": {"description": "Our inspection of how well police forces vet their officers and staff, and how they "
                            "deal with misconduct and misogyny.",
             "first_published": "2022-11-02T00:01:00+00:00", "type": "Thematic inspection", "date": "2 November 2022",
             "related": ["Counter-corruption and vetting", "Police integrity and corruption"]},
    "blocks": [
        ("h1", "Executive summary"),
        ("p", "In February 2022, the Home Secretary commissioned us to inspect vetting and counter-corruption "
              "arrangements in police forces in England and Wales. We inspected eight forces between April and "
              "June 2022 and reviewed 725 vetting files."),
        ("p", "[[C|We found that too many forces had granted vetting clearance to applicants with previous "
              "convictions or cautions, or who had been the subject of intelligence about domestic abuse.]] "
              "[[C|In 131 of the files we reviewed, we disagreed with the decision to grant clearance.]]"),
        ("p", "[[F|Most forces had enough vetting staff, and the quality of vetting interviews was generally "
              "good.]] [[C|However, forces did not routinely use the information they held on their own systems "
              "when re-vetting officers.]]"),
        ("p", "[[C|Counter-corruption units lacked the capacity to monitor the use of force IT systems "
              "proactively.]] [[C|Misogynistic and sexist behaviour was still prevalent in many forces, and some "
              "female officers told us they did not report it because they feared the consequences.]]"),
        ("h1", "Recommendations"),
        ("p", "We make 43 recommendations in this report. We set out a selection below; the full list is in "
              "Annex A."),
        ("h2", "Recommendation 1"),
        ("p", "[[R|1|By 31 October 2023|By 31 October 2023, chief constables should make sure that their force "
              "vetting units carry out checks on all the information the force holds about an applicant, "
              "including intelligence about domestic abuse.]]"),
        ("h2", "Recommendation 2"),
        ("p", "[[R|2|By April 2024|By April 2024, the College of Policing should review and amend its vetting "
              "authorised professional practice, so that it sets out the circumstances in which vetting should "
              "be refused.]]"),
        ("h2", "Recommendation 3"),
        ("p", "[[R|3|By 30 April 2023|By 30 April 2023, the National Police Chiefs’ Council lead for "
              "counter-corruption should establish a national set of standards for monitoring force IT "
              "systems.]]"),
        ("h2", "Recommendation 4"),
        ("p", "[[R|4|With immediate effect|With immediate effect, chief constables should make sure that officers "
              "and staff who are the subject of a misconduct investigation are re-vetted.]]"),
        ("h1", "Areas for improvement"),
        ("p", "We also identified the following areas for improvement for all forces:"),
        ("ul", ["[[C|forces should make sure that vetting decisions are recorded with a clear rationale;]]",
                "[[C|forces should improve how they share information between professional standards departments "
                "and vetting units.]]"]),
        ("h1", "About this inspection"),
        ("p", "The terms of reference were published on 18 March 2022. We are grateful to the forces we "
              "inspected for their help."),
    ],
}
