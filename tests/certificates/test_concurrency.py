"""Two completions of one enrolment at the same moment give one certificate (PostgreSQL)."""

import pytest
from django.db import connection
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import issue_certificate
from courses.models import Enrolment
from tests.concurrency import race
from tests.factories import make_course

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
]


def test_concurrent_completions_issue_one_certificate(employee):
    course = make_course(lessons=1)
    enrolment = Enrolment.objects.create(
        user=employee, course=course, source="self", completed_at=timezone.now(), completed_version=1
    )
    results, errors = race(6, lambda i: issue_certificate(enrolment_id=enrolment.pk, render=False).pk)
    assert errors == []
    assert len(set(results)) == 1
    assert Certificate.objects.filter(user=employee, course=course).count() == 1
