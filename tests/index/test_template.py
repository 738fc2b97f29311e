import orjson

from pipeline.index.template import CORE_TEXT_ANALYZER, SCHEMAS, build_index_template


def mapped_fields(properties: dict, prefix: str = "") -> set[str]:
    names = set()
    for name, spec in properties.items():
        names.add(prefix + name)
        names |= mapped_fields(spec.get("properties", {}), prefix + name + ".")
    return names


def test_full_distribution_gets_the_english_analyzer() -> None:
    template = build_index_template("wire-articles", english_available=True)
    assert template["index_patterns"] == ["wire-articles-*"]
    assert template["template"]["settings"]["analysis"]["analyzer"]["wire_text"] == {
        "type": "english"
    }


def test_minimal_node_gets_a_core_analyzer_under_the_same_name() -> None:
    english = build_index_template("a", english_available=True)
    core = build_index_template("a", english_available=False, replicas=2)
    assert core["template"]["settings"]["analysis"]["analyzer"]["wire_text"] == CORE_TEXT_ANALYZER
    assert core["template"]["settings"]["number_of_replicas"] == 2
    assert core["template"]["mappings"] == english["template"]["mappings"]


def test_every_article_field_of_the_schema_is_mapped() -> None:
    schema = orjson.loads((SCHEMAS / "article.schema.json").read_bytes())
    mapping = build_index_template("a", english_available=True)["template"]["mappings"]
    assert set(schema["properties"]) <= mapped_fields(mapping["properties"])


def test_raw_is_stored_not_indexed() -> None:
    mapping = build_index_template("a", english_available=True)["template"]["mappings"]
    assert mapping["properties"]["raw"]["index"] is False
