"""The Elasticsearch clients of wirepipe, sync and async, built from the settings alone.

Every client in the project comes from `es_client` or `async_es_client`, so
each one logs in and verifies TLS the same way. A login is an API key, a
user and password, or credentials in `ES_URL` (`https://user:pass@host`);
those are taken out of the URL into the client's basic authentication, so
the host the client knows, logs and shows in errors carries no password.

Settings that contradict each other stop the client before it connects,
with the variables named: two ways to log in at once, a user without a
password, TLS settings for a plain http:// URL (which would look verified
and is not).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import orjson
from elasticsearch import AsyncElasticsearch, Elasticsearch
from elasticsearch.serializer import NdjsonSerializer, OrjsonSerializer

from pipeline import config
from pipeline.config import Secret, Settings
from pipeline.errors import ConfigurationError


def es_client(settings: Settings, *, request_timeout: float) -> Elasticsearch:
    return Elasticsearch(
        **es_client_options(settings), serializers=serializers(), request_timeout=request_timeout
    )


def async_es_client(settings: Settings, *, request_timeout: float) -> AsyncElasticsearch:
    return AsyncElasticsearch(
        **es_client_options(settings), serializers=serializers(), request_timeout=request_timeout
    )


def es_client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments of `Elasticsearch(...)` and `AsyncElasticsearch(...)`."""
    host, url_login = split_credentials(settings.es_url)
    options: dict[str, Any] = {"hosts": [host]}
    options |= _login(settings, url_login)
    options |= _tls(settings, https=host.startswith("https://"))
    return options


class OrjsonNdjsonSerializer(NdjsonSerializer):
    """Bulk bodies encoded by orjson, as the article messages are."""

    def json_dumps(self, data: Any) -> bytes:
        return orjson.dumps(data, default=self.default)

    def json_loads(self, data: bytes) -> Any:
        return orjson.loads(data)


def serializers() -> dict[str, Any]:
    """orjson for requests and answers: with the standard library's encoder, a bulk body of
    articles cost a worker a twentieth of its CPU. The compatibility-mode types follow."""
    return {
        "application/json": OrjsonSerializer(),
        "application/x-ndjson": OrjsonNdjsonSerializer(),
    }


def split_credentials(url: str) -> tuple[str, tuple[str, Secret] | None]:
    """The URL without its user information, and the user and password it carried."""
    parts = urlsplit(url)
    if parts.username is None:
        return url, None
    host = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    return host, (unquote(parts.username), Secret(unquote(parts.password or "")))


def _login(settings: Settings, url_login: tuple[str, Secret] | None) -> dict[str, Any]:
    user = settings.es_username
    password = settings.es_password
    ways = [
        name
        for name, given in (
            (config.ES_API_KEY.name, settings.es_api_key),
            (config.ES_USERNAME.name, user),
            (f"credentials in {config.ES_URL.name}", url_login),
        )
        if given is not None
    ]
    if len(ways) > 1:
        raise ConfigurationError(f"{' and '.join(ways)} are both set: log in one way")
    if (user is None) != (password is None):
        given, missing = (
            (config.ES_USERNAME, config.ES_PASSWORD)
            if password is None
            else (config.ES_PASSWORD, config.ES_USERNAME)
        )
        raise ConfigurationError(f"{given.name} is set without {missing.name}")
    if settings.es_api_key is not None:
        return {"api_key": settings.es_api_key}
    if user is not None and password is not None:
        return {"basic_auth": (user, password)}
    if url_login is not None:
        return {"basic_auth": url_login}
    return {}


def _tls(settings: Settings, *, https: bool) -> dict[str, Any]:
    """Only what differs from the client's defaults (which verify against the system's CAs)."""
    options: dict[str, Any] = {}
    if settings.es_ca_certs is not None:
        options["ca_certs"] = str(settings.es_ca_certs)
    if settings.es_ssl_fingerprint is not None:
        options["ssl_assert_fingerprint"] = settings.es_ssl_fingerprint
    if not settings.es_verify_certs:
        options["verify_certs"] = False
    if options and not https:
        names = {
            "ca_certs": config.ES_CA_CERTS.name,
            "ssl_assert_fingerprint": config.ES_SSL_FINGERPRINT.name,
            "verify_certs": config.ES_VERIFY_CERTS.name,
        }
        ignored = ", ".join(names[option] for option in options)
        raise ConfigurationError(
            f"{config.ES_URL.name} is a plain http:// URL, which ignores {ignored}: use https://"
        )
    return options
