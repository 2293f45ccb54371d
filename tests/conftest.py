from __future__ import annotations

import pytest
from django.core.cache import cache

from organisations.models import Role
from tests.factories import make_person


@pytest.fixture(autouse=True)
def _clear_cache():
    # allauth's rate limits live in the cache; each test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def no_staff_mfa(settings):
    settings.REQUIRE_STAFF_MFA = False


@pytest.fixture
def employee(db):
    return make_person(role=Role.EMPLOYEE, region_slug="groningen", first_name="Fleur", last_name="Bakker",
                       email="fleur.bakker@groningen.example")


@pytest.fixture
def manager_groningen(db):
    return make_person(role=Role.MANAGER, region_slug="groningen", first_name="Marieke", last_name="Dijkhuis",
                       email="manager@groningen.example")


@pytest.fixture
def manager_utrecht(db):
    return make_person(role=Role.MANAGER, region_slug="utrecht", first_name="Ahmed", last_name="El Amrani",
                       email="manager@utrecht.example")


@pytest.fixture
def utrecht_employee(db):
    return make_person(role=Role.EMPLOYEE, region_slug="utrecht", first_name="Vera", last_name="Utrechtse",
                       email="vera@utrecht.example")


@pytest.fixture
def trainer(db):
    return make_person(role=Role.TRAINER, region_slug="utrecht", email="trainer@vt.example")


@pytest.fixture
def programme_staff(db):
    return make_person(role=Role.PROGRAMME, region_slug=None, email="programma@vt.example")


@pytest.fixture
def login(client, no_staff_mfa):
    """Log a user in through Django's session machinery (allauth's form is tested separately)."""

    def _login(user):
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return _login
