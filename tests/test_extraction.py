"""Whole records from short documents written for these tests."""

from __future__ import annotations


def test_news_story_record_end_to_end(tmp_path) -> None:
    import reportmine

    path = tmp_path / "story.txt"
    path.write_text(
        "Greater Manchester Police placed in special measures\n\n"
        "Published 14 March 2019\n\n"
        "Greater Manchester Police (GMP) has been placed in special measures by the police inspectorate.\n\n"
        "HM Inspectorate of Constabulary and Fire & Rescue Services found that GMP failed to record crimes.\n\n"
        "Officers from West Yorkshire Police and Lancashire Constabulary helped with a review.\n\n"
        'Speaking to reporters, Chief Constable Stephen Watson admitted: "The force has let victims down."\n\n'
        "'Some victims were never contacted at all,' the report states.\n\n"
        'A GMP spokesperson said: "Improvements are already under way across all ten districts."\n',
        encoding="utf-8",
    )
    record = reportmine.extract(path)
    assert record.force == "Greater Manchester Police"
    assert [(q.speaker, q.text) for q in record.quotes] == [
        ("Stephen Watson", "The force has let victims down."),
        (
            "HM Inspectorate of Constabulary and Fire & Rescue Services",
            "Some victims were never contacted at all",
        ),
        ("Greater Manchester Police", "Improvements are already under way across all ten districts."),
    ]
    organisations = {o.name: o.mentions for o in record.organisations}
    assert organisations["Greater Manchester Police"] == 5
    assert {"West Yorkshire Police", "Lancashire Constabulary"} <= set(organisations)


def test_inspectorate_web_page_blockquote_without_marks(tmp_path) -> None:
    import reportmine

    path = tmp_path / "news.html"
    path.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Durham Constabulary is outstanding</title>'
        '<meta property="article:published_time" content="2019-03-14T09:00:00+00:00"></head><body><main>'
        "<h1>Durham Constabulary is outstanding at keeping people safe</h1>"
        "<p>HM Inspectorate of Constabulary and Fire &amp; Rescue Services has today published its inspection of "
        "Durham Constabulary.</p><p>HM Inspector of Constabulary Phil Gormley said:</p>"
        "<blockquote><p>Durham Constabulary continues to provide an outstanding service to the communities it serves.</p>"
        "<p>The force has a clear understanding of the demand it faces and plans well for the future.</p></blockquote>"
        '<p>Chief Constable Mike Barton said the grading was "a testament to every officer".</p>'
        "<p>Officers from Cleveland Police and Northumbria Police took part in a joint operation.</p>"
        # a recommendation set apart is not speech
        "<p>In 2017 we recommended:</p><blockquote><p>Within three months, the force should improve how it answers "
        "calls.</p></blockquote></main></body></html>",
        encoding="utf-8",
    )
    record = reportmine.extract(path)
    assert record.force == "Durham Constabulary"
    assert [(q.speaker, q.text) for q in record.quotes] == [
        (
            "Phil Gormley",
            "Durham Constabulary continues to provide an outstanding service to the communities it serves.",
        ),
        (
            "Phil Gormley",
            "The force has a clear understanding of the demand it faces and plans well for the future.",
        ),
        ("Mike Barton", "a testament to every officer"),
    ]
