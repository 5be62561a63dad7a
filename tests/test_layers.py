"""The package's layers import downward only, and no module takes another's private names.

Read from the source with ``ast`` (nothing is imported), so an upward import fails here even when it is
written inside a function to dodge a circular import.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reportmine"

#: Bottom to top. A part may import its own modules and those of lower layers; parts of one layer are
#: siblings that never import each other (nlp/ and link/ both stand on the lexicon, neither on the other).
LAYERS: list[set[str]] = [
    {"errors", "version", "resources", "model", "parallel", "regex"},
    {"limits"},  # size and time budgets of one document
    {"lexicon"},  # what reportmine knows: forces, titles, names, calendar words
    {"parsers"},  # bytes -> ParsedDocument
    {"metadata"},  # kind, title, published, force: decided once, before the pipeline
    {"nlp", "link"},  # ParsedDocument -> Doc (spaCy components); Documents -> graphs and comparisons
    {"records"},  # Doc -> Document
    {"views"},  # graphs and comparisons as pages and text
    {"io"},  # reading inputs, writing outputs
    {"extraction"},  # files in, records out
    {"corpus", "dask"},  # many files: cached records for graph and compare; extraction on a Dask cluster
    {"evaluation"},
    {"cli", "__init__"},
]
#: Third-party packages a part must not use
NOT_USED = {"lexicon": {"spacy", "thinc"}, "parsers": {"spacy"}, "link": {"spacy"}}


def _part(module: str) -> str:
    """The part a module belongs to: ``reportmine.nlp.people`` -> ``nlp``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _rank(part: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if part in layer)


@cache
def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(module: str, path: Path) -> list[tuple[str, list[str], int]]:
    """(imported module, names taken, line) for every import in the file, relative ones resolved."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [a.name for a in node.names]
            if node.module is None:  # "from . import dates" takes a module, "from .. import x" a name
                modules = _modules()
                out += [
                    (f"{target}.{n}", [], node.lineno)
                    if f"{target}.{n}" in modules
                    else (target, [n], node.lineno)
                    for n in names
                ]
            else:
                out.append((target, names, node.lineno))
    return out


def test_every_part_has_a_layer():
    assert {_part(m) for m in _modules()} <= set().union(*LAYERS)


def _wrong_imports(module: str, path: Path) -> list[str]:
    """The imports of one file that reach a higher or sibling part, or a package its part must not use."""
    here = _part(module)
    wrong = []
    for target, _, line in _imports(module, path):
        if target.split(".")[0] == "reportmine":
            there = _part(target)
            if there != here and _rank(there) >= _rank(here):
                wrong.append(f"{line}: {here} imports {target}")
        elif target.split(".")[0] in NOT_USED.get(here, ()):
            wrong.append(f"{line}: {here} uses {target}")
    return wrong


def test_no_part_imports_a_higher_or_sibling_part():
    wrong = [
        f"{path.relative_to(PACKAGE)}:{w}"
        for module, path in _modules().items()
        for w in _wrong_imports(module, path)
    ]
    assert wrong == []


def test_no_private_names_taken_from_another_module():
    wrong = [
        f"{path.relative_to(PACKAGE)}:{line}: {name} from {target}"
        for module, path in _modules().items()
        for target, names, line in _imports(module, path)
        if target.startswith("reportmine") and target != module
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "module, source, expected",
    [
        (
            "reportmine.nlp.people",
            "from ..link.people import given_agree\n",
            ["1: nlp imports reportmine.link.people"],
        ),
        ("reportmine.io.cache", "\nfrom .. import __version__\n", ["2: io imports reportmine"]),
        ("reportmine.lexicon.forces", "import spacy\n", ["1: lexicon uses spacy"]),
        ("reportmine.nlp.people", "import spacy\nfrom ..lexicon import names\nfrom . import quotes\n", []),
    ],
)
def test_the_check_sees_a_wrong_import(tmp_path, module, source, expected):
    """The checker itself, on files written here: upward, sibling and forbidden imports are caught."""
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    assert _wrong_imports(module, path) == expected
