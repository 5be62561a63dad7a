"""The whole pipeline on the development corpus (../shared/corpus) against its gold."""

from __future__ import annotations

import json

import pytest


def _gold(shared_corpus, name: str) -> dict:
    return json.loads(
        (shared_corpus / "gold" / f"{name.rsplit('.', 1)[0]}.gold.json").read_text(encoding="utf-8")
    )


def _score(dev_records, shared_corpus, field, kinds):
    from reportmine.evaluation.scoring import score_spans

    tp = fp = fn = 0
    accuracy: dict[str, list[bool]] = {}
    for name, record in dev_records.items():
        gold = json.loads((shared_corpus / "gold" / (name.rsplit(".", 1)[0] + ".gold.json")).read_text())
        if gold["kind"] not in kinds:
            continue
        s = score_spans(gold.get(field, []), record.to_dict().get(field, []), field)
        tp, fp, fn = tp + s.tp, fp + s.fp, fn + s.fn
        for key, ratio in s.accuracy.items():
            accuracy.setdefault(key, []).append(ratio)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, accuracy


REPORTS = ("inspection_report", "follow_up_report")


def test_people_quotes_and_dates_match_the_gold(shared_corpus, dev_records) -> None:
    for name, record in dev_records.items():
        gold = _gold(shared_corpus, name)
        assert {p.name: p.title for p in record.people} == {p["name"]: p["title"] for p in gold["people"]}, (
            name
        )
        for person in gold["people"]:
            mine = next(p for p in record.people if p.name == person["name"])
            assert set(person["aliases"]) <= {m.text for m in mine.mentions}, (name, person["name"])
        assert [(q.speaker, q.text) for q in record.quotes] == [
            (q["speaker"], q["text"]) for q in gold["quotes"]
        ], name
        dates = [(d.text, d.value) for d in record.dates if not d.extra.get("duration")]
        assert dates == [(d["text"], d["value"]) for d in gold["dates"] if not d.get("duration")], name


def test_dev_recommendations(dev_records, shared_corpus):
    f1, acc = _score(dev_records, shared_corpus, "recommendations", REPORTS)
    assert f1 >= 0.97
    assert all(r.value in (None, 1.0) for r in acc["number"] + acc["deadline"])


@pytest.mark.parametrize("field", ["findings", "concerns"])
def test_dev_findings_and_concerns(dev_records, shared_corpus, field):
    f1, _ = _score(dev_records, shared_corpus, field, REPORTS + ("press_release", "news_article"))
    assert f1 >= 0.85


def test_dev_outcome_status(dev_records, shared_corpus):
    f1, acc = _score(dev_records, shared_corpus, "outcomes", REPORTS)
    assert f1 >= 0.9
    assert all(r.value in (None, 1.0) for r in acc["status"])
