from pipeline.stream.tables import PartitionScopedView


def test_each_partition_writes_its_own_keys_and_reads_all() -> None:
    table: dict = {}
    view = PartitionScopedView(table, 3, merge_lists=False)
    view.current = 1
    view["h1"] = {"id": "a"}
    view.current = 2
    assert view["h1"] == {"id": "a"}
    view["h1"] = {"id": "b"}
    assert view["h1"] == {"id": "b"}  # own partition first
    assert table == {"1|h1": {"id": "a"}, "2|h1": {"id": "b"}}


def test_list_values_merge_and_are_not_copied_across_partitions() -> None:
    table: dict = {}
    view = PartitionScopedView(table, 2, merge_lists=True)
    view.current = 0
    view["band"] = [["a", 1]]
    view.current = 1
    merged = view["band"]
    assert merged == [["a", 1]]
    view["band"] = [*merged, ["b", 2]]
    assert table == {"0|band": [["a", 1]], "1|band": [["b", 2]]}
    assert view["band"] == [["b", 2], ["a", 1]]


def test_iteration_and_deletion_stay_in_the_current_partition() -> None:
    table: dict = {}
    view = PartitionScopedView(table, 2, merge_lists=False)
    view["x"] = 1
    view.current = 1
    view["y"] = 2
    assert list(view) == ["y"] and len(view) == 1
    del view["y"]
    assert "x" in view and "y" not in view
    assert table == {"0|x": 1}
