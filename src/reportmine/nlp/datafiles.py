"""Components whose rules are data files named in their config, saved and loaded with the pipeline.

Each such component lists its settings in ``data_settings``; the config gives each a JSON file (for
example ``date_words = "date_words.json"``). A bare file name is one of the files shipped under
``pipelines/``; a name with a folder in it (``./my_forces.json``, ``/data/forces.json``) is a path. As
spaCy's span_ruler does with its patterns, the component keeps the data itself: ``to_disk`` writes
each setting's data into the component's folder of a saved pipeline (``<setting>.json``) and
``from_disk`` reads it back, so a pipeline loaded with ``spacy.load`` runs on the data it was saved
with and never opens the files its config names. Files are read when the component first needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property, partial
from pathlib import Path
from typing import Any, ClassVar, Self

import srsly
from spacy import util

from ..resources import read_data_file


class DataComponent:
    """A pipeline component whose rules come from the data files its config settings name.

    Subclasses derive what they need from :meth:`data` in ``cached_property`` attributes; these are
    recomputed whenever the data changes (:meth:`use_data`, ``from_disk``, ``from_bytes``).
    """

    #: the config settings that name a data file, in the order they are saved
    data_settings: ClassVar[tuple[str, ...]] = ()

    def __init__(self, **files: str | Path) -> None:
        unknown = set(files) - set(self.data_settings)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no data setting {sorted(unknown)}")
        missing = [s for s in self.data_settings if not files.get(s)]
        if missing:
            raise TypeError(f"{type(self).__name__} needs a data file for {missing}")
        self.data_files = {s: files[s] for s in self.data_settings}
        self._data: dict[str, dict[str, Any]] = {}

    def data(self, setting: str) -> dict[str, Any]:
        """One setting's entries: as loaded with the pipeline, else read from the file the config names."""
        if setting not in self._data:
            self._data[setting] = read_data_file(self.data_files[setting])
        return self._data[setting]

    def use_data(self, setting: str, entries: dict[str, Any]) -> None:
        """Take ``entries`` as one setting's data, and forget what was derived from the old data."""
        if setting not in self.data_settings:
            raise KeyError(f"{type(self).__name__} has no data setting {setting!r}")
        self._data[setting] = entries
        for cls in type(self).__mro__:
            for name, attribute in vars(cls).items():
                if isinstance(attribute, cached_property):
                    self.__dict__.pop(name, None)

    def _save(self, setting: str, path: Path) -> None:
        srsly.write_json(path, self.data(setting))

    def _load(self, setting: str, path: Path) -> None:
        if path.is_file():  # saved before the setting existed: keep the config's file
            self.use_data(setting, srsly.read_json(path))

    def _writers(self, exclude: Iterable[str]) -> dict[str, Callable[[Path], None]]:
        return {f"{s}.json": partial(self._save, s) for s in self.data_settings if s not in exclude}

    def _readers(self, exclude: Iterable[str]) -> dict[str, Callable[[Path], None]]:
        return {f"{s}.json": partial(self._load, s) for s in self.data_settings if s not in exclude}

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write each setting's data as ``<setting>.json`` in the folder ``path``."""
        util.to_disk(path, self._writers(exclude), exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        """Take each setting's data from ``<setting>.json`` in the folder ``path`` (a missing file: the config's)."""
        util.from_disk(Path(path), self._readers(exclude), exclude)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """Every setting's data, as bytes."""
        return srsly.json_dumps({s: self.data(s) for s in self.data_settings if s not in exclude}).encode()

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Self:
        """Take the settings' data from :meth:`to_bytes`."""
        for setting, entries in srsly.json_loads(data).items():
            if setting not in exclude:
                self.use_data(setting, entries)
        return self
