"""`make cluster`: the bot as a deployment on this machine, and the same cluster for tests and the bench.

Redis (Rasa's lock store, the action servers' shared rate budget), PostgreSQL (Rasa's tracker
store), the emulator (unless KORE_HOST points at a real tenant), two action servers, two Rasa
servers and nginx in front of both kinds. Configuration lives in cluster/. Ctrl-C stops
everything started here, in the reverse order.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from emulator.process import EmulatorProcess
from tools.datastores import PostgresServer, RedisServer, stop_process, wait_until
from tools.stack import ROOT, ActionServer, RasaServer, free_port, wait_for

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


def nginx_binary() -> str:
    for candidate in ("/usr/sbin/nginx", "/usr/bin/nginx"):
        if os.access(candidate, os.X_OK):
            return candidate
    raise RuntimeError("nginx is missing: run `make cluster-packages` (Debian's nginx)")


class Balancer:
    """nginx with its own prefix: callers over the Rasa servers, Rasa's action calls over the action servers."""

    def __init__(self, workdir: Path, rest_port: int, actions_port: int, rasa_ports: list[int],
                 action_ports: list[int], listen_host: str = "127.0.0.1") -> None:
        self.workdir = workdir
        self.rest_port = rest_port
        self.actions_port = actions_port
        self.rasa_ports = rasa_ports
        self.action_ports = action_ports
        self.listen_host = listen_host
        self.log = workdir / "error.log"
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.rest_port}"

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
        for key, value in {"PREFIX": str(self.workdir), "REST_PORT": str(self.rest_port),
                           "ACTIONS_PORT": str(self.actions_port), "LISTEN_HOST": self.listen_host,
                           "RASA_SERVERS": servers(self.rasa_ports),
                           "ACTION_SERVERS": servers(self.action_ports)}.items():
            text = text.replace("{{" + key + "}}", value)
        conf = self.workdir / "nginx.conf"
        conf.write_text(text)
        return conf

    def start(self) -> "Balancer":
        self.workdir.mkdir(parents=True, exist_ok=True)
        conf = self.render()
        with (self.workdir / "nginx.out").open("w") as out:
            self.proc = subprocess.Popen(
                [nginx_binary(), "-p", str(self.workdir), "-c", str(conf), "-e", str(self.log),
                 "-g", "daemon off;"],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        # nginx is up once it answers; the action servers behind it are already healthy.
        wait_for(f"http://127.0.0.1:{self.actions_port}/health", self.proc, 30, self.log)
        return self

    def stop(self) -> None:
        stop_process(self.proc)
        self.proc = None


class Cluster:
    """Every process of the deployment; ``start`` returns once callers can talk to the bot through nginx."""

    def __init__(self, workdir: Path, *, rest_port: int = 0, listen_host: str = "127.0.0.1",
                 replicas: int = 2, kore_env: dict[str, str] | None = None, action_env: dict[str, str] | None = None,
                 durable: bool = True, model: Path = MODEL, redis_port: int = 0, postgres_port: int = 0) -> None:
        self.workdir = workdir
        self.model = model
        self.redis = RedisServer(workdir / "redis", redis_port)
        self.postgres = PostgresServer(workdir / "postgres", postgres_port, durable=durable)
        self.emulator: EmulatorProcess | None = None
        if kore_env is None:
            self.emulator = EmulatorProcess(workdir / "emulator.sqlite3")
        self.kore_env = kore_env or {}
        self.action_env = action_env or {}
        self.action_servers = [ActionServer(free_port(), {}, workdir / f"actions-{i + 1}.log")
                               for i in range(replicas)]
        self.rasa_servers: list[RasaServer] = []
        self.replicas = replicas
        self.balancer = Balancer(workdir / "nginx", rest_port or free_port(), free_port(), [],
                                 [s.port for s in self.action_servers], listen_host)

    @property
    def url(self) -> str:
        return self.balancer.url

    def rasa_env(self) -> dict[str, str]:
        """What cluster/endpoints.yml reads."""
        return {"CLUSTER_ACTIONS_HOST": "127.0.0.1", "CLUSTER_ACTIONS_PORT": str(self.balancer.actions_port),
                "CLUSTER_POSTGRES_HOST": "127.0.0.1", "CLUSTER_POSTGRES_PORT": str(self.postgres.port),
                "CLUSTER_POSTGRES_USER": PostgresServer.USER, "CLUSTER_POSTGRES_PASSWORD": self.postgres.password,
                "CLUSTER_POSTGRES_DB": PostgresServer.DATABASE,
                "CLUSTER_REDIS_HOST": "127.0.0.1", "CLUSTER_REDIS_PORT": str(self.redis.port),
                "TICKET_LOCK_LIFETIME": LOCK_LIFETIME_SECONDS}

    def actions_env(self) -> dict[str, str]:
        env = dict(self.kore_env)
        if self.emulator:
            env.update(self.emulator.client_env())
        env.update({"KORE_RATE_LIMIT_REDIS_URL": self.redis.url, "KORE_RATE_LIMIT_REPLICAS": str(self.replicas)})
        env.update(self.action_env)
        return env

    def start(self) -> "Cluster":
        if not self.model.exists():
            raise RuntimeError(f"{self.model} is missing: run `make train`")
        self.workdir.mkdir(parents=True, exist_ok=True)
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
                RasaServer(free_port(), self.model, "", self.workdir, self.workdir / f"rasa-{i + 1}.log",
                           endpoints=CONFIG / "endpoints.yml", env=self.rasa_env())
                for i in range(self.replicas)]
            for server in self.rasa_servers:
                server.detached = True
            self.balancer.rasa_ports = [s.port for s in self.rasa_servers]
            self.balancer.start()
            first, *others = self.rasa_servers
            first.start(wait=False)
            # The first replica creates the tracker tables; the others start once they exist,
            # so no two replicas race to create them. Model loading still overlaps.
            wait_until(lambda: self.postgres.has_table("events"), first.proc, first.log, "the first Rasa server", 180)
            for server in others:
                server.start(wait=False)
            for server in self.rasa_servers:
                server.wait_ready()
            wait_for(f"{self.url}/status", self.balancer.proc, 30, self.balancer.log)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Reverse order: nothing that is still running loses what it depends on."""
        self.balancer.stop()
        for server in self.rasa_servers:
            server.stop()
        for server in self.action_servers:
            server.stop()
        if self.emulator:
            self.emulator.stop()
        self.postgres.stop()
        self.redis.stop()

    def __enter__(self) -> "Cluster":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> int:
    workdir = Path(os.environ.get("CLUSTER_DATA_DIR", ROOT / ".cluster")).resolve()
    real_tenant = bool(os.environ.get("KORE_HOST"))
    cluster = Cluster(workdir, rest_port=int(os.environ.get("CLUSTER_PORT", DEFAULT_REST_PORT)),
                      listen_host=os.environ.get("CLUSTER_LISTEN", "127.0.0.1"),
                      kore_env={} if real_tenant else None,
                      redis_port=int(os.environ.get("CLUSTER_REDIS_PORT", 0)),
                      postgres_port=int(os.environ.get("CLUSTER_POSTGRES_PORT", 0)))
    stopping = False

    def interrupted(signum: int, frame: object) -> None:
        nonlocal stopping
        if stopping:
            return
        stopping = True
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupted)
    print(f"Starting the cluster in {workdir} (Rasa servers take a minute to load on two cores)...", flush=True)
    try:
        cluster.start()
        target = os.environ["KORE_HOST"] if real_tenant else f"the emulator on {cluster.emulator.base_url}"
        print(f"""
Cluster ready. Callers: POST {cluster.url}/webhooks/rest/webhook  {{"sender": "...", "message": "..."}}
  Rasa servers   {', '.join(str(s.port) for s in cluster.rasa_servers)} (tracker store PostgreSQL on \
{cluster.postgres.port}, lock store Redis on {cluster.redis.port})
  action servers {', '.join(str(s.port) for s in cluster.action_servers)} behind nginx on \
{cluster.balancer.actions_port}, saving to {target}; rate budget shared in Redis
  logs in {workdir}. Press Ctrl-C to stop everything.""", flush=True)
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
