"""People management: managers work in their own region only; programme staff in any."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from organisations.models import AuditAction, AuditEvent, Invitation, Membership, Role, Team, User
from tests.factories import TeamFactory, make_person, region

pytestmark = pytest.mark.django_db


def _person_form(**overrides):
    data = {
        "first_name": "Sanne",
        "last_name": "Jonkman",
        "email": "sanne.jonkman@groningen.example",
        "region": region("groningen").pk,
        "team": "",
        "function": "",
        "background": "ex_shg",
        "role": Role.EMPLOYEE,
    }
    data.update(overrides)
    return data


def test_employee_cannot_open_the_people_pages(login, employee):
    client = login(employee)
    assert client.get(reverse("organisations:people_list")).status_code == 403
    assert client.get(reverse("organisations:person_create")).status_code == 403


def test_manager_lists_and_searches_only_own_region(login, manager_groningen, employee, utrecht_employee):
    client = login(manager_groningen)
    body = client.get(reverse("organisations:people_list")).content.decode()
    assert "Bakker" in body
    assert "Utrechtse" not in body and utrecht_employee.email not in body

    found = client.get(reverse("organisations:people_list"), {"q": "Vera Utrechtse"}).content.decode()
    assert utrecht_employee.email not in found
    assert "0 personen gevonden" in found
    by_mail = client.get(reverse("organisations:people_list"), {"q": "utrecht.example"}).content.decode()
    assert utrecht_employee.email not in by_mail


def test_manager_cannot_filter_into_another_region(login, manager_groningen, utrecht_employee):
    client = login(manager_groningen)
    utrecht_team = TeamFactory(region=region("utrecht"), name="Team Eemland")
    body = client.get(
        reverse("organisations:people_list"), {"region": region("utrecht").pk, "team": utrecht_team.pk}
    ).content.decode()
    assert "Utrechtse" not in body
    assert "Team Eemland" not in body


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("organisations:person_detail", "get"),
        ("organisations:person_edit", "get"),
        ("organisations:person_edit", "post"),
        ("organisations:person_deactivate", "post"),
        ("organisations:person_reactivate", "post"),
        ("organisations:person_resend_invitation", "post"),
    ],
)
def test_manager_gets_404_for_every_url_of_a_person_in_another_region(
    login, manager_groningen, utrecht_employee, name, method
):
    client = login(manager_groningen)
    before = list(Membership.objects.values_list("pk", "region_id", "role", "valid_to"))
    url = reverse(name, args=[utrecht_employee.pk])
    response = getattr(client, method)(url, _person_form(first_name="Gekaapt", region=region("groningen").pk))
    assert response.status_code == 404
    utrecht_employee.refresh_from_db()
    assert utrecht_employee.first_name == "Vera" and utrecht_employee.is_active
    assert list(Membership.objects.values_list("pk", "region_id", "role", "valid_to")) == before
    assert not Invitation.objects.filter(user=utrecht_employee).exists()


def test_missing_person_and_other_region_give_the_same_404(login, manager_groningen, utrecht_employee):
    client = login(manager_groningen)
    other_url = reverse("organisations:person_detail", args=[utrecht_employee.pk])
    missing_url = reverse("organisations:person_detail", args=[999_999])
    other, missing = client.get(other_url), client.get(missing_url)
    assert other.status_code == missing.status_code == 404

    def normalised(body: bytes, url: str) -> str:
        # The CSRF token and the page's own address differ per request; nothing else may.
        body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", body.decode())
        return body.replace(url, "URL")

    assert normalised(other.content, other_url) == normalised(missing.content, missing_url)


def test_manager_invites_a_new_colleague(login, manager_groningen, django_capture_on_commit_callbacks):
    client = login(manager_groningen)
    team = TeamFactory(region=region("groningen"), name="Team Onderzoek")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("organisations:person_create"), _person_form(team=team.pk))
    person = User.objects.get(email="sanne.jonkman@groningen.example")
    assert response.status_code == 302
    assert response["Location"] == reverse("organisations:person_detail", args=[person.pk])
    membership = person.current_membership
    assert (membership.region.slug, membership.team, membership.role, membership.background) == (
        "groningen",
        team,
        Role.EMPLOYEE,
        "ex_shg",
    )
    assert not person.has_usable_password()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["sanne.jonkman@groningen.example"]
    assert "/uitnodiging/" in mail.outbox[0].body
    assert AuditEvent.objects.filter(
        action=AuditAction.PERSON_CREATED, subject=person, actor=manager_groningen
    ).exists()


def test_duplicate_email_is_a_form_error_and_nothing_is_saved(login, manager_groningen, employee):
    client = login(manager_groningen)
    counts = (User.objects.count(), Membership.objects.count(), Invitation.objects.count())
    response = client.post(reverse("organisations:person_create"), _person_form(email=employee.email.upper()))
    assert response.status_code == 200
    assert "Er bestaat al een account met dit e-mailadres." in response.content.decode()
    assert (User.objects.count(), Membership.objects.count(), Invitation.objects.count()) == counts
    assert mail.outbox == []


def test_manager_cannot_create_a_person_in_another_region(login, manager_groningen):
    client = login(manager_groningen)
    response = client.post(reverse("organisations:person_create"), _person_form(region=region("utrecht").pk))
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert not User.objects.filter(email="sanne.jonkman@groningen.example").exists()


def test_manager_cannot_hand_out_the_programme_role(login, manager_groningen):
    client = login(manager_groningen)
    client.post(reverse("organisations:person_create"), _person_form(role=Role.PROGRAMME))
    assert not User.objects.filter(email="sanne.jonkman@groningen.example").exists()


def test_team_of_another_region_is_refused(login, programme_staff):
    client = login(programme_staff)
    utrecht_team = TeamFactory(region=region("utrecht"), name="Team Eemland")
    response = client.post(reverse("organisations:person_create"), _person_form(team=utrecht_team.pk))
    assert "Dit team hoort niet bij de gekozen regio." in response.content.decode()
    assert not User.objects.filter(email="sanne.jonkman@groningen.example").exists()


def test_programme_staff_create_people_in_any_region(login, programme_staff):
    client = login(programme_staff)
    response = client.post(
        reverse("organisations:person_create"),
        _person_form(email="nieuw@zeeland.example", region=region("zeeland").pk),
    )
    assert response.status_code == 302
    assert User.objects.get(email="nieuw@zeeland.example").current_membership.region.slug == "zeeland"


def test_moving_to_another_team_keeps_history(login, manager_groningen):
    old_team = TeamFactory(region=region("groningen"), name="Team A")
    new_team = TeamFactory(region=region("groningen"), name="Team B")
    person = make_person(team=old_team)
    Membership.objects.filter(user=person).update(valid_from="2020-01-01")
    client = login(manager_groningen)
    response = client.post(
        reverse("organisations:person_edit", args=[person.pk]),
        _person_form(first_name=person.first_name, last_name=person.last_name, team=new_team.pk, background="ex_amk"),
    )
    assert response.status_code == 302
    rows = list(person.memberships.order_by("valid_from").values_list("team__name", "valid_to"))
    assert rows[0][0] == "Team A" and rows[0][1] is not None
    assert rows[1] == ("Team B", None)
    assert AuditEvent.objects.filter(action=AuditAction.MOVED, subject=person).exists()
    detail = client.get(reverse("organisations:person_detail", args=[person.pk])).content.decode()
    assert "Team A" in detail and "Team B" in detail


def test_deactivation_blocks_login_and_ends_open_sessions(client, django_user_model, manager_groningen, settings):
    settings.REQUIRE_STAFF_MFA = False
    from django.test import Client

    person = make_person(email="vertrekt@groningen.example")
    their_browser = Client()
    their_browser.post(reverse("account_login"), {"login": person.email, "password": "Een-lang-wachtwoord-2026"})
    assert their_browser.get("/").context["user"].is_authenticated

    client.force_login(manager_groningen, backend="organisations.auth_backends.CachedPermissionsBackend")
    response = client.post(reverse("organisations:person_deactivate", args=[person.pk]))
    assert response.status_code == 302
    person.refresh_from_db()
    assert not person.is_active and person.deactivated_at is not None
    # The old cookie no longer carries a login.
    assert not their_browser.get("/").context["user"].is_authenticated
    again = Client().post(reverse("account_login"), {"login": person.email, "password": "Een-lang-wachtwoord-2026"})
    assert not again.wsgi_request.user.is_authenticated
    assert User.objects.filter(pk=person.pk).exists()  # deactivated, never deleted


def test_manager_cannot_deactivate_themselves(login, manager_groningen):
    client = login(manager_groningen)
    client.post(reverse("organisations:person_deactivate", args=[manager_groningen.pk]))
    manager_groningen.refresh_from_db()
    assert manager_groningen.is_active


def test_people_list_query_count_does_not_grow_with_people(login, manager_groningen, django_assert_max_num_queries):
    team = Team.objects.create(region=region("groningen"), name="Team Q")
    for _ in range(3):
        make_person(team=team)
    client = login(manager_groningen)
    client.get(reverse("organisations:people_list"))  # the first request refreshes the session
    with django_assert_max_num_queries(12) as small:
        client.get(reverse("organisations:people_list"))
    for _ in range(30):
        make_person(team=team)
    with django_assert_max_num_queries(12) as large:
        client.get(reverse("organisations:people_list"))
    assert len(large.captured_queries) == len(small.captured_queries)
