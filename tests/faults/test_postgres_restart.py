"""PostgreSQL restarts while employees answer and submit: requests fail only while it is down, the
web server and the worker carry on by themselves, and no attempt is left half-written.

A real gunicorn (two workers) and a real Celery worker run against the test database; an employee
logs in over HTTP, starts an assessment and saves one answer every 0.1 s from a thread, while
another thread submits eight other attempts, and `pg_ctlcluster <version> <cluster> restart` runs
in between. "No half-written attempt" means, precisely:

- every answer whose save returned 200 is stored with exactly that answer, and no answer is
  stored for a save that failed;
- every attempt is either final — submitted, with a score, a response for each question and its
  competence results — or still open without any of these, and then submitting it works;
- the answered attempt, submitted afterwards, scores exactly the right answers that were saved.

Restarting the server also cuts other test runs on this machine for a second or two; the test
is marked `faults` and runs only where it may run the cluster's control command (CI, as root).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from django.db import connection, connections

from assessments.models import Attempt, AttemptItem, CompetenceResult, Response
from dashboards.models import ReadinessReminder
from dashboards.tasks import send_readiness_reminder_task
from organisations.models import Role
from tests.conftest import _child_pids, _database_url_for_worker
from tests.factories import PASSWORD, make_assessment, make_person, make_question
from tests.faults.support import TaskLog, mails, start_worker, wait_for

pytestmark = [
    pytest.mark.faults,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]
#: Enough questions to keep answering, one every SAVE_INTERVAL, until well after the restart.
QUESTIONS = 150
SUBMITS = 8
SAVE_INTERVAL = 0.1
#: After the restart command returns, requests may fail this long at most (reconnecting).
RECOVERY_SECONDS = 5.0


def _cluster() -> tuple[str, str] | None:
    """The (version, name) of the local cluster that serves the test database, if we may restart it."""
    if connection.vendor != "postgresql" or os.geteuid() != 0 or not shutil.which("pg_ctlcluster"):
        return None
    host = connection.settings_dict.get("HOST") or "localhost"
    if host not in ("127.0.0.1", "localhost", "::1") and not host.startswith("/"):
        return None
    port = int(connection.settings_dict.get("PORT") or 5432)
    listing = subprocess.run(["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=False)
    for line in listing.stdout.splitlines():
        fields = line.split()
        if len(fields) >= 4 and fields[2] == str(port) and fields[3].startswith("online"):
            return fields[0], fields[1]
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Call:
    """One HTTP request of the test: what it was for, when it ran and how it ended."""

    what: str
    started: float
    ended: float
    status: int | None  # None: no HTTP answer at all
    ok: bool


class Browser:
    """An employee's browser: a cookie jar, the CSRF token, and a log of every request."""

    def __init__(self, base: str):
        self.base = base
        self.session = requests.Session()
        self.calls: list[Call] = []
        self.lock = threading.Lock()

    def _csrf(self) -> str:
        return self.session.cookies.get("csrftoken", "")

    def request(self, what: str, method: str, path: str, *, ok_statuses=(200,), **kwargs) -> requests.Response | None:
        started = time.monotonic()
        headers = {"X-CSRFToken": self._csrf(), **kwargs.pop("headers", {})}
        try:
            response = self.session.request(
                method, self.base + path, headers=headers, timeout=30, allow_redirects=False, **kwargs
            )
        except requests.RequestException:
            response = None
        status = response.status_code if response is not None else None
        call = Call(what, started, time.monotonic(), status, status in ok_statuses)
        with self.lock:
            self.calls.append(call)
        return response

    def log_in(self, email: str) -> None:
        self.request("login page", "GET", "/account/login/")
        response = self.request(
            "login",
            "POST",
            "/account/login/",
            data={"login": email, "password": PASSWORD, "csrfmiddlewaretoken": self._csrf()},
            ok_statuses=(302,),
        )
        assert response is not None and response.status_code == 302, response and response.text[:2000]

    def start(self, assessment) -> int:
        response = self.request("start", "POST", f"/toetsen/{assessment.pk}/", ok_statuses=(302,))
        assert response is not None and response.status_code == 302
        return int(re.search(r"/toetsen/poging/(\d+)/", response.headers["Location"])[1])

    def save(self, attempt_id: int, position: int, option: str) -> bool:
        response = self.request(
            f"save {position}",
            "POST",
            f"/toetsen/poging/{attempt_id}/vraag/{position}/",
            data={"option": option},
            headers={"Accept": "application/json"},
        )
        return response is not None and response.status_code == 200 and response.json().get("saved") is True

    def submit(self, attempt_id: int) -> bool:
        response = self.request(
            f"submit {attempt_id}", "POST", f"/toetsen/poging/{attempt_id}/inleveren/", ok_statuses=(302,)
        )
        return response is not None and response.status_code == 302


