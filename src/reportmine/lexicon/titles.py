"""Titles and ranks: the vocabulary of ``pipelines/titles.json`` (read once), the written form of a title
to its full form (:func:`canonical_title`, the one function that expands titles, for the people component and
the linker alike), the kind of role it names, and a title written in front of a name taken off it
(:func:`split_name`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import regex
from ..resources import read_data_file
from .names import NAME, name_words


def titles_file() -> dict:
    """The contents of the shipped ``pipelines/titles.json``, read once for every user."""
    return read_data_file("titles.json")


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace(".", " ").replace("&", " and ").lower().split())


def _abbr_key(text: str) -> str:
    return re.sub(r"[\s.]", "", text)


@dataclass(frozen=True)
class TitleData:
    """The compiled title vocabulary."""

    title: re.Pattern[str]  # one title, with an optional modifier ("T/Det Supt")
    honorific: re.Pattern[str]
    full: dict[str, str]  # normalised full form -> title as written in titles.json
    abbreviations: dict[str, str]  # abbreviation without dots/spaces -> full title
    modifiers: dict[str, str]  # modifier (or its abbreviation) -> modifier
    seat_titles: frozenset[str]
    represents: re.Pattern[str]
    not_seat: frozenset[str]
    not_name: frozenset[str]
    rank_words: frozenset[str]
    offices: dict[str, str]  # title -> the office it holds for a place ("... for {place}")
    the_forms: dict[str, tuple[str, ...]]  # title -> what its holder is also called after "the"
    role_nouns: frozenset[str]
    rank_qualifiers: frozenset[str]
    named_body: re.Pattern[str]  # "the charity " right before a name: the name is the body's
    office: re.Pattern[str]  # a title or office head that may take a tail ("Mayor", "Secretary of State")
    tail_titles: frozenset[str]  # titles whose tail is part of the title
    post_nominals: tuple[str, ...]  # letters after a name ("QC", "OBE")
    name_ranks: frozenset[
        str
    ]  # junior ranks written as part of a name ("PC Jo Bell"), outranked by a stated role

    def rank_key(self, title: str) -> str:
        """A title without the words that qualify its rank ("Temporary Detective Superintendent" -> "Superintendent")."""
        return " ".join(w for w in title.split() if w not in self.rank_qualifiers)

    def canonical(self, text: str) -> tuple[str | None, bool]:
        """(the title a written form stands for, whether it was written in full): "Det Supt" -> ("Detective Superintendent", False)."""
        m = self.title.fullmatch(text.strip())
        if not m:
            return None, False
        written = m.group("t")
        base = self.abbreviations.get(_abbr_key(written))
        is_full = base is None
        if base is None:
            base = self.full.get(_norm(written))
        if base is None:
            return None, False
        mod = (m.group("mod") or "").strip()
        if mod:
            base = f"{self.modifiers.get(_abbr_key(mod)) or self.modifiers.get(mod.lower(), mod)} {base}"
        return base, is_full


def words_pattern(phrase: str) -> str:
    parts = []
    for word in phrase.split():
        if word == "&":
            parts.append(r"(?:&|and)")
        elif word.lower() == "and":
            parts.append(r"(?:and|&)")
        else:
            parts.append(re.escape(word).replace("'", "['’]").replace(",", ",?"))
    return r"[ \t]+".join(parts)


def _abbr_pattern(abbr: str) -> str:
    pieces = [p for p in re.split(r"(\s+|/)", abbr) if p and not p.isspace()]
    out = ""
    for piece in pieces:
        out += "/[ \\t]*" if piece == "/" else re.escape(piece) + r"\.?[ \t]*"
    return out.rstrip("[ \\t]*") if out.endswith("[ \\t]*") else out


@lru_cache(maxsize=1)
def title_data() -> TitleData:
    """The shipped ``pipelines/titles.json``, compiled once per process."""
    return compile_titles(titles_file())


def compile_titles(data: dict) -> TitleData:
    """Compile the entries of a titles file into the patterns the people and quotes components use."""
    full = {_norm(t): t for t in data["titles"]}
    abbreviations = {_abbr_key(a): t for t, abbrs in data["titles"].items() for a in abbrs}
    modifiers = {m: m for m in data["modifiers"]}
    modifiers.update({_abbr_key(a): m for m, abbrs in data["modifiers"].items() for a in abbrs})
    modifiers.update({m.lower(): m for m in data["modifiers"]})
    full_alt = "|".join(words_pattern(t) for t in sorted(data["titles"], key=len, reverse=True))
    abbr_alt = "|".join(
        _abbr_pattern(a)
        for a in sorted({a for v in data["titles"].values() for a in v}, key=len, reverse=True)
    )
    mod_alt = "|".join(
        [re.escape(a.strip()) + r"[ \t]*" for v in data["modifiers"].values() for a in v if a.endswith("/")]
        + [rf"(?i:{re.escape(m)})[ \t]+" for m in data["modifiers"]]
        + [
            re.escape(a) + r"\.?[ \t]+"
            for v in data["modifiers"].values()
            for a in v
            if not a.strip().endswith("/")
        ]
    )
    title = regex.compile(rf"(?<![\w/])(?P<mod>{mod_alt})?(?P<t>(?i:{full_alt})|{abbr_alt})(?![\w/])")
    heads = "|".join(words_pattern(h) for h in sorted(data["office_heads"], key=len, reverse=True))
    office = regex.compile(
        rf"(?:{title.pattern.replace('?P<mod>', '?:').replace('?P<t>', '?:')}|(?<![\w/])(?:{mod_alt})?(?:{heads})(?![\w/]))"
    )
    honorific = regex.compile(
        r"(?<![\w/])(?:" + "|".join(re.escape(h) for h in data["honorifics"]) + r")\.?(?![\w/])"
    )
    rank_words = frozenset(w for t in data["titles"] for w in t.split() if w[0].isupper() and len(w) > 3)
    represents = re.compile(
        r"^,?[ \t]+(?:"
        + "|".join(words_pattern(c) for c in data["represents_cues"])
        + rf")[ \t]+(?P<seat>{NAME}(?:[ \t]+(?:and|&)[ \t]+{NAME})?)"
    )
    return TitleData(
        title=title,
        honorific=honorific,
        full=full,
        abbreviations=abbreviations,
        modifiers=modifiers,
        seat_titles=frozenset(data["seat_titles"]),
        represents=represents,
        not_seat=frozenset(data["not_seat_words"]),
        not_name=frozenset(data["not_name_words"]),
        rank_words=rank_words,
        offices=dict(data["offices"]),
        the_forms={t: tuple(forms) for t, forms in data["the_forms"].items()},
        role_nouns=frozenset(data["role_nouns"]),
        rank_qualifiers=frozenset(data["rank_qualifiers"]),
        office=office,
        post_nominals=tuple(data["post_nominals"]),
        name_ranks=frozenset(t.lower() for t in data.get("name_ranks", ())),
        tail_titles=frozenset(data["tail_titles"]) | frozenset(data["office_heads"]),
        named_body=regex.compile(
            r"\b(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+)?(?:"
            + "|".join(map(re.escape, data["organisation_nouns"]))
            + r")[ \t]+$"
        ),
    )


def canonical_title(text: str) -> tuple[str | None, bool]:
    """The title a written form stands for by the shipped titles, and whether it was written in full
    (see :meth:`TitleData.canonical`)."""
    return title_data().canonical(text)


@dataclass(frozen=True)
class TitleKinds:
    """What the linker needs of titles beyond their full forms: short word forms, words around a title, and role
    categories (``pipelines/title_categories.json``)."""

    word_forms: dict[str, str]  # short forms read word by word that titles.json does not treat as titles
    qualifiers: frozenset[str]
    courtesy: frozenset[str]
    honours: frozenset[str]
    categories: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def title_kinds() -> TitleKinds:
    """title_categories.json's word forms, qualifiers and groups, with titles.json's honorifics (read once)."""
    data = read_data_file("title_categories.json")
    return TitleKinds(
        word_forms=dict(data["word_abbreviations"]),
        qualifiers=frozenset(data["qualifiers"]),
        courtesy=frozenset(h.lower() for h in titles_file()["honorifics"]) | frozenset(data["courtesy"]),
        honours=frozenset(data["honours"]),
        categories={k: tuple(v) for k, v in data["categories"].items()},
    )


def _in_full(title: str) -> str:
    """A title's words in full and in lower case: every title in it as :func:`canonical_title` writes it in full
    ("Det Supt" -> "detective superintendent"), then the linker's short word forms ("Ch" -> "chief")."""
    data = title_data()
    expanded = data.title.sub(lambda m: canonical_title(m.group(0))[0] or m.group(0), title)
    forms = title_kinds().word_forms
    return " ".join(forms.get(w, w) for w in (w.lower() for w in name_words(expanded)))


