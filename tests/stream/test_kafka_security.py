"""Kafka security: one set of options for aiokafka, kafka-python and Faust, checked before use."""

from __future__ import annotations

import asyncio
import logging
import ssl
from pathlib import Path
from typing import Any

import faust
import pytest
from aiokafka import AIOKafkaConsumer
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

from pipeline.config import Settings, load_settings
from pipeline.errors import ConfigurationError
from pipeline.stream.app import create_app, faust_options
from pipeline.stream.index_consumer import articles_consumer
from pipeline.stream.kafka_security import faust_credentials, kafka_client_options
from tests.tls_certificates import TestCA, make_ca

PASSWORD = "kafka-pass-7Qx"


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> TestCA:
    return make_ca(tmp_path_factory.mktemp("ca"))


def settings_for(tmp_path: Path, **environ: str) -> Settings:
    return load_settings({"WIREPIPE_DATA_DIR": str(tmp_path / "data"), **environ})


def sasl_ssl(tmp_path: Path, ca: TestCA, **extra: str) -> Settings:
    environ = {
        "WIREPIPE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
        "WIREPIPE_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "WIREPIPE_KAFKA_SASL_USERNAME": "wirepipe",
        "WIREPIPE_KAFKA_SASL_PASSWORD": PASSWORD,
        "WIREPIPE_KAFKA_SSL_CAFILE": str(ca.certificate),
    }
    return settings_for(tmp_path, **(environ | extra))


def without_context(options: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in options.items() if key != "ssl_context"}


