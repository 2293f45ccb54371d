"""Invitation mails through a real Celery worker and broker (CI's PostgreSQL + Redis run)."""

import time

import pytest

from organisations.models import Invitation, Region, Role
from organisations.services import MembershipData, invite_person
from organisations.tasks import send_invitation_email_task
from tests.factories import make_person

# serialized_rollback restores the reference data (regions, home page) that the flush after a
# transactional test would otherwise wipe for the tests that follow.
pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _wait_for(condition, seconds=30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_invitation_is_mailed_by_the_worker_exactly_once(celery_worker_process):
    manager = make_person(role=Role.MANAGER, region_slug="groningen")
    person = invite_person(
        actor=manager,
        email="via.worker@groningen.example",
        first_name="Via",
        last_name="Worker",
        membership=MembershipData(region=Region.objects.get(slug="groningen"), team=None, function=None),
    )
    invitation = Invitation.objects.get(user=person)
    assert _wait_for(lambda: Invitation.objects.filter(pk=invitation.pk, sent_at__isnull=False).exists())
    # A duplicate delivery of the same task (acks_late redelivery, a double enqueue) mails nothing.
    send_invitation_email_task.delay(invitation.pk)
    send_invitation_email_task.delay(invitation.pk)
    time.sleep(2)
    [message] = celery_worker_process.messages()
    body = message.as_string()
    assert "via.worker@groningen.example" in body and "/uitnodiging/" in body
