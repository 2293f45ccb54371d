from __future__ import annotations

import pytest
from django.core.cache import cache

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
    yield
    cache.clear()


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
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
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


@pytest.fixture
def celery_worker_process(django_db_serialized_rollback, transactional_db, tmp_path, settings):
    """A real `celery worker` in a subprocess, on the real broker, against the test database.

    Needs CELERY_BROKER_URL (CI's PostgreSQL + Redis run sets it). Yields the folder where the
    worker's e-mails land (EMAIL_URL=file://…).
    """
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    if not settings.CELERY_BROKER_URL:
        pytest.skip("needs a real broker: set CELERY_BROKER_URL (CI's PostgreSQL + Redis run does)")
    from elearning.celery import app

    app.conf.task_always_eager = False
    app.control.purge()
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    env = {
        **os.environ,
        "DATABASE_URL": _database_url_for_worker(),
        "EMAIL_URL": f"file://{mail_dir}",
        "DEBUG": "true",
        "TESTING": "false",
    }
    root = Path(__file__).resolve().parent.parent
    log = open(tmp_path / "worker.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "elearning",
            "worker",
            "--pool=prefork",
            "--concurrency=2",
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail("celery worker exited early:\n" + (tmp_path / "worker.log").read_text())
        if "ready." in (tmp_path / "worker.log").read_text():
            break
        time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("celery worker did not become ready in 60 s:\n" + (tmp_path / "worker.log").read_text())
    try:
        yield mail_dir
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
