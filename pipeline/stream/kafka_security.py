"""How every Kafka client of wirepipe authenticates and encrypts, from one place.

Three client libraries talk to Kafka: aiokafka under Faust (the agents) and
in the index stage, and kafka-python on the command line (feeding, setup,
dead letters). They all take their security from `kafka_client_options` or,
for Faust, `faust_credentials`, which are built from the same
`KafkaSecurity`: the same SSL context (CA, client certificate, host name
checks), the same SASL login, so the clients cannot drift apart. aiokafka
and kafka-python name these options alike (`security_protocol`,
`ssl_context`, `sasl_*`), and Faust turns its credentials into exactly
those aiokafka options.

Settings that contradict each other stop the client before it connects, with
the variables named: a SASL protocol without a user, TLS files for a
plaintext connection (which would look protected and is not).
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import config
from pipeline.config import Secret, Settings
from pipeline.errors import ConfigurationError

if TYPE_CHECKING:
    from faust.types.auth import CredentialsT

SSL_PROTOCOLS = ("SSL", "SASL_SSL")
SASL_PROTOCOLS = ("SASL_PLAINTEXT", "SASL_SSL")


@dataclass(frozen=True)
class KafkaSecurity:
    """The checked security of the Kafka connections: protocol, TLS context, SASL login."""

    protocol: str
    ssl_context: ssl.SSLContext | None = None
    sasl_mechanism: str | None = None
    sasl_username: str | None = None
    sasl_password: Secret | None = None


def kafka_security(settings: Settings) -> KafkaSecurity:
    protocol = settings.kafka_security_protocol
    _check_consistent(settings)
    context = _ssl_context(settings) if protocol in SSL_PROTOCOLS else None
    if protocol not in SASL_PROTOCOLS:
        return KafkaSecurity(protocol, context)
    return KafkaSecurity(
        protocol,
        context,
        sasl_mechanism=settings.kafka_sasl_mechanism,
        sasl_username=settings.kafka_sasl_username,
        sasl_password=settings.kafka_sasl_password,
    )


def kafka_client_options(settings: Settings) -> dict[str, Any]:
    """Security keyword arguments of an aiokafka or kafka-python client."""
    security = kafka_security(settings)
    options: dict[str, Any] = {"security_protocol": security.protocol}
    if security.ssl_context is not None:
        options["ssl_context"] = security.ssl_context
    if security.sasl_mechanism is not None:
        options |= {
            "sasl_mechanism": security.sasl_mechanism,
            "sasl_plain_username": security.sasl_username,
            "sasl_plain_password": security.sasl_password,
        }
    return options


def faust_credentials(settings: Settings) -> CredentialsT | None:
    """Faust's `broker_credentials`: None for PLAINTEXT, as Faust's default."""
    import faust  # here alone: the command line and the stack use this module without Faust

    security = kafka_security(settings)
    if security.sasl_mechanism is not None:
        # With an SSL context Faust speaks SASL_SSL, without one SASL_PLAINTEXT.
        return faust.SASLCredentials(
            username=security.sasl_username,
            password=security.sasl_password,
            mechanism=security.sasl_mechanism,
            ssl_context=security.ssl_context,
        )
    if security.ssl_context is not None:
        return faust.SSLCredentials(security.ssl_context)
    return None


def _check_consistent(settings: Settings) -> None:
    protocol = settings.kafka_security_protocol
    chosen = f"{config.KAFKA_SECURITY_PROTOCOL.name}={protocol}"
    password = f"{config.KAFKA_SASL_PASSWORD.name} (or {config.KAFKA_SASL_PASSWORD_FILE.name})"
    sasl = (
        (config.KAFKA_SASL_USERNAME.name, settings.kafka_sasl_username),
        (password, settings.kafka_sasl_password),
    )
    if protocol in SASL_PROTOCOLS:
        missing = [name for name, value in sasl if value is None]
        if missing:
            raise ConfigurationError(f"{chosen} needs {' and '.join(missing)}")
    else:
        _refuse_unused(chosen, "SASL_PLAINTEXT or SASL_SSL", *sasl)
    if protocol not in SSL_PROTOCOLS:
        _refuse_unused(
            chosen,
            "SSL or SASL_SSL",
            (config.KAFKA_SSL_CAFILE.name, settings.kafka_ssl_cafile),
            (config.KAFKA_SSL_CERTFILE.name, settings.kafka_ssl_certfile),
            (config.KAFKA_SSL_KEYFILE.name, settings.kafka_ssl_keyfile),
        )
    if settings.kafka_ssl_keyfile is not None and settings.kafka_ssl_certfile is None:
        raise ConfigurationError(
            f"{config.KAFKA_SSL_KEYFILE.name} is set without {config.KAFKA_SSL_CERTFILE.name}"
        )


def _refuse_unused(chosen: str, needed: str, *given: tuple[str, object]) -> None:
    """Refuse settings the protocol would ignore: the connection would be less safe than meant."""
    unused = [name for name, value in given if value is not None]
    if unused:
        raise ConfigurationError(f"{chosen} ignores {', '.join(unused)}: choose {needed}")


def _ssl_context(settings: Settings) -> ssl.SSLContext:
    """Verifies the brokers' certificates and host names, against the CA file or the system's."""
    cafile = settings.kafka_ssl_cafile
    try:
        context = ssl.create_default_context(cafile=str(cafile) if cafile else None)
    except ssl.SSLError as exc:
        raise _unusable(config.KAFKA_SSL_CAFILE.name, cafile, exc) from None
    if settings.kafka_ssl_certfile is not None:
        keyfile = settings.kafka_ssl_keyfile
        try:
            context.load_cert_chain(
                str(settings.kafka_ssl_certfile), str(keyfile) if keyfile else None
            )
        except ssl.SSLError as exc:
            names = (config.KAFKA_SSL_CERTFILE.name, config.KAFKA_SSL_KEYFILE.name)
            raise _unusable(" / ".join(names), settings.kafka_ssl_certfile, exc) from None
    return context


def _unusable(name: str, path: Path | None, error: ssl.SSLError) -> ConfigurationError:
    return ConfigurationError(f"{name}={path}: not usable as PEM ({error.reason or error})")
