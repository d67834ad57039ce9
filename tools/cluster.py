"""`make cluster`: the bot as a deployment on this machine, and the same cluster for tests and the bench.

Redis (Rasa's lock store, the action servers' shared rate budget), PostgreSQL (Rasa's tracker
store), the emulator (unless KORE_HOST points at a real tenant), two action servers, two Rasa
servers and nginx in front of both kinds. Configuration lives in cluster/. Ctrl-C stops
everything started here, in the reverse order.

Closed by default (docs/security.md): every process on loopback; nginx lets callers reach only
the channels and /health, throttles each client address and takes TLS only beyond loopback;
Rasa's HTTP API is off (tests turn it on behind RASA_AUTH_TOKEN); the action servers take only
calls with ACTION_SERVER_TOKEN; idle conversations are purged from PostgreSQL at start and then
every CONTACT_PURGE_EVERY_SECONDS (default an hour).
"""

from __future__ import annotations

import ipaddress
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from emulator.process import EmulatorProcess
from tools.datastores import PostgresServer, RedisServer, stop_process, wait_until
from tools.stack import (
    DEFAULT_REQUEST_MAX_SIZE,
    ROOT,
    ActionServer,
    RasaServer,
    free_port,
    rasa_server_env,
    wait_for,
)

CONFIG = ROOT / "cluster"
MODEL = ROOT / "models" / "contact-bot.tar.gz"
DEFAULT_REST_PORT = 5005
# A replica that dies mid-turn leaves its conversation's ticket in Redis until it expires, and
# the turn nginx replays on the other replica waits for that; Rasa's 60 s default would keep the
# caller waiting up to a minute. The ticket's life starts when the message arrives, so it must
# also outlast a turn, or a second message of the same conversation (a channel's re-send) runs
# beside it. A turn takes well under a second on an idle replica; on this shared 2-core machine
# under 100 callers, half of the turns took over 20 s, so 20 s trades serialisation under
# overload for a short wait after a crash. Raise it where channels re-send (Slack, after 3 s).
LOCK_LIFETIME_SECONDS = "20"
# Per client address: a caller sends a message every few seconds; 20 a second with bursts of 100
# lets a whole call centre behind one address (or the tests' 100 callers from 127.0.0.1) through
# and throttles a flood. Twilio's webhooks come from few addresses: raise them for big voice traffic.
DEFAULT_RATE_PER_SECOND = "20"
DEFAULT_RATE_BURST = "100"
DEFAULT_PURGE_EVERY_SECONDS = 3600.0


class ClusterSettingsError(RuntimeError):
    """A setting of `make cluster` that would open it up unsafely, or is not a number; says which."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def listen_directives(host: str, port: int, environ: dict[str, str] | os._Environ | None = None) -> str:
    """nginx's ``listen`` for callers: plain on loopback; beyond it TLS (CLUSTER_TLS_CERT/KEY) or refuse."""
    env = os.environ if environ is None else environ
    address = f"[{host.strip('[]')}]" if ":" in host else host
    if is_loopback(host):
        return f"        listen {address}:{port};"
    cert, key = env.get("CLUSTER_TLS_CERT", ""), env.get("CLUSTER_TLS_KEY", "")
    missing = [
        name
        for name, path in (("CLUSTER_TLS_CERT", cert), ("CLUSTER_TLS_KEY", key))
        if not path or not Path(path).is_file()
    ]
    if missing:
        raise ClusterSettingsError(
            f"refusing to listen on {host} (CLUSTER_LISTEN) without TLS: callers' names and numbers would "
            f"cross the network in clear text. Set {' and '.join(missing)} to the certificate and private "
            "key files (PEM), or leave CLUSTER_LISTEN at 127.0.0.1 behind your own TLS proxy."
        )
    return (
        f"        listen {address}:{port} ssl;\n"
        f"        ssl_certificate {Path(cert).resolve()};\n"
        f"        ssl_certificate_key {Path(key).resolve()};\n"
        "        ssl_protocols TLSv1.2 TLSv1.3;"
    )


def _number(env: dict[str, str] | os._Environ, name: str, default: str) -> str:
    raw = env.get(name, "").strip() or default
    if not raw.isdigit() or int(raw) < 1:
        raise ClusterSettingsError(f"{name} must be a whole number above 0 (got {raw!r})")
    return raw


