"""The shipped Kibana objects hold together: types, ids, references, migration versions, fields.

What Kibana itself checks on import (references), and what it would only
find out when somebody opens a view (a panel whose saved object is missing,
a chart on a field that is not in the data view), is checked here without
a Kibana. Whether the fields exist on a real node, with the right type, is
tests/integration/test_kibana_assets.py.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from pipeline.index.kibana import DATA_VIEW_ID, ndjson, saved_objects
from pipeline.index.template import build_index_template
from tests.index.kibana_objects import (
    OBJECTS,
    dashboard_controls,
    dashboard_panels,
    field_uses,
    find,
    kql,
    lens_columns,
    map_layers,
    of_type,
    search_source,
)

# The newest migration each type had in the Kibana 8 line; a Kibana 9 imports anything up
# to its own versions and refuses an object that claims a newer one than it knows.
KNOWN_MIGRATIONS = {
    "index-pattern": "8.0.0",
    "search": "8.0.0",
    "lens": "8.9.0",
    "map": "8.4.0",
    "dashboard": "8.7.0",
}
CORE_MIGRATION = "8.8.0"
SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
SAVED_SEARCHES = {"Latest wire", "Killed and withdrawn", "Embargoed", "By agency", "Pictures"}
CONTROL_FIELDS = {"source", "persons", "places", "language"}


def version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def references(saved: dict) -> dict[str, tuple[str, str]]:
    return {ref["name"]: (ref["type"], ref["id"]) for ref in saved["references"]}


def test_only_types_kibana_imports_and_unique_ids() -> None:
    assert {o["type"] for o in OBJECTS} == set(KNOWN_MIGRATIONS)
    assert Counter((o["type"], o["id"]) for o in OBJECTS).most_common(1)[0][1] == 1
    assert len({o["attributes"]["title"] for o in OBJECTS}) == len(OBJECTS)


@pytest.mark.parametrize("saved", OBJECTS, ids=lambda o: o["id"])
def test_migration_versions_are_present_and_known(saved: dict) -> None:
    assert saved["coreMigrationVersion"] == CORE_MIGRATION
    assert SEMVER.match(saved["typeMigrationVersion"])
    assert version(saved["typeMigrationVersion"]) <= version(KNOWN_MIGRATIONS[saved["type"]])


@pytest.mark.parametrize("saved", OBJECTS, ids=lambda o: o["id"])
def test_every_reference_resolves_to_a_shipped_object(saved: dict) -> None:
    shipped = {(o["type"], o["id"]) for o in OBJECTS}
    for ref in saved["references"]:
        assert (ref["type"], ref["id"]) in shipped, ref
    assert len(references(saved)) == len(saved["references"]), "reference names repeat"


@pytest.mark.parametrize("saved", of_type("search"), ids=lambda o: o["id"])
def test_saved_searches_name_their_data_view(saved: dict) -> None:
    source = search_source(saved)
    assert references(saved)[source["indexRefName"]] == ("index-pattern", DATA_VIEW_ID)
    assert source["query"]["language"] == "kuery"


def test_the_newsroom_has_its_saved_searches() -> None:
    assert {o["attributes"]["title"] for o in of_type("search")} == SAVED_SEARCHES
    latest = find("search", "wire-latest")["attributes"]
    assert latest["columns"] == ["headline", "source", "byline", "language", "persons", "places"]


@pytest.mark.parametrize("saved", of_type("lens"), ids=lambda o: o["id"])
def test_every_lens_layer_has_its_data_view(saved: dict) -> None:
    layers = saved["attributes"]["state"]["datasourceStates"]["formBased"]["layers"]
    named = references(saved)
    for layer_id, layer in layers.items():
        assert named[f"indexpattern-datasource-layer-{layer_id}"] == ("index-pattern", DATA_VIEW_ID)
        assert layer["columnOrder"] == list(layer["columns"])
    accessors = str(saved["attributes"]["state"]["visualization"])
    for layer in layers.values():
        for column_id in layer["columns"]:
            assert f"'{column_id}'" in accessors, f"column {column_id} is not drawn"


def test_map_layers_name_their_data_view() -> None:
    saved = find("map", "wire-story-places")
    named = references(saved)
    documents = [
        layer for layer in map_layers(saved) if layer["sourceDescriptor"]["type"] == "ES_SEARCH"
    ]
    assert len(documents) == 1
    source = documents[0]["sourceDescriptor"]
    assert named[source["indexPatternRefName"]] == ("index-pattern", DATA_VIEW_ID)
    assert source["geoField"] == "place_locations"


def test_dashboard_panels_and_controls_resolve() -> None:
    saved = find("dashboard", "wire-desk")
    named = references(saved)
    panels = dashboard_panels(saved)
    for panel in panels:
        kind, object_id = named[f"{panel['panelIndex']}:{panel['panelRefName']}"]
        assert kind == panel["type"]
        find(kind, object_id)
    assert {named[f"{p['panelIndex']}:{p['panelRefName']}"][1] for p in panels} == {
        o["id"] for o in OBJECTS if o["type"] in ("lens", "map")
    } | {"wire-latest"}
    controls = dashboard_controls(saved)
    for control_id, control in controls.items():
        assert control["type"] == "optionsListControl"
        assert named[f"controlGroup_{control_id}:optionsListDataView"] == (
            "index-pattern",
            DATA_VIEW_ID,
        )
    assert {c["explicitInput"]["fieldName"] for c in controls.values()} == CONTROL_FIELDS


def test_panels_do_not_overlap() -> None:
    cells: set[tuple[int, int]] = set()
    for panel in dashboard_panels(find("dashboard", "wire-desk")):
        grid = panel["gridData"]
        area = {
            (x, y)
            for x in range(grid["x"], grid["x"] + grid["w"])
            for y in range(grid["y"], grid["y"] + grid["h"])
        }
        assert grid["x"] + grid["w"] <= 48
        assert not cells & area, panel["panelIndex"]
        cells |= area


def test_the_data_view_follows_the_alias_and_nothing_else_names_it() -> None:
    objects = saved_objects("desk-b-articles")
    view = next(o for o in objects if o["type"] == "index-pattern")
    assert (view["id"], view["attributes"]["title"]) == (DATA_VIEW_ID, "desk-b-articles")
    assert view["attributes"]["timeFieldName"] == "published_at"
    others = ndjson([o for o in objects if o["type"] != "index-pattern"])
    assert b"desk-b-articles" not in others
    assert saved_objects("wire-articles") == OBJECTS


def test_default_views_show_text_and_one_hit_per_story() -> None:
    for object_id in ("wire-latest", "wire-top-people", "wire-languages", "wire-story-places"):
        saved = next(o for o in OBJECTS if o["id"] == object_id)
        query = kql(saved)
        assert 'type : "text"' in query and "dedup.primary : true" in query, object_id
    assert 'type : "picture"' in kql(find("search", "wire-pictures"))


def test_every_field_the_objects_use_is_in_the_mapping() -> None:
    properties = build_index_template("a", english_available=True)["template"]["mappings"]
    mapped: dict[str, str] = {}

    def walk(fields: dict, prefix: str = "") -> None:
        for name, spec in fields.items():
            mapped[prefix + name] = spec.get("type", "object")
            walk(spec.get("properties", {}), prefix + name + ".")
            walk(spec.get("fields", {}), prefix + name + ".")

    walk(properties["properties"])
    for use in field_uses():
        assert use.field in mapped, use
        assert not use.types or mapped[use.field] in use.types, use
        parents = use.field.split(".")[:-1]
        prefixes = [".".join(parents[: i + 1]) for i in range(len(parents))]
        assert all(mapped.get(p) != "nested" for p in prefixes), f"{use} is inside a nested field"


def test_lens_charts_count_stories() -> None:
    for saved in of_type("lens"):
        operations = {c["operationType"] for c in lens_columns(saved)}
        assert "count" in operations and "terms" in operations, saved["id"]