def _options(attempt_id: int) -> dict[int, tuple[str, str]]:
    """Per position: (the right option's id, a wrong option's id)."""
    options = {}
    for item in AttemptItem.objects.filter(attempt_id=attempt_id):
        right = next(o["id"] for o in item.snapshot["options"] if o["correct"])
        wrong = next(o["id"] for o in item.snapshot["options"] if not o["correct"])
        options[item.position] = (right, wrong)
    return options


def _start_gunicorn(port: int, tmp_path: Path, settings) -> tuple[subprocess.Popen, object]:
    env = {
        **os.environ,
        "DATABASE_URL": _database_url_for_worker(),
        "DEBUG": "true",
        "TESTING": "false",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "EMAIL_URL": f"file://{tmp_path / 'web-mail'}",
        "REQUIRE_STAFF_MFA": "false",
    }
    log = open(tmp_path / "gunicorn.log", "w")  # noqa: SIM115 — closed by the test
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "elearning.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    return process, log


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _consistent(attempt: Attempt) -> str:
    """Whether the attempt is "final" or "open"; fails on anything in between."""
    items = AttemptItem.objects.filter(attempt=attempt).count()
    responses = Response.objects.filter(attempt=attempt).count()
    results = CompetenceResult.objects.filter(attempt=attempt).count()
    if attempt.status == "final":
        assert attempt.submitted_at and attempt.finalised_at and attempt.score is not None, attempt.__dict__
        assert responses == items and results == 1, (attempt.pk, responses, items, results)
        return "final"
    assert attempt.status == "open", attempt.status
    assert attempt.submitted_at is None and attempt.score is None and results == 0, attempt.__dict__
    assert responses == 1, (attempt.pk, responses)  # only the answer saved before the restart
    return "open"


