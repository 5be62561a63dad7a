"""The record of one document, shaped exactly as ``shared/docs/contract.md`` says.

Plain dataclasses, no NLP: ``Document.to_dict()`` is the JSON record that
``reportmine extract`` writes. Fields beyond the contract are additions only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

KINDS = ("inspection_report", "follow_up_report", "press_release", "news_article", "other")
STATUSES = ("achieved", "partially_achieved", "not_achieved", "unclear")


@dataclass
class Failure:
    """A document that could not be processed, and why (one line)."""

    source: str
    reason: str


def _clean(obj: Any) -> Any:
    """asdict() output with the ``extra`` dicts folded into their owner."""
    if isinstance(obj, dict):
        extra = obj.pop("extra", None) or {}
        out = {k: _clean(v) for k, v in obj.items()}
        out.update({k: _clean(v) for k, v in extra.items() if k not in out})
        return out
    if isinstance(obj, list):
        return [_clean(v) for v in obj]
    return obj


class Extras:
    """Fields beyond a class's own, kept in ``extra``, read as attributes too (``person.aliases``)."""

    extra: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        # only called when normal lookup fails; never for dunders or before ``extra`` exists (copy, pickle)
        if name.startswith("__") or name == "extra":
            raise AttributeError(name)
        try:
            return self.__dict__["extra"][name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self.__dict__.get("extra", {})})


@dataclass
class Section:
    heading: str
    level: int
    start: int
    end: int
    page: int | None = None


@dataclass
class Statement(Extras):
    """A finding or a concern: a span of the text."""

    text: str
    start: int
    end: int
    page: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Recommendation(Extras):
    number: int
    text: str
    start: int
    end: int
    page: int | None = None
    deadline: str | None = None
    due: str | None = None
    addressee: str | None = None
    page_end: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class AreaForImprovement(Extras):
    """An area for improvement the report identifies (also one of its ``concerns``); ``number`` is its position."""

    number: int
    text: str
    start: int
    end: int
    page: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Outcome(Extras):
    recommendation: int | None
    status: str
    text: str
    start: int
    end: int
    page: int | None = None
    area_for_improvement: int | None = None  # set instead of ``recommendation`` when it judges an area
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Person(Extras):
    name: str
    title: str | None = None
    organisation: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class DateMention(Extras):
    text: str
    value: str | None
    start: int
    end: int
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Quote(Extras):
    speaker: str | None
    text: str
    start: int
    end: int
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Organisation(Extras):
    name: str
    mentions: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Document(Extras):
    """One document's record. Unknown values are None or empty lists, never guesses."""

    id: str
    source: str
    kind: str = "other"
    title: str | None = None
    published: str | None = None
    force: str | None = None
    pages: int | None = None
    text: str = ""
    sections: list[Section] = field(default_factory=list)
    findings: list[Statement] = field(default_factory=list)
    concerns: list[Statement] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    areas_for_improvement: list[AreaForImprovement] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{key}={len(getattr(self, key))}"
            for key in ("recommendations", "outcomes", "findings", "concerns", "people", "quotes")
            if getattr(self, key)
        )
        title = self.title if not self.title or len(self.title) <= 60 else self.title[:57] + "..."
        return (
            f"<Document {self.id} {self.kind} {title!r} force={self.force!r} published={self.published!r}"
            f" pages={self.pages}{', ' + counts if counts else ''}>"
        )

    def to_frame(self, key: str = "recommendations"):
        """One of the record's lists (``recommendations``, ``outcomes``, ``people``, ...) as a pandas DataFrame."""
        import pandas as pd

        items = self.to_dict().get(key)
        if not isinstance(items, list):
            raise KeyError(f"{key!r} is not a list field of the record")
        return pd.DataFrame(items)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON record (extras after the contract's fields)."""
        return _clean(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a Document from a record written by ``to_dict`` (e.g. a JSONL line)."""
        nested = {
            "sections": Section,
            "findings": Statement,
            "concerns": Statement,
            "recommendations": Recommendation,
            "areas_for_improvement": AreaForImprovement,
            "outcomes": Outcome,
            "dates": DateMention,
            "quotes": Quote,
            "organisations": Organisation,
        }
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            if key == "people":
                kwargs[key] = [_person_from_dict(p) for p in value]
            elif key in nested:
                kwargs[key] = [_from_dict(nested[key], item) for item in value]
            elif key in known:
                kwargs[key] = value
            else:
                extra[key] = value
        kwargs["extra"] = extra
        return cls(**kwargs)


def _from_dict(cls: type, data: dict[str, Any]) -> Any:
    known = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in known}
    if "extra" in known:
        kwargs["extra"] = {k: v for k, v in data.items() if k not in known}
    return cls(**kwargs)


def _person_from_dict(data: dict[str, Any]) -> Person:
    person = _from_dict(Person, data)
    person.mentions = [_from_dict(Mention, m) for m in data.get("mentions", [])]
    return person
