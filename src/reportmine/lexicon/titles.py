"""Titles and ranks: the vocabulary of ``pipelines/titles.json`` (read once), the written form of a title
to its full form (:func:`canonical_title`, :func:`expand_title`), the kind of role it names, and a title
written in front of a name taken off it (:func:`split_name`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
    title = re.compile(rf"(?<![\w/])(?P<mod>{mod_alt})?(?P<t>(?i:{full_alt})|{abbr_alt})(?![\w/])")
    heads = "|".join(words_pattern(h) for h in sorted(data["office_heads"], key=len, reverse=True))
    office = re.compile(
        rf"(?:{title.pattern.replace('?P<mod>', '?:').replace('?P<t>', '?:')}|(?<![\w/])(?:{mod_alt})?(?:{heads})(?![\w/]))"
    )
    honorific = re.compile(
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
        named_body=re.compile(
            r"\b(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+)?(?:"
            + "|".join(map(re.escape, data["organisation_nouns"]))
            + r")[ \t]+$"
        ),
    )


def canonical_title(text: str) -> tuple[str | None, bool]:
    """The title a written form stands for by the shipped titles, and whether it was written in full
    (see :meth:`TitleData.canonical`)."""
    return title_data().canonical(text)


_CATEGORY_ORDER = ("inspectorate", "commissioner", "politics", "police")


@dataclass(frozen=True)
class TitleKinds:
    """What the linker needs of titles: abbreviations to expand, words around a title, and role categories."""

    abbreviations: dict[str, str]
    qualifiers: frozenset[str]
    courtesy: frozenset[str]
    honours: frozenset[str]
    categories: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def title_kinds() -> TitleKinds:
    """titles.json's abbreviations and honorifics with title_categories.json's groups (read once)."""
    shared = titles_file()
    data = read_data_file("title_categories.json")
    abbreviations = {
        " ".join(name_words(short.lower())): full.lower()
        for full, shorts in shared["titles"].items()
        for short in shorts
    }
    abbreviations.update(data["word_abbreviations"])
    return TitleKinds(
        abbreviations=abbreviations,
        qualifiers=frozenset(data["qualifiers"]),
        courtesy=frozenset(h.lower() for h in shared["honorifics"]) | frozenset(data["courtesy"]),
        honours=frozenset(data["honours"]),
        categories={k: tuple(v) for k, v in data["categories"].items()},
    )


@lru_cache(maxsize=4096)
def expand_title(title: str | None) -> str | None:
    """A title in full and in lower case ("Det Supt" -> "detective superintendent"), or None."""
    if not title:
        return None
    t = title_kinds()
    words = [w.lower() for w in name_words(title)]
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if pair in t.abbreviations:
            out.append(t.abbreviations[pair])
            i += 2
            continue
        out.append(t.abbreviations.get(words[i], words[i]))
        i += 1
    text = " ".join(out).strip()
    return text or None


@lru_cache(maxsize=4096)
def title_category(title: str | None) -> str | None:
    """The kind of role a title names: police, inspectorate, commissioner, politics; None when unknown or other."""
    full = expand_title(title)
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
            or low in t.abbreviations
            or title_category(low)
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
