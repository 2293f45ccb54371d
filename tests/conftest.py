from __future__ import annotations

import contextlib
import email.message
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest
from django.core.cache import cache

from organisations import versions
from organisations.models import Role
from tests.factories import make_person


@pytest.fixture(autouse=True)
def _tasks_in_process():
    """Tasks run in-process in tests, even when CI configures a real broker; only tests that use
    `celery_worker_process` send them through the broker to a real worker."""
    from elearning.celery import app

    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = True


@pytest.fixture(autouse=True)
def _clear_cache():
    # allauth's rate limits live in the cache; each test starts with a clean slate.
    cache.clear()
    versions.forget_local()
    yield
    cache.clear()
    versions.forget_local()


@pytest.fixture
def no_staff_mfa(settings):
    settings.REQUIRE_STAFF_MFA = False


@pytest.fixture
def employee(db):
    return make_person(
        role=Role.EMPLOYEE,
        region_slug="groningen",
        first_name="Fleur",
        last_name="Bakker",
        email="fleur.bakker@groningen.example",
    )


@pytest.fixture
def manager_groningen(db):
    return make_person(
        role=Role.MANAGER,
        region_slug="groningen",
        first_name="Marieke",
        last_name="Dijkhuis",
        email="manager@groningen.example",
    )


@pytest.fixture
def manager_utrecht(db):
    return make_person(
        role=Role.MANAGER,
        region_slug="utrecht",
        first_name="Ahmed",
        last_name="El Amrani",
        email="manager@utrecht.example",
    )


@pytest.fixture
def utrecht_employee(db):
    return make_person(
        role=Role.EMPLOYEE,
        region_slug="utrecht",
        first_name="Vera",
        last_name="Utrechtse",
        email="vera@utrecht.example",
    )


@pytest.fixture
def trainer(db):
    return make_person(role=Role.TRAINER, region_slug="utrecht", email="trainer@vt.example")


@pytest.fixture
def programme_staff(db):
    return make_person(role=Role.PROGRAMME, region_slug=None, email="programma@vt.example")


@pytest.fixture
def login(client, no_staff_mfa):
    """Log a user in through Django's session machinery (allauth's form is tested separately)."""

    def _login(user):
        client.force_login(user, backend="organisations.auth_backends.CachedPermissionsBackend")
        return client

    return _login


def _database_url_for_worker() -> str:
    """The URL of the database this test run uses, so a worker process sees the same rows."""
    from django.db import connection

    cfg = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{cfg['NAME']}"
    user = cfg.get("USER") or ""
    password = f":{cfg['PASSWORD']}" if cfg.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    return f"postgres://{auth}{cfg.get('HOST') or '127.0.0.1'}:{cfg.get('PORT') or 5432}/{cfg['NAME']}"


def _child_pids(pid: int) -> list[int]:
    """The PIDs of the direct children of `pid` (the prefork pool), read from /proc."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # "pid (comm) state ppid …": comm may hold spaces and brackets, so split after the last ")".
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return sorted(children)


@dataclass
class CeleryWorker:
    """A started `celery worker` subprocess: where its mail lands and where it logs."""

    process: subprocess.Popen
    mail_dir: Path
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def child_pids(self) -> list[int]:
        """The pool's child processes right now (the processes that run the tasks)."""
        return _child_pids(self.process.pid)

    def log(self) -> str:
        return self.log_path.read_text()

    def log_summary(self) -> str:
        """For an assertion message: the errors first, then the end (a whole log is cut off in CI's
        report, often just where the cause was)."""
        lines = self.log().splitlines()
        trouble = [line for line in lines if " CRITICAL " in line or " ERROR " in line or "Error: " in line]
        return "\n".join(["-- errors --", *trouble[:20], "-- last lines --", *lines[-40:]])

    def messages(self) -> list[email.message.Message]:
        """Every message the worker sent. Count these, not files: Django's file backend names a file
        by the second and the connection's id(), so two sends in one second may share a file."""
        from tests.faults.support import mails

        return mails(self.mail_dir)


@pytest.fixture
def start_celery_worker(django_db_serialized_rollback, transactional_db, tmp_path, settings):
    """A factory for real `celery worker` subprocesses, on the real broker, against the test database.

    `start_celery_worker(extra_args=(), extra_env={}, concurrency=2)` starts one, waits until it is
    ready and returns a `CeleryWorker`; every worker started is stopped at the end of the test.
    The worker stores media under the test process's `settings.MEDIA_ROOT` as it is when the
    worker starts, so a test may point both at a temporary folder. Needs CELERY_BROKER_URL (CI's
    PostgreSQL + Redis run sets it); skips without it.
    """
    if not settings.CELERY_BROKER_URL:
        pytest.skip("needs a real broker: set CELERY_BROKER_URL (CI's PostgreSQL + Redis run does)")
    from elearning.celery import app

    app.conf.task_always_eager = False
    app.control.purge()
    root = Path(__file__).resolve().parent.parent
    workers: list[tuple[CeleryWorker, IO[str]]] = []

    def start(extra_args: Sequence[str] = (), extra_env: Mapping[str, str] | None = None, concurrency: int = 2):
        suffix = f"-{len(workers)}" if workers else ""
        mail_dir = tmp_path / f"mail{suffix}"
        mail_dir.mkdir()
        log_path = tmp_path / f"worker{suffix}.log"
        env = {
            **os.environ,
            "DATABASE_URL": _database_url_for_worker(),
            "EMAIL_URL": f"file://{mail_dir}",
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "DEBUG": "true",
            "TESTING": "false",
            **(extra_env or {}),
        }
        log = open(log_path, "w")  # noqa: SIM115
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "elearning",
                "worker",
                "--pool=prefork",
                f"--concurrency={concurrency}",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                *extra_args,
            ],
            cwd=root,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        worker = CeleryWorker(process=process, mail_dir=mail_dir, log_path=log_path)
        workers.append((worker, log))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail("celery worker exited early:\n" + worker.log())
            if "ready." in worker.log():
                return worker
            time.sleep(0.2)
        process.kill()
        pytest.fail("celery worker did not become ready in 60 s:\n" + worker.log())

    yield start
    for worker, log in workers:
        children = worker.child_pids()
        worker.process.terminate()
        try:
            worker.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.process.kill()
            worker.process.wait()
            for child in children:  # a pool child stuck in a task must not outlive the test
                with contextlib.suppress(ProcessLookupError):
                    os.kill(child, signal.SIGKILL)
        log.close()


@pytest.fixture
def celery_worker_process(start_celery_worker):
    """A real `celery worker` in a subprocess, on the real broker, against the test database.

    Needs CELERY_BROKER_URL (CI's PostgreSQL + Redis run sets it). Its `messages()` are the e-mails
    it sent (EMAIL_URL=file://…).
    """
    return start_celery_worker()
