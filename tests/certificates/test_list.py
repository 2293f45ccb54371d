"""The manager's certificate list: filters by status, course and name, bad filter values, paging,
and a query count that does not grow with the list."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import CoursePage
from tests.dashboards.test_readiness import certify
from tests.factories import make_course, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed(manager_groningen, manager_utrecht):
    m1, m2 = make_course(code="L1", lessons=0), make_course(code="L2", lessons=0)
    anna = make_person(first_name="Anna", last_name="Zwart", email="anna@groningen.example")
    bram = make_person(first_name="Bram", last_name="Wit", email="bram@groningen.example")
    certify(anna, m1)  # valid
    certify(anna, m2, issued_days_ago=1080, valid_days=1095)  # expiring
    certify(bram, m1, issued_days_ago=1300, valid_days=1095)  # expired
    certify(bram, m2, version=1)
    CoursePage.objects.filter(pk=m2.pk).update(
        version=2, recertify_below_version=2, renewal_deadline=timezone.localdate() + timedelta(days=300)
    )
    certify(make_person(region_slug="utrecht", first_name="Ursula", email="u@utrecht.example"), m1)
    return {"m1": m1, "m2": m2}


def _names(response) -> list[tuple[str, str]]:
    return sorted((c.holder_name, c.course.code) for c in response.context["certificates"])


def test_filters_by_status_course_and_name(login, manager_groningen, listed):
    client = login(manager_groningen)
    url = reverse("certificates:list")
    assert len(_names(client.get(url))) == 4  # Groningen only: no Ursula
    assert _names(client.get(url, {"status": "expired"})) == [("Bram Wit", "L1")]
    assert _names(client.get(url, {"status": "expiring"})) == [("Anna Zwart", "L2")]
    assert _names(client.get(url, {"status": "renewal"})) == [("Anna Zwart", "L2"), ("Bram Wit", "L2")]
    assert _names(client.get(url, {"course": listed["m1"].pk})) == [("Anna Zwart", "L1"), ("Bram Wit", "L1")]
    assert _names(client.get(url, {"q": "bram"})) == [("Bram Wit", "L1"), ("Bram Wit", "L2")]


def test_nonsense_filters_are_ignored_with_a_message(login, manager_groningen, listed):
    response = login(manager_groningen).get(reverse("certificates:list"), {"status": "bijna", "course": "abc"})
    assert response.status_code == 200 and len(_names(response)) == 4
    assert len([m for m in response.context["messages"] if "genegeerd" in str(m)]) == 2


def test_the_list_query_count_is_constant(login, manager_groningen, listed):
    client = login(manager_groningen)
    url = reverse("certificates:list")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for index in range(10):
        certify(make_person(email=f"extra{index}@groningen.example"), listed["m1"])
    with CaptureQueriesContext(connection) as many:
        assert len(_names(client.get(url))) == 14
    assert len(few) == len(many)
