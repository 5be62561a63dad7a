"""Joint custody inspection (constructed) in the later HMIP/HMICFRS layout: each section ends with
its own recommendations and areas for improvement (paragraph-numbered, "Recommendation" as a label
line), and a closing summary repeats every one of them word for word with a reference to the
paragraph it came from. Each recommendation and area for improvement is annotated once.
Layout: serif 10 pt, paragraph numbers in a wide margin, running header at the foot, "Page n of N"."""

AFI_1 = ("The force should make sure that detainees\u2019 property is recorded in their presence and signed for.")
AFI_2 = ("Detainees should be able to see a health professional within an hour of asking.")
REC_1 = ("The force should make sure that strip searches are authorised by an inspector, and that the reasons for "
         "each search are recorded and reviewed.")
REC_2 = ("The force should work with its health provider to make sure that detainees receive their prescribed "
         "medication without delay.")
REC_3 = ("The force should make sure that detainees are released only when it is safe to do so, with an address to go to "
         "and a plan for their onward care where they are vulnerable.")

DOC = {
    "slug": "castlebrook-custody-2018",
    "format": "pdf",
    "kind": "inspection_report",
    "title": "Report on an unannounced inspection visit to police custody suites in Castlebrook",
    "published": "2018-04",
    "force": "Castlebrook Constabulary",
    "created": "2018-04-12T10:00:00",
    "style": {"font": "serif", "body": 10, "line": 4.9, "margins": (34, 24), "running": "Castlebrook police custody suites",
              "running_pos": "bottom", "page_numbers": "page_of", "num_gutter": 12,
              "headings": {"1": [13, "B", 6], "2": [10, "B", 4], "3": [10, "BI", 3]}},
    "cover": {"brand": ["HM Inspectorate of Prisons", "HM Inspectorate of Constabulary", "and Fire & Rescue Services"],
              "title_lines": ["Report on an unannounced inspection visit to police custody suites in Castlebrook"],
              "date": "Inspected 13\u201324 November 2017. Published April 2018", "foot": ["Joint inspections of police custody"]},
    "blocks": [
        ("h1", "Section 1. Introduction"),
        ("p", "This report is one in a series of joint inspections of police custody. Castlebrook Constabulary has two "
              "custody suites, at Castlebrook and Hale Cross, with 38 cells between them.", {"num": "1.1"}),
        ("h1", "Section 2. Treatment and conditions"),
        ("h2", "Respect"),
        ("p", "[[F|Staff treated detainees with respect, and most detainees we spoke to told us that they had been treated "
              "well.]]", {"num": "2.1"}),
        ("p", "[[C|Strip searches were carried out too often, and the reasons for them were not always recorded.]] In the "
              "records we examined, 31 detainees had been strip-searched in a month.", {"num": "2.2"}),
        ("label", "Recommendation"),
        ("p", "[[R|1||" + REC_1 + "]]", {"num": "2.3"}),
        ("label", "Area for improvement"),
        ("p", "[[C|" + AFI_1 + "]]", {"num": "2.4"}),
        ("h2", "Health care"),
        ("p", "[[C|Detainees waited too long to see a health professional, and some missed doses of their medication "
              "as a result.]]", {"num": "2.5"}),
        ("p", "[[F|The mental health liaison and diversion team was well established and saw most detainees with mental "
              "health needs promptly.]]", {"num": "2.6"}),
        ("label", "Recommendation"),
        ("p", "[[R|2||" + REC_2 + "]]", {"num": "2.7"}),
        ("label", "Area for improvement"),
        ("p", "[[C|" + AFI_2 + "]]", {"num": "2.8"}),
        ("label", "Good practice"),
        ("p", "[[F|Each suite had a custody nurse on duty at all times, which meant that most detainees were assessed "
              "soon after they arrived.]]", {"num": "2.9"}),
        ("h1", "Section 3. Release and transfer"),
        ("p", "[[C|Some vulnerable detainees were released late at night without any plan for their safety.]]", {"num": "3.1"}),
        ("label", "Recommendation"),
        ("p", "[[R|3||" + REC_3 + "]]", {"num": "3.2"}),
        ("h1", "Section 4. Summary of recommendations and areas for improvement"),
        ("p", "The following is a list of the recommendations and areas for improvement in this report. The paragraph "
              "reference shows where each appears in the main text.", {"num": "4.1"}),
        ("label", "Recommendations"),
        ("p", REC_1 + " (2.3)", {"num": "4.2"}),
        ("p", REC_2 + " (2.7)", {"num": "4.3"}),
        ("p", REC_3 + " (3.2)", {"num": "4.4"}),
        ("label", "Areas for improvement"),
        ("p", AFI_1 + " (2.4)", {"num": "4.5"}),
        ("p", AFI_2 + " (2.8)", {"num": "4.6"}),
    ],
}
