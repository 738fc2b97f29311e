from pipeline.index.search import (
    DeskFilters,
    cluster_query,
    desk_filters,
    facets,
    newsroom_query,
    primary_filter,
    shown_document,
)


def test_default_search_hides_killed_and_embargoed_and_collapses_clusters() -> None:
    body = newsroom_query("Lavrov")
    assert body["collapse"]["field"] == "dedup.cluster_id"
    assert body["collapse"]["inner_hits"]["sort"][0]["published_at"]["order"] == "desc"
    visible = body["query"]["bool"]["filter"][0]["bool"]["should"]
    assert {"term": {"pubstatus": "usable"}} in visible
    assert "canceled" not in str(visible)
    assert body["aggs"]["stories"] == {"cardinality": {"field": "dedup.cluster_id"}}


def test_default_search_shows_text_items() -> None:
    assert {"terms": {"type": ["text"]}} in newsroom_query("x")["query"]["bool"]["filter"]
    any_type = newsroom_query("x", filters=DeskFilters(types=()))
    assert "'type'" not in str(any_type["query"]["bool"]["filter"])


def test_all_shows_everything() -> None:
    body = newsroom_query("Lavrov", include_hidden=True, filters=DeskFilters(types=()))
    assert "collapse" not in body and "filter" not in body["query"]["bool"]


def test_duplicates_stay_visible_only() -> None:
    body = newsroom_query("Lavrov", include_duplicates=True)
    assert "collapse" not in body
    assert "usable" in str(body["query"]["bool"]["filter"][0])


def test_empty_query_lists_latest() -> None:
    body = newsroom_query("  ")
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]
    assert body["sort"][1] == {"published_at": {"order": "desc", "missing": "_last"}}


def test_words_are_also_searched_in_their_other_forms() -> None:
    should = newsroom_query("Valdoria elections")["query"]["bool"]["must"][0]["bool"]["should"]
    forms = [clause["multi_match"] for clause in should if "multi_match" in clause][1]
    assert forms["boost"] < 1
    assert {"valdoria's", "election"} <= set(forms["query"].split())
    assert "captions.credit.raw" in forms["fields"]  # pictures: by photographer and agency


def test_desk_filters() -> None:
    clauses = desk_filters(
        DeskFilters(
            sources=("Reuters", "AFP"),
            since="now-1d",
            languages=("en",),
            persons=("Sergei Lavrov",),
            places=("Jakarta",),
            types=("picture",),
        )
    )
    text = str(clauses)
    assert {"range": {"published_at": {"gte": "now-1d"}}} in clauses
    assert {"terms": {"type": ["picture"]}} in clauses
    assert "'value': 'Reuters', 'case_insensitive': True" in text and "'AFP'" in text
    assert {"term": {"language": {"value": "en", "case_insensitive": True}}} in clauses
    nested = [c for c in clauses if "nested" in c]
    assert [c["nested"]["query"]["bool"]["filter"][0]["term"]["entities.type"] for c in nested] == [
        "PERSON",
        "PLACE",
    ]
    assert len(clauses) == 6


def test_no_filters_but_the_type() -> None:
    assert desk_filters(DeskFilters()) == [{"terms": {"type": ["text"]}}]
    assert desk_filters(DeskFilters(types=())) == []


def test_facets_count_stories_per_value() -> None:
    body = newsroom_query("x")
    assert body["aggs"]["people"]["terms"]["field"] == "persons"
    assert body["aggs"]["people"]["terms"]["order"] == {"stories": "desc"}
    response = {
        "aggregations": {
            "agencies": {"buckets": [{"key": "AFP", "doc_count": 2, "stories": {"value": 1}}]},
            "people": {"buckets": []},
        }
    }
    assert facets(response) == {"agencies": [("AFP", 1)], "people": [], "places": []}


def test_kibanas_one_hit_filter() -> None:
    assert primary_filter() == {"term": {"dedup.primary": True}}


def test_cluster_listing() -> None:
    assert cluster_query("c1")["query"] == {"term": {"dedup.cluster_id": "c1"}}


def test_a_collapsed_hit_shows_its_clusters_latest_story() -> None:
    hit = {
        "_source": {"id": "old"},
        "inner_hits": {"latest": {"hits": {"hits": [{"_source": {"id": "new"}}]}}},
    }
    assert shown_document(hit)["id"] == "new"
    assert shown_document({"_source": {"id": "only"}})["id"] == "only"