def test_a_postgres_restart_fails_only_the_requests_during_it_and_leaves_no_half_written_attempt(
    start_celery_worker, settings, tmp_path
):
    if (found := _cluster()) is None:
        pytest.skip("needs PostgreSQL on this machine and root to restart it (pg_ctlcluster)")
    version, cluster = found
    settings.MEDIA_ROOT = tmp_path / "media"
    worker = start_worker(start_celery_worker)
    employee = make_person(email="herstart@groningen.example", first_name="Hester", last_name="Start")
    manager = make_person(role=Role.MANAGER, email="manager@groningen.example")
    for _ in range(QUESTIONS):
        make_question(competences=["C1"])
    main = make_assessment(pools={"C1": QUESTIONS})
    others = [make_assessment(pools={"C1": 2}) for _ in range(SUBMITS)]

    port = _free_port()
    web, web_log = _start_gunicorn(port, tmp_path, settings)
    browser = Browser(f"http://127.0.0.1:{port}")
    try:
        assert wait_for(
            lambda: (r := browser.request("ready", "GET", "/account/login/")) is not None and r.status_code == 200, 60
        ), (tmp_path / "gunicorn.log").read_text()
        browser.log_in(employee.email)
        attempt_id = browser.start(main)
        options = _options(attempt_id)
        assert len(options) == QUESTIONS
        pending = []
        for assessment in others:
            other_id = browser.start(assessment)
            assert browser.save(other_id, 1, _options(other_id)[1][0])
            pending.append(other_id)

        # The worker has done a task (and held a connection) before the restart.
        region = manager.current_membership.region
        before = ReadinessReminder.objects.create(user=employee, region=region, sent_by=manager)
        send_readiness_reminder_task.delay(before.pk)
        assert wait_for(lambda: len(mails(worker.mail_dir)) == 1, 30), worker.log()
        web_children, worker_children = _child_pids(web.pid), worker.child_pids()
        assert len(web_children) == 2

        # From here on the test process keeps off the database until the restart is over.
        connections.close_all()
        saved: dict[int, str] = {}
        failed: set[int] = set()
        enough = threading.Event()

        def answer():
            for position in range(1, QUESTIONS + 1):
                if enough.is_set():
                    break
                option = options[position][position % 2]  # (right, wrong)[…]: even positions right, odd ones wrong
                if browser.save(attempt_id, position, option):
                    saved[position] = option
                else:
                    failed.add(position)
                time.sleep(SAVE_INTERVAL)

        submitted: dict[int, bool] = {}

        def submit():
            for other_id in pending:
                submitted[other_id] = browser.submit(other_id)
                time.sleep(0.4)

        answering = threading.Thread(target=answer)
        answering.start()
        time.sleep(1.5)
        submitting = threading.Thread(target=submit)
        submitting.start()
        time.sleep(0.4)
        restart_started = time.monotonic()
        restart = subprocess.run(
            ["pg_ctlcluster", version, cluster, "restart"], capture_output=True, text=True, timeout=120, check=False
        )
        restart_ended = time.monotonic()
        assert restart.returncode == 0, restart.stderr
        time.sleep(RECOVERY_SECONDS + 3)  # answers after the recovery window, too
        enough.set()
        answering.join(timeout=120)
        submitting.join(timeout=120)
        assert not answering.is_alive() and not submitting.is_alive()
    finally:
        connections.close_all()

    try:
        # Failures only while the server was down or just after; every request later succeeded.
        calls = [c for c in browser.calls if c.what.startswith(("save", "submit"))]
        failures = [c for c in calls if not c.ok]
        assert failures, "the restart cut no request: the test did not test anything"
        assert all(restart_started <= c.ended and c.started <= restart_ended + RECOVERY_SECONDS for c in failures), [
            (c.what, round(c.started - restart_started, 2), c.status) for c in failures
        ]
        assert all(c.status in (500, 502, 503, None) for c in failures), [(c.what, c.status) for c in failures]
        later = [c for c in calls if c.started > restart_ended + RECOVERY_SECONDS]
        assert later and all(c.ok for c in later), (
            f"restart {restart_ended - restart_started:.1f} s",
            [(c.what, round(c.started - restart_started, 2), c.status) for c in calls],
        )
        first_success = min(c.ended for c in calls if c.ok and c.started >= restart_ended)
        # Nothing was restarted: the same gunicorn and Celery processes serve on.
        assert web.poll() is None and _child_pids(web.pid) == web_children
        assert worker.process.poll() is None and worker.child_pids() == worker_children

        # Every answer saved with a 200 is stored as saved; no answer for a save that failed.
        stored = {
            r.item.position: r.answer.get("option")
            for r in Response.objects.filter(attempt_id=attempt_id).select_related("item")
        }
        assert stored == saved, {
            "missing or wrong": set(saved.items()) - set(stored.items()),
            "stored for a failed save": set(stored) - set(saved),
        }
        assert not failed & set(saved)

        # Attempts submitted around the restart: final in full, or open and still submittable.
        states = {}
        for other_id in pending:
            states[other_id] = _consistent(Attempt.objects.get(pk=other_id))
            if submitted[other_id]:
                assert states[other_id] == "final"
            if states[other_id] == "open":
                assert browser.submit(other_id)
                assert _consistent(Attempt.objects.get(pk=other_id)) == "final"

        # The answered attempt: submitting counts exactly the right answers that were saved.
        assert browser.submit(attempt_id)
        attempt = Attempt.objects.get(pk=attempt_id)
        assert _consistent(attempt) == "final"
        assert attempt.score == sum(1 for position in saved if position % 2 == 0)

        # The worker reconnected by itself: tasks after the restart run (both pool processes).
        later_reminders = [
            ReadinessReminder.objects.create(
                user=make_person(email=f"daarna{n}@groningen.example"), region=region, sent_by=manager
            )
            for n in range(4)
        ]
        for reminder in later_reminders:
            send_readiness_reminder_task.delay(reminder.pk)
        assert wait_for(lambda: len(mails(worker.mail_dir)) == 5, 60), worker.log()
        assert not TaskLog(worker.log()).failed, worker.log()
        assert all(r.emailed_at for r in ReadinessReminder.objects.filter(pk__in=[r.pk for r in later_reminders]))
        slowest = max(calls, key=lambda c: c.ended - c.started)
        print(
            f"slowest request {slowest.what}: {slowest.ended - slowest.started:.2f} s, "
            f"{slowest.started - restart_started:+.2f} s from the restart; failures between "
            f"{min(c.started for c in failures) - restart_started:+.2f} s and "
            f"{max(c.ended for c in failures) - restart_started:+.2f} s"
        )
        print(
            f"restart took {restart_ended - restart_started:.1f} s; {len(failures)} of {len(calls)} requests failed "
            f"({sorted(c.what for c in failures)}); first success {first_success - restart_ended:.2f} s after the "
            f"restart command returned; submits during it: {states}"
        )
    finally:
        _stop(web)
        web_log.close()
