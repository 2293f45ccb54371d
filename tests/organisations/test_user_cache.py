"""The logged-in person is read from the cache (organisations.auth_backends), and every change to
them counts from their next request on."""

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from organisations.models import Role
from tests.factories import PASSWORD, make_person

pytestmark = pytest.mark.django_db


def _user_queries(queries) -> list[str]:
    return [q["sql"] for q in queries.captured_queries if 'FROM "organisations_user"' in q["sql"]]


@pytest.fixture
def person(no_staff_mfa):
    return make_person(role=Role.EMPLOYEE, region_slug="utrecht")


def _logged_in(person) -> Client:
    client = Client()
    response = client.post(reverse("account_login"), {"login": person.email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def test_a_login_through_the_form_is_read_from_the_cache_afterwards(person):
    client = _logged_in(person)
    assert client.session[BACKEND_SESSION_KEY].startswith("organisations.auth_backends.Cached")
    client.get(reverse("courses:my_learning"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 200 and response.context["user"] == person
    assert _user_queries(queries) == []


def test_a_password_changed_elsewhere_ends_this_session_at_the_next_request(person):
    client = _logged_in(person)
    assert client.get(reverse("courses:my_learning")).status_code == 200
    person.set_password("een-heel-ander-wachtwoord-2026")
    person.save()
    response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_a_changed_name_shows_at_the_next_request(person):
    client = _logged_in(person)
    assert client.get(reverse("courses:my_learning")).status_code == 200
    person.first_name = "Noor"
    person.last_name = "Wijnbergh"
    person.save()
    assert "Noor Wijnbergh" in client.get(reverse("courses:my_learning")).content.decode()


def test_a_deactivated_person_is_out_at_the_next_request(person):
    client = _logged_in(person)
    assert client.get(reverse("courses:my_learning")).status_code == 200
    person.is_active = False
    person.save()
    response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
