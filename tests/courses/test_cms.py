"""Trainers work in the Wagtail admin: the editing forms of our page types render and save."""

import pytest
from django.test import Client
from wagtail.models import Page

from courses.models import CoursePage, LessonPage
from organisations.models import Role
from tests.factories import make_course, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(settings):
    settings.REQUIRE_STAFF_MFA = False
    client = Client()
    client.force_login(
        make_person(role=Role.TRAINER, region_slug="utrecht", email="schrijver@vt.example"),
        backend="organisations.auth_backends.CachedPermissionsBackend",
    )
    return client


def test_trainer_opens_the_course_and_lesson_editors(trainer_client):
    course = make_course(lessons=1)
    lesson = LessonPage.objects.child_of(course).get()
    edit_course = trainer_client.get(f"/cms/pages/{course.pk}/edit/")
    assert edit_course.status_code == 200
    assert "Grote herziening" in edit_course.content.decode()
    assert trainer_client.get(f"/cms/pages/{lesson.pk}/edit/").status_code == 200
    assert trainer_client.get(f"/cms/pages/add/courses/lessonpage/{course.pk}/").status_code == 200


def test_trainer_saves_a_new_lesson_as_draft_and_submits_it(trainer_client):
    course = make_course(lessons=0)
    data = {
        "title": "Nieuwe les over de kindcheck",
        "slug": "kindcheck",
        "summary": "Wat de kindcheck is.",
        "duration_minutes": "15",
        "body-count": "1",
        "body-0-type": "text",
        "body-0-value": '{"blocks":[{"key":"a","text":"De kindcheck hoort bij stap 1.","type":"unstyled",'
        '"depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "b1",
        "action-submit": "1",
    }
    response = trainer_client.post(f"/cms/pages/add/courses/lessonpage/{course.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.get(slug="kindcheck")
    assert not lesson.live  # a trainer's submission waits for the second trainer
    state = lesson.current_workflow_state
    assert state is not None and state.status == "in_progress"


def test_trainer_cannot_reach_people_administration(trainer_client):
    assert trainer_client.get("/cms/users/").status_code in {302, 403}
    assert trainer_client.get("/mensen/").status_code == 403


def test_catalogue_page_cannot_be_added_twice(trainer_client):
    from courses.models import CourseCatalogPage
    from tests.factories import make_catalogue

    make_catalogue()
    home = Page.objects.get(depth=2)
    assert not CourseCatalogPage.can_create_at(home)
    assert CoursePage.objects.count() == 0
