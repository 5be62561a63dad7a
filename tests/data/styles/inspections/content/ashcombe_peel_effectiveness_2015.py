"""PEEL 2015 effectiveness report (constructed): per-question chapters, graded, areas for
improvement as bullets, a cause of concern whose recommendations share "within three months".
Layout: serif body, running header at the foot, "Page n of N", headings at body size in bold."""

RUN = "PEEL: Police effectiveness 2015 \u2013 Ashcombe Constabulary"

DOC = {
    "slug": "ashcombe-peel-effectiveness-2015",
    "format": "pdf",
    "kind": "inspection_report",
    "title": "PEEL: Police effectiveness 2015 \u2013 An inspection of Ashcombe Constabulary",
    "published": "2016-02",
    "force": "Ashcombe Constabulary",
    "created": "2016-02-18T09:00:00",
    "style": {"font": "serif", "body": 10.5, "line": 5.0, "margins": (24, 24), "running": RUN,
              "running_pos": "bottom", "page_numbers": "page_of",
              "headings": {"1": [14, "B", 6], "2": [10.5, "B", 4], "3": [10.5, "I", 3]}},
    "cover": {"brand": ["HMIC"], "title_lines": ["PEEL: Police effectiveness 2015", "An inspection of Ashcombe Constabulary"],
              "date": "February 2016", "foot": ["\u00a9 HMIC 2016", "ISBN: 978-1-00000-000-0"]},
    "blocks": [
        ("h1", "Overall judgement"),
        ("p", "HMIC found that [[C|Ashcombe Constabulary requires improvement in the way it keeps people safe and reduces crime.]] "
              "Our overall judgement this year is the same as last year, when we judged the force to require improvement."),
        ("p", "[[F|The force is good at preventing crime and tackling anti-social behaviour, and its neighbourhood officers know their "
              "communities well.]] [[C|However, the quality of its investigations is too variable, and victims of crime do not always "
              "receive a good service.]] [[C|We have serious concerns about how the force protects people who are vulnerable, and in "
              "particular about the way it responds to missing children.]]"),
        ("h1", "Introduction"),
        ("p", "As part of our annual inspections of police effectiveness, efficiency and legitimacy (PEEL), HMIC\u2019s "
              "effectiveness programme assessed how well forces keep people safe and reduce crime. Our inspection looked at four "
              "areas of policing, each the subject of a question below. We carried out the fieldwork in Ashcombe in September 2015."),
        ("h1", "How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?"),
        ("p", "[[F|Ashcombe Constabulary is good at preventing crime, tackling anti-social behaviour and keeping people safe.]]"),
        ("p", "[[F|We found that neighbourhood teams work closely with local councils and housing providers to solve problems "
              "that cause repeated calls for service.]] The force has 34 neighbourhood teams, and each has a named inspector. "
              "[[F|Officers make good use of the powers available to them to tackle anti-social behaviour, and they record what "
              "they have done on a shared system.]]"),
        ("h2", "Areas for improvement"),
        ("ul", ["[[C|The force should evaluate its crime prevention activity so that it understands which approaches work and "
                "can share them across the force.]]",
                "[[C|The force should make sure that the problem-solving plans of its neighbourhood teams are reviewed by a "
                "supervisor.]]"], {"bullet": "\u2022"}),
        ("h1", "How effective is the force at investigating crime and managing offenders?"),
        ("p", "[[C|Ashcombe Constabulary requires improvement at investigating crime and managing offenders.]]"),
        ("p", "[[C|Investigations are not always allocated to officers with the right skills, and supervisors do not always "
              "check that investigation plans are followed.]] [[F|The force\u2019s specialist teams investigate serious crimes "
              "thoroughly and to a high standard.]] [[C|Too many suspects who have been identified are not arrested promptly, "
              "and the force does not have a clear picture of how many wanted people there are.]]"),
        ("h2", "Areas for improvement"),
        ("ul", ["[[C|The force should improve the supervision of investigations carried out by its local response officers.]]",
                "[[C|The force should make sure that it knows how many suspects are circulated as wanted, and that it pursues them "
                "promptly.]]",
                "[[C|The force should make better use of the integrated offender management scheme to reduce reoffending by those "
                "who cause the most harm.]]"], {"bullet": "\u2022"}),
        ("h1", "How effective is the force at protecting those who are vulnerable from harm, and supporting victims?"),
        ("p", "[[C|Ashcombe Constabulary is inadequate at protecting those who are vulnerable from harm and supporting victims.]]"),
        ("p", "[[F|Call handlers identify vulnerable callers well, using a structured set of questions.]] [[C|However, when "
              "officers are not available, incidents involving vulnerable people are often left in a queue for many hours.]] "
              "[[C|We found that the force does not treat children who go missing from home with sufficient urgency, and that "
              "many cases were wrongly classified as absent rather than missing.]]"),
        ("h2", "Cause of concern"),
        ("p", "[[C|Ashcombe Constabulary does not respond well enough to children who go missing from home. Officers often "
              "classify missing children as absent without assessing the risk to them, and the information gathered when a child "
              "returns is seldom used to protect the child in future.]]"),
        ("p", "To address this cause of concern, we recommend that the force should, within three months:"),
        ("ul", ["[[R|1|within three months|review its use of the absent category so that every child reported missing receives an "
                "assessment of risk by a supervisor;]]",
                "[[R|2|within three months|make sure that return home interviews are carried out for every child who has been "
                "missing, and that the information is recorded and used;]] and",
                "[[R|3|within three months|put in place arrangements with the local authority to identify children who go missing "
                "repeatedly and who may be at risk of sexual exploitation.]]"], {"bullet": "\u2022"}),
        ("h2", "Areas for improvement"),
        ("ul", ["[[C|The force should reduce the time that incidents involving vulnerable people wait for an officer to be "
                "sent.]]",
                "[[C|The force should make sure that all domestic abuse risk assessments are reviewed by a trained supervisor within "
                "24 hours.]]"], {"bullet": "\u2022"}),
        ("h1", "How effective are the force\u2019s specialist capabilities?"),
        ("p", "HMIC does not grade this question. We looked at how the force prepares for national threats such as terrorism "
              "and serious cyber crime."),
        ("p", "[[F|We found that the force has well-tested plans to respond to a firearms incident, and it exercises them "
              "regularly with neighbouring forces.]]"),
        ("h1", "Next steps"),
        ("p", "HMIC will assess progress on the recommendations and areas for improvement identified within its reports in "
              "several ways. We will revisit the force to examine its progress against the cause of concern in 2016."),
    ],
}
