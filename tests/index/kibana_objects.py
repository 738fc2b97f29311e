"""The shipped Kibana objects read the way Kibana reads them, for the tests.

Kibana keeps parts of an object as JSON inside strings (a search's source,
a dashboard's panels and controls, a map's layers); `embedded` opens them.
`field_uses` lists every field an object relies on and what Kibana needs of
it: the integration tests hold each one against the node's `_field_caps`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

from pipeline.index.kibana import DATA_VIEW_ID, saved_objects

OBJECTS = saved_objects(DATA_VIEW_ID)
# A field name in KQL: before ":" or a range operator.
KQL_FIELD = re.compile(r"([A-Za-z_][\w.]*)\s*(?::|<=|>=|<|>)")


def find(kind: str, object_id: str) -> dict[str, Any]:
    return next(o for o in OBJECTS if o["type"] == kind and o["id"] == object_id)


def of_type(kind: str) -> list[dict[str, Any]]:
    return [o for o in OBJECTS if o["type"] == kind]


def search_source(saved: dict[str, Any]) -> dict[str, Any]:
    source: dict[str, Any] = orjson.loads(
        saved["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"]
    )
    return source


def dashboard_panels(saved: dict[str, Any]) -> list[dict[str, Any]]:
    panels: list[dict[str, Any]] = orjson.loads(saved["attributes"]["panelsJSON"])
    return panels


def dashboard_controls(saved: dict[str, Any]) -> dict[str, dict[str, Any]]:
    controls: dict[str, dict[str, Any]] = orjson.loads(
        saved["attributes"]["controlGroupInput"]["panelsJSON"]
    )
    return controls


def map_layers(saved: dict[str, Any]) -> list[dict[str, Any]]:
    layers: list[dict[str, Any]] = orjson.loads(saved["attributes"]["layerListJSON"])
    return layers


def lens_columns(saved: dict[str, Any]) -> list[dict[str, Any]]:
    layers = saved["attributes"]["state"]["datasourceStates"]["formBased"]["layers"]
    return [column for layer in layers.values() for column in layer["columns"].values()]


def kql(saved: dict[str, Any]) -> str:
    """The object's own query: a search's, a Lens chart's, or its map's document layer's."""
    if saved["type"] == "search":
        return str(search_source(saved)["query"]["query"])
    if saved["type"] == "lens":
        return str(saved["attributes"]["state"]["query"]["query"])
    if saved["type"] == "map":
        return " and ".join(
            layer["query"]["query"] for layer in map_layers(saved) if layer.get("query")
        )
    raise ValueError(f"{saved['type']} objects have no query of their own")


@dataclass(frozen=True, slots=True)
class FieldUse:
    """One field an object relies on; `types` are the field types that will do."""

    object_id: str
    field: str
    types: frozenset[str]
    aggregatable: bool = False


ANY = frozenset[str]()
DATE = frozenset({"date"})
KEYWORD = frozenset({"keyword"})


def _kql_uses(saved: dict[str, Any]) -> list[FieldUse]:
    return [FieldUse(saved["id"], field, ANY) for field in KQL_FIELD.findall(kql(saved))]


def field_uses() -> list[FieldUse]:
    uses: list[FieldUse] = []
    for saved in OBJECTS:
        oid, attributes = saved["id"], saved["attributes"]
        if saved["type"] == "index-pattern":
            uses.append(FieldUse(oid, attributes["timeFieldName"], DATE, aggregatable=True))
        elif saved["type"] == "search":
            uses += [FieldUse(oid, column, ANY) for column in attributes["columns"]]
            uses += [
                FieldUse(oid, field, ANY, aggregatable=True) for field, _ in attributes["sort"]
            ]
            uses += _kql_uses(saved)
        elif saved["type"] == "lens":
            for column in lens_columns(saved):
                if column["operationType"] == "terms":
                    uses.append(FieldUse(oid, column["sourceField"], KEYWORD, aggregatable=True))
                elif column["operationType"] == "date_histogram":
                    uses.append(FieldUse(oid, column["sourceField"], DATE, aggregatable=True))
            uses += _kql_uses(saved)
        elif saved["type"] == "map":
            for layer in map_layers(saved):
                source = layer["sourceDescriptor"]
                if source["type"] != "ES_SEARCH":
                    continue
                uses.append(FieldUse(oid, source["geoField"], frozenset({"geo_point"}), True))
                uses.append(FieldUse(oid, source["sortField"], DATE, aggregatable=True))
                uses += [FieldUse(oid, field, ANY) for field in source["tooltipProperties"]]
            uses += _kql_uses(saved)
        elif saved["type"] == "dashboard":
            for control in dashboard_controls(saved).values():
                field = control["explicitInput"]["fieldName"]
                uses.append(FieldUse(oid, field, KEYWORD, aggregatable=True))
    return uses
