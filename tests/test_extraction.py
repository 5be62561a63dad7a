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


def test_documents_meet_the_model_in_batches_and_a_failed_batch_costs_only_its_culprit(
    tmp_path, nlp, monkeypatch
) -> None:
    """Under a time budget (there is one by default) documents still go through ``nlp.pipe`` a batch
    at a time; a batch that fails is run again document by document, each Doc made afresh, so the
    others get exactly the records they get alone and only the culprit fails."""
    from helpers import GOOD_TEXT

    from reportmine import Document, Failure, iter_documents
    from reportmine.limits import Limits

    forces = ["Kent Police", "Essex Police", "Dorset Police", "Gwent Police", "Durham Constabulary", "Avon"]
    paths = []
    for i, force in enumerate(forces):
        path = tmp_path / f"note{i}.txt"
        path.write_text(GOOD_TEXT.replace("Kent Police", force), encoding="utf-8")
        paths.append(path)
    alone = [next(iter_documents([p], nlp=nlp)).to_dict() for p in paths]
    sizes: list[int] = []
    real_pipe = nlp.pipe

    def pipe(docs, **kwargs):
        docs = list(docs)
        sizes.append(len(docs))
        return real_pipe(docs, **kwargs)

    monkeypatch.setattr(nlp, "pipe", pipe)
    budget = Limits(timeout=120)
    assert [r.to_dict() for r in iter_documents(paths, nlp=nlp, batch_size=3, limits=budget)] == alone
    assert sizes == [3, 3]

    dates = type(nlp.get_pipe("reportmine_dates"))
    real_call = dates.__call__

    def fail_on_essex(self, doc):
        if "Essex" in doc.text:
            raise RuntimeError("a bug met one document")
        return real_call(self, doc)

    monkeypatch.setattr(dates, "__call__", fail_on_essex)
    results = list(iter_documents(paths, nlp=nlp, batch_size=3, limits=budget))
    assert [isinstance(r, Failure) for r in results] == [False, True, False, False, False, False]
    assert results[1].source == str(paths[1]) and "a bug met one document" in results[1].reason
    assert [r.to_dict() for r in results if isinstance(r, Document)] == alone[:1] + alone[2:]
