"""Operations' view of a real worker: Prometheus scraping it, the alert rules, the dashboard, status.

A real Prometheus (`pipeline.stack.prometheus`) scrapes a real worker every
second with the rules of deploy/prometheus loaded while stories flow. Every
expression of the rules and of the dashboard is then run against it and must
return data, so a rule or panel that names a metric no worker serves fails
here; alert expressions are run with their comparisons turned into `bool`
ones, which answer whether or not the alert would fire.

Elasticsearch cannot be stopped (other tests use it), so the outage test puts
a TCP proxy it controls between the worker and Elasticsearch.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import orjson
import pytest

from pipeline.config import checkout_root
from pipeline.stack.prometheus import PrometheusTools, ensure_prometheus
from pipeline.stack.settings import StackSettings
from tests.integration.pipeline_run import PipelineRun, free_port
from tests.integration.stories import HARBOUR_STORY, generated_story

root = checkout_root()
assert root is not None
RULES = root / "deploy" / "prometheus" / "rules.yml"
DASHBOARD = root / "deploy" / "grafana" / "dashboards" / "wirepipe.json"
JOB = "wirepipe-workers"  # the job the rules and the dashboard name

STORIES = 300
BAD = {
    "empty": b"",
    "broken-xml": b"<?xml version='1.0'?><nitf><head><title>Half</title></head><body><p>",
    "broken-json": b'{"headline": "unfinished',
    "not-utf8": b"\xff\xfe\xfa not text \x80\x81" * 10,
}


@pytest.fixture(scope="module")
def tools() -> PrometheusTools:
    return ensure_prometheus(StackSettings.from_env())


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


class Prometheus:
    """A Prometheus of the test's own: one worker as its target, the project's rules loaded."""

    def __init__(self, tools: PrometheusTools, workdir: Path, target: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = workdir / "prometheus.yml"
        config.write_text(
            json.dumps(
                {
                    "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
                    "rule_files": [str(RULES)],
                    "scrape_configs": [
                        {"job_name": JOB, "static_configs": [{"targets": [target]}]}
                    ],
                }
            )
        )
        self.log = workdir / "prometheus.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    str(tools.prometheus),
                    f"--config.file={config}",
                    f"--storage.tsdb.path={workdir / 'prometheus-data'}",
                    f"--web.listen-address=127.0.0.1:{self.port}",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while get_or_none(f"{self.url}/-/ready") != 200:
            self._check_alive(deadline, "did not start")
        # Ready is not scraping: discovery hands the target to the scrapers at its first
        # update, up to 5 s later. A worker done before that would never be seen, so wait
        # for the target's first scrape (`up` is 0 while nothing listens there yet).
        while not self.query(f'up{{job="{JOB}"}}'):
            self._check_alive(deadline, "did not scrape its target")

    def _check_alive(self, deadline: float, what: str) -> None:
        if self.process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"Prometheus {what}:\n{self.log.read_text()[-3000:]}")
        time.sleep(0.2)

    def api(self, path: str, **parameters: str) -> Any:
        status, body = get(f"{self.url}/api/v1/{path}?{urlencode(parameters)}")
        answer = orjson.loads(body)
        assert status == 200 and answer["status"] == "success", answer
        return answer["data"]

    def query(self, expression: str) -> list[dict[str, Any]]:
        return list(self.api("query", query=expression)["result"])

    def scalar(self, expression: str) -> float | None:
        result = self.query(expression)
        return float(result[0]["value"][1]) if result else None

    def rules(self) -> list[dict[str, Any]]:
        return [rule for group in self.api("rules")["groups"] for rule in group["rules"]]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)


def get_or_none(url: str) -> int | None:
    try:
        return get(url)[0]
    except OSError:
        return None


_COMPARISON = re.compile(r"(==|!=|>=|<=|>(?!=)|<(?!=))(?!\s*bool\b)")


def as_bool(expression: str) -> str:
    """`expression` with every comparison outside label matchers made a `bool` comparison.

    An alert's expression returns series only while it fires; with `bool` it
    returns them either way, 1 or 0, so its metrics can be checked at any time.
    """
    parts: list[str] = []
    depth, quote, position = 0, "", 0
    while position < len(expression):
        char = expression[position]
        if quote:
            quote = "" if char == quote and expression[position - 1] != "\\" else quote
        elif char in "\"'`":
            quote = char
        elif char in "{}":
            depth += 1 if char == "{" else -1
        elif depth == 0 and (found := _COMPARISON.match(expression, position)):
            parts.append(f"{found.group(1)} bool")
            position = found.end()
            continue
        parts.append(char)
        position += 1
    return "".join(parts)


def test_comparisons_become_bool_outside_label_matchers_only() -> None:
    assert (
        as_bool('up{job!="x"} == 0 and on() rate(a{b=~"c>d"}[5m]) >= bool 2')
        == 'up{job!="x"} == bool 0 and on() rate(a{b=~"c>d"}[5m]) >= bool 2'
    )


def dashboard_expressions() -> list[str]:
    panels = orjson.loads(DASHBOARD.read_bytes())["panels"]
    return [target["expr"] for panel in panels for target in panel.get("targets", ())]


def worker_page(port: int, path: str) -> tuple[int, bytes]:
    return get(f"http://127.0.0.1:{port}{path}")


def test_prometheus_follows_a_worker_through_a_run(
    servers: None, tools: PrometheusTools, tmp_path: Path
) -> None:
    run = PipelineRun(
        tmp_path, environment={"WIREPIPE_MONITOR_INTERVAL": "1", "WIREPIPE_LOG_FORMAT": "json"}
    )
    run.setup()
    web_port = free_port()
    prometheus = Prometheus(tools, tmp_path, f"127.0.0.1:{web_port}")
    try:
        # A backlog before the worker starts: the lag it measures first is all of it.
        for number in range(STORIES):
            run.producer.send(
                run.settings.topics.raw, key=f"m-{number}".encode(), value=generated_story(number)
            )
        for key, value in BAD.items():
            run.producer.send(run.settings.topics.raw, key=key.encode(), value=value)
        run.producer.flush()
        run.start_worker(web_port=web_port)
        run.wait_for(lambda: run.count() == STORIES, timeout=300, what="stories indexed")
        run.wait_for(lambda: len(run.dead_letters()) == len(BAD), what="dead letters")

        # Lag: seen above 0, back to 0 once the worker has committed what it did.
        run.wait_for(
            lambda: prometheus.scalar("sum(wirepipe_consumer_lag)") == 0, what="lag back to 0"
        )
        peak = prometheus.scalar("max_over_time(sum(wirepipe_consumer_lag)[10m:1s])")
        assert peak is not None and peak > 0

        # Dead letters: as many counted as filed, by the same reasons.
        letters = Counter(letter.reason for letter in run.dead_letters())
        assert prometheus.scalar("sum(wirepipe_dead_letters_total)") == len(BAD)
        counted = {
            series["metric"]["reason"]: float(series["value"][1])
            for series in prometheus.query("sum by (reason) (wirepipe_dead_letters_total) > 0")
        }
        assert counted == {reason: float(n) for reason, n in letters.items()}
        assert set(letters) == {"empty", "xml-syntax", "json-syntax", "undecodable"}
        indexed = 'sum(wirepipe_stage_messages_total{stage="index",outcome="indexed"})'
        assert prometheus.scalar(indexed) == STORIES

        # Every rule and every panel finds data (rules run at least twice: deriv needs two).
        run.wait_for(
            lambda: (prometheus.scalar("count(count_over_time(wirepipe:consumer_lag:sum[1m]) > 2)") or 0) > 0,
            what="the recording rule evaluated",
        )
        rules = prometheus.rules()
        assert {rule["name"] for rule in rules if rule["type"] == "alerting"} >= {
            "WirepipeElasticsearchDown",
            "WirepipeWorkerNotReady",
        }
        expressions = [
            as_bool(rule["query"]) if rule["type"] == "alerting" else rule["query"]
            for rule in rules
        ] + dashboard_expressions()
        empty = [expression for expression in expressions if not prometheus.query(expression)]
        assert empty == []
        assert prometheus.scalar(f'up{{job="{JOB}"}}') == 1
        assert prometheus.scalar("wirepipe_worker_ready") == 1
        assert prometheus.scalar("wirepipe_elasticsearch_up") == 1

        # The page passes promtool's checks of names, types and units.
        _, page = worker_page(web_port, "/metrics")
        checked = subprocess.run(
            [str(tools.promtool), "check", "metrics"], input=page, capture_output=True, timeout=60
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr

        # The dead-letter warnings are JSON lines naming stage, story and reason.
        lines = [orjson.loads(line) for line in run.log_path("w1").read_text().splitlines()]
        warned = {
            (line["wirepipe.stage"], line["wirepipe.story_id"], line["wirepipe.reason"])
            for line in lines
            if "wirepipe.reason" in line
        }
        assert {story for _, story, _ in warned} == set(BAD)
        assert {(stage, reason) for stage, _, reason in warned} == {
            ("enrich", reason) for reason in letters
        }
        assert all(line["service.name"] == "wirepipe" for line in lines)

        # The on-call's screen agrees, and says all is well.
        shown = subprocess.run(
            [sys.executable, "-m", "pipeline.cli", "status", "--json"],
            env=run.env | {"WIREPIPE_STATUS_WORKERS": f"127.0.0.1:{web_port}"},
            capture_output=True,
            timeout=120,
            cwd=tmp_path,
        )
        assert shown.returncode == 0, shown.stderr.decode()[-3000:]
        status = orjson.loads(shown.stdout)
        assert status["healthy"] and status["problems"] == []
        assert status["consumer_lag"]["total"] == 0
        assert status["dead_letters"]["letters"] == len(BAD)
        assert status["elasticsearch"]["documents"] == STORIES
        assert status["stages"]["index"]["outcomes"]["indexed"] == STORIES
        assert status["workers"] == [
            {"address": f"127.0.0.1:{web_port}", "ready": True, "reasons": []}
        ]
    finally:
        prometheus.stop()
        run.close()


class TcpProxy:
    """Forwards 127.0.0.1:`port` to `target` while open; refuses connections while closed."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = free_port()
        self.server: socket.socket | None = None
        self.connections: list[socket.socket] = []
        self.lock = threading.Lock()

    def open(self) -> None:
        self.server = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self.server,), daemon=True).start()

    def close(self) -> None:
        # shutdown() wakes the threads blocked in accept() and recv(); close() alone does not.
        with self.lock:
            sockets = [self.server, *self.connections] if self.server else self.connections
            for each in sockets:
                with contextlib.suppress(OSError):
                    each.shutdown(socket.SHUT_RDWR)
                each.close()
            self.server, self.connections = None, []

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:  # closed
                return
            try:
                upstream = socket.create_connection(self.target, timeout=10)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                end.close()


