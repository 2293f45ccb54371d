"""Learning in a real browser: follow a course, answer a knowledge check, leave and resume; a trainer
writes a lesson in the CMS and submits it for review; WCAG 2.1 A/AA on the learner's pages."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from courses.models import Enrolment, LearningPath, LearningPathItem, LessonPage
from organisations.models import Role
from tests.factories import make_catalogue, make_course, make_person

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def learner_with_course():
    person = make_person(
        role=Role.EMPLOYEE,
        region_slug="groningen",
        first_name="Fleur",
        last_name="Bakker",
        email="fleur.bakker@groningen.example",
    )
    course = make_course(code="M02", lessons=3)
    path = LearningPath.objects.create(name="Basis")
    LearningPathItem.objects.create(path=path, course=course, due_within_days=60)
    return person, course


def test_employee_follows_a_course_leaves_and_resumes(page, server, login, learner_with_course):
    person, course = learner_with_course
    login(person)
    page.goto(server.url + "/mijn-leren/")
    page.get_by_role("link", name=course.title).click()
    page.get_by_role("link", name=re.compile("Begin met de eerste les")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Les 1 van M02")

    page.get_by_role("button", name="Les afronden en verder").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Les 2 van M02")

    page.get_by_label("Beslissen").check()
    page.get_by_role("button", name="Controleer mijn antwoord").click()
    expect(page.get_by_role("status").filter(has_text="Dat is stap 5.")).to_be_visible()

    # Leave, come back later: the course offers to continue at lesson 2.
    page.goto(server.url + "/")
    page.goto(server.url + "/mijn-leren/")
    expect(page.get_by_text("1 van 3 lessen").first).to_be_visible()
    page.get_by_role("link", name=course.title).click()
    page.get_by_role("link", name=re.compile("Verder waar u was")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Les 2 van M02")
    assert Enrolment.objects.get(user=person, course=course).lesson_completions.count() == 1


def test_learner_pages_have_no_wcag_violations(page, server, login, learner_with_course, assert_accessible):
    person, course = learner_with_course
    lesson = LessonPage.objects.child_of(course).order_by("path").first()
    login(person)
    for path in ["/mijn-leren/", make_catalogue().url, course.url, lesson.url]:
        page.goto(server.url + path)
        assert_accessible(page)
    # With feedback on a knowledge check shown.
    page.get_by_label("Beslissen").check()
    page.get_by_role("button", name="Controleer mijn antwoord").click()
    assert_accessible(page)


def test_locked_course_explains_itself_in_the_browser(page, server, login):
    person = make_person(region_slug="groningen")
    basis = make_course(code="B01", lessons=1)
    locked = make_course(code="B02", lessons=1, prerequisites=[basis])
    login(person)
    page.goto(server.url + LessonPage.objects.child_of(locked).get().url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze les is nog op slot")
    expect(page.get_by_role("link", name=basis.title)).to_be_visible()


def test_trainer_writes_a_lesson_and_submits_it_for_review(page, server, login):
    trainer = make_person(role=Role.TRAINER, region_slug="utrecht", email="trainer@vt.example")
    course = make_course(code="T01", lessons=0)
    login(trainer)
    page.goto(f"{server.url}/cms/pages/add/courses/lessonpage/{course.pk}/")
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill("De kindcheck in de praktijk")
    page.locator("#id_summary").fill("Wat de kindcheck vraagt van een professional.")
    # Add a block to the lesson body through the StreamField's block chooser.
    page.locator("[data-streamfield-stream-container] button[title]").first.click()
    # A plain-text block (a textarea) keeps the test independent of the rich-text editor's timing.
    page.get_by_role("option", name="Inhoudswaarschuwing").click()
    warning = page.locator("textarea[name^='body-0-value']")
    warning.fill("Deze les beschrijft signalen van kindermishandeling.")
    expect(warning).to_have_value("Deze les beschrijft signalen van kindermishandeling.")
    # Wagtail's "more actions" menu holds "Stuur door naar <workflow>".
    page.get_by_role("button", name=re.compile("Meer acties|More actions")).click()
    page.get_by_role("button", name=re.compile("Stuur door naar Vier ogen|Submit to Vier ogen")).click()
    # Wagtail confirms the submission and lists the lesson as waiting for approval.
    expect(page.get_by_text(re.compile(r"ingediend"))).to_be_visible(timeout=20_000)
    lesson = _wait_for(lambda: LessonPage.objects.filter(title="De kindcheck in de praktijk").first())
    state = _wait_for(lambda: LessonPage.objects.get(pk=lesson.pk).current_workflow_state)
    assert state.status == "in_progress" and state.requested_by == trainer
    assert not LessonPage.objects.get(pk=lesson.pk).live


def _wait_for(fetch, seconds: float = 10.0):
    """The live server commits in its own thread; poll briefly instead of racing it."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (value := fetch()) is not None:
            return value
        time.sleep(0.2)
    raise AssertionError("niet op tijd vastgelegd")
