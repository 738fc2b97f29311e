"""Elasticsearch clients from the settings: the keyword arguments, and real clients taking them.

The local node has no security module, so logging in and TLS are checked here on the
client side: what `es_client_options` produces, and what a real `Elasticsearch(...)` (and
`AsyncElasticsearch(...)`) made from it will send and verify.
"""

from __future__ import annotations

import asyncio
import base64
import json
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import AsyncElasticsearch, Elasticsearch

from pipeline.config import Settings, load_settings
from pipeline.errors import ConfigurationError
from pipeline.index.client import async_es_client, es_client, es_client_options

FINGERPRINT = "AB:CD:" + "0123456789abcdef" * 3 + "0123456789AB"
SYSTEM_CAS = Path("/etc/ssl/certs/ca-certificates.crt")


def settings(**environ: str) -> Settings:
    return load_settings(environ)


def node_config(es: Elasticsearch | AsyncElasticsearch) -> Any:
    return es.transport.node_pool.all()[0].config


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_by_default_the_client_is_plain_http_without_login() -> None:
    assert es_client_options(settings()) == {"hosts": ["http://127.0.0.1:19200"]}
    with es_client(settings(), request_timeout=30) as es:
        assert node_config(es).scheme == "http"
        assert "authorization" not in es._headers


def test_credentials_in_the_url_become_basic_auth_and_leave_the_host() -> None:
    options = es_client_options(settings(ES_URL="https://elastic:p%40ss@es.example:9243"))
    assert options == {"hosts": ["https://es.example:9243"], "basic_auth": ("elastic", "p@ss")}
    with es_client(settings(ES_URL="https://elastic:p%40ss@es.example:9243"), request_timeout=5) as es:
        assert es._headers["authorization"] == basic("elastic", "p@ss")
        assert "p@ss" not in repr(node_config(es))


def test_a_user_and_password_from_a_mounted_file(tmp_path: Path) -> None:
    secret = tmp_path / "es-password"
    secret.write_text("from-a-file\n")
    chosen = settings(
        ES_URL="https://es.example:9200",
        WIREPIPE_ES_USERNAME="wirepipe",
        WIREPIPE_ES_PASSWORD_FILE=str(secret),
    )
    assert es_client_options(chosen)["basic_auth"] == ("wirepipe", "from-a-file")
    with es_client(chosen, request_timeout=5) as es:
        assert es._headers["authorization"] == basic("wirepipe", "from-a-file")


def test_an_api_key(tmp_path: Path) -> None:
    (tmp_path / "key").write_text("a2V5LWlkOmtleQ==\n")
    for chosen in (
        settings(WIREPIPE_ES_API_KEY="a2V5LWlkOmtleQ=="),
        settings(WIREPIPE_ES_API_KEY_FILE=str(tmp_path / "key")),
    ):
        assert es_client_options(chosen)["api_key"] == "a2V5LWlkOmtleQ=="
        with es_client(chosen, request_timeout=5) as es:
            assert es._headers["authorization"] == "ApiKey a2V5LWlkOmtleQ=="


def test_tls_settings_reach_the_sync_and_the_async_client() -> None:
    chosen = settings(
        ES_URL="https://es.example:9200",
        WIREPIPE_ES_CA_CERTS=str(SYSTEM_CAS),
        WIREPIPE_ES_SSL_FINGERPRINT=FINGERPRINT,
    )
    fingerprint = FINGERPRINT.replace(":", "").lower()
    assert es_client_options(chosen) == {
        "hosts": ["https://es.example:9200"],
        "ca_certs": str(SYSTEM_CAS),
        "ssl_assert_fingerprint": fingerprint,
    }
    with es_client(chosen, request_timeout=5) as es:
        config = node_config(es)
        assert (config.ca_certs, config.ssl_assert_fingerprint) == (str(SYSTEM_CAS), fingerprint)
        assert config.verify_certs

    async def async_config() -> Any:
        es = async_es_client(chosen, request_timeout=5)
        try:
            return node_config(es)
        finally:
            await es.close()

    assert asyncio.run(async_config()).ca_certs == str(SYSTEM_CAS)


def test_certificates_are_verified_unless_told_otherwise() -> None:
    with es_client(settings(ES_URL="https://es.example:9200"), request_timeout=5) as es:
        assert node_config(es).verify_certs
    unverified = settings(ES_URL="https://es.example:9200", WIREPIPE_ES_VERIFY_CERTS="false")
    assert es_client_options(unverified)["verify_certs"] is False
    with pytest.warns(Warning, match="verify_certs=False"), es_client(unverified, request_timeout=5) as es:
        assert not node_config(es).verify_certs


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        (
            {"WIREPIPE_ES_API_KEY": "k", "WIREPIPE_ES_USERNAME": "u", "WIREPIPE_ES_PASSWORD": "p"},
            "WIREPIPE_ES_API_KEY and WIREPIPE_ES_USERNAME are both set",
        ),
        (
            {"ES_URL": "http://u:p@h:9200", "WIREPIPE_ES_API_KEY": "k"},
            "WIREPIPE_ES_API_KEY and credentials in ES_URL",
        ),
        ({"WIREPIPE_ES_USERNAME": "u"}, "WIREPIPE_ES_USERNAME is set without WIREPIPE_ES_PASSWORD"),
        ({"WIREPIPE_ES_PASSWORD": "p"}, "WIREPIPE_ES_PASSWORD is set without WIREPIPE_ES_USERNAME"),
        (
            {"WIREPIPE_ES_CA_CERTS": str(SYSTEM_CAS), "WIREPIPE_ES_VERIFY_CERTS": "0"},
            "plain http:// URL, which ignores WIREPIPE_ES_CA_CERTS, WIREPIPE_ES_VERIFY_CERTS",
        ),
    ],
)
def test_settings_that_cannot_work_are_refused_with_the_variables_named(
    environ: dict[str, str], named: str
) -> None:
    with pytest.raises(ConfigurationError, match=named):
        es_client_options(settings(**environ))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WIREPIPE_ES_SSL_FINGERPRINT", "abc"),
        ("WIREPIPE_ES_VERIFY_CERTS", "maybe"),
        ("WIREPIPE_ES_CA_CERTS", "/no/such/ca.pem"),
        ("WIREPIPE_ES_PASSWORD_FILE", "/no/such/secret"),
    ],
)
def test_unusable_values_stop_the_settings(name: str, value: str) -> None:
    with pytest.raises(ConfigurationError, match=name):
        settings(**{name: value})


def test_a_password_set_twice_is_refused(tmp_path: Path) -> None:
    (tmp_path / "pw").write_text("p")
    with pytest.raises(ConfigurationError, match="WIREPIPE_ES_PASSWORD and WIREPIPE_ES_PASSWORD_FILE"):
        settings(WIREPIPE_ES_PASSWORD="p", WIREPIPE_ES_PASSWORD_FILE=str(tmp_path / "pw"))


def test_bulk_bodies_and_answers_go_through_orjson_in_every_mimetype() -> None:
    client = es_client(settings(), request_timeout=5)
    chosen = client.transport.serializers.serializers
    for mimetype in (
        "application/json",
        "application/x-ndjson",
        "application/vnd.elasticsearch+json",
        "application/vnd.elasticsearch+x-ndjson",
    ):
        assert "Orjson" in type(chosen[mimetype]).__name__, mimetype
    lines = [{"index": {"_id": "a-1", "version": 3}}, {"headline": "Ära «neu»", "urgency": 2}]
    body = chosen["application/vnd.elasticsearch+x-ndjson"].dumps(lines)
    assert [json.loads(line) for line in body.splitlines()] == lines
