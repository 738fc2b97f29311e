from pipeline.index.search import cluster_query, newsroom_query, shown_document


def test_default_search_hides_killed_and_embargoed_and_collapses_clusters() -> None:
    body = newsroom_query("Lavrov")
    assert body["collapse"]["field"] == "dedup.cluster_id"
    assert body["collapse"]["inner_hits"]["sort"][0]["versioncreated"]["order"] == "desc"
    visible = body["query"]["bool"]["filter"][0]["bool"]["should"]
    assert {"term": {"pubstatus": "usable"}} in visible
    assert "canceled" not in str(visible)


def test_all_shows_everything() -> None:
    body = newsroom_query("Lavrov", include_hidden=True)
    assert "collapse" not in body and "filter" not in body["query"]["bool"]


def test_empty_query_lists_latest() -> None:
    assert newsroom_query("  ")["query"]["bool"]["must"] == [{"match_all": {}}]


def test_cluster_listing() -> None:
    assert cluster_query("c1")["query"] == {"term": {"dedup.cluster_id": "c1"}}


def test_a_collapsed_hit_shows_its_clusters_latest_story() -> None:
    hit = {
        "_source": {"id": "old"},
        "inner_hits": {"latest": {"hits": {"hits": [{"_source": {"id": "new"}}]}}},
    }
    assert shown_document(hit)["id"] == "new"
    assert shown_document({"_source": {"id": "only"}})["id"] == "only"