def test_by_default_every_client_connects_in_plaintext_as_before(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    assert kafka_client_options(settings) == {"security_protocol": "PLAINTEXT"}
    assert faust_credentials(settings) is None
    assert faust_options(settings)["broker_credentials"] is None
    assert create_app(settings).conf.broker_credentials is None


def test_sasl_ssl_options_verify_the_brokers_and_log_in(tmp_path: Path, ca: TestCA) -> None:
    options = kafka_client_options(sasl_ssl(tmp_path, ca))
    assert without_context(options) == {
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "wirepipe",
        "sasl_plain_password": PASSWORD,
    }
    context = options["ssl_context"]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert [cert["subject"] for cert in context.get_ca_certs()] == [
        ((("commonName", "wirepipe test CA"),),)
    ]


@pytest.mark.parametrize("protocol", ["SSL", "SASL_PLAINTEXT", "SASL_SSL"])
def test_faust_is_given_what_the_other_clients_are(
    tmp_path: Path, ca: TestCA, protocol: str
) -> None:
    environ = {"WIREPIPE_KAFKA_SECURITY_PROTOCOL": protocol}
    if "SASL" in protocol:
        environ |= {
            "WIREPIPE_KAFKA_SASL_MECHANISM": "SCRAM-SHA-256",
            "WIREPIPE_KAFKA_SASL_USERNAME": "wirepipe",
            "WIREPIPE_KAFKA_SASL_PASSWORD": PASSWORD,
        }
    if "SSL" in protocol:
        environ["WIREPIPE_KAFKA_SSL_CAFILE"] = str(ca.certificate)
    settings = settings_for(tmp_path, **environ)
    # What Faust hands to aiokafka for its consumers and producers.
    from_faust = credentials_to_aiokafka_auth(create_app(settings).conf.broker_credentials)
    ours = kafka_client_options(settings)
    assert without_context(from_faust) == without_context(ours)
    assert (from_faust.get("ssl_context") is None) == (ours.get("ssl_context") is None)


def test_the_index_stage_consumer_takes_the_same_security(tmp_path: Path, ca: TestCA) -> None:
    settings = sasl_ssl(tmp_path, ca)

    async def build() -> AIOKafkaConsumer:
        return articles_consumer(settings)

    client = asyncio.run(build())._client
    assert client._security_protocol == "SASL_SSL"
    assert client._sasl_mechanism == "SCRAM-SHA-512"
    assert client._sasl_plain_username == "wirepipe"
    assert client._sasl_plain_password == PASSWORD
    assert client._ssl_context.verify_mode == ssl.CERT_REQUIRED


def test_a_client_certificate_is_loaded(tmp_path: Path, ca: TestCA) -> None:
    client = ca.sign("client", server=False)
    settings = settings_for(
        tmp_path,
        WIREPIPE_KAFKA_SECURITY_PROTOCOL="SSL",
        WIREPIPE_KAFKA_SSL_CAFILE=str(ca.certificate),
        WIREPIPE_KAFKA_SSL_CERTFILE=str(client.certificate),
        WIREPIPE_KAFKA_SSL_KEYFILE=str(client.key),
    )
    assert isinstance(faust_credentials(settings), faust.SSLCredentials)
    with pytest.raises(ConfigurationError, match="WIREPIPE_KAFKA_SSL_CERTFILE"):
        kafka_client_options(
            settings_for(
                tmp_path,
                WIREPIPE_KAFKA_SECURITY_PROTOCOL="SSL",
                WIREPIPE_KAFKA_SSL_CERTFILE=str(client.certificate),
                WIREPIPE_KAFKA_SSL_KEYFILE=str(ca.key),  # not the certificate's key
            )
        )


def test_the_password_may_come_from_a_mounted_secret_file(tmp_path: Path, ca: TestCA) -> None:
    secret = tmp_path / "kafka-password"
    secret.write_text(PASSWORD + "\n")
    settings = sasl_ssl(
        tmp_path, ca, WIREPIPE_KAFKA_SASL_PASSWORD="", WIREPIPE_KAFKA_SASL_PASSWORD_FILE=str(secret)
    )
    assert kafka_client_options(settings)["sasl_plain_password"] == PASSWORD
    with pytest.raises(ConfigurationError, match="WIREPIPE_KAFKA_SASL_PASSWORD and WIREPIPE_KAFKA_SASL_PASSWORD_FILE"):
        sasl_ssl(tmp_path, ca, WIREPIPE_KAFKA_SASL_PASSWORD_FILE=str(secret))


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        ({"WIREPIPE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL"}, "WIREPIPE_KAFKA_SASL_USERNAME and WIREPIPE_KAFKA_SASL_PASSWORD"),
        (
            {"WIREPIPE_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "WIREPIPE_KAFKA_SASL_USERNAME": "u"},
            "SASL_PLAINTEXT needs WIREPIPE_KAFKA_SASL_PASSWORD",
        ),
        ({"WIREPIPE_KAFKA_SASL_USERNAME": "u"}, "PLAINTEXT ignores WIREPIPE_KAFKA_SASL_USERNAME"),
        (
            {"WIREPIPE_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "WIREPIPE_KAFKA_SASL_USERNAME": "u",
             "WIREPIPE_KAFKA_SASL_PASSWORD": "p", "WIREPIPE_KAFKA_SSL_CAFILE": "{ca}"},
            "SASL_PLAINTEXT ignores WIREPIPE_KAFKA_SSL_CAFILE",
        ),
        (
            {"WIREPIPE_KAFKA_SECURITY_PROTOCOL": "SSL", "WIREPIPE_KAFKA_SSL_KEYFILE": "{ca}"},
            "WIREPIPE_KAFKA_SSL_KEYFILE is set without WIREPIPE_KAFKA_SSL_CERTFILE",
        ),
        (
            {"WIREPIPE_KAFKA_SECURITY_PROTOCOL": "SSL", "WIREPIPE_KAFKA_SSL_CAFILE": "{key}"},
            "WIREPIPE_KAFKA_SSL_CAFILE=.*not usable",
        ),
    ],
)
def test_settings_that_cannot_work_are_refused_with_the_variables_named(
    tmp_path: Path, ca: TestCA, environ: dict[str, str], named: str
) -> None:
    filled = {
        name: value.format(ca=ca.certificate, key=ca.key) for name, value in environ.items()
    }
    with pytest.raises(ConfigurationError, match=named):
        kafka_client_options(settings_for(tmp_path, **filled))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WIREPIPE_KAFKA_SECURITY_PROTOCOL", "TLS"),
        ("WIREPIPE_KAFKA_SASL_MECHANISM", "GSSAPI"),
        ("WIREPIPE_KAFKA_SSL_CAFILE", "/no/such/ca.pem"),
        ("WIREPIPE_KAFKA_SASL_PASSWORD_FILE", "/no/such/secret"),
    ],
)
def test_unusable_values_stop_the_settings(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(ConfigurationError, match=name):
        settings_for(tmp_path, **{name: value})


def test_a_configuration_dump_shows_no_password(tmp_path: Path, ca: TestCA) -> None:
    """kafka-python logs its whole configuration, password included, at debug level.

    The record is formatted as a handler would format it, whatever logging
    configuration earlier tests left behind.
    """
    options = kafka_client_options(sasl_ssl(tmp_path, ca))
    record = logging.LogRecord(
        "kafka", logging.DEBUG, __file__, 0, "configuration: %s", (options,), None
    )
    shown = logging.Formatter().format(record)
    assert "sasl_plain_password" in shown
    assert PASSWORD not in shown
