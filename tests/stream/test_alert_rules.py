"""The alert rules, Prometheus' configuration and the dashboard of deploy/, checked by promtool.

Prometheus comes from `pipeline.stack.prometheus` (Debian's package, fetched once
under the stack's folder): the tests run wherever the project's tests run.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from pipeline.config import checkout_root
from pipeline.stack.prometheus import PrometheusTools, ensure_prometheus
from pipeline.stack.settings import StackSettings

root = checkout_root()
assert root is not None
PROMETHEUS_DIR = root / "deploy" / "prometheus"
GRAFANA_DIR = root / "deploy" / "grafana"


@pytest.fixture(scope="module")
def tools() -> PrometheusTools:
    return ensure_prometheus(StackSettings.from_env())


def promtool(tools: PrometheusTools, *args: str) -> str:
    done = subprocess.run(
        [str(tools.promtool), *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_rules_are_valid(tools: PrometheusTools) -> None:
    assert "SUCCESS" in promtool(tools, "check", "rules", str(PROMETHEUS_DIR / "rules.yml"))


def test_each_alert_fires_when_it_should_and_only_then(tools: PrometheusTools) -> None:
    promtool(tools, "test", "rules", str(PROMETHEUS_DIR / "tests" / "rules_test.yml"))


def test_every_alert_has_a_unit_test() -> None:
    rules = (PROMETHEUS_DIR / "rules.yml").read_text()
    tests = (PROMETHEUS_DIR / "tests" / "rules_test.yml").read_text()
    alerts = {line.split(":", 1)[1].strip() for line in rules.splitlines() if "- alert:" in line}
    tested = {line.split(":", 1)[1].strip() for line in tests.splitlines() if "alertname:" in line}
    assert alerts and alerts == tested


def test_the_compose_configuration_is_valid(tools: PrometheusTools, tmp_path: Path) -> None:
    # Compose mounts the rules at /etc/prometheus; here they are read where they are.
    config = (PROMETHEUS_DIR / "prometheus.yml").read_text()
    local = config.replace("/etc/prometheus/rules.yml", str(PROMETHEUS_DIR / "rules.yml"))
    assert local != config
    (tmp_path / "prometheus.yml").write_text(local)
    promtool(tools, "check", "config", str(tmp_path / "prometheus.yml"))


def test_the_dashboard_reads_the_provisioned_data_source() -> None:
    dashboard = json.loads((GRAFANA_DIR / "dashboards" / "wirepipe.json").read_text())
    source = (GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml").read_text()
    assert "uid: prometheus" in source
    targets = [target for panel in dashboard["panels"] for target in panel["targets"]]
    assert targets and all(target["datasource"]["uid"] == "prometheus" for target in targets)
    assert all(target["expr"].strip() for target in targets)