def nginx_binary() -> str:
    for candidate in ("/usr/sbin/nginx", "/usr/bin/nginx"):
        if os.access(candidate, os.X_OK):
            return candidate
    raise RuntimeError("nginx is missing: run `make cluster-packages` (Debian's nginx)")


class Balancer:
    """nginx with its own prefix: callers over the Rasa servers, Rasa's action
    calls over the action servers."""

    def __init__(
        self,
        workdir: Path,
        rest_port: int,
        actions_port: int,
        rasa_ports: list[int],
        action_ports: list[int],
        listen_host: str = "127.0.0.1",
        environ: dict[str, str] | None = None,
    ) -> None:
        self.workdir = workdir
        self.rest_port = rest_port
        self.actions_port = actions_port
        self.rasa_ports = rasa_ports
        self.action_ports = action_ports
        self.listen_host = listen_host
        self.environ = os.environ if environ is None else environ
        self.log = workdir / "error.log"
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        scheme = "http" if is_loopback(self.listen_host) else "https"
        return f"{scheme}://127.0.0.1:{self.rest_port}"

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.actions_port}/webhook"

    def access_log_lines(self) -> list[str]:
        """One line a request: the replica that served it, method, path, status, seconds."""
        log = self.workdir / "access.log"
        return log.read_text().splitlines() if log.exists() else []

    def render(self) -> Path:
        def servers(ports: list[int]) -> str:
            return "\n".join(f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;" for p in ports)

        text = (CONFIG / "nginx.conf").read_text()
        env = self.environ
        for key, value in {
            "PREFIX": str(self.workdir),
            "REST_PORT": str(self.rest_port),
            "ACTIONS_PORT": str(self.actions_port),
            "LISTEN": listen_directives(self.listen_host, self.rest_port, env),
            "MAX_BODY": _number(env, "RASA_REQUEST_MAX_SIZE", DEFAULT_REQUEST_MAX_SIZE),
            "RATE": _number(env, "CLUSTER_RATE_PER_SECOND", DEFAULT_RATE_PER_SECOND),
            "BURST": _number(env, "CLUSTER_RATE_BURST", DEFAULT_RATE_BURST),
            "RASA_SERVERS": servers(self.rasa_ports),
            "ACTION_SERVERS": servers(self.action_ports),
        }.items():
            text = text.replace("{{" + key + "}}", value)
        conf = self.workdir / "nginx.conf"
        conf.write_text(text)
        return conf

    def start(self) -> Balancer:
        self.workdir.mkdir(parents=True, exist_ok=True)
        conf = self.render()
        with (self.workdir / "nginx.out").open("w") as out:
            self.proc = subprocess.Popen(
                [
                    nginx_binary(),
                    "-p",
                    str(self.workdir),
                    "-c",
                    str(conf),
                    "-e",
                    str(self.log),
                    "-g",
                    "daemon off;",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        # nginx is up once it answers; the action servers behind it are already healthy.
        wait_for(f"http://127.0.0.1:{self.actions_port}/health", self.proc, 30, self.log)
        return self

    def stop(self) -> None:
        stop_process(self.proc)
        self.proc = None


class Cluster:
    """Every process of the deployment; ``start`` returns once callers can talk to the bot through nginx."""

    def __init__(
        self,
        workdir: Path,
        *,
        rest_port: int = 0,
        listen_host: str = "127.0.0.1",
        replicas: int = 2,
        kore_env: dict[str, str] | None = None,
        action_env: dict[str, str] | None = None,
        durable: bool = True,
        model: Path = MODEL,
        redis_port: int = 0,
        postgres_port: int = 0,
        api: bool = False,
        purge_every: float | None = None,
        balancer_env: dict[str, str] | None = None,
    ) -> None:
        self.workdir = workdir
        self.model = model
        self.redis = RedisServer(workdir / "redis", redis_port)
        self.postgres = PostgresServer(workdir / "postgres", postgres_port, durable=durable)
        self.emulator: EmulatorProcess | None = None
        if kore_env is None:
            self.emulator = EmulatorProcess(workdir / "emulator.sqlite3")
        self.kore_env = kore_env or {}
        self.action_env = action_env or {}
        self.action_servers = [
            ActionServer(free_port(), {}, workdir / f"actions-{i + 1}.log") for i in range(replicas)
        ]
        self.rasa_servers: list[RasaServer] = []
        self.replicas = replicas
        self.api = api  # Rasa's HTTP API on the replicas (behind RASA_AUTH_TOKEN), for tests reading trackers
        self.purge_every = (
            purge_every
            if purge_every is not None
            else float(os.environ.get("CONTACT_PURGE_EVERY_SECONDS") or DEFAULT_PURGE_EVERY_SECONDS)
        )
        self._purging = threading.Event()
        self._purger: threading.Thread | None = None
        self.balancer = Balancer(
            workdir / "nginx",
            rest_port or free_port(),
            free_port(),
            [],
            [s.port for s in self.action_servers],
            listen_host,
            # Settings of nginx itself (CLUSTER_RATE_PER_SECOND, ...) over the environment's.
            environ={**os.environ, **balancer_env} if balancer_env else None,
        )

    @property
    def url(self) -> str:
        return self.balancer.url

    def rasa_env(self) -> dict[str, str]:
        """What cluster/endpoints.yml reads."""
        return {
            "CLUSTER_ACTIONS_HOST": "127.0.0.1",
            "CLUSTER_ACTIONS_PORT": str(self.balancer.actions_port),
            "CLUSTER_POSTGRES_HOST": "127.0.0.1",
            "CLUSTER_POSTGRES_PORT": str(self.postgres.port),
            "CLUSTER_POSTGRES_USER": PostgresServer.USER,
            "CLUSTER_POSTGRES_PASSWORD": self.postgres.password,
            "CLUSTER_POSTGRES_DB": PostgresServer.DATABASE,
            "CLUSTER_REDIS_HOST": "127.0.0.1",
            "CLUSTER_REDIS_PORT": str(self.redis.port),
            "TICKET_LOCK_LIFETIME": LOCK_LIFETIME_SECONDS,
        }

    def actions_env(self) -> dict[str, str]:
        env = dict(self.kore_env)
        if self.emulator:
            env.update(self.emulator.client_env())
        env.update(
            {"KORE_RATE_LIMIT_REDIS_URL": self.redis.url, "KORE_RATE_LIMIT_REPLICAS": str(self.replicas)}
        )
        env.update(self.action_env)
        return env

    def start(self) -> Cluster:
        if not self.model.exists():
            raise RuntimeError(f"{self.model} is missing: run `make train`")
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.balancer.workdir.mkdir(parents=True, exist_ok=True)
        self.balancer.render()  # a setting that would open the cluster unsafely stops it here
        try:
            self.redis.start()
            self.postgres.start()
            if self.emulator:
                self.emulator.start()
            env = self.actions_env()
            for server in self.action_servers:
                server.env.update(env)
                server.detached = True
                server.start(wait=False)
            for server in self.action_servers:
                server.wait_ready()
            self.rasa_servers = [
                RasaServer(
                    free_port(),
                    self.model,
                    "",
                    self.workdir,
                    self.workdir / f"rasa-{i + 1}.log",
                    endpoints=CONFIG / "endpoints.yml",
                    env=self.rasa_env(),
                    api=self.api,
                )
                for i in range(self.replicas)
            ]
            for server in self.rasa_servers:
                server.detached = True
            self.balancer.rasa_ports = [s.port for s in self.rasa_servers]
            self.balancer.start()
            first, *others = self.rasa_servers
            first.start(wait=False)
            # The first replica creates the tracker tables; the others start once they exist,
            # so no two replicas race to create them. Model loading still overlaps.
            wait_until(
                lambda: self.postgres.has_table("events"), first.proc, first.log, "the first Rasa server", 180
            )
            for server in others:
                server.start(wait=False)
            for server in self.rasa_servers:
                server.wait_ready()
            if is_loopback(self.balancer.listen_host):  # with TLS the replicas' own health check has to do
                wait_for(f"{self.url}/health", self.balancer.proc, 30, self.balancer.log)
            self.purge()  # at start: conversations that went idle while the cluster was down
            self._purger = threading.Thread(target=self._purge_periodically, name="purge", daemon=True)
            self._purger.start()
        except BaseException:
            self.stop()
            raise
        return self

    def purge(self) -> str:
        """Runs ``python -m tools.purge`` on the cluster's PostgreSQL; returns what it printed."""
        command = [sys.executable, "-m", "tools.purge", "--endpoints", str(CONFIG / "endpoints.yml")]
        done = subprocess.run(
            command,
            cwd=ROOT,
            env={**os.environ, **rasa_server_env(), **self.rasa_env()},
            capture_output=True,
            text=True,
            timeout=300,
        )
        output = (done.stdout + done.stderr).strip()
        with (self.workdir / "purge.log").open("a") as log:
            log.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} exit {done.returncode}: {output}\n")
        if done.returncode != 0:
            raise RuntimeError(f"the purge failed ({done.returncode}): {output[-2000:]}")
        return output

    def _purge_periodically(self) -> None:
        while not self._purging.wait(self.purge_every):
            try:
                self.purge()
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                print(
                    f"purge of idle conversations failed, will try again: {exc}", file=sys.stderr, flush=True
                )

    def stop(self) -> None:
        """Reverse order: nothing that is still running loses what it depends on."""
        self._purging.set()
        self.balancer.stop()
        for server in self.rasa_servers:
            server.stop()
        for server in self.action_servers:
            server.stop()
        if self.emulator:
            self.emulator.stop()
        self.postgres.stop()
        self.redis.stop()

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> int:
    from tools.secret_env import project_secrets

    os.environ.update(project_secrets())
    workdir = Path(os.environ.get("CLUSTER_DATA_DIR", ROOT / ".cluster")).resolve()
    real_tenant = bool(os.environ.get("KORE_HOST"))
    cluster = Cluster(
        workdir,
        rest_port=int(os.environ.get("CLUSTER_PORT", DEFAULT_REST_PORT)),
        listen_host=os.environ.get("CLUSTER_LISTEN", "127.0.0.1"),
        kore_env={} if real_tenant else None,
        redis_port=int(os.environ.get("CLUSTER_REDIS_PORT", 0)),
        postgres_port=int(os.environ.get("CLUSTER_POSTGRES_PORT", 0)),
    )
    stopping = False

    def interrupted(signum: int, frame: object) -> None:
        nonlocal stopping
        if stopping:
            return
        stopping = True
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupted)
    print(
        f"Starting the cluster in {workdir} (Rasa servers take a minute to load on two cores)...", flush=True
    )
    try:
        try:
            cluster.start()
        except ClusterSettingsError as exc:
            print(f"Not started: {exc}", file=sys.stderr, flush=True)
            return 2
        target = os.environ["KORE_HOST"] if real_tenant else f"the emulator on {cluster.emulator.base_url}"
        print(
            f"""
Cluster ready. Callers: POST {cluster.url}/webhooks/rest/webhook  {{"sender": "...", "message": "..."}}
  Rasa servers   {", ".join(str(s.port) for s in cluster.rasa_servers)} (tracker store PostgreSQL on \
{cluster.postgres.port}, lock store Redis on {cluster.redis.port})
  action servers {", ".join(str(s.port) for s in cluster.action_servers)} behind nginx on \
{cluster.balancer.actions_port}, saving to {target}; rate budget shared in Redis
  logs in {workdir}. Press Ctrl-C to stop everything.""",
            flush=True,
        )
        watched = [(f"Rasa server {s.port}", s.proc) for s in cluster.rasa_servers]
        watched += [(f"action server {s.port}", s.proc) for s in cluster.action_servers]
        reported: set[str] = set()
        while True:
            for name, proc in watched:
                if proc is not None and proc.poll() is not None and name not in reported:
                    reported.add(name)
                    print(f"{name} exited with {proc.returncode}; the other replica carries on", flush=True)
            time.sleep(1)
    except KeyboardInterrupt:
        print("\nStopping the cluster...", flush=True)
        return 0
    finally:
        cluster.stop()
        print("Stopped everything the cluster started.", flush=True)


if __name__ == "__main__":
    sys.exit(main())
