"""msgpack hooks for the objects reportmine keeps on a Doc, so ``Doc.to_bytes`` and ``DocBin`` carry them.

spaCy stores ``Doc._`` / ``Span._`` values in ``doc.user_data`` and packs it with srsly's msgpack,
which calls every registered encoder for an object it cannot pack and every decoder for each map it
unpacks. The parser's blocks and the people / organisations lists are dataclasses: each is packed as
a map naming its class, and unpacked into the same class. The hooks are registered when the
extensions are (reading ``doc._.blocks`` needs those anyway), as spacy-layout does for its layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any

import srsly

from ..model import Mention, Organisation, Person
from ..parsers.document import Block

#: The classes that travel on a Doc, by the name written into the packed map.
TYPES: dict[str, type] = {cls.__name__: cls for cls in (Block, Person, Mention, Organisation)}
_KEY = "__reportmine__"

Chain = Callable[[Any], Any] | None


def encode(obj: Any, chain: Chain = None) -> Any:
    """An encoder hook: a known dataclass becomes ``{"__reportmine__": class name, "fields": {...}}``."""
    if is_dataclass(obj) and not isinstance(obj, type) and TYPES.get(type(obj).__name__) is type(obj):
        return {_KEY: type(obj).__name__, "fields": {f.name: getattr(obj, f.name) for f in fields(obj)}}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Chain = None) -> Any:
    """A decoder hook: a map packed by :func:`encode` becomes its dataclass again (inner ones are already decoded)."""
    if isinstance(obj, dict) and obj.get(_KEY) in TYPES:
        return TYPES[obj[_KEY]](**{name: as_lists(value) for name, value in obj["fields"].items()})
    return obj if chain is None else chain(obj)


def as_lists(value: Any) -> Any:
    """Arrays as lists again: ``DocBin`` unpacks every array as a tuple, and reportmine's values hold no tuples."""
    if isinstance(value, (list, tuple)):
        return [as_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: as_lists(v) for k, v in value.items()}
    return value


def register() -> None:
    """Register the hooks with srsly (idempotent)."""
    srsly.msgpack_encoders.register("reportmine", func=encode)
    srsly.msgpack_decoders.register("reportmine", func=decode)


register()
