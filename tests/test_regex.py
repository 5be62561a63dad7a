"""`reportmine.regex.compile`: a pattern tried only at word starts finds exactly what `re` finds."""

from __future__ import annotations

import re

import pytest

from reportmine import regex

TEXT = (
    "We found that the force's well-led teams were not always consistent. Inspectors were concerned:\n"
    "the post-inspection review (2019) found cafés in Ōtautahi; re-inspection of 'Kent Police' and "
    "KentPolice, sub-foothold, foo_bar, _under, 3rd time, /Chief Constable Jo Bloggs, x/Chief Inspector."
)

GUARDED = [
    r"\bnot always\b|\bconcerned\b",
    r"(?:\bwe found\b)|(?:\b(?:the |our )?(?:force|police)\b)",
    r"^the\b",
    r"(?<![\w/])(?:Chief (?:Constable|Inspector))(?![\w/])",
    r"\b(?:\d+(?:st|nd|rd|th))\b",
    r"\b[a-z]+-inspection\b",
    r"(?i)\bkent\s+police\b",
    r"\b(?:the\s+)?(?:post|re)[- ]?inspection",
    r"\b_\w+",
]
NOT_GUARDED = [
    r"post[- ]inspection review",  # no word start asserted: "re-inspection" would match inside a word
    r"\bfound\b|inspection",  # one alternative can start anywhere
    r"\b(?:the)?",  # can match the empty string
    r"\b-\w+",  # \b then a non-word character: the end of a word
    r"(?<![^\w])Police",  # a negated set before: passes after a word character
    r"(?<!/)Inspector",  # a lookbehind that word characters pass
    r"\b(?:x|\.)",  # one branch starts with a non-word character
    r"[\w.]+inspection",
]


@pytest.mark.parametrize("pattern", GUARDED)
def test_a_phrase_that_starts_a_word_is_tried_only_at_word_starts_and_finds_the_same(pattern: str) -> None:
    plain, fast = (
        re.compile(pattern, re.IGNORECASE | re.MULTILINE),
        regex.compile(pattern, re.IGNORECASE | re.MULTILINE),
    )
    assert fast.pattern != plain.pattern and regex.starts_a_word(plain)
    assert [m.span() for m in fast.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert [m.groups() for m in fast.finditer(TEXT)] == [m.groups() for m in plain.finditer(TEXT)]
    for pos in range(0, len(TEXT), 7):  # searches that start inside a word see the same word boundaries
        got, want = fast.search(TEXT, pos), plain.search(TEXT, pos)
        assert (got and got.span()) == (want and want.span())
        assert bool(fast.match(TEXT, pos)) == bool(plain.match(TEXT, pos))


@pytest.mark.parametrize("pattern", NOT_GUARDED)
def test_a_pattern_that_may_match_inside_a_word_is_left_as_it_is(pattern: str) -> None:
    assert regex.compile(pattern).pattern == pattern
    assert not regex.starts_a_word(re.compile(pattern))


def test_named_groups_and_global_flags_are_kept() -> None:
    fast = regex.compile(r"(?i)\b(?P<force>kent|essex)\s+police\b")
    match = fast.search("The report on KENT Police said")
    assert fast.pattern.startswith("(?i)") and match is not None
    assert match.group("force") == "KENT" and match.lastgroup == "force"


def test_without_ascii_flag_a_letter_beyond_ascii_starts_a_word_and_with_it_does_not() -> None:
    assert regex.starts_a_word(re.compile(r"\bÖ\w+"))
    assert not regex.starts_a_word(re.compile(r"\bÖ\w+", re.ASCII))
    assert [m.span() for m in regex.compile(r"\bÖ\w+").finditer("xÖst Östen")] == [(5, 10)]
