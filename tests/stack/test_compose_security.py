"""docker-compose.yml keeps Elasticsearch's security on, and each service logs in as itself.

Read as text (the project does not depend on a YAML parser); the file's layout is simple
enough for it, and the checks fail when a line they rely on changes.
"""

from __future__ import annotations

import re

from pipeline.config import checkout_root

root = checkout_root()
assert root is not None
COMPOSE = (root / "docker-compose.yml").read_text()


def block(key: str) -> str:
    """The lines of `key` (indentation included), up to the next line indented no deeper."""
    indent = len(key) - len(key.lstrip())
    match = re.search(rf"^{re.escape(key)}:.*?\n(?= {{0,{indent}}}\S|\Z)", COMPOSE, re.M | re.S)
    assert match, key
    return match.group(0)


def test_elasticsearch_runs_with_security_and_an_elastic_password() -> None:
    for elasticsearch in (block("  elasticsearch"), block("x-es-node-environment")):
        assert 'xpack.security.enabled: "true"' in elasticsearch
        assert "ELASTIC_PASSWORD: *elastic-password" in elasticsearch
    assert 'xpack.security.enabled: "false"' not in COMPOSE


def test_every_default_password_says_it_is_for_development_only() -> None:
    defaults = re.findall(r"\$\{[A-Z_]*PASSWORD:-([^}]*)\}", COMPOSE)
    # Elasticsearch's elastic and kibana_system users, the pipeline's user, Grafana's admin.
    assert len(defaults) == 4
    assert all(default.startswith("dev-only-") for default in defaults)


def test_kibana_and_the_pipeline_log_in_as_their_own_users() -> None:
    assert "ELASTICSEARCH_USERNAME: kibana_system" in block("  kibana")
    pipeline = block("x-wirepipe-environment")
    assert "WIREPIPE_ES_USERNAME: wirepipe" in pipeline
    assert "WIREPIPE_ES_PASSWORD: *wirepipe-es-password" in pipeline
    # Both security jobs (the single node's and the cluster's) run the same script.
    for job in ("  es-security", "  cluster-es-security"):
        assert "<<: *es-security-job" in block(job)
    security = block("x-es-security-job")
    assert "/_security/user/kibana_system/_password" in security
    assert "/_security/user/wirepipe " in security
    # The pipeline's role reaches its own indices only.
    assert '"names": ["wire-articles*"]' in security
    assert '"superuser"' not in security


def test_the_pipeline_waits_for_its_user() -> None:
    for service in ("  setup", "  kibana", "  cluster-setup"):
        assert "es-security:\n        condition: service_completed_successfully" in block(service)
