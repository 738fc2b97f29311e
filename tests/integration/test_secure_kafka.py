"""The demo's flow over SASL_SSL: a broker that wants TLS and a SCRAM login, and every client.

The test starts its own broker with the stack's code (`pipeline.stack.kafka.start_broker`)
from the stack's Kafka distribution, on other ports, with one SASL_SSL listener: a server
certificate signed by a CA made for the test, SCRAM-SHA-512 users created when its storage
is formatted. Started by root, the broker runs as the stack's unprivileged user, as the
stack's own does. Then `wirepipe setup`, a worker, `wirepipe produce` of the bundled
samples, and the stories are searched in the local (plain) Elasticsearch. A client with a
wrong password is refused; no password ever shows in what the commands print.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest
from kafka import KafkaAdminClient
from kafka.errors import KafkaError

from pipeline.config import checkout_root, load_settings
from pipeline.index.search import newsroom_query
from pipeline.stack import StackSettings
from pipeline.stack.distributions import is_complete, kafka_dist_dir
from pipeline.stack.kafka import KafkaBroker, broker_process, kafka_probe, start_broker
from pipeline.stack.processes import stop_all
from pipeline.stack.runtime import PRIVATE_FILE, PRIVATE_FOLDER, server_runtime
from pipeline.stack.waiting import wait_until_healthy
from pipeline.stream.kafka_security import kafka_client_options
from tests.integration.pipeline_run import PipelineRun, free_port
from tests.tls_certificates import make_ca

MECHANISM = "SCRAM-SHA-512"
CLIENT_USER = "wirepipe"
CLIENT_PASSWORD = "client-Pa55-sasl-planted"
BROKER_PASSWORD = "broker-Pa55-sasl-planted"
ES_URL_PASSWORD = "es-url-Pa55-planted"
SAMPLES = ("01_reuters_quake.txt", "02_afp_election.json", "03_tass_election_redistribution.txt",
           "04_ap_nitf_harbour.xml", "05_epa_summit_caption.txt")


@dataclass(frozen=True)
class SecureKafka:
    broker: KafkaBroker
    environment: dict[str, str]  # what points wirepipe at it, password in a mounted file


def pem_value(path: Path) -> str:
    """A PEM file as one server.properties value (its line breaks escaped)."""
    return path.read_text().strip().replace("\n", "\\n")


def listener_properties(ca_certificate: Path, certificate: Path, key: Path) -> dict[str, str]:
    login = "org.apache.kafka.common.security.scram.ScramLoginModule required"
    return {
        "sasl.enabled.mechanisms": MECHANISM,
        "sasl.mechanism.inter.broker.protocol": MECHANISM,
        # The broker's own login, for its inter-broker listener.
        "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config":
            f'{login} username="broker" password="{BROKER_PASSWORD}";',
        "ssl.keystore.type": "PEM",
        "ssl.keystore.key": pem_value(key),
        "ssl.keystore.certificate.chain": pem_value(certificate),
        "ssl.truststore.type": "PEM",
        "ssl.truststore.certificates": pem_value(ca_certificate),
    }


@pytest.fixture(scope="module")
def secure_kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureKafka]:
    stack = StackSettings.from_env()
    dist = kafka_dist_dir(stack)
    if not is_complete(dist):
        pytest.skip(f"the stack's Kafka distribution is not fetched ({dist}): run `wirepipe stack up`")
    ca = make_ca(tmp_path_factory.mktemp("tls"))
    server = ca.sign("broker", server=True)
    # Started by root, the broker runs as the stack's user, which must reach its folder.
    folder = Path(tempfile.mkdtemp(prefix="wirepipe-secure-kafka-"))
    os.chmod(folder, 0o711)
    port, controller_port = free_port(), free_port()
    own_stack = StackSettings.from_env(
        {
            "WIREPIPE_STACK_DIR": str(folder),
            "WIREPIPE_KAFKA_PORT": str(port),
            "WIREPIPE_KAFKA_CONTROLLER_PORT": str(controller_port),
        }
    )
    broker = KafkaBroker(
        runtime=server_runtime(own_stack, "kafka", dist, stack.kafka_service_user),
        dist_dir=dist,
        port=port,
        controller_port=controller_port,
        heap="256m",
        java_home=stack.kafka_java_home,
        pid_file=folder / "run" / "kafka.pid",
        listener="SASL_SSL",
        listener_properties=listener_properties(ca.certificate, server.certificate, server.key),
        scram_users=tuple(
            f"{MECHANISM}=[name={name},password={password}]"
            for name, password in (("broker", BROKER_PASSWORD), (CLIENT_USER, CLIENT_PASSWORD))
        ),
    )
    password_file = tmp_path_factory.mktemp("secrets") / "kafka-password"
    password_file.write_text(CLIENT_PASSWORD + "\n")
    environment = {
        "KAFKA_BOOTSTRAP": broker.bootstrap,
        "WIREPIPE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
        "WIREPIPE_KAFKA_SASL_MECHANISM": MECHANISM,
        "WIREPIPE_KAFKA_SASL_USERNAME": CLIENT_USER,
        "WIREPIPE_KAFKA_SASL_PASSWORD_FILE": str(password_file),
        "WIREPIPE_KAFKA_SSL_CAFILE": str(ca.certificate),
    }
    client_options = kafka_client_options(load_settings(environment))
    try:
        process = start_broker(broker)
        wait_until_healthy(
            "the SASL_SSL broker",
            lambda: kafka_probe(broker.bootstrap, exercise=True, client_options=client_options),
            time.monotonic() + stack.start_timeout_s,
            server=process,
            log_paths=broker.log_paths,
        )
        yield SecureKafka(broker, environment)
    finally:
        stop_all([broker_process(broker)], 60)
        shutil.rmtree(folder, ignore_errors=True)


def wirepipe(environment: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *arguments],
        env=environment,
        cwd=checkout_root(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
        check=False,
    )


def assert_no_password_in(output: str) -> None:
    for password in (CLIENT_PASSWORD, BROKER_PASSWORD, ES_URL_PASSWORD):
        assert password not in output


def test_the_broker_runs_with_private_files_as_the_stacks_user(secure_kafka: SecureKafka) -> None:
    runtime = secure_kafka.broker.runtime
    for folder in (runtime.base, runtime.data_dir, runtime.logs_dir, secure_kafka.broker.config_dir):
        assert folder.stat().st_mode & 0o777 == PRIVATE_FOLDER
    assert secure_kafka.broker.server_properties.stat().st_mode & 0o777 == PRIVATE_FILE
    pid = int(secure_kafka.broker.pid_file.read_text())
    owner = Path(f"/proc/{pid}").stat().st_uid
    if os.geteuid() == 0:
        import pwd

        assert owner == pwd.getpwnam(runtime.service_user or "").pw_uid != 0
    else:
        assert owner == os.geteuid()


def test_setup_worker_and_samples_over_sasl_ssl(
    secure_kafka: SecureKafka, es_url: str, tmp_path: Path
) -> None:
    run = PipelineRun(tmp_path, environment=secure_kafka.environment)
    try:
        setup = wirepipe(run.env, "-v", "setup")
        assert setup.returncode == 0, setup.stdout
        assert f"topics: {run.settings.topics.raw}" in setup.stdout
        assert_no_password_in(setup.stdout)

        # The stack probes an external broker with the pipeline's own security settings.
        kafka_line = wirepipe(run.env, "stack", "status").stdout.splitlines()[0]
        assert secure_kafka.broker.bootstrap in kafka_line
        assert "external" in kafka_line and " healthy" in kafka_line, kafka_line

        run.start_worker("secure")
        with resources.as_file(resources.files("pipeline.cli") / "samples") as samples:
            assert sorted(path.name for path in samples.iterdir()) == list(SAMPLES)
            produced = wirepipe(run.env, "produce", "--quiet", str(samples))
        assert produced.returncode == 0, produced.stdout
        run.wait_for(lambda: run.count() == len(SAMPLES), timeout=120, what="samples indexed")
        hits = run.search(**newsroom_query("earthquake"))["hits"]["hits"]
        assert hits and hits[0]["_source"]["source"]
        run.stop_worker("secure")
        assert_no_password_in(run.log_path("secure").read_text(errors="replace"))
    finally:
        run.close()


def test_setup_against_an_unreachable_elasticsearch_shows_no_password(
    secure_kafka: SecureKafka, es_url: str, tmp_path: Path
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    run = PipelineRun(tmp_path, environment=secure_kafka.environment)
    try:
        broken = run.env | {"ES_URL": f"http://elastic:{ES_URL_PASSWORD}@127.0.0.1:{closed}"}
        failed = wirepipe(broken, "-v", "setup")
        assert failed.returncode != 0
        assert "ConnectionError" in failed.stdout  # Kafka was reached, Elasticsearch was not
        assert "sasl_plain_password" in failed.stdout  # kafka-python's configuration dump
        assert_no_password_in(failed.stdout)
    finally:
        run.close()


def test_a_wrong_password_is_refused_with_a_clear_error(
    secure_kafka: SecureKafka, tmp_path: Path
) -> None:
    (tmp_path / "wrong").write_text("not-the-password")
    wrong = secure_kafka.environment | {
        "WIREPIPE_KAFKA_SASL_PASSWORD_FILE": str(tmp_path / "wrong")
    }
    # A worker (aiokafka under Faust) stops at once, saying why.
    worker = wirepipe(
        os.environ
        | wrong
        | {"WIREPIPE_DATA_DIR": str(tmp_path / "data"), "WIREPIPE_WEB_PORT": "0"},
        "worker",
    )
    assert worker.returncode != 0
    refused = "Authentication failed during authentication due to invalid credentials"
    assert refused in worker.stdout, worker.stdout[-3000:]
    # kafka-python retries until its bootstrap times out (logging each refused attempt).
    with pytest.raises(KafkaError, match="Unable to bootstrap"):
        KafkaAdminClient(
            bootstrap_servers=secure_kafka.broker.bootstrap,
            bootstrap_timeout_ms=3000,
            **kafka_client_options(load_settings(wrong)),
        )
