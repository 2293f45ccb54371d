"""Pages are served from the cached tree (courses.pagecache, courses.routing) without ever
showing what an editor already changed: each edit is on the next request."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from courses.models import Enrolment, LessonPage
from courses.selectors import lessons_of
from organisations.models import Role
from tests.factories import make_course, make_person

pytestmark = pytest.mark.django_db


def _lessons(course) -> list[LessonPage]:
    return list(lessons_of(course))


def _page_queries(queries) -> list[str]:
    return [q["sql"] for q in queries.captured_queries if 'FROM "wagtailcore_page"' in q["sql"]]


def test_a_lesson_is_served_without_walking_the_tree_once_cached(login, employee):
    course = make_course(lessons=2)
    client = login(employee)
    first, second = _lessons(course)
    assert client.get(first.url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(first.url)
    assert response.status_code == 200 and "Les 1 van" in response.content.decode()
    assert _page_queries(queries) == []  # the page, its course, lessons and prerequisites: cached


def test_a_published_edit_is_on_the_next_request(login, employee):
    course = make_course(lessons=2)
    client = login(employee)
    first, second = _lessons(course)
    assert "Les 1 van" in client.get(first.url).content.decode()

    first.title = "Signalen herkennen bij baby's"
    first.save_revision().publish()
    page = client.get(first.url).content.decode()
    assert "Signalen herkennen bij baby&#x27;s" in page

    # A draft is not served; the published text stays.
    first.title = "Nog niet af"
    first.save_revision()
    assert "Nog niet af" not in client.get(first.url).content.decode()

    # A new lesson appears in the course's list on the other lessons' pages.
    course.add_child(
        instance=LessonPage(title="Een nieuwe les", slug="nieuw", body=[{"type": "text", "value": "<p>x</p>"}])
    ).save_revision().publish()
    assert "Een nieuwe les" in client.get(second.url).content.decode()

    # Unpublished: gone at once.
    second.refresh_from_db()
    second.unpublish()
    assert client.get(second.url).status_code == 404


def test_a_moved_or_renamed_course_answers_at_its_new_address_only(login, employee):
    course = make_course(lessons=1)
    client = login(employee)
    [lesson] = _lessons(course)
    old_url = lesson.url
    assert client.get(old_url).status_code == 200
    course.slug = "nieuwe-naam"
    course.save_revision().publish()
    lesson.refresh_from_db()
    assert lesson.url != old_url
    assert client.get(lesson.url).status_code == 200
    assert client.get(old_url).status_code == 404


def test_making_a_page_private_takes_effect_at_once(client, login, employee):
    course = make_course(lessons=1)
    [lesson] = _lessons(course)
    person = login(employee)
    assert person.get(lesson.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=Page.objects.get(pk=course.pk), restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Trainers")])
    response = person.get(lesson.url)
    assert response.status_code in (302, 403) and "Les 1 van" not in response.content.decode()
    restriction.delete()
    assert person.get(lesson.url).status_code == 200


def test_unknown_paths_are_still_404(login, employee):
    make_course(lessons=1)
    client = login(employee)
    assert client.get("/cursussen/bestaat-niet/").status_code == 404
    assert client.get("/bestaat/ook/niet/").status_code == 404


def test_a_permission_taken_away_is_gone_on_the_next_request(login):
    trainer = make_person(role=Role.TRAINER, region_slug="utrecht")
    client = login(trainer)
    queue = reverse("assessments:grading_queue")
    assert client.get(queue).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(queue)
    assert not any("auth_permission" in q["sql"] for q in queries.captured_queries)  # cached

    trainer.groups.remove(Group.objects.get(name="Trainers"))
    assert client.get(queue).status_code == 403
    trainer.groups.add(Group.objects.get(name="Trainers"))
    assert client.get(queue).status_code == 200


def test_becoming_a_superuser_counts_on_the_next_request(login):
    person = make_person(role=Role.EMPLOYEE, region_slug="utrecht")
    client = login(person)
    queue = reverse("assessments:grading_queue")
    assert client.get(queue).status_code == 403
    person.is_superuser = True
    person.save()
    assert client.get(queue).status_code == 200


# --- The lesson's shared blocks, rendered once (courses.fragments) ------------------------------


def _set_text(lesson: LessonPage, text: str) -> LessonPage:
    body = list(lesson.body.raw_data)
    body[0] = {**body[0], "value": f"<p>{text}</p>"}
    lesson.body = body
    return lesson


def test_a_published_text_change_is_in_the_next_lesson_page(login, employee):
    course = make_course(lessons=1)
    [lesson] = _lessons(course)
    client = login(employee)
    assert "Tekst van les 1." in client.get(lesson.url).content.decode()

    _set_text(lesson, "Bel bij twijfel altijd Veilig Thuis.").save_revision().publish()
    page = client.get(lesson.url).content.decode()
    assert "Bel bij twijfel altijd Veilig Thuis." in page and "Tekst van les 1." not in page


def test_a_preview_shows_the_draft_and_learners_keep_the_published_text(rf, login, employee, settings):
    course = make_course(lessons=1)
    [lesson] = _lessons(course)
    client = login(employee)
    assert "Tekst van les 1." in client.get(lesson.url).content.decode()

    draft = _set_text(lesson, "Concepttekst van de trainer.").save_revision().as_object()
    trainer = make_person(role=Role.TRAINER, region_slug="utrecht")
    cms = Client()
    cms.force_login(trainer, backend="organisations.auth_backends.CachedPermissionsBackend")
    session = cms.cookies[settings.SESSION_COOKIE_NAME].value
    original = rf.get("/", HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}={session}")
    preview = draft.make_preview_request(original).content.decode()
    assert "Concepttekst van de trainer." in preview
    assert not Enrolment.objects.filter(user=trainer).exists()  # a preview is not a visit

    page = client.get(lesson.url).content.decode()
    assert "Tekst van les 1." in page and "Concepttekst" not in page


def test_a_replaced_image_is_shown_on_the_next_request(login, employee):
    from django.core.files.base import ContentFile
    from wagtail.images.models import Image

    from tests.courses.test_uploads import _png

    image = Image.objects.create(title="Schema", file=ContentFile(_png(4, 4), name="schema-oud.png"))
    course = make_course(lessons=1)
    [lesson] = _lessons(course)
    lesson.body = [
        {"type": "image", "value": {"image": image.pk, "alt": "Het schema van de meldcode", "caption": ""}},
        *lesson.body.raw_data,
    ]
    lesson.save_revision().publish()
    client = login(employee)
    assert "schema-oud" in client.get(lesson.url).content.decode()

    # What Wagtail's image editor does when a trainer uploads a new file.
    image.renditions.all().delete()
    image.file = ContentFile(_png(6, 6), name="schema-nieuw.png")
    image.save()
    page = client.get(lesson.url).content.decode()
    assert "schema-nieuw" in page and "schema-oud" not in page


def test_each_learner_sees_only_their_own_answers_in_a_shared_lesson(login, employee):
    course = make_course(lessons=1)
    [lesson] = _lessons(course)
    colleague = make_person(role=Role.EMPLOYEE, region_slug=employee.current_membership.region.slug)
    mine = login(employee)
    mine.get(lesson.url)
    mine.post(lesson.url, {"action": "reflection", "block_id": "refl-1", "text": "Eerst de feiten ordenen."})
    assert "Eerst de feiten ordenen." in mine.get(lesson.url).content.decode()

    theirs = Client()
    theirs.force_login(colleague, backend="organisations.auth_backends.CachedPermissionsBackend")
    page = theirs.get(lesson.url).content.decode()
    assert "Tekst van les 1." in page and "Eerst de feiten ordenen." not in page


def test_a_lesson_page_asks_the_shared_cache_three_questions(login, employee, monkeypatch):
    """The session, the versions every request reads, and this person's own versions; every
    cached answer behind them comes from the process's copy."""
    from django.core.cache import cache

    course = make_course(lessons=2)
    first, second = _lessons(course)
    client = login(employee)
    client.get(first.url)
    client.get(second.url)

    calls, depth = [], [0]

    def counted(name, original):
        def call(*args, **kwargs):
            if not depth[0]:  # the local-memory backend's get_many calls its get: one question
                calls.append((name, args[0]))
            depth[0] += 1
            try:
                return original(*args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    for name in ("get", "get_many", "set", "set_many", "add", "delete"):
        monkeypatch.setattr(cache, name, counted(name, getattr(cache, name)))
    response = client.get(first.url)
    assert response.status_code == 200 and "Les 1 van" in response.content.decode()
    assert len(calls) <= 3, calls


def test_the_lesson_list_shows_each_learners_own_progress(login, employee):
    course = make_course(lessons=2)
    first, second = _lessons(course)
    colleague = make_person(role=Role.EMPLOYEE, region_slug=employee.current_membership.region.slug)
    mine = login(employee)
    mine.get(first.url)
    mine.post(first.url, {"action": "complete"})
    page = mine.get(second.url).content.decode()
    assert "1 van 2 lessen afgerond" in page and page.count("(afgerond)") == 1

    theirs = Client()
    theirs.force_login(colleague, backend="organisations.auth_backends.CachedPermissionsBackend")
    page = theirs.get(second.url).content.decode()
    assert "0 van 2 lessen afgerond" in page and "(afgerond)" not in page

    # The first learner finishes the course: their list changes, on the next request.
    page = mine.get(second.url).content.decode()
    assert "1 van 2 lessen afgerond" in page
    mine.post(second.url, {"action": "complete"})
    assert mine.get(second.url).content.decode().count("(afgerond)") == 2
