"""Configuration templates of the local stack (pipeline/stack/files), filled by string.Template."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from string import Template

from pipeline.errors import StackError
from pipeline.stack.settings import assets_dir


def template_path(relative: str) -> Path:
    path = assets_dir() / relative
    if not path.is_file():
        raise StackError(f"{path} is missing: reinstall wirepipe")
    return path


def render_template(relative: str, values: Mapping[str, object]) -> str:
    """The template with every ${name} filled in; a name without value is an error."""
    text = template_path(relative).read_text(encoding="utf-8")
    try:
        return Template(text).substitute({key: str(value) for key, value in values.items()})
    except (KeyError, ValueError) as error:
        raise StackError(f"template {relative} has an unknown placeholder: {error}") from error


def option_lines(text: str) -> list[str]:
    """One option per non-blank line; lines starting with # are comments."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def flat_settings(text: str) -> dict[str, str]:
    """`key: value` lines (the flat subset of elasticsearch.yml) as a dict."""
    settings: dict[str, str] = {}
    for line in option_lines(text):
        key, separator, value = line.partition(":")
        if not separator or not key.strip():
            raise StackError(f"not a flat `key: value` setting: {line!r}")
        settings[key.strip()] = value.strip()
    return settings
