"""/mijn-leren/ and the catalogue: what a learner sees, with query counts constant in data size."""

import pytest
from django.urls import reverse

from courses import services
from courses.models import LearningPath, LearningPathItem, LessonPage
from tests.factories import make_catalogue, make_course, make_person

pytestmark = pytest.mark.django_db


def _enrol_in(person, count):
    path, _ = LearningPath.objects.get_or_create(name="Basis")
    for index in range(count):
        course = make_course(lessons=3)
        LearningPathItem.objects.create(path=path, course=course, sort_order=index + path.items.count())
        first = LessonPage.objects.child_of(course).order_by("path").first()
        services.complete_lesson(user=person, lesson=first, course=course)


def test_my_learning_shows_sections(login, employee):
    done = make_course(code="D01", lessons=1)
    services.complete_lesson(user=employee, lesson=LessonPage.objects.child_of(done).get(), course=done)
    busy = make_course(code="D02", lessons=2)
    services.complete_lesson(
        user=employee, lesson=LessonPage.objects.child_of(busy).order_by("path").first(), course=busy
    )
    body = login(employee).get(reverse("courses:my_learning")).content.decode()
    assert "Afgerond" in body and done.title in body
    assert "Bezig" in body and busy.title in body and "1 van 2 lessen" in body


def test_my_learning_query_count_is_constant(login, django_assert_max_num_queries):
    person = make_person()
    client = login(person)
    _enrol_in(person, 2)
    client.get(reverse("courses:my_learning"))
    with django_assert_max_num_queries(30) as small:
        client.get(reverse("courses:my_learning"))
    _enrol_in(person, 8)
    client.get(reverse("courses:my_learning"))  # enrols in the new path courses
    with django_assert_max_num_queries(30) as large:
        client.get(reverse("courses:my_learning"))
    assert len(large.captured_queries) == len(small.captured_queries)


def test_catalogue_query_count_is_constant(login, employee, django_assert_max_num_queries):
    catalogue = make_catalogue()
    for _ in range(2):
        make_course(lessons=2)
    client = login(employee)
    client.get(catalogue.url)
    with django_assert_max_num_queries(30) as small:
        client.get(catalogue.url)
    for _ in range(6):
        make_course(lessons=4)
    client.get(catalogue.url)  # publishing emptied the page cache: the first request fills it
    with django_assert_max_num_queries(30) as large:
        response = client.get(catalogue.url)
    assert len(large.captured_queries) == len(small.captured_queries)
    assert response.content.decode().count('class="course-code"') == 8


def test_catalogue_filters_and_search(login, employee):
    from courses.models import Competence

    catalogue = make_catalogue()
    risk = make_course(code="R10", lessons=1)
    risk.competences.set([Competence.objects.get(code="C3")])
    risk.title = "Risicotaxatie kritisch gebruiken"
    risk.save_revision().publish()
    other = make_course(code="O12", lessons=1)
    client = login(employee)
    filtered = client.get(catalogue.url, {"competentie": "C3"}).content.decode()
    assert "Risicotaxatie kritisch gebruiken" in filtered and other.title not in filtered
    searched = client.get(catalogue.url, {"q": "Risicotaxatie"}).content.decode()
    assert "Risicotaxatie kritisch gebruiken" in searched and other.title not in searched
