"""Logging in: e-mail and password through allauth only, throttled, MFA for staff roles."""

from datetime import timedelta

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from organisations.models import Role, User
from tests.factories import PASSWORD, make_person

pytestmark = pytest.mark.django_db


def _login(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_wrong_password_gets_a_dutch_message(employee):
    response = _login(Client(), employee.email, "fout-wachtwoord-123")
    assert response.status_code == 200
    assert "e-mailadres en/of wachtwoord" in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_login_with_work_email_issues_a_new_session_id(employee):
    client = Client()
    client.get(reverse("account_login"))
    client.cookies["sessionid"] = "anonymous-fixation-attempt"
    response = _login(client, employee.email.upper(), PASSWORD)
    assert response.status_code == 302
    assert client.cookies["sessionid"].value != "anonymous-fixation-attempt"


def test_repeated_wrong_passwords_for_one_account_are_throttled(employee):
    client = Client()
    for _ in range(5):
        assert _login(client, employee.email, "fout-wachtwoord-123").status_code == 200
    # Even the right password is refused while the account is throttled.
    blocked = _login(Client(), employee.email, PASSWORD)
    assert not blocked.wsgi_request.user.is_authenticated
    assert "Te veel" in blocked.content.decode()


def test_repeated_wrong_passwords_from_one_address_are_throttled(db):
    people = [make_person(email=f"collega{n}@groningen.example") for n in range(11)]
    client = Client(REMOTE_ADDR="10.1.2.3")
    for person in people[:10]:
        _login(client, person.email, "fout-wachtwoord-123")
    blocked = _login(client, people[10].email, PASSWORD)
    assert not blocked.wsgi_request.user.is_authenticated
    # Another address is not affected.
    assert _login(Client(REMOTE_ADDR="10.9.9.9"), people[10].email, PASSWORD).status_code == 302


def test_there_is_no_open_sign_up(db):
    client = Client()
    response = client.post(
        reverse("account_signup"),
        {
            "email": "indringer@example.com",
            "password1": "Heel-lang-wachtwoord-99",
            "password2": "Heel-lang-wachtwoord-99",
        },
    )
    assert not User.objects.filter(email="indringer@example.com").exists()
    assert response.status_code in {200, 403}


def test_password_reset_mails_a_link(employee, mailoutbox):
    response = Client().post(reverse("account_reset_password"), {"email": employee.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert "/account/password/reset/key/" in mailoutbox[0].body


def test_password_reset_is_rate_limited(employee, mailoutbox):
    client = Client()
    for _ in range(6):
        client.post(reverse("account_reset_password"), {"email": employee.email})
    assert len(mailoutbox) <= 5


def test_wagtail_login_form_is_not_a_second_door(db):
    response = Client().get("/cms/login/?next=/cms/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=/cms/" in response["Location"]


def test_cms_admits_trainers_and_refuses_employees(login, trainer, employee):
    assert login(trainer).get("/cms/").status_code == 200
    employee_client = Client()
    employee_client.force_login(employee, backend="organisations.auth_backends.CachedPermissionsBackend")
    response = employee_client.get("/cms/")
    assert response.status_code == 302
    assert employee_client.get("/cms/pages/").status_code in {302, 403}


def test_managers_do_not_edit_people_in_the_cms(login, manager_groningen):
    assert login(manager_groningen).get("/cms/users/").status_code in {302, 403}


@pytest.mark.parametrize("role", [Role.TRAINER, Role.MANAGER, Role.PROGRAMME])
def test_staff_roles_must_set_up_mfa_before_anything_else(settings, role):
    settings.REQUIRE_STAFF_MFA = True
    person = make_person(role=role, region_slug=None if role == Role.PROGRAMME else "groningen")
    client = Client()
    _login(client, person.email, PASSWORD)
    for path in ["/", reverse("organisations:people_list"), "/cms/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(reverse("mfa_activate_totp"))
    # Setting up a second factor is reachable (after confirming the password once more).
    assert client.get(reverse("mfa_activate_totp"))["Location"].startswith(reverse("account_reauthenticate"))
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert client.get(reverse("mfa_activate_totp")).status_code == 200


def test_employees_do_not_need_mfa(settings, employee):
    settings.REQUIRE_STAFF_MFA = True
    client = Client()
    client.force_login(employee, backend="organisations.auth_backends.CachedPermissionsBackend")
    assert client.get("/").status_code == 200


def test_mfa_requirement_can_be_switched_off(settings, manager_groningen):
    settings.REQUIRE_STAFF_MFA = False
    client = Client()
    client.force_login(manager_groningen, backend="organisations.auth_backends.CachedPermissionsBackend")
    assert client.get(reverse("organisations:people_list")).status_code == 200


def _current_code(secret: str) -> str:
    import time

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))  # allauth default period


def test_manager_who_activates_totp_reaches_the_people_list_and_logs_in_with_a_code(settings, manager_groningen):
    settings.REQUIRE_STAFF_MFA = True
    client = Client()
    _login(client, manager_groningen.email, PASSWORD)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    secret = page.context["form"].secret
    response = client.post(reverse("mfa_activate_totp"), {"code": _current_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=manager_groningen, type=Authenticator.Type.TOTP).exists()
    assert client.get(reverse("organisations:people_list")).status_code == 200

    # A fresh login now asks for the second factor before letting the manager in.
    fresh = Client()
    step_one = _login(fresh, manager_groningen.email, PASSWORD)
    assert step_one["Location"] == reverse("mfa_authenticate")
    assert not fresh.get("/").context["user"].is_authenticated


def test_recovery_codes_work_once(settings, manager_groningen):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    settings.REQUIRE_STAFF_MFA = True
    TOTP.activate(manager_groningen, generate_totp_secret())
    codes = RecoveryCodes.activate(manager_groningen).get_unused_codes()
    first = Client()
    _login(first, manager_groningen.email, PASSWORD)
    assert first.post(reverse("mfa_authenticate"), {"code": codes[0]}).status_code == 302
    assert first.get(reverse("organisations:people_list")).status_code == 200
    second = Client()
    _login(second, manager_groningen.email, PASSWORD)
    response = second.post(reverse("mfa_authenticate"), {"code": codes[0]})
    assert response.status_code == 200
    assert not second.get("/").context["user"].is_authenticated


def _stored_session(client) -> Session:
    return Session.objects.get(session_key=client.cookies["sessionid"].value)


def test_idle_session_expiry_is_refreshed_by_activity(employee, settings):
    client = Client()
    _login(client, employee.email, PASSWORD)
    assert settings.SESSION_COOKIE_AGE == settings.SESSION_IDLE_TIMEOUT == 3600
    session = client.session
    session["_touched"] = 0  # last refreshed long ago
    session.save()
    Session.objects.filter(session_key=session.session_key).update(expire_date=timezone.now() + timedelta(seconds=60))
    client.get("/")
    assert _stored_session(client).expire_date > timezone.now() + timedelta(seconds=3500)
    # Within the refresh period the session is not written again.
    Session.objects.filter(session_key=session.session_key).update(expire_date=timezone.now() + timedelta(seconds=60))
    client.get("/")
    assert _stored_session(client).expire_date < timezone.now() + timedelta(seconds=120)


def test_idle_session_ends(employee):
    client = Client()
    _login(client, employee.email, PASSWORD)
    Session.objects.filter(session_key=client.cookies["sessionid"].value).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    cache.clear()  # cached_db sessions: the cache copy would outlive the row otherwise
    assert not client.get("/").context["user"].is_authenticated


def test_logout_ends_the_session(employee):
    client = Client()
    _login(client, employee.email, PASSWORD)
    old_cookie = client.cookies["sessionid"].value
    client.post(reverse("account_logout"))
    replay = Client()
    replay.cookies["sessionid"] = old_cookie
    assert not replay.get("/").context["user"].is_authenticated
