"""PEEL 2017 efficiency report (constructed) as a gov.uk-style web page: question headings,
a grade sentence opening each question, "Areas for improvement" as bullet lists, no recommendations."""

DOC = {
    "slug": "brackenfold-peel-efficiency-2017",
    "format": "html",
    "kind": "inspection_report",
    "title": "PEEL: Police efficiency 2017 \u2013 An inspection of Brackenfold Police",
    "published": "2017-11",
    "force": "Brackenfold Police",
    "recommendations": [],
    "html": {"description": "How efficiently Brackenfold Police keeps people safe and reduces crime.",
             "first_published": "2017-11-09T09:30:00+00:00", "type": "Inspection report", "date": "9 November 2017",
             "related": ["PEEL: Police efficiency 2017 \u2013 national report", "PEEL assessment framework 2017"]},
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "[[C|Brackenfold Police requires improvement in the efficiency with which it keeps people safe and reduces crime.]] "
              "This judgement is lower than last year, when the force was judged to be good."),
        ("p", "[[C|The force does not have a good enough understanding of the demand for its services, particularly the demand "
              "that is less obvious, such as modern slavery and online child sexual exploitation.]] [[F|It has a sound financial "
              "position, and it has made the savings required of it without reducing the number of neighbourhood officers.]]"),
        ("h1", "How well does the force understand demand?"),
        ("p", "[[C|Brackenfold Police requires improvement in the way it understands the demand for its services.]]"),
        ("p", "The force receives around 310,000 calls each year. [[C|We found that the force had not analysed the demand that it "
              "generates internally, for example through unnecessary processes and duplicated work.]]"),
        ("h3", "Areas for improvement"),
        ("ul", ["[[C|The force should undertake further work to understand the demand that is less likely to be reported.]]",
                "[[C|The force should identify and reduce the demand it generates internally.]]"]),
        ("h1", "How well does the force use its resources?"),
        ("p", "[[F|Brackenfold Police is good at using its resources to manage current demand.]]"),
        ("p", "[[F|The force has a good understanding of the skills of its workforce, and it uses this information to plan its "
              "training.]] [[F|Its collaboration with two neighbouring forces on firearms and roads policing has saved money and "
              "improved resilience.]]"),
        ("h1", "How well is the force planning for the future?"),
        ("p", "[[C|Brackenfold Police requires improvement in the way it plans for the future.]]"),
        ("p", "[[C|The force\u2019s plans for its workforce are not based on a clear assessment of the demand it expects to face in "
              "future.]] The force intends to publish a new estates strategy in 2018."),
        ("h3", "Area for improvement"),
        ("ul", ["[[C|The force should develop workforce plans that are based on a thorough assessment of future demand.]]"]),
        ("h1", "Next steps"),
        ("p", "We will continue to monitor the force\u2019s progress through our regular contact with it."),
    ],
}
