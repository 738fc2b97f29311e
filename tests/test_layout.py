"""The package's shape, checked from its source with `ast`: no cycles, a small root, one config.

These rules keep the layout of docs/ARCHITECTURE.md true as the code grows:
pure stages never import the stream shell or the command line, no two
modules import each other (even lazily, inside a function), the package
root holds only what every package shares, and the environment is read in
`pipeline/config.py` alone.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline import config

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pipeline"
SHARED_ROOT_MODULES = {"__init__", "model", "config", "errors", "clock", "diacritics", "months", "enrich"}
PURE_PACKAGES = ("formats", "clean", "entities", "dedup")
RUNTIME_PACKAGES = ("pipeline.stream", "pipeline.cli", "pipeline.stack", "pipeline.index")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, ast.Module]:
    return {
        module_name(path): ast.parse(path.read_text(), str(path))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def imported(tree: ast.Module, known: set[str]) -> Iterator[str]:
    """Modules of the package that `tree` imports, at any depth (lazy imports included)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from pipeline.x import y` imports module pipeline.x.y when y is one.
            names = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
        else:
            continue
        for name in names:
            if name in known:
                yield name


def import_graph() -> dict[str, set[str]]:
    trees = modules()
    known = set(trees)
    graph = {}
    for name, tree in trees.items():
        targets = set(imported(tree, known)) - {name}
        # `from pipeline.cli.main import main` also names the package pipeline.cli.main's
        # parent; only the deepest module counts.
        graph[name] = {t for t in targets if not any(o.startswith(t + ".") for o in targets)}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_no_import_cycle_in_the_package() -> None:
    assert find_cycle(import_graph()) is None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_the_package_root_holds_only_what_every_package_shares() -> None:
    root_modules = {path.stem for path in PACKAGE.glob("*.py")}
    assert root_modules <= SHARED_ROOT_MODULES


@pytest.mark.parametrize("package", PURE_PACKAGES)
def test_pure_stages_never_reach_the_runtime(package: str) -> None:
    graph = import_graph()
    for name, targets in graph.items():
        if name == f"pipeline.{package}" or name.startswith(f"pipeline.{package}."):
            reached = {t for t in targets if t.startswith(RUNTIME_PACKAGES)}
            assert not reached, f"{name} imports {reached}"


def environment_reads(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """Lines that read or change the process environment, other than passing it on whole."""
    declared = {variable.name for variable in config.VARIABLES}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func) in ("os.getenv", "getenv"):
            yield node.lineno, ast.unparse(node)
        elif isinstance(node, ast.Attribute) and ast.unparse(node.value) == "os.environ":
            if node.attr != "copy":
                yield node.lineno, ast.unparse(node)
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
            yield node.lineno, ast.unparse(node)
        elif isinstance(node, ast.Constant) and node.value in declared:
            yield node.lineno, repr(node.value)


def test_only_the_configuration_module_reads_the_environment() -> None:
    offenders = [
        f"{name}:{line}: {code}"
        for name, tree in modules().items()
        if name != "pipeline.config"
        for line, code in environment_reads(tree)
    ]
    assert offenders == []


def test_the_environment_check_sees_a_read() -> None:
    tree = ast.parse('import os\nos.environ.get("X")\nos.getenv("Y")\nname = "ES_URL"\n')
    assert len(list(environment_reads(tree))) == 3


def test_the_readme_configuration_table_is_generated_from_the_declarations() -> None:
    readme = (ROOT / "README.md").read_text()
    assert config.settings_table() in readme, "paste pipeline.config.settings_table() into it"


def test_every_declared_variable_is_read_by_the_settings() -> None:
    source = (PACKAGE / "config.py").read_text() + (PACKAGE / "stack" / "settings.py").read_text()
    for variable in config.VARIABLES:
        constant = next(n for n, v in vars(config).items() if v is variable)
        assert f"{constant}.read(" in source, f"{variable.name} is declared but never read"


# The design page the project was started from lives outside the repository;
# the project's own is docs/ARCHITECTURE.md.
OUTSIDE_DOCUMENT = "DESIGN" + ".md"


def test_nothing_points_outside_the_project() -> None:
    tracked = [
        path
        for path in ROOT.rglob("*")
        if path.is_file()
        and path.suffix in {".py", ".md", ".toml", ".yml", ".yaml", ""}
        and not {".git", ".venv", ".stack", "node_modules"} & set(path.parts)
    ]
    mentions = [
        str(path.relative_to(ROOT))
        for path in tracked
        if OUTSIDE_DOCUMENT in path.read_text("utf-8", "replace")
    ]
    assert mentions == []
