"""The cluster's Redis and PostgreSQL as the project's own instances, from Debian's packages.

Each runs in a folder of its own on a port chosen at run time, as a child process that is
stopped with the rest: nothing depends on the machine's system services being started.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import signal
import subprocess
import time
from pathlib import Path

from tools.stack import free_port

START_TIMEOUT = 60.0


def wait_until(check, proc: subprocess.Popen, log: Path, what: str, timeout: float = START_TIMEOUT) -> None:
    """Poll ``check`` (True when ready) until it passes, the process dies, or the timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}; see {log}:\n{log.read_text()[-3000:]}")
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} was not ready within {timeout:.0f} s; see {log}")


def stop_process(proc: subprocess.Popen | None, sig: int = signal.SIGTERM, timeout: float = 15) -> None:
    if proc and proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class RedisServer:
    """``redis-server`` on loopback without persistence: it holds locks and the
    rate budget, both short-lived."""

    def __init__(self, workdir: Path, port: int = 0) -> None:
        self.workdir = workdir
        self.port = port or free_port()
        self.log = workdir / "redis.log"
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        binary = shutil.which("redis-server")
        if not binary:
            raise RuntimeError("redis-server is missing: run `make cluster-packages` (Debian's redis-server)")
        self.workdir.mkdir(parents=True, exist_ok=True)
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                [
                    binary,
                    "--port",
                    str(self.port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(self.workdir),
                    "--daemonize",
                    "no",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        wait_until(self.ping, self.proc, self.log, "redis-server")
        return self

    def ping(self) -> bool:
        import redis  # the .venv's (it comes with Rasa); imported here so tools/ loads without it

        try:
            return bool(redis.Redis(port=self.port, socket_timeout=1, socket_connect_timeout=1).ping())
        except redis.RedisError:
            return False

    def stop(self) -> None:
        stop_process(self.proc)
        self.proc = None

    def kill(self) -> None:
        stop_process(self.proc, signal.SIGKILL)
        self.proc = None


def postgres_bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError("PostgreSQL is missing: run `make cluster-packages` (Debian's postgresql)")
    return Path(found[-1]).parent


class PostgresServer:
    """``postgres`` in its own data folder on loopback, password login for the ``rasa`` role.

    PostgreSQL refuses to run as root; as root the server runs as the ``postgres`` user that
    Debian's package creates, in a folder that user owns.
    """

    USER = "rasa"
    DATABASE = "rasa"

    def __init__(self, workdir: Path, port: int = 0, durable: bool = True) -> None:
        self.workdir = workdir
        self.data = workdir / "data"
        self.port = port or free_port()
        self.durable = durable
        self.log = workdir / "postgres.log"
        self.proc: subprocess.Popen | None = None
        self.password = ""

    @property
    def _run_as(self) -> dict[str, str]:
        return {"user": "postgres", "group": "postgres"} if os.geteuid() == 0 else {}

    def _prepare(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.workdir, "postgres", "postgres")
            if subprocess.run(["test", "-w", str(self.workdir)], **self._run_as).returncode != 0:
                raise RuntimeError(
                    f"the postgres user cannot reach {self.workdir}; set CLUSTER_DATA_DIR to a "
                    "folder it can reach (every parent must be searchable)"
                )
        password_file = self.workdir / "password"
        if not password_file.exists():
            password_file.write_text(secrets.token_urlsafe(24))
            password_file.chmod(0o600)
            if os.geteuid() == 0:
                shutil.chown(password_file, "postgres", "postgres")
        self.password = password_file.read_text().strip()
        if not (self.data / "PG_VERSION").exists():
            subprocess.run(
                [
                    str(postgres_bin_dir() / "initdb"),
                    "-D",
                    str(self.data),
                    "-U",
                    self.USER,
                    "-E",
                    "UTF8",
                    "--pwfile",
                    str(password_file),
                    "--auth-host=scram-sha-256",
                    "--auth-local=peer",
                    "--no-instructions",
                ],
                check=True,
                stdout=subprocess.DEVNULL,
                **self._run_as,
            )

    def start(self) -> PostgresServer:
        self._prepare()
        args = [
            str(postgres_bin_dir() / "postgres"),
            "-D",
            str(self.data),
            "-p",
            str(self.port),
            "-h",
            "127.0.0.1",
            "-k",
            str(self.workdir),
        ]
        if not self.durable:  # tests: a throw-away database need not wait for the disk
            args += ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                args,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                **self._run_as,
            )
        wait_until(self._create_database, self.proc, self.log, "postgres")
        return self

    def connect(self, database: str | None = None):
        import psycopg2  # the .venv's (it comes with Rasa)

        return psycopg2.connect(
            host="127.0.0.1",
            port=self.port,
            user=self.USER,
            password=self.password,
            dbname=database or self.DATABASE,
            connect_timeout=2,
        )

    def _create_database(self) -> bool:
        """Ready once the ``rasa`` database exists (created here, so two Rasa servers never race to)."""
        import psycopg2

        try:
            conn = self.connect("postgres")
        except psycopg2.OperationalError:
            return False
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.DATABASE,))
                if cur.fetchone() is None:
                    cur.execute(f'CREATE DATABASE "{self.DATABASE}"')
        finally:
            conn.close()
        return True

    def has_table(self, name: str) -> bool:
        with self.connect() as conn, conn.cursor() as cur:
            cur.execute("SELECT to_regclass(%s) IS NOT NULL", (name,))
            return bool(cur.fetchone()[0])

    def stop(self) -> None:
        stop_process(self.proc, signal.SIGINT)  # "fast" shutdown: does not wait for clients to leave
        self.proc = None
