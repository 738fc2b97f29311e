"""Faust's table and router pages (dedup state, the workers' addresses): on request only."""

from __future__ import annotations

import asyncio
from pathlib import Path

import faust
from aiohttp.test_utils import TestClient, TestServer

from pipeline.config import load_settings
from pipeline.stream.app import create_app

DEBUG_PAGES = ("/table/", "/router/")


def statuses(app: faust.App, paths: tuple[str, ...]) -> dict[str, int]:
    """What the worker's web server answers on `paths`, served in-process."""
    web = app.web
    web.init_server()

    async def ask() -> dict[str, int]:
        async with TestClient(TestServer(web.web_app)) as client:
            return {path: (await client.get(path)).status for path in paths}

    return asyncio.run(ask())


def app_with(tmp_path: Path, **environ: str) -> faust.App:
    return create_app(load_settings({"WIREPIPE_DATA_DIR": str(tmp_path), **environ}))


def test_table_and_router_pages_are_off_by_default(tmp_path: Path) -> None:
    assert statuses(app_with(tmp_path), DEBUG_PAGES) == dict.fromkeys(DEBUG_PAGES, 404)


def test_debug_pages_are_served_when_asked_for(tmp_path: Path) -> None:
    answers = statuses(app_with(tmp_path, WIREPIPE_WEB_DEBUG_PAGES="1"), DEBUG_PAGES)
    assert answers == dict.fromkeys(DEBUG_PAGES, 200)
