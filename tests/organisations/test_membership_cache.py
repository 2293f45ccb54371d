"""The current membership is cached (organisations.membership_cache) and the region scope is
built from it on every request: a change of region or role must count on the very next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from organisations.models import Function, Region, Role, Team
from organisations.services import MembershipData, update_person
from tests.factories import make_person

pytestmark = pytest.mark.django_db


def _move(person, actor, *, region: str, role: str):
    update_person(
        actor=actor,
        person=person,
        first_name=person.first_name,
        last_name=person.last_name,
        membership=MembershipData(
            region=Region.objects.get(slug=region),
            team=None,
            function=Function.objects.get(slug="onderzoeker"),
            role=role,
        ),
    )


def test_a_manager_moved_to_another_region_sees_only_the_new_region_on_the_next_request(
    login, manager_groningen, programme_staff
):
    make_person(region_slug="groningen", first_name="Grietje", last_name="Noordhoek")
    make_person(region_slug="utrecht", first_name="Ursula", last_name="Stichting")
    client = login(manager_groningen)
    people = reverse("organisations:people_list")
    assert "Noordhoek" in client.get(people).content.decode()  # the membership is cached now

    _move(manager_groningen, programme_staff, region="utrecht", role=Role.MANAGER)
    page = client.get(people).content.decode()
    assert "Stichting" in page and "Noordhoek" not in page

    _move(manager_groningen, programme_staff, region="utrecht", role=Role.EMPLOYEE)
    assert client.get(people).status_code == 403
    assert client.get(reverse("dashboards:dashboard")).status_code == 403


def test_the_membership_is_read_once_per_change(login, employee):
    client = login(employee)
    client.get(reverse("courses:my_learning"))

    def membership_reads() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("courses:my_learning")).status_code == 200
        return sum(
            1
            for q in queries.captured_queries
            if q["sql"].startswith('SELECT "organisations_membership"."id"') and '"valid_to" IS NULL' in q["sql"]
        )

    assert membership_reads() == 0
    Team.objects.create(region=employee.current_membership.region, name="Team Nieuw")  # names travel along
    assert membership_reads() == 1
    assert membership_reads() == 0
