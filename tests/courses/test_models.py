"""Page tree rules, versions and the four-eyes workflow."""

import pytest
from wagtail.models import Page, Workflow

from courses.models import CourseCatalogPage, CoursePage, HomePage, LessonPage, ModulePage, PeerReviewTask
from organisations.models import Role
from tests.factories import make_course, make_person

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    home = HomePage.objects.get()
    assert CourseCatalogPage.can_create_at(home)
    assert not CoursePage.can_create_at(home)
    assert not LessonPage.can_create_at(home)
    course = make_course(lessons=0)
    assert LessonPage.can_create_at(course) and ModulePage.can_create_at(course)
    assert not CoursePage.can_create_at(course)
    assert set(CoursePage.allowed_subpage_models()) == {ModulePage, LessonPage}
    assert LessonPage.allowed_subpage_models() == []


def test_major_revision_raises_version_and_flags_recertification():
    course = make_course(lessons=0)
    assert (course.version, course.recertify_below_version) == (1, 1)
    course.summary = "Kleine tekstcorrectie."
    course.save_revision().publish()
    course.refresh_from_db()
    assert course.version == 1
    course.major_revision_pending = True
    course.save_revision().publish()
    course.refresh_from_db()
    assert (course.version, course.recertify_below_version, course.major_revision_pending) == (2, 2, False)
    # A later ordinary publication, even from an old revision, keeps version 2.
    course.get_latest_revision().publish()
    course.refresh_from_db()
    assert course.version == 2


def test_a_draft_marked_major_does_not_change_the_live_version():
    course = make_course(lessons=0)
    course.major_revision_pending = True
    course.save_revision()  # saved as draft, not published
    course.refresh_from_db()
    assert course.version == 1


def _trainer(email):
    return make_person(role=Role.TRAINER, region_slug="utrecht", email=email)


def test_trainers_cannot_publish_without_a_second_trainer():
    course = make_course(lessons=1)
    lesson = LessonPage.objects.child_of(course).get()
    author, reviewer = _trainer("auteur@vt.example"), _trainer("reviewer@vt.example")
    permissions = lesson.permissions_for_user(author)
    assert permissions.can_edit() and not permissions.can_publish()

    lesson.title = "Herschreven les"
    revision = lesson.save_revision(user=author)
    workflow = lesson.get_workflow()
    assert workflow is not None and workflow.name.startswith("Vier ogen")
    state = workflow.start(lesson, author)
    task = state.current_task_state.task.specific
    assert isinstance(task, PeerReviewTask)
    assert task.get_actions(lesson, author) == []  # no approving your own work
    assert [name for name, *_ in task.get_actions(lesson, reviewer)] == ["reject", "approve", "approve"]
    assert not task.get_task_states_user_can_moderate(author).exists()

    state.current_task_state.approve(user=reviewer)
    lesson.refresh_from_db()
    assert lesson.title == "Herschreven les" and lesson.live_revision_id == revision.pk


def test_employees_have_no_page_permissions(employee):
    course = make_course(lessons=0)
    assert not course.permissions_for_user(employee).can_edit()
    assert not Page.objects.get(depth=1).permissions_for_user(employee).can_add_subpage()


def test_the_workflow_is_active():
    assert Workflow.objects.filter(active=True, name__startswith="Vier ogen").exists()
