"""Bytes to str for web pages and text files, whatever encoding they were saved in."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Pages that declare Latin-1 are almost always really Windows-1252 (browsers treat them so).
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}


def _normal(name: str) -> str | None:
    try:
        canonical = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    return _ALIASES.get(canonical, _ALIASES.get(name.strip().lower(), canonical))


def declared_encoding(data: bytes) -> str | None:
    """The encoding the bytes declare for themselves (BOM, XML declaration, meta charset)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:4096]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        match = pattern.search(head)
        if match:
            declared = _normal(match.group(1).decode("ascii", "ignore"))
            if declared:
                return declared
    return None


def decode(data: bytes) -> str:
    """Decode bytes: a BOM or declaration that fits wins, then UTF-8, then detection; then repair mojibake.

    A declaration is trusted only if the bytes decode under it; UTF-8 is tried
    before detection because a clean UTF-8 decode is almost never an accident.
    """
    return repair_mojibake(_decode(data))


def _decode(data: bytes) -> str:
    declared = declared_encoding(data)
    if declared:
        try:
            text = data.decode(declared)
            if declared.startswith("utf-8") or not _looks_utf8(data):
                return text.lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):  # UTF-8 with a few stray Windows-1252 bytes pasted in
        return data.decode("utf-8", errors=_CP1252_FALLBACK).lstrip("\ufeff")
    if _western(data):
        return data.decode("cp1252", errors=_CP1252_FALLBACK)
    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 (or cp1252) could not read as Latin-1/cp1252 characters."""
    assert isinstance(error, UnicodeDecodeError)
    chunk = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), error.end


_CP1252_FALLBACK = "reportmine-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")


def _mostly_utf8(data: bytes) -> bool:
    """True where most non-ASCII bytes form valid UTF-8 sequences (a few strays aside)."""
    sequences = _UTF8_SEQ.findall(data)
    if not sequences:
        return False
    in_sequences = sum(len(s) for s in sequences)
    stray = len(_HIGH.findall(data)) - in_sequences
    return len(sequences) >= 2 * max(stray, 1) or (stray <= 2 and len(sequences) >= stray)


def _western(data: bytes) -> bool:
    """Undeclared single-byte text whose non-ASCII bytes stand alone (accents, quotes, £): Windows-1252.

    Cyrillic, Greek or CJK text puts non-ASCII bytes in runs (whole words); Western European
    text uses one now and then inside ASCII words. Detection libraries misjudge short Western pages.
    """
    high = len(_HIGH.findall(data))
    if not high:
        return True
    in_runs = sum(len(r) for r in _HIGH_RUN.findall(data))
    return in_runs <= 0.5 * high


def _looks_utf8(data: bytes) -> bool:
    """True where bytes declared as a single-byte charset are really multi-byte UTF-8."""
    if not re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _cp1252_char(byte: int) -> str:
    return bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)


# UTF-8 that was read as Windows-1252 and saved again as UTF-8 ("â€™" for "’", "Ã©" for "é"): a lead
# byte's character followed by the characters of its continuation bytes.
_CONTINUATION = "".join(_cp1252_char(b) for b in range(0x80, 0xC0))
_MOJIBAKE = re.compile(
    "[\u00c2-\u00df][" + re.escape(_CONTINUATION) + "]"
    "|[\u00e0-\u00ef][" + re.escape(_CONTINUATION) + "]{2}"
    "|[\u00f0-\u00f4][" + re.escape(_CONTINUATION) + "]{3}"
)
_TO_BYTE = {_cp1252_char(b): b for b in range(0x80, 0x100)}


def repair_mojibake(text: str) -> str:
    """Undo double encoding, which some sites serve: each "â€™" that is the UTF-8 of one character becomes it."""
    if not _MOJIBAKE.search(text):
        return text

    def fix(match: re.Match[str]) -> str:
        try:
            return bytes(_TO_BYTE[c] for c in match.group(0)).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            return match.group(0)

    return _MOJIBAKE.sub(fix, text)
