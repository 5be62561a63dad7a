"""Regular expressions that are tried only where a word starts, when every match they can make starts one.

Python's ``re`` tries a pattern at every position of the text, and a pattern of many alternatives
(a cue family, the date forms) tries each of them there. Most of reportmine's patterns are phrases
that begin with ``\\b``, ``^`` or ``(?<![\\w...])`` and a word character, so they can only match
where a word starts: :func:`compile` proves that from the parsed pattern and then puts one test in
front, ``\\b(?=\\w)``, which passes over the other positions at once. The matches are the same.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

#: global inline flags, which must stay at the very start of a pattern
_LEADING_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
_ANCHORS = {sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING}
_ZERO_WIDTH = {sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_WORD_CATEGORIES = {sre.CATEGORY_WORD, sre.CATEGORY_DIGIT}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's counterpart
    """``re.compile(pattern, flags)``, tried only at word starts where that cannot change a match."""
    if not _provably_starts_a_word(pattern, flags):
        return re.compile(pattern, flags)
    leading = _LEADING_FLAGS.match(pattern)
    body = pattern[leading.end() :] if leading else pattern
    return re.compile(f"{leading.group(0) if leading else ''}\\b(?=\\w)(?:{body})", flags)


def starts_a_word(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` provably begins with a word character at a word start
    (after ``\\b``, ``^`` or a lookbehind that no word character passes); False whenever that cannot be shown."""
    return isinstance(pattern.pattern, str) and _provably_starts_a_word(pattern.pattern, pattern.flags)


def _provably_starts_a_word(pattern: str, flags: int) -> bool:
    if flags & re.LOCALE:
        return False
    try:
        parsed = _parser.parse(pattern, flags)
        return _begins_word(list(parsed), False, flags & re.ASCII)
    except (RecursionError, TypeError, ValueError, AttributeError, re.error):
        return False  # an invalid pattern is left to re.compile, which says what is wrong


def _begins_word(ops: list[tuple[Any, Any]], anchored: bool, ascii_only: int) -> bool:
    """Whether every way of matching ``ops`` consumes a word character first, at a word start."""
    for k, (op, av) in enumerate(ops):
        rest = ops[k + 1 :]
        if op is sre.AT:
            anchored = anchored or av in _ANCHORS
        elif op is sre.ASSERT_NOT and _after_no_word(av):
            anchored = True  # (?<![\w/]): what comes before is no word character
        elif op in _ZERO_WIDTH:
            continue  # a lookaround does not move where the match starts
        elif op is sre.SUBPATTERN:
            return _begins_word(list(av[-1]) + rest, anchored, ascii_only)
        elif op is sre.ATOMIC_GROUP:
            return _begins_word(list(av) + rest, anchored, ascii_only)
        elif op is sre.BRANCH:
            return all(_begins_word(list(alt) + rest, anchored, ascii_only) for alt in av[1])
        elif op in _REPEATS:
            low, _, body = av
            once = _begins_word(list(body) + rest, anchored, ascii_only)
            return once and (low > 0 or _begins_word(rest, anchored, ascii_only))
        elif op is sre.LITERAL:
            return anchored and _is_word(chr(av), ascii_only)
        elif op is sre.IN:
            return anchored and _all_word(av, ascii_only)
        else:
            return False
    return False  # the pattern may match the empty string


def _after_no_word(lookaround: tuple[int, Any]) -> bool:
    """Whether a negative lookaround is a lookbehind of one character from a set that holds every word character."""
    direction, body = lookaround
    items = list(body)
    return (
        direction < 0
        and len(items) == 1
        and items[0][0] is sre.IN
        and (sre.CATEGORY, sre.CATEGORY_WORD) in items[0][1]
        and not any(op is sre.NEGATE for op, _ in items[0][1])
    )


def _is_word(char: str, ascii_only: int) -> bool:
    return re.fullmatch(r"\w", char, ascii_only) is not None


def _all_word(items: list[tuple[Any, Any]], ascii_only: int) -> bool:
    """Whether a character set holds word characters only."""
    for op, av in items:
        if op is sre.LITERAL:
            ok = _is_word(chr(av), ascii_only)
        elif op is sre.RANGE:
            ok = av[1] - av[0] < 512 and all(_is_word(chr(c), ascii_only) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY:
            ok = av in _WORD_CATEGORIES
        else:  # a negated set, among others
            ok = False
        if not ok:
            return False
    return True
