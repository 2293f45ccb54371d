"""Authentication hardening (issue 7): every login path throttled, staff behind their second factor,
sessions that really end, passwords that are long rather than clever, role changes on record.

Everything goes through HTTP the way a person (or an attacker) would; tests/organisations/
test_accounts.py has the basics (login form throttling, recovery codes, new session id).
"""

from __future__ import annotations

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.urls import reverse

from organisations.models import AuditAction, AuditEvent, Region, Role, User
from organisations.services import MembershipData, invite_person
from tests.factories import PASSWORD, make_person

pytestmark = pytest.mark.django_db

WRONG_PASSWORD = "fout-wachtwoord-123"


def _login(client: Client, email: str, password: str = PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def _is_logged_in(client: Client) -> bool:
    return client.get("/").context["user"].is_authenticated


def _sends_to_login(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def _codes_around_now(secret: str) -> set[str]:
    counter = int(time.time()) // 30  # allauth's default period
    return {format_hotp_value(hotp_value(secret, counter + offset)) for offset in (-1, 0, 1)}


def _current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def _wrong_code(secret: str) -> str:
    valid = _codes_around_now(secret)
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in valid)


def _person_with_totp(role: str, **fields) -> tuple[User, str]:
    person = _staff(role, **fields)
    secret = generate_totp_secret()
    TOTP.activate(person, secret)
    return person, secret


def _staff(role: str, **fields) -> User:
    if role == "superuser":
        return make_person(role=Role.EMPLOYEE, is_superuser=True, is_staff=True, **fields)
    return make_person(role=role, region_slug=None if role == Role.PROGRAMME else "groningen", **fields)


def _login_with_second_factor(client: Client, person: User, secret: str) -> None:
    assert _login(client, person.email)["Location"] == reverse("mfa_authenticate")
    assert client.post(reverse("mfa_authenticate"), {"code": _current_code(secret)}).status_code == 302


# --- 1. Every login path is throttled ------------------------------------------------------------


def test_wrong_authenticator_codes_are_throttled_per_account(settings):
    settings.REQUIRE_STAFF_MFA = True
    manager, secret = _person_with_totp(Role.MANAGER)
    attacker = Client(REMOTE_ADDR="10.6.6.6")
    _login(attacker, manager.email)
    for _ in range(5):
        response = attacker.post(reverse("mfa_authenticate"), {"code": _wrong_code(secret)})
        assert response.status_code == 200
        assert "Ongeldige code" in response.content.decode()
    # Throttled: even the right code is refused now.
    blocked = attacker.post(reverse("mfa_authenticate"), {"code": _current_code(secret)})
    assert blocked.status_code == 200
    assert "Te veel" in blocked.content.decode()
    assert not _is_logged_in(attacker)
    # Starting over with the password from another address does not reset the count: the limit
    # belongs to the account, not to the session or the address.
    elsewhere = Client(REMOTE_ADDR="10.7.7.7")
    assert _login(elsewhere, manager.email)["Location"] == reverse("mfa_authenticate")
    again = elsewhere.post(reverse("mfa_authenticate"), {"code": _current_code(secret)})
    assert "Te veel" in again.content.decode()
    assert not _is_logged_in(elsewhere)


def test_mfa_code_limit_is_written_out_in_settings(settings):
    # allauth.mfa counts wrong codes under "login_failed"; the setting must keep a per-key part.
    assert settings.ACCOUNT_RATE_LIMITS["login_failed"] == "10/m/ip,5/300s/key"
    assert settings.ACCOUNT_RATE_LIMITS["reauthenticate"] == "10/m/user"


def test_confirming_the_password_again_is_throttled_and_locks_the_login_form_too(employee):
    client = Client()
    _login(client, employee.email)
    for _ in range(5):
        response = client.post(reverse("account_reauthenticate"), {"password": WRONG_PASSWORD})
        assert response.status_code == 200
    blocked = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert blocked.status_code == 200
    assert "Te veel" in blocked.content.decode()
    # Someone who stole a session cannot guess the password there instead of at the login form.
    fresh = Client(REMOTE_ADDR="10.8.8.8")
    refused = _login(fresh, employee.email)
    assert "Te veel" in refused.content.decode()
    assert not _is_logged_in(fresh)


def test_password_reset_link_is_rate_limited_per_address(db):
    url = reverse("account_reset_password_from_key", kwargs={"uidb36": "zz", "key": "verzonnen-sleutel"})
    client = Client(REMOTE_ADDR="10.3.3.3")
    data = {"password1": "Een heel lang nieuw wachtwoord", "password2": "Een heel lang nieuw wachtwoord"}
    for _ in range(20):
        assert client.post(url, data).status_code != 429
    blocked = client.post(url, data)
    assert blocked.status_code == 429
    assert "Even geduld" in blocked.content.decode()
    assert Client(REMOTE_ADDR="10.4.4.4").post(url, data).status_code != 429


def test_password_reset_requests_are_rate_limited_per_account(employee):
    client = Client()
    for _ in range(5):
        assert client.post(reverse("account_reset_password"), {"email": employee.email}).status_code == 302
    blocked = Client(REMOTE_ADDR="10.5.5.5").post(reverse("account_reset_password"), {"email": employee.email})
    assert blocked.status_code == 429
    assert len(mail.outbox) == 5


def test_password_reset_sets_a_password_but_does_not_log_in(employee):
    client = Client()
    client.post(reverse("account_reset_password"), {"email": employee.email})
    link = re.search(r"https?://[^/\s]+(/account/password/reset/key/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]  # allauth moves the key out of the address first
    new_password = "lange zinnen zijn sterke wachtwoorden"
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    assert not _is_logged_in(client)
    # Logging in stays the job of the throttled login form.
    assert _login(client, employee.email, new_password).status_code == 302
    assert _is_logged_in(client)


@pytest.mark.parametrize("path", ["/cms/login/", "/_util/login/"])
def test_framework_login_forms_are_no_second_door(path, manager_groningen, settings):
    settings.REQUIRE_STAFF_MFA = True
    TOTP.activate(manager_groningen, generate_totp_secret())
    client = Client()
    assert _sends_to_login(client.get(path))
    # Posting the right password there neither logs in nor skips the second factor.
    response = client.post(path, {"username": manager_groningen.email, "password": PASSWORD})
    assert _sends_to_login(response)
    assert not _is_logged_in(client)
    assert client.get(reverse("organisations:people_list")).status_code == 302


def test_wagtail_password_reset_is_switched_off(employee):
    assert Client().get("/cms/password_reset/").status_code == 404
    assert Client().post("/cms/password_reset/", {"email": employee.email}).status_code == 404
    assert len(mail.outbox) == 0


def test_invitation_link_sets_a_password_but_does_not_log_in(manager_groningen, django_capture_on_commit_callbacks):
    person = _invite(manager_groningen, django_capture_on_commit_callbacks)
    client = Client()
    phrase = "wij leren elke week iets nieuws samen"
    response = client.post(_invitation_path(), {"password1": phrase, "password2": phrase})
    assert response.status_code == 302 and response["Location"] == reverse("account_login")
    assert not _is_logged_in(client)
    person.refresh_from_db()
    assert person.check_password(phrase)


# --- 2. Staff need their second factor for every tool -------------------------------------------

STAFF_ROLES = [Role.TRAINER, Role.MANAGER, Role.PROGRAMME, "superuser"]
STAFF_PATHS = ["/dashboard/", "/dashboard/landelijk/", "/cms/", "/mensen/"]


@pytest.mark.parametrize("path", STAFF_PATHS)
@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_without_a_second_factor_are_sent_to_set_it_up(settings, role, path):
    settings.REQUIRE_STAFF_MFA = True
    person = _staff(role)
    client = Client()
    assert _login(client, person.email).status_code == 302
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_who_passed_their_second_factor_are_not_stopped(settings, role):
    settings.REQUIRE_STAFF_MFA = True
    person, secret = _person_with_totp(role)
    client = Client()
    _login_with_second_factor(client, person, secret)
    for path in STAFF_PATHS:
        response = client.get(path)
        location = response.get("Location", "")
        # Whether the role may use the page is the access matrix' business; the MFA gate is passed.
        assert not location.startswith(reverse("mfa_activate_totp")), path
        assert _is_logged_in(client), path


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_session_that_skipped_the_second_factor_is_ended(settings, role):
    """A session made past allauth (a forgotten framework login form, here simulated with
    force_login) carries no record of the second factor and is logged out on the spot."""
    settings.REQUIRE_STAFF_MFA = True
    person, _secret = _person_with_totp(role)
    for path in STAFF_PATHS:
        client = Client()
        client.force_login(person, backend="organisations.auth_backends.CachedPermissionsBackend")
        assert _sends_to_login(client.get(path)), path
        assert not _is_logged_in(client)


def test_second_factor_set_up_in_this_session_counts(settings, manager_groningen):
    settings.REQUIRE_STAFF_MFA = True
    client = Client()
    _login(client, manager_groningen.email)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret
    assert client.post(reverse("mfa_activate_totp"), {"code": _current_code(secret)}).status_code == 302
    assert client.get(reverse("organisations:people_list")).status_code == 200


# --- 3. Deactivation ends sessions ---------------------------------------------------------------


def _logged_in_browsers(person: User, count: int) -> list[tuple[Client, str]]:
    browsers = []
    for number in range(count):
        browser = Client(REMOTE_ADDR=f"10.0.0.{number + 1}")
        assert _login(browser, person.email).status_code == 302
        browsers.append((browser, browser.cookies["sessionid"].value))
    return browsers


def _replay(cookie: str):
    browser = Client()
    browser.cookies["sessionid"] = cookie
    return browser.get(reverse("organisations:my_data"))


def test_deactivation_ends_every_session_for_good(login, manager_groningen, employee):
    browsers = _logged_in_browsers(employee, 2)
    for _browser, cookie in browsers:
        assert _replay(cookie).status_code == 200
    manager = login(manager_groningen)
    assert manager.post(reverse("organisations:person_deactivate", args=[employee.pk])).status_code == 302
    for _browser, cookie in browsers:
        assert _sends_to_login(_replay(cookie))
        assert not Session.objects.filter(session_key=cookie).exists()
    event = AuditEvent.objects.get(action=AuditAction.DEACTIVATED, subject=employee)
    assert event.details["sessions_ended"] == 2
    # Django alone would merely ignore an inactive person's session; it must be gone, so that
    # reactivating the account does not revive a cookie left on a shared computer.
    assert manager.post(reverse("organisations:person_reactivate", args=[employee.pk])).status_code == 302
    for _browser, cookie in browsers:
        assert _sends_to_login(_replay(cookie))
    assert _login(Client(), employee.email).status_code == 302  # the person may log in again


def _wagtail_user_form(person: User, *, active: bool) -> dict:
    data = {"first_name": person.first_name, "last_name": person.last_name, "email": person.email}
    if active:
        data["is_active"] = "on"
    return data


def test_switching_someone_off_in_the_cms_ends_their_sessions_too(settings, employee):
    settings.REQUIRE_STAFF_MFA = False
    admin = make_person(role=Role.EMPLOYEE, is_superuser=True, is_staff=True, email="beheer@vt.example")
    [(_browser, cookie)] = _logged_in_browsers(employee, 1)
    cms = Client()
    cms.force_login(admin, backend="organisations.auth_backends.CachedPermissionsBackend")
    edit = reverse("wagtailusers_users:edit", args=[employee.pk])
    assert cms.post(edit, _wagtail_user_form(employee, active=False)).status_code == 302
    employee.refresh_from_db()
    assert not employee.is_active
    assert not Session.objects.filter(session_key=cookie).exists()
    assert cms.post(edit, _wagtail_user_form(employee, active=True)).status_code == 302
    employee.refresh_from_db()
    assert employee.is_active
    assert _sends_to_login(_replay(cookie))


# --- 4. Logout ---------------------------------------------------------------------------------


def test_logout_leaves_nothing_to_replay(employee):
    client = Client()
    _login(client, employee.email)
    cookie = client.cookies["sessionid"].value
    assert _replay(cookie).status_code == 200
    assert client.post(reverse("account_logout")).status_code == 302
    assert _sends_to_login(_replay(cookie))
    assert not Session.objects.filter(session_key=cookie).exists()


# --- 5. People see and end their own other sessions ------------------------------------------------


def test_person_ends_their_other_sessions_from_the_sessions_page(employee, utrecht_employee):
    laptop = Client(REMOTE_ADDR="10.0.0.1", HTTP_USER_AGENT="Laptop-browser")
    phone = Client(REMOTE_ADDR="10.0.0.2", HTTP_USER_AGENT="Telefoon-browser")
    colleague = Client(REMOTE_ADDR="10.0.0.3", HTTP_USER_AGENT="Collega-browser")
    for browser, person in [(laptop, employee), (phone, employee), (colleague, utrecht_employee)]:
        assert _login(browser, person.email).status_code == 302
    page = laptop.get(reverse("usersessions_list"))
    html = page.content.decode()
    assert "Laptop-browser" in html and "Telefoon-browser" in html
    assert "Collega-browser" not in html  # only one's own sessions
    forms = re.findall(r'<form\b[^>]*\baction="([^"]+)"[^>]*>(.*?)</form>', html, re.S)
    [action] = [url for url, body in forms if "Elders uitloggen" in body]
    assert action == reverse("usersessions_list")
    assert laptop.post(action).status_code == 302
    assert _sends_to_login(phone.get(reverse("organisations:my_data")))
    assert laptop.get(reverse("organisations:my_data")).status_code == 200
    assert colleague.get(reverse("organisations:my_data")).status_code == 200
    assert "Telefoon-browser" not in laptop.get(reverse("usersessions_list")).content.decode()


def _assert_no_inline_code(html: str) -> None:
    assert not re.search(r"<script(?![^>]*\b(?:src|nonce)=)", html), "inline script without nonce"
    assert not re.search(r"\sstyle=", html), "inline style attribute"
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"


def test_sessions_page_is_dutch_in_our_layout_and_passes_the_csp(employee):
    client = Client()
    _login(client, employee.email)
    response = client.get(reverse("usersessions_list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Sessies" in html and "Gestart op" in html
    assert 'class="with-sidebar"' in html  # our account layout, not allauth's bare page
    assert 'class="table-scroll"' in html
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    _assert_no_inline_code(html)


def test_account_menu_leads_to_the_sessions_page(employee):
    client = Client()
    _login(client, employee.email)
    menu = {item["label"]: item["url"] for item in client.get("/").context["nav_items"]}
    account = client.get(menu["Account"])
    assert account.status_code == 200
    assert f'href="{reverse("usersessions_list")}"' in account.content.decode()


# --- 6. Passwords ---------------------------------------------------------------------------------


def _invite(manager, django_capture_on_commit_callbacks, email="nieuwe.collega@groningen.example") -> User:
    with django_capture_on_commit_callbacks(execute=True):
        return invite_person(
            actor=manager,
            email=email,
            first_name="Nieuwe",
            last_name="Collega",
            membership=MembershipData(
                region=Region.objects.get(slug="groningen"), team=None, function=None, role=Role.EMPLOYEE
            ),
        )


def _invitation_path() -> str:
    return re.search(r"https?://[^/\s]+(/uitnodiging/[^/\s]+/)", mail.outbox[-1].body).group(1)


def test_long_passphrase_of_plain_words_is_accepted_and_stored_with_argon2(
    manager_groningen, django_capture_on_commit_callbacks
):
    person = _invite(manager_groningen, django_capture_on_commit_callbacks)
    phrase = "wij fietsen elke ochtend langs het water"
    assert len(phrase) == 40 and phrase == phrase.lower()
    response = Client().post(_invitation_path(), {"password1": phrase, "password2": phrase})
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.password.startswith("argon2")
    assert _login(Client(), person.email, phrase).status_code == 302


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("kort-maar-1", "Dit wachtwoord is te kort"),  # 11 characters, one too few
        ("qwertyqwerty", "Dit wachtwoord komt te vaak voor"),  # 12, but on the common list
    ],
)
def test_short_or_common_passwords_are_refused_in_dutch(
    manager_groningen, django_capture_on_commit_callbacks, password, message
):
    person = _invite(manager_groningen, django_capture_on_commit_callbacks)
    response = Client().post(_invitation_path(), {"password1": password, "password2": password})
    assert response.status_code == 200
    assert message in response.content.decode()
    person.refresh_from_db()
    assert not person.has_usable_password()


def test_twelve_characters_are_enough(manager_groningen, django_capture_on_commit_callbacks):
    person = _invite(manager_groningen, django_capture_on_commit_callbacks)
    twelve = "kort-maar-12"
    assert Client().post(_invitation_path(), {"password1": twelve, "password2": twelve}).status_code == 302
    person.refresh_from_db()
    assert person.check_password(twelve)


# --- 7. Role changes are on record ---------------------------------------------------------------


def _edit_form(person: User, **overrides) -> dict:
    membership = person.current_membership
    data = {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "region": membership.region.pk,
        "team": "",
        "function": membership.function.pk if membership.function else "",
        "background": membership.background,
        "role": membership.role,
    }
    data.update(overrides)
    return data


def test_role_change_is_audited_with_old_and_new_role_and_the_actor(login, manager_groningen, employee):
    client = login(manager_groningen)
    edit = reverse("organisations:person_edit", args=[employee.pk])
    assert client.post(edit, _edit_form(employee, first_name="Floor")).status_code == 302
    assert not AuditEvent.objects.filter(action=AuditAction.ROLE_CHANGED).exists()

    assert client.post(edit, _edit_form(employee, role=Role.TRAINER)).status_code == 302
    event = AuditEvent.objects.get(action=AuditAction.ROLE_CHANGED)
    assert event.actor == manager_groningen
    assert event.subject == employee
    assert event.region.slug == "groningen"
    assert event.details == {"old": Role.EMPLOYEE, "new": Role.TRAINER}
    assert employee.groups.filter(name="Trainers").exists()  # and CMS access followed the role
