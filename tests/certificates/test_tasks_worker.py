"""The certificate PDF through a real Celery worker and broker (CI's PostgreSQL + Redis run)."""

import time

import pytest
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import issue_certificate
from certificates.tasks import render_certificate_task
from courses.models import Enrolment
from tests.factories import make_course

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _wait_for(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return False


def test_the_worker_renders_the_pdf_and_mails_once(celery_worker_process, employee):
    course = make_course(lessons=1)
    enrolment = Enrolment.objects.create(
        user=employee, course=course, source="self", completed_at=timezone.now(), completed_version=1
    )
    certificate = issue_certificate(enrolment_id=enrolment.pk)  # enqueues after commit
    assert _wait_for(lambda: Certificate.objects.filter(pk=certificate.pk, emailed_at__isnull=False).exists())
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    render_certificate_task.delay(certificate.pk)  # a redelivery
    render_certificate_task.delay(certificate.pk)
    time.sleep(4)
    [message] = celery_worker_process.messages()
    assert certificate.grouped_code in message.as_string()
