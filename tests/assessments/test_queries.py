"""Query counts of the hot paths do not grow with the size of the attempt or the data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assessments.models import Attempt
from tests.factories import make_assessment, make_casus, make_question

pytestmark = pytest.mark.django_db


def autosave_queries(client, employee, questions: int, casus: int) -> tuple[int, int]:
    for _ in range(questions):
        make_question(competences=["C1"])
    assessment = make_assessment(casus=[make_casus() for _ in range(casus)], pools={"C1": questions})
    client.post(reverse("assessments:assessment", args=[assessment.pk]))
    attempt = Attempt.objects.get(user=employee, assessment=assessment)
    item = attempt.items.get(position=casus + 1)
    option = item.snapshot["options"][0]["id"]
    url = reverse("assessments:item", args=[attempt.pk, casus + 1])
    client.post(url, {"option": option}, HTTP_ACCEPT="application/json")  # session settles
    with CaptureQueriesContext(connection) as save:
        response = client.post(url, {"option": option}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    client.get(url)  # per-process caches (Wagtail's site root) settle on the first page
    with CaptureQueriesContext(connection) as page:
        assert client.get(url).status_code == 200
    return len(save), len(page)


def test_autosave_and_item_page_queries_are_constant(login, employee):
    client = login(employee)
    small = autosave_queries(client, employee, questions=2, casus=1)
    large = autosave_queries(client, employee, questions=12, casus=3)
    assert small == large
    assert small[0] <= 12, small  # the autosave request: session, user, lock, item, write
