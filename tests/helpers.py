"""Helpers the tests share: run the pipeline on a short text or on hand-made blocks, and read back what it found."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from pdf_factory import image_only_pdf, text_pdf

from reportmine.metadata import describe
from reportmine.nlp.pipeline import make_doc, set_document_facts
from reportmine.parsers import ParsedDocument, parse_bytes
from reportmine.parsers.document import Block, build

PUBLISHED = "2019-03-14"  # a Thursday: the publication date short texts are read against


def analyse_text(nlp: Any, text: str, published: str | None = PUBLISHED) -> Any:
    """The analysed Doc of a short plain text published on ``published``: its other facts (kind, title, force)
    as :func:`describe` decides them for the text saved as a file, no parser blocks (a passage, not a layout)."""
    doc = nlp.make_doc(text)
    info = replace(describe(parse_bytes(text.encode(), "test.txt")), published=published)
    return nlp(set_document_facts(doc, [], "text", info))


def analyse_parsed(nlp: Any, parsed: ParsedDocument, **facts: Any) -> Any:
    """The analysed Doc of a parsed document, with the facts ``describe`` decides except those given
    (``kind=``, ``published=``, ...)."""
    return nlp(make_doc(nlp, parsed, replace(describe(parsed), **facts)))


def analyse_blocks(
    nlp: Any, blocks: list[Block], kind: str | None = None, published: str | None = "2018-07"
) -> Any:
    """The analysed Doc of a document made of the given blocks (a heading, paragraphs, list items)."""
    parsed = build("test", b"test", "text", blocks)
    return analyse_parsed(nlp, parsed, published=published, kind=kind)


def H(text: str, level: int = 1, **attrs: Any) -> Block:
    """A heading block."""
    return Block("heading", text, level=level, attrs=attrs)


def P(text: str, page: int | None = None, **attrs: Any) -> Block:
    """A paragraph block."""
    return Block("paragraph", text, page=page, attrs=attrs)


def L(text: str, marker: str | None = None, page: int | None = None, **attrs: Any) -> Block:
    """A list item block."""
    return Block("list_item", text, marker=marker, page=page, attrs=attrs)


def people_in(nlp: Any, text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    """(name, title, organisation, mention texts) of each person in a short text."""
    doc = analyse_text(nlp, text)
    return [(p.name, p.title, p.organisation, [m.text for m in p.mentions]) for p in doc._.people]


def people_of(doc: Any) -> dict[str, tuple[str | None, list[str]]]:
    """name -> (title, mention texts) of each person in an analysed Doc."""
    return {p.name: (p.title, [m.text for m in p.mentions]) for p in doc._.people}


def dates_in(
    nlp: Any, text: str, published: str | None = PUBLISHED
) -> list[tuple[str, str | None, str | None, bool]]:
    """(text, value, end value, is duration) of each date expression in a short text."""
    doc = analyse_text(nlp, text, published)
    return [
        (s.text, s._.date_value, (s._.extra or {}).get("end_value"), s._.is_duration)
        for s in doc.spans["dates"]
    ]


def quotes_in(nlp: Any, text: str) -> list[tuple[str | None, str]]:
    """(speaker, words) of each quotation in a short text."""
    doc = analyse_text(nlp, text)  # kept: a SpanGroup needs its Doc alive
    return [(s._.speaker, s.text) for s in doc.spans["quotes"]]


GOOD_TEXT = (
    "Kent Police must improve how it protects children, inspectors said.\n\n"
    "The report was published on 26 January 2017 by the inspectorate."
)


def bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Each bad file and a fragment its one-line reason must contain."""
    corrupt = tmp / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage garbage\n%%EOF")
    truncated = tmp / "truncated.pdf"
    whole = text_pdf(tmp / "whole.pdf", ["A report about Kent Police."]).read_bytes()
    truncated.write_bytes(whole[: len(whole) // 3])
    (tmp / "whole.pdf").unlink()
    empty = tmp / "empty.pdf"
    empty.write_bytes(b"")
    binary = tmp / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    no_text = tmp / "blank.html"
    no_text.write_text(
        "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    return {
        "corrupt": (corrupt, "pdf"),
        "truncated": (truncated, "pdf"),
        "encrypted": (
            text_pdf(tmp / "locked.pdf", ["Secret report text about the force."], password="pw"),
            "encrypted",
        ),
        "scanned": (image_only_pdf(tmp / "scanned.pdf"), "text"),
        "empty": (empty, "empty"),
        "binary": (binary, "not a"),
        "no text": (no_text, "text"),
    }


def floors_failed(result: Any, set_dir: Path) -> list[tuple[str, float, str]]:
    """The floors of ``set_dir/floors.json`` that an evaluation ``result`` falls below, as (name, floor, reason)."""
    from reportmine.evaluation import check_floors, load_floors

    checks = check_floors(result.scores(), load_floors(set_dir / "floors.json"))
    return [(c.name, c.floor, c.reason) for c in checks if not c.passed]


def assert_meets_floors(result: Any, set_dir: Path) -> None:
    """Every document of a held-out set evaluated, and every floor of its floors.json met."""
    assert not result.problems, [(d.file, d.reason) for d in result.problems]
    failed = floors_failed(result, set_dir)
    assert not failed, failed


def record_named(result: Any, name: str) -> Any:
    """The extracted record of the file called ``name`` in an evaluation ``result``."""
    return next(d for d in result.extracted if Path(d.source).name == name)
