"""The invitation link: valid once, for 7 days, and it says what to do when it no longer works."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from organisations.models import Invitation, Membership, Region, Role
from organisations.services import MembershipData, deactivate_person, invite_person, resend_invitation
from organisations.tasks import send_invitation_email_task

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "Groene-fietsen-langs-het-Reitdiep"


def _invite(manager, django_capture_on_commit_callbacks, email="nieuwe.collega@groningen.example"):
    with django_capture_on_commit_callbacks(execute=True):
        person = invite_person(
            actor=manager,
            email=email,
            first_name="Nieuwe",
            last_name="Collega",
            membership=MembershipData(
                region=Region.objects.get(slug="groningen"), team=None, function=None, role=Role.EMPLOYEE
            ),
        )
    return person


def _link_path(message) -> str:
    match = re.search(r"https?://[^/\s]+(/uitnodiging/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_invitation_mail_is_dutch_and_carries_a_one_time_link(manager_groningen, django_capture_on_commit_callbacks):
    _invite(manager_groningen, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject.endswith("Uw uitnodiging voor AMHK Academie")
    assert "7 dagen geldig" in message.body
    assert _link_path(message)
    invitation = Invitation.objects.get()
    assert invitation.sent_at is not None
    # Only a hash is stored, never the token that is in the mail.
    token = _link_path(message).split("/")[2]
    assert token not in invitation.token_hash


def test_valid_link_sets_password_and_the_person_can_log_in(
    manager_groningen, django_capture_on_commit_callbacks, no_staff_mfa
):
    person = _invite(manager_groningen, django_capture_on_commit_callbacks)
    path = _link_path(mail.outbox[0])
    browser = Client()
    page = browser.get(path)
    assert page.status_code == 200 and "Welkom bij AMHK Academie" in page.content.decode()
    response = browser.post(path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("account_login")
    person.refresh_from_db()
    assert person.password.startswith("argon2")
    login = browser.post(reverse("account_login"), {"login": person.email, "password": NEW_PASSWORD})
    assert login.status_code == 302
    assert browser.get("/").context["user"] == person


def test_reused_link_shows_a_dutch_page_and_changes_nothing(manager_groningen, django_capture_on_commit_callbacks):
    person = _invite(manager_groningen, django_capture_on_commit_callbacks)
    path = _link_path(mail.outbox[0])
    Client().post(path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    person.refresh_from_db()
    first_hash = person.password
    again = Client().post(path, {"password1": "Iets-heel-anders-2026!", "password2": "Iets-heel-anders-2026!"})
    assert again.status_code == 410
    assert "al gebruikt" in again.content.decode()
    person.refresh_from_db()
    assert person.password == first_hash


def test_expired_link_tells_the_person_to_ask_for_a_new_one(manager_groningen, django_capture_on_commit_callbacks):
    person = _invite(manager_groningen, django_capture_on_commit_callbacks)
    Invitation.objects.filter(user=person).update(expires_at=timezone.now() - timedelta(minutes=1))
    response = Client().get(_link_path(mail.outbox[0]))
    assert response.status_code == 410
    body = response.content.decode()
    assert "verlopen" in body and "nieuwe uitnodiging" in body
    assert (
        Client().post(_link_path(mail.outbox[0]), {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}).status_code
        == 410
    )
    person.refresh_from_db()
    assert not person.has_usable_password()


def test_link_is_valid_for_seven_days(manager_groningen, django_capture_on_commit_callbacks):
    _invite(manager_groningen, django_capture_on_commit_callbacks)
    invitation = Invitation.objects.get()
    assert invitation.expires_at - invitation.created_at == timedelta(days=7)


def test_unknown_token_gets_the_invalid_page():
    response = Client().get(reverse("organisations:accept_invitation", args=["verzonnen-token"]))
    assert response.status_code == 410
    assert "niet geldig" in response.content.decode()


def test_resending_revokes_the_older_link(manager_groningen, django_capture_on_commit_callbacks):
    person = _invite(manager_groningen, django_capture_on_commit_callbacks)
    old_path = _link_path(mail.outbox[0])
    with django_capture_on_commit_callbacks(execute=True):
        resend_invitation(actor=manager_groningen, person=person)
    assert len(mail.outbox) == 2
    assert Client().get(old_path).status_code == 410
    assert Client().get(_link_path(mail.outbox[1])).status_code == 200


def test_deactivated_person_cannot_use_the_link(manager_groningen, django_capture_on_commit_callbacks):
    person = _invite(manager_groningen, django_capture_on_commit_callbacks)
    deactivate_person(actor=manager_groningen, person=person)
    assert Client().get(_link_path(mail.outbox[0])).status_code == 410


def test_weak_password_gets_a_dutch_error(manager_groningen, django_capture_on_commit_callbacks):
    _invite(manager_groningen, django_capture_on_commit_callbacks)
    response = Client().post(_link_path(mail.outbox[0]), {"password1": "kort", "password2": "kort"})
    assert response.status_code == 200
    assert "Dit wachtwoord is te kort" in response.content.decode()


def test_long_passphrase_is_accepted(manager_groningen, django_capture_on_commit_callbacks):
    person = _invite(manager_groningen, django_capture_on_commit_callbacks)
    phrase = "de veiligheidsbeoordeling is binnen vijf werkdagen klaar " * 2
    response = Client().post(_link_path(mail.outbox[0]), {"password1": phrase, "password2": phrase})
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.check_password(phrase)


def test_mail_task_runs_twice_but_mails_once(manager_groningen, django_capture_on_commit_callbacks):
    _invite(manager_groningen, django_capture_on_commit_callbacks)
    invitation = Invitation.objects.get()
    assert send_invitation_email_task.apply(args=[invitation.pk]).get() == "already-sent"
    assert send_invitation_email_task.apply(args=[999_999]).get() == "missing"
    assert len(mail.outbox) == 1


def test_nothing_is_mailed_when_the_transaction_rolls_back(manager_groningen, django_capture_on_commit_callbacks):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        invite_person(
            actor=manager_groningen,
            email="rollback@groningen.example",
            first_name="R",
            last_name="B",
            membership=MembershipData(region=Region.objects.get(slug="groningen"), team=None, function=None),
        )
        raise RuntimeError("abort")
    assert mail.outbox == []
    assert not Membership.objects.filter(user__email="rollback@groningen.example").exists()
