"""Joint inspection of police custody suites (HM Inspectorate of Prisons and HMIC; constructed):
numbered paragraphs, "Causes of concern and recommendations" where a recommendation is labelled
with its paragraph number ("Recommendation 4.2: ..."), areas for improvement, good practice.
Layout: condensed sans, small headings at body size, dash bullets, plain page numbers."""

DOC = {
    "slug": "tanfield-custody-2017",
    "format": "pdf",
    "kind": "inspection_report",
    "title": "Report on an unannounced inspection visit to police custody suites in Tanfield",
    "published": "2017-08",
    "force": "Tanfield Constabulary",
    "created": "2017-08-03T09:30:00",
    "style": {"font": "condensed", "body": 10, "line": 4.8, "margins": (30, 25), "running": "Tanfield police custody suites",
              "page_numbers": "centre", "align": "J",
              "headings": {"1": [12, "B", 6], "2": [10, "B", 4], "3": [10, "I", 3]}},
    "cover": {"brand": ["HM Inspectorate of Prisons", "HM Inspectorate of Constabulary"],
              "title_lines": ["Report on an unannounced inspection visit to police custody suites in Tanfield"],
              "date": "Inspected 6\u201317 March 2017. Published August 2017", "foot": ["Joint inspections of police custody"]},
    "blocks": [
        ("h1", "Section 1. Introduction"),
        ("p", "1.1 This report is one in a series of inspections of police custody carried out jointly by HM Inspectorate of "
              "Prisons and HM Inspectorate of Constabulary. The inspections look at the treatment of detainees and the conditions "
              "in which they are held."),
        ("p", "1.2 Tanfield Constabulary has three designated custody suites, at Tanfield Central, Ormsby and Killow, with 46 "
              "cells in all. In the year to December 2016 the suites held 11,200 detainees."),
        ("h1", "Section 2. Leadership, accountability and partnerships"),
        ("p", "2.1 [[F|There was a clear governance structure for custody, and a chief inspector led the custody teams across all "
              "three suites.]] [[C|However, the force did not collect or analyse enough information about the use of force in "
              "custody to understand whether it was always justified.]]"),
        ("p", "2.2 [[F|Partnership work with the local mental health trust was good, and a liaison and diversion team was present "
              "in each suite for most of the day.]]"),
        ("h1", "Section 3. Pre-custody: first point of contact"),
        ("p", "3.1 [[F|Officers we spoke to had a good understanding of their powers under the Mental Health Act 1983 and of "
              "the alternatives to custody for vulnerable people.]] [[C|Too many children were brought into custody after being "
              "charged, because no alternative accommodation had been requested from the local authority.]]"),
        ("h1", "Section 4. In the custody suite: booking in, individual needs and legal rights"),
        ("p", "4.1 [[F|Custody sergeants were polite and respectful towards detainees and took time to explain their rights.]] "
              "[[C|Booking-in desks at Tanfield Central offered little privacy, and detainees could be overheard when answering "
              "questions about their health.]]"),
        ("p", "4.2 [[C|Risk assessments were completed for all detainees, but care plans were not always updated when new "
              "information came to light.]]"),
        ("h1", "Section 5. Summary of causes of concern, recommendations and areas for improvement"),
        ("label", "Cause of concern"),
        ("p", "5.1 [[C|The use of force in custody was not governed well enough. Incidents were not always recorded, and "
              "managers could not show that the force used was necessary and proportionate.]]"),
        ("p", "5.2 Recommendation: [[R|1||The force should ensure that all use of force in custody is recorded in line with "
              "national requirements, and that each incident is reviewed by a manager with access to the CCTV footage.]]"),
        ("label", "Cause of concern"),
        ("p", "5.3 [[C|Children who had been charged and refused bail were routinely held in police cells overnight, which "
              "is contrary to the law.]]"),
        ("p", "5.4 Recommendation: [[R|2||The force and the local authority should work together to make sure that children "
              "charged and refused bail are moved to local authority accommodation.]]"),
        ("label", "Recommendations"),
        ("p", "Recommendation 5.5: [[R|3||The force should improve the privacy of booking-in desks at Tanfield Central so that "
              "detainees can disclose personal information without being overheard.]]"),
        ("p", "Recommendation 5.6: [[R|4||Custody staff should review and update care plans whenever new information about a "
              "detainee\u2019s risk is received.]]"),
        ("label", "Areas for improvement"),
        ("ul", ["[[C|Detainees should be offered a shower and a change of clothing if they are held for longer than 24 hours.]]",
                "[[C|The force should monitor the time that detainees with mental health problems wait for an assessment.]]",
                "[[C|Cell call bells should be answered promptly and the response recorded.]]"], {"bullet": "\u2013"}),
        ("label", "Good practice"),
        ("ul", ["[[F|A pharmacist reviewed the medication of every detainee held for more than 12 hours, which meant that "
                "prescriptions were continued without delay.]]"], {"bullet": "\u2013"}),
        ("h1", "Section 6. Release and transfer"),
        ("p", "6.1 [[F|Pre-release risk assessments were completed well, and detainees with vulnerabilities were given details of "
              "support services when they left.]] Most detainees were released during the day."),
    ],
}
