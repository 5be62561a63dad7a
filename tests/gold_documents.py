"""Documents built from the development corpus's gold files on the parser's real text, for linking tests.

The NLP extraction is not needed: recommendations, outcomes, people and
statements come from the gold, their offsets from finding them in the parsed text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from reportmine import parse
from reportmine.model import (
    AreaForImprovement,
    Document,
    Mention,
    Outcome,
    Person,
    Recommendation,
    Statement,
)


def locate(text: str, needle: str, start: int = 0) -> tuple[int, int] | None:
    """Offsets of ``needle`` in ``text`` with any run of white space matching any other."""
    words = needle.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.compile(pattern).search(text, start) or re.compile(pattern).search(text)
    return (match.start(), match.end()) if match else None


def gold_document(corpus: Path, gold_name: str, blank_numbers: bool = True, fmt: str = "pdf") -> Document:
    """A Document of one gold file (outcome numbers blanked, as extract leaves them where unstated)."""
    gold = json.loads((corpus / "gold" / gold_name).read_text(encoding="utf-8"))
    name = next(f for f in gold.get("files", [gold["file"]]) if f.endswith(fmt))
    parsed = parse(corpus / "docs" / name)
    text = parsed.text
    doc = Document(
        id=f"gold-{Path(name).stem}-{fmt}",
        source=str(corpus / "docs" / name),
        kind=gold["kind"],
        title=gold["title"],
        published=gold["published"],
        force=gold["force"],
        text=text,
    )
    for rec in gold["recommendations"]:
        span = locate(text, rec["text"]) or (0, 0)
        doc.recommendations.append(
            Recommendation(
                number=rec["number"],
                text=rec["text"],
                start=span[0],
                end=span[1],
                deadline=rec.get("deadline"),
                page=rec.get("page"),
            )
        )
    for out in gold["outcomes"]:
        span = locate(text, out["passage"][-300:]) if out.get("passage") else None
        verdict = locate(text, out["text"], span[0] if span else 0) or (0, 0)
        doc.outcomes.append(
            Outcome(
                recommendation=None if blank_numbers else out["recommendation"],
                status=out["status"],
                text=out["text"].strip(),
                start=verdict[0],
                end=verdict[1],
                page=out.get("page"),
            )
        )
    doc.outcomes.sort(key=lambda o: o.start)
    for key in ("findings", "concerns"):
        for item in gold.get(key, []):
            span = locate(text, item["text"]) or (0, 0)
            getattr(doc, key).append(
                Statement(text=item["text"], start=span[0], end=span[1], page=item.get("page"))
            )
            if key == "concerns" and isinstance(item.get("area_for_improvement"), int):
                doc.areas_for_improvement.append(
                    AreaForImprovement(
                        item["area_for_improvement"], item["text"], span[0], span[1], item.get("page")
                    )
                )
    for person in gold.get("people", []):
        mentions = [Mention(text=a, start=0, end=0) for a in [person["name"], *person.get("aliases", [])]]
        doc.people.append(Person(name=person["name"], title=person.get("title"), mentions=mentions))
    return doc


def gold_numbers(corpus: Path, gold_name: str) -> dict[str, int]:
    """Outcome verdict text -> the recommendation number the gold gives it."""
    gold = json.loads((corpus / "gold" / gold_name).read_text(encoding="utf-8"))
    return {o["text"].strip(): o["recommendation"] for o in gold["outcomes"]}