_CATEGORY_ORDER = ("inspectorate", "commissioner", "politics", "police")


@lru_cache(maxsize=4096)
def title_category(title: str | None) -> str | None:
    """The kind of role a title names: police, inspectorate, commissioner, politics; None when unknown or other."""
    full = _in_full(title) if title else None
    if not full:
        return None
    cats = title_kinds().categories
    for name in _CATEGORY_ORDER:
        if any(cue in full for cue in cats.get(name, ())):
            return name
    return None


@dataclass(frozen=True)
class NameParts:
    """A personal name taken apart: given names (formal forms), surname, and the title written before it."""

    given: tuple[str, ...]
    surname: str
    prefix: str | None

    @property
    def first(self) -> str | None:
        return self.given[0] if self.given else None


def split_name(name: str) -> NameParts:
    """Given names, surname and any rank or courtesy title written in front ("DCS Andy Slattery")."""
    t = title_kinds()
    words = name_words(name)
    prefix: list[str] = []
    while len(words) > 1:
        low = words[0].lower()
        if (
            low in t.courtesy
            or low in t.qualifiers
            or low in t.word_forms
            or canonical_title(words[0])[0]
            or title_category(words[0])
            or low in ("hm", "police", "crime", "and")
        ):
            prefix.append(words.pop(0))
            continue
        break
    while len(words) > 1 and words[-1].lower() in t.honours:
        words.pop()
    if not words:
        return NameParts((), "", None)
    surname = words[-1].lower()
    given = tuple(w.lower() for w in words[:-1])
    courtesy_only = all(p.lower() in t.courtesy for p in prefix)
    return NameParts(given, surname, None if courtesy_only or not prefix else " ".join(prefix))
