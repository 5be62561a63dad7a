"""People across documents keep the names the documents give them (a nickname table merges, never invents)."""

from __future__ import annotations

from dataclasses import replace

from reportmine.lexicon.titles import split_name, title_category
from reportmine.link.graph import build_graph
from reportmine.link.people import resolve_people
from reportmine.model import Document, Person


def _doc(id_: str, *people: Person) -> Document:
    return Document(
        id=id_,
        source=id_,
        kind="news_article",
        force="Barnford Police",
        published="2021-05",
        people=list(people),
    )


def test_a_nickname_is_never_expanded_to_a_name_no_document_uses() -> None:
    docs = [_doc("1", Person("Wendy Marsh", "chair")), _doc("2", Person("Gerry Hale", "Chief Constable"))]
    keys = {i.key: i.name for i in resolve_people(docs)}
    assert keys == {"wendy marsh": "Wendy Marsh", "gerry hale": "Gerry Hale"}
    assert {n for n, d in build_graph(docs).nodes(data=True) if d["type"] == "person"} == {
        "person:wendy marsh",
        "person:gerry hale",
    }


def test_nickname_and_formal_name_merge_under_the_form_a_document_writes_in_full() -> None:
    docs = [_doc("1", Person("Andy Kettering", "chair")), _doc("2", Person("Andrew Kettering", "chair"))]
    identities = resolve_people(docs)
    assert [(i.key, i.name, i.documents) for i in identities] == [
        ("andrew kettering", "Andrew Kettering", ["1", "2"])
    ]


def test_a_short_form_of_a_title_is_read_in_full_as_the_people_component_reads_it() -> None:
    # "HM Chief Inspector" is titles.json's short form of "HM Chief Inspector of Constabulary": an inspector of
    # constabulary, who is named across forces, not a force's chief inspector
    docs = [
        _doc("1", Person("Ruth Arkwright", "HM Chief Inspector")),
        replace(
            _doc("2", Person("Ruth Arkwright", "HM Chief Inspector of Constabulary")), force="Fenmarsh Police"
        ),
    ]
    assert [(i.key, i.documents) for i in resolve_people(docs)] == [("ruth arkwright", ["1", "2"])]
    assert (
        title_category("HM Chief Inspector")
        == title_category("HM Chief Inspector of Constabulary")
        == "inspectorate"
    )
    assert title_category("Det Ch Supt") == "police" and title_category("Cllr") == "politics"
    # a title written before a name is taken off it, whether titles.json gives it in full or abbreviated
    assert [
        (p.given, p.prefix) for p in map(split_name, ("Coroner Jo Smith", "DCS Jo Smith", "Di Smith"))
    ] == [
        (("jo",), "Coroner"),
        (("jo",), "DCS"),
        (("di",), None),
    ]