@pytest.fixture
def proxy(es_url: str) -> Iterator[TcpProxy]:
    address = urlsplit(es_url)
    forwarding = TcpProxy((address.hostname or "127.0.0.1", address.port or 9200))
    forwarding.open()
    try:
        yield forwarding
    finally:
        forwarding.close()


def test_an_elasticsearch_outage_shows_and_clears(proxy: TcpProxy, tmp_path: Path) -> None:
    run = PipelineRun(
        tmp_path,
        environment={
            "ES_URL": f"http://127.0.0.1:{proxy.port}",
            "WIREPIPE_MONITOR_INTERVAL": "1",
            "WIREPIPE_READY_ES_WITHIN": "3",
        },
    )
    run.setup()
    web_port = free_port()

    def sample(name: bytes) -> float | None:
        _, page = worker_page(web_port, "/metrics")
        found = re.search(rb"^" + name + rb" (\S+)$", page, re.M)
        return float(found.group(1)) if found else None

    def es_up() -> float | None:
        return sample(b"wirepipe_elasticsearch_up")

    def ready() -> tuple[int, dict[str, Any]]:
        status, body = worker_page(web_port, "/ready")
        return status, orjson.loads(body)

    try:
        run.start_worker(web_port=web_port)
        run.wait_for(lambda: ready()[0] == 200 and es_up() == 1, what="a ready worker")

        proxy.close()
        run.wait_for(lambda: es_up() == 0, what="wirepipe_elasticsearch_up at 0")
        run.wait_for(lambda: ready()[0] == 503, what="/ready at 503")
        reasons = ready()[1]["reasons"]
        assert len(reasons) == 1 and reasons[0].startswith("Elasticsearch has not answered")
        run.produce(HARBOUR_STORY.encode(), key="during-the-outage")
        run.wait_for(lambda: (sample(b"wirepipe_bulk_retries_total") or 0) >= 1, what="a retry")

        proxy.open()
        run.wait_for(lambda: es_up() == 1 and ready()[0] == 200, what="recovery")
        run.wait_for(lambda: run.count() == 1, timeout=120, what="the story held back, indexed")
    finally:
        run.close()
