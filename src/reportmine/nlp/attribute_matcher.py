"""The model's attribute ruler matched over the Doc's arrays instead of token by token, pattern by pattern.

spaCy's ``attribute_ruler`` (tag to part of speech, morphology and lemma exceptions) runs each of its
some 180 patterns over every token through the Matcher, which costs a tenth of the statistical
model's time. Its patterns are fixed lists of token tests (a tag, a lower-case form, a dependency,
one of a set, a regular expression), so the same matches come from a few array comparisons per
pattern. :func:`match_by_arrays` gives a ruler that speed where it knows every test its patterns
use, and leaves it as it is otherwise; what the ruler writes, and in what order, is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.attrs import DEP, IDS, LOWER, NORM, ORTH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

#: token attributes compared by their string's hash, as the Matcher compares them
_HASHED = {"ORTH": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP}

Test = Callable[[dict[int, numpy.ndarray], Doc], numpy.ndarray]


class ArrayAttributeMatcher:
    """The matches of an :class:`~spacy.pipeline.AttributeRuler`'s patterns, found over ``Doc.to_array``."""

    def __init__(self, ruler: AttributeRuler) -> None:
        # rule i is the Matcher's key str(i), and the ruler applies the rules in that order
        rules: list[list[list[dict[str, Any]]]] = [list(rule["patterns"]) for rule in ruler.patterns]  # type: ignore[arg-type]
        self.match_ids = [get_string_id(str(i)) for i in range(len(rules))]
        self.patterns = [[[_token_test(spec) for spec in pattern] for pattern in rule] for rule in rules]
        self.columns = sorted({IDS[name.upper()] for rule in rules for p in rule for t in p for name in t})

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule, match id, start, end), sorted."""
        if not len(doc):
            return []
        table = doc.to_array(self.columns).reshape(len(doc), len(self.columns))
        arrays = {column: table[:, i] for i, column in enumerate(self.columns)}
        found: list[tuple[int, int, int, int]] = []
        for rule, (match_id, patterns) in enumerate(zip(self.match_ids, self.patterns, strict=True)):
            spans: set[tuple[int, int]] = set()
            for tests in patterns:
                width = len(tests)
                if width > len(doc):
                    continue
                hits = numpy.ones(len(doc) - width + 1, dtype=bool)
                for offset, test in enumerate(tests):
                    hits &= test(arrays, doc)[offset : len(doc) - width + 1 + offset]
                spans.update((int(s), int(s) + width) for s in numpy.flatnonzero(hits))
            found += [(rule, match_id, s, e) for s, e in sorted(spans)]
        return found


def _token_test(spec: dict[str, Any]) -> Test:
    """One pattern token's tests, all of which a token must pass."""
    tests = [_attribute_test(name.upper(), value) for name, value in spec.items()]

    def passes(arrays: dict[int, numpy.ndarray], doc: Doc) -> numpy.ndarray:
        result = tests[0](arrays, doc)
        for test in tests[1:]:
            result = result & test(arrays, doc)
        return result

    return passes


def _attribute_test(name: str, value: Any) -> Test:
    column = IDS[name]
    if name.startswith("IS_") and isinstance(value, bool):
        return lambda arrays, doc: arrays[column] == int(value)
    if name not in _HASHED:
        raise ValueError(f"no array test for {name}")
    if isinstance(value, str):
        wanted = get_string_id(value)
        return lambda arrays, doc: arrays[column] == wanted
    if isinstance(value, dict) and len(value) == 1:
        [(predicate, argument)] = value.items()
        if predicate in ("IN", "NOT_IN"):
            members = numpy.array([get_string_id(v) for v in _strings(argument)], dtype=numpy.uint64)
            negate = predicate == "NOT_IN"
            return lambda arrays, doc: numpy.isin(arrays[column], members, invert=negate)
        if predicate == "REGEX":
            return _regex_test(column, re.compile(argument))
    raise ValueError(f"no array test for {name}: {value!r}")


def _strings(values: Iterable[Any]) -> list[str]:
    out = list(values)
    if not all(isinstance(v, str) for v in out):
        raise ValueError("a set of values that are not all strings")
    return out


def _regex_test(column: int, pattern: re.Pattern[str]) -> Test:
    """A regular expression searched in each distinct string of the column once."""

    def test(arrays: dict[int, numpy.ndarray], doc: Doc) -> numpy.ndarray:
        values = arrays[column]
        distinct = numpy.unique(values)
        strings = doc.vocab.strings
        passing = [h for h in distinct.tolist() if pattern.search(strings[h])]
        return numpy.isin(values, numpy.array(passing, dtype=numpy.uint64))

    return test


def match_by_arrays(nlp: Language) -> None:
    """Give each attribute ruler of ``nlp`` whose tests are all known an :class:`ArrayAttributeMatcher`."""
    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            try:
                component.match = ArrayAttributeMatcher(component).match  # type: ignore[method-assign]
            except (ValueError, KeyError):
                continue  # a test this module does not know: the ruler keeps spaCy's Matcher
