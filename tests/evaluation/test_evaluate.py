"""`reportmine evaluate`: matching, scoring, floors, and the command on hand-made and development gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from spacy.tokens import Span

from reportmine.cli import main
from reportmine.evaluation import check_floors, evaluate, load_floors, load_gold, score_metadata, score_record
from reportmine.evaluation.gold import GoldError
from reportmine.evaluation.matching import Bag, match_texts, overlap, person_score, words
from reportmine.evaluation.runner import baseline_record

FIELDS = [
    "findings",
    "concerns",
    "recommendations",
    "areas_for_improvement",
    "outcomes",
    "people",
    "dates",
    "quotes",
]
REPO = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- matching


def test_normalisation_rejoins_broken_words_and_plain_quotes() -> None:
    assert words("The force’s multi-\nagency investi- gation;") == words(
        "the force multiagency investigation"
    )
    assert words("“Immediate” improvement — now") == ["immediate", "improvement", "now"]
    assert words("today’s report") == ["today", "report"]


def test_overlap_threshold_takes_most_of_the_gold_and_not_much_more() -> None:
    gold = Bag.of("the force should review how it allocates child abuse investigations")
    assert overlap(Bag.of("the force should review how it allocates child abuse"), gold) >= 0.5
    assert overlap(Bag.of("the force should review"), gold) < 0.5
    doubled = "the force should review how it allocates child abuse investigations " * 2
    assert overlap(Bag.of(doubled + "and more"), gold) < 0.5


def test_assignment_is_one_to_one_in_reading_order() -> None:
    pairs = match_texts(["July 2018", "July 2018"], ["July 2018", "in July 2018", "July 2018"])
    assert [(p.gold, p.pred) for p in pairs] == [(0, 0), (1, 2)]


def test_people_match_by_alias_surname_and_initial() -> None:
    assert person_score("Mr Holloway", "Gareth Holloway", ["Mr Holloway"]) == 1.0
    assert person_score("Chief Constable Gareth Holloway QPM", "Gareth Holloway") == 0.9
    assert person_score("G. Holloway", "Gareth Holloway") == 0.9
    assert person_score("Holloway", "Gareth Holloway") == 0.75
    assert person_score("Paul Worthington", "Poppi Worthington") == 0.0
    assert person_score("Gareth Holman", "Gareth Holloway") == 0.0


# ---------------------------------------------------------------- scoring

GOLD = {
    "file": "r.pdf",
    "kind": "inspection_report",
    "title": "An inspection of  Kent Police",
    "published": "2018-07",
    "force": "Kent Police",
    "findings": [
        {"text": "officers now record the details of every child at the address;"},
        {"text": "supervisors check each risk assessment before the end of the shift;"},
        {"text": "the force has trained all of its call handlers in the new assessment;"},
    ],
    "recommendations": [
        {
            "number": 1,
            "text": "The force should review how it allocates child abuse investigations.",
            "deadline": "immediately",
        },
        {
            "number": 2,
            "text": "The force should improve the quality of its referrals to social care.",
            "deadline": "within three months",
        },
    ],
    "outcomes": [
        {
            "recommendation": 1,
            "status": "achieved",
            "text": "We consider this recommendation to have been achieved.",
        },
        {
            "recommendation": None,
            "area_for_improvement": 2,
            "status": "not_achieved",
            "text": "The area for improvement has not been addressed.",
        },
    ],
    "people": [
        {"name": "Gareth Holloway", "aliases": ["Mr Holloway"], "title": "Chief Constable"},
        {"name": "Rosalind Pryce", "aliases": [], "title": "HM Inspector of Constabulary"},
    ],
    "dates": [
        {"text": "July 2018", "value": "2018-07"},
        {"text": "six months", "value": None, "duration": True},
        {"text": "last year", "value": "2017"},
    ],
    "quotes": [
        {
            "speaker": "HMIC",
            "speaker_variants": ["the inspectorate"],
            "text": "The force must act now to protect children at risk.",
        },
        {"speaker": "Gareth Holloway", "text": "We accept every one of the recommendations in full."},
    ],
}


def test_a_record_equal_to_its_gold_scores_perfectly() -> None:
    scores = score_record(GOLD, GOLD)
    assert set(scores) == set(FIELDS) - {
        "concerns",
        "areas_for_improvement",
    }  # the gold gives no concerns: not scored
    for name, score in scores.items():
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), name
        assert all(r.value == 1.0 for r in score.accuracy.values()), name
    assert scores["dates"].n_gold == 2 and scores["dates"].ignored == 1
    assert all(score_metadata(GOLD, GOLD).values())


def test_partial_findings_count_misses_and_false_positives() -> None:
    record = {
        "findings": [
            {"text": "Officers now record the details of every child at the address"},
            {"text": "Supervisors check each risk assessment before the end of the shift; inspectors"},
            {"text": "The force's estate is in good repair."},
        ]
    }
    score = score_record({"findings": GOLD["findings"]}, record)["findings"]
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)
    assert score.precision == pytest.approx(2 / 3) and score.recall == pytest.approx(2 / 3)


def test_wrong_recommendation_number_and_deadline() -> None:
    record = {
        "recommendations": [
            {
                "number": 2,
                "text": "the force should review how it allocates child abuse investigations",
                "deadline": "Immediately",
            },
            {
                "number": 2,
                "text": "The force should improve the quality of its referrals to social care.",
                "deadline": None,
            },
        ]
    }
    score = score_record({"recommendations": GOLD["recommendations"]}, record)["recommendations"]
    assert score.f1 == 1.0
    assert score.accuracy["number"].value == 0.5
    assert score.accuracy["deadline"].value == 0.5  # case-insensitive; a missing deadline is wrong


def test_wrong_status_and_outcomes_without_a_number_count_for_status_only() -> None:
    record = {
        "outcomes": [
            {
                "recommendation": 1,
                "status": "partially_achieved",
                "text": "We consider this recommendation to have been achieved.",
            },
            {
                "recommendation": 4,
                "status": "not achieved",
                "text": "The area for improvement has not been addressed.",
            },
        ]
    }
    score = score_record({"outcomes": GOLD["outcomes"]}, record)["outcomes"]
    assert score.accuracy["status"].value == 0.5
    assert (score.accuracy["recommendation"].correct, score.accuracy["recommendation"].total) == (1, 1)


def test_duration_dates_are_neither_required_nor_rewarded() -> None:
    record = {
        "dates": [
            {"text": "July 2018", "value": "2018-07"},
            {"text": "six months", "value": None},
            {"text": "three weeks", "value": None, "duration": True},
            {"text": "Tuesday", "value": None},
        ]
    }
    score = score_record({"dates": GOLD["dates"]}, record)["dates"]
    assert (score.tp, score.fp, score.fn, score.ignored) == (1, 1, 1, 2)
    assert score.accuracy["value"].value == 1.0


def test_speaker_may_be_a_variant_or_an_alias() -> None:
    record = {
        "quotes": [
            {"speaker": "The Inspectorate", "text": "the force must act now to protect children at risk"},
            {"speaker": "mr  holloway", "text": "We accept every one of the recommendations in full."},
        ]
    }
    score = score_record({"quotes": GOLD["quotes"], "people": GOLD["people"]}, record)["quotes"]
    assert score.accuracy["speaker"].value == 1.0
    record["quotes"][1]["speaker"] = "Rosalind Pryce"
    score = score_record({"quotes": GOLD["quotes"], "people": GOLD["people"]}, record)["quotes"]
    assert score.accuracy["speaker"].value == 0.5


def test_people_titles_are_judged_on_matched_people() -> None:
    record = {
        "people": [{"name": "Mr Holloway", "title": "chief constable"}, {"name": "Ann Other", "title": None}]
    }
    score = score_record({"people": GOLD["people"]}, record)["people"]
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)
    assert score.accuracy["title"].value == 1.0


def test_metadata_published_may_be_fuller_than_the_gold() -> None:
    record = {
        "kind": "follow_up_report",
        "title": "An inspection of Kent Police",
        "published": "2018-07-12",
        "force": None,
    }
    assert score_metadata(GOLD, record) == {"kind": False, "title": True, "published": True, "force": False}
    assert score_metadata({"published": "2018-07-12"}, {"published": "2018-07"}) == {"published": False}


def test_missing_record_misses_everything() -> None:
    scores = score_record(GOLD, None)
    assert all(s.tp == 0 and s.fp == 0 and s.fn == s.n_gold for s in scores.values())
    assert not any(score_metadata(GOLD, None).values())


def test_baseline_takes_person_and_date_entities() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Mike Cunningham said in July 2016 that Mike Cunningham would return")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 4, 6, "DATE"), Span(doc, 7, 9, "PERSON")]
    assert baseline_record(doc) == {
        "people": [{"name": "Mike Cunningham", "title": None}],
        "dates": [{"text": "July 2016", "value": None}],
    }


# ---------------------------------------------------------------- gold files and floors


def test_gold_files_must_name_a_document(tmp_path: Path) -> None:
    links = tmp_path / "links.json"
    links.write_text(json.dumps([{"report": "a.pdf", "links": []}]), encoding="utf-8")
    with pytest.raises(GoldError):
        load_gold(links)
    bad = tmp_path / "bad.gold.json"
    bad.write_text(json.dumps({"file": "a.pdf", "findings": ["just a string"]}), encoding="utf-8")
    with pytest.raises(GoldError, match="findings"):
        load_gold(bad)


def test_missing_document_is_reported_and_all_missed(tmp_path: Path) -> None:
    (tmp_path / "gone.gold.json").write_text(
        json.dumps({"file": "gone.pdf", "kind": "other", "findings": GOLD["findings"]})
    )
    result = evaluate(tmp_path)
    [doc] = result.documents
    assert doc.status == "missing"
    assert result.scores()["findings.recall"] == 0.0 and result.scores()["metadata.kind"] == 0.0


def test_floors(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    path.write_text(
        json.dumps({"_comment": "x", "dates": {"f1": 0.5}, "outcomes.status_accuracy": 0.0, "typo.f1": 0.1})
    )
    floors = load_floors(path)
    assert floors == {"dates.f1": 0.5, "outcomes.status_accuracy": 0.0, "typo.f1": 0.1}
    checks = {c.name: c for c in check_floors({"dates.f1": 0.4, "outcomes.status_accuracy": None}, floors)}
    assert not checks["dates.f1"].passed
    assert checks["outcomes.status_accuracy"].passed  # nothing measured, floor 0
    assert not checks["typo.f1"].passed
    assert check_floors({"dates.f1": 2 / 3}, {"dates.f1": 0.66})[0].passed


# ---------------------------------------------------------------- the command

NOTE = (
    "Kent Police must improve how it protects children, inspectors said.\n\n"
    "The report was published on 26 January 2017 by Chief Constable Alan Pughsley."
)


def _run(*args: str):
    return CliRunner().invoke(main, ["evaluate", *args], catch_exceptions=False)


def test_evaluate_command_on_a_hand_made_gold(tmp_path: Path, nlp) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs" / "note.txt").write_text(NOTE, encoding="utf-8")
    gold = {
        "file": "note.txt",
        "force": "Kent Police",
        "people": [{"name": "Alan Pughsley", "aliases": [], "title": "Chief Constable"}],
        "dates": [{"text": "26 January 2017", "value": "2017-01-26"}],
    }
    (tmp_path / "gold" / "note.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = _run(str(tmp_path / "gold"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["fields"]) == {"people", "dates"}
    assert data["fields"]["dates"]["n_gold"] == 1 and data["fields"]["people"]["n_gold"] == 1
    assert [d["status"] for d in data["documents"]] == ["ok"]
    assert set(data["metadata"]) == {"force"}

    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"dates.recall": 1.01}), encoding="utf-8")
    result = _run(str(tmp_path / "gold"), "--floors", str(floors))
    assert result.exit_code == 1
    assert "floor not met: dates.recall" in result.stderr
    assert "Matching rule" in result.stdout

    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "docs" / "note.txt").rename(tmp_path / "elsewhere" / "note.txt")
    result = _run(str(tmp_path / "gold" / "note.gold.json"), "--format", "markdown")
    assert result.exit_code == 1
    assert "missing" in result.stderr and "| missing |" in result.stdout
    result = _run(str(tmp_path / "gold" / "note.gold.json"), "--docs", str(tmp_path / "elsewhere"))
    assert result.exit_code == 0, result.stderr


def test_evaluate_command_on_the_development_corpus(shared_corpus: Path, nlp, tmp_path: Path) -> None:
    floors = json.loads((REPO / "quality-floors.json").read_text(encoding="utf-8"))
    floors["recommendations.f1"] = 1.01  # above any score: must fail
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(floors), encoding="utf-8")
    result = _run(str(shared_corpus / "gold"), "--format", "json", "--floors", str(path))
    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    assert list(data["fields"]) == FIELDS
    for name in FIELDS:
        assert {"precision", "recall", "f1", "n_gold", "n_pred"} <= set(data["fields"][name])
    assert {"number_accuracy", "deadline_accuracy"} <= set(data["fields"]["recommendations"])
    assert {"status_accuracy", "recommendation_accuracy"} <= set(data["fields"]["outcomes"])
    assert set(data["metadata"]) == {"kind", "title", "published", "force"}
    assert len(data["documents"]) == 10 and all(d["status"] == "ok" for d in data["documents"])
    assert not any("links" in d["gold"] for d in data["documents"])
    failed = [f["name"] for f in data["floors"] if not f["passed"]]
    assert failed == ["recommendations.f1"], "the repository's quality floors are not met"
