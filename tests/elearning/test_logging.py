"""Structured logs: a request id on every line, in the response header, and in the tasks it starts."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core import mail
from django.urls import reverse

from elearning.logging import EMAIL_MASK, JsonFormatter, PlainFormatter
from organisations.models import Invitation, Region
from organisations.services import MembershipData, invite_person

GENERATED_ID = re.compile(r"[0-9a-f]{32}")
INVITATION_TASK = "organisations.tasks.send_invitation_email_task"
ROOT = Path(__file__).resolve().parents[2]


def _console_handler() -> logging.Handler:
    return next(h for h in logging.getLogger().handlers if h.get_name() == "console")


@pytest.fixture
def log_lines():
    """The configured console handler (with its filter), writing JSON lines into a buffer."""
    handler = _console_handler()
    buffer = io.StringIO()
    old_stream = handler.setStream(buffer)
    old_formatter = handler.formatter
    handler.setFormatter(JsonFormatter())

    def lines() -> list[dict]:
        # json.loads on every line: a line that is not one JSON object fails the test.
        return [json.loads(line) for line in buffer.getvalue().splitlines()]

    yield lines
    if old_stream is not None:
        handler.setStream(old_stream)
    handler.setFormatter(old_formatter)


def _access_lines(lines: list[dict], route: str) -> list[dict]:
    return [line for line in lines if line["logger"] == "elearning.access" and line.get("http_route") == route]


def _invite(manager):
    return invite_person(
        actor=manager,
        email="nieuwe.collega@groningen.example",
        first_name="Nieuwe",
        last_name="Collega",
        membership=MembershipData(region=Region.objects.get(slug="groningen"), team=None, function=None),
    )


@pytest.mark.django_db
def test_a_request_logs_with_the_id_that_its_response_header_carries(client, log_lines):
    response = client.get(reverse("account_login"))
    assert response.status_code == 200
    request_id = response["X-Request-ID"]
    assert GENERATED_ID.fullmatch(request_id)
    [line] = _access_lines(log_lines(), "account_login")
    assert line["request_id"] == request_id
    assert line["level"] == "INFO" and line["http_method"] == "GET" and line["http_status"] == 200
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", line["time"])
    assert "user_id" not in line
    # A second request gets an id of its own.
    assert client.get(reverse("account_login"))["X-Request-ID"] != request_id


@pytest.mark.django_db
def test_an_incoming_request_id_is_kept(client, log_lines):
    request_id = "proxy-" + secrets.token_hex(8)
    response = client.get(reverse("account_login"), headers={"X-Request-ID": request_id})
    assert response["X-Request-ID"] == request_id
    assert [line["request_id"] for line in _access_lines(log_lines(), "account_login")] == [request_id]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "malicious",
    [
        "abc\ninjected-line",
        'abc\r\n{"level": "CRITICAL"}',
        "a" * 500,
        "<script>alert(1)</script>",
        "id met spaties",
        "",
    ],
)
def test_a_malicious_request_id_is_replaced(client, log_lines, malicious):
    response = client.get(reverse("account_login"), headers={"X-Request-ID": malicious})
    request_id = response["X-Request-ID"]
    assert GENERATED_ID.fullmatch(request_id)
    lines = log_lines()
    assert [line["request_id"] for line in _access_lines(lines, "account_login")] == [request_id]
    if malicious:
        assert all(malicious not in json.dumps(line) for line in lines)


@pytest.mark.django_db
def test_log_lines_identify_the_user_by_pk_only(employee, login, log_lines):
    client = login(employee)
    response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 200
    [line] = _access_lines(log_lines(), "courses:my_learning")
    assert line["user_id"] == employee.pk
    assert line["request_id"] == response["X-Request-ID"]
    text = json.dumps(line)
    for personal in (employee.email, employee.first_name, employee.last_name):
        assert personal not in text


@pytest.mark.django_db
def test_json_lines_parse_and_mask_email_addresses(employee, log_lines):
    logger = logging.getLogger("tests.logging")
    try:
        raise ValueError(f"Key (email)=({employee.email}) already exists.")
    except ValueError:
        logger.exception("could not invite %s", employee.email)
    [line] = [line for line in log_lines() if line["logger"] == "tests.logging"]
    assert line["level"] == "ERROR"
    assert line["message"] == f"could not invite {EMAIL_MASK}"
    assert "ValueError: Key (email)=([e-mail]) already exists." in line["exception"]
    assert "Traceback" in line["exception"]
    assert line["request_id"] is None
    assert employee.email not in json.dumps(line)


def test_plain_lines_show_the_request_id():
    formatter = PlainFormatter()
    record = logging.LogRecord("tests.logging", logging.INFO, __file__, 1, "mailed %s", ("iemand@vt.example",), None)
    record.request_id = "abc-123"
    assert formatter.format(record).endswith(" INFO tests.logging [abc-123] mailed [e-mail]")
    outside = logging.LogRecord("tests.logging", logging.INFO, __file__, 1, "beat", (), None)
    assert formatter.format(outside).endswith(" INFO tests.logging [-] beat")


# serialized_rollback restores the reference data (regions, functions) that the flush after a
# transactional test would otherwise wipe for the tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_enqueued_by_a_request_logs_its_request_id_in_eager_mode(manager_groningen, login, log_lines):
    # A real transaction: the task runs when the view's transaction commits, inside the request.
    person = _invite(manager_groningen)
    assert len(mail.outbox) == 1
    request_id = "resend-" + secrets.token_hex(6)
    client = login(manager_groningen)
    response = client.post(
        reverse("organisations:person_resend_invitation", args=[person.pk]), headers={"X-Request-ID": request_id}
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    invitation = Invitation.objects.filter(user=person, sent_at__isnull=False).latest("pk")
    lines = log_lines()
    [task_line] = [line for line in lines if line["message"] == f"invitation {invitation.pk} sent"]
    assert task_line["request_id"] == request_id
    assert task_line["task_name"] == INVITATION_TASK and task_line["task_id"]
    [access] = _access_lines(lines, "organisations:person_resend_invitation")
    assert access["request_id"] == request_id and access["user_id"] == manager_groningen.pk
    # The request's context is back after the in-process task: the access line has no task fields.
    assert "task_name" not in access
    # The invitation before the request ran outside any request: a task id of its own, not this one.
    [first] = [line for line in lines if line["message"].startswith("invitation") and line is not task_line]
    assert first["request_id"] != request_id
    for line in lines:
        assert person.email not in json.dumps(line) and manager_groningen.email not in json.dumps(line)


def _wait_for(condition, seconds=30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_logs_the_request_id_of_the_request_that_enqueued_the_task(
    start_celery_worker, manager_groningen, login
):
    worker = start_celery_worker(extra_env={"LOG_FORMAT": "json"})
    person = _invite(manager_groningen)
    assert _wait_for(lambda: Invitation.objects.filter(user=person, sent_at__isnull=False).exists())
    client = login(manager_groningen)
    response = client.post(reverse("organisations:person_resend_invitation", args=[person.pk]))
    assert response.status_code == 302
    request_id = response["X-Request-ID"]
    assert GENERATED_ID.fullmatch(request_id)
    invitation = Invitation.objects.filter(user=person).latest("pk")

    def worker_lines() -> list[dict]:
        # Celery's start-up banner goes to stdout as text; every log record is a JSON line.
        return [json.loads(line) for line in worker.log().splitlines() if line.startswith("{")]

    def task_line():
        return next((line for line in worker_lines() if line["message"] == f"invitation {invitation.pk} sent"), None)

    assert _wait_for(lambda: task_line() is not None), worker.log()
    line = task_line()
    assert line["request_id"] == request_id
    assert line["task_name"] == INVITATION_TASK
    assert line["logger"] == "organisations.tasks" and line["level"] == "INFO"
    # Celery's own line for the task carries the id too.
    assert any(other["request_id"] == request_id and "succeeded" in other["message"] for other in worker_lines()), (
        worker.log()
    )
    assert person.email not in worker.log()
    assert len(worker.messages()) == 2


def _run(args: list[str], **env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "TESTING", "LOG_FORMAT"}}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("env", "formatter"),
    [
        ({"DEBUG": "false", "SECRET_KEY": "x" * 50}, "json"),
        ({"DEBUG": "true"}, "plain"),
        ({"DEBUG": "true", "LOG_FORMAT": "json"}, "json"),
    ],
)
def test_log_format_follows_debug_unless_set(tmp_path, env, formatter):
    code = "import django; django.setup(); from django.conf import settings; "
    code += "print(settings.LOGGING['handlers']['console']['formatter'])"
    result = _run(["-c", code], DJANGO_SETTINGS_MODULE="elearning.settings", VAR_DIR=str(tmp_path), **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == formatter


def test_an_unknown_log_format_is_refused(tmp_path):
    result = _run(["manage.py", "check"], DEBUG="true", LOG_FORMAT="xml", VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "LOG_FORMAT must be json or plain" in result.stderr
