"""Learning paths, enrolment, progress, prerequisites and assignments."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from courses import selectors, services
from courses.models import Enrolment, LearningPath, LearningPathItem, LessonCompletion, LessonPage
from organisations.models import Background, Function, Membership, Role
from tests.factories import TeamFactory, make_course, make_person, region

pytestmark = pytest.mark.django_db


def lessons(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def test_completing_every_lesson_completes_the_course_and_records_the_version(employee):
    course = make_course(lessons=2)
    first, second = lessons(course)
    enrolment, done = services.complete_lesson(user=employee, lesson=first, course=course)
    assert not done and enrolment.completed_at is None
    enrolment, done = services.complete_lesson(user=employee, lesson=second, course=course)
    assert done and enrolment.completed_at is not None and enrolment.completed_version == course.version


def test_completing_a_lesson_twice_gives_one_completion(employee):
    course = make_course(lessons=2)
    first = lessons(course)[0]
    services.complete_lesson(user=employee, lesson=first, course=course)
    services.complete_lesson(user=employee, lesson=first, course=course)
    assert LessonCompletion.objects.filter(lesson=first).count() == 1


def test_double_click_on_complete_through_the_page(login, employee):
    course = make_course(lessons=2)
    first = lessons(course)[0]
    client = login(employee)
    for _ in range(2):
        client.post(first.url, {"action": "complete"})
    assert LessonCompletion.objects.filter(lesson=first).count() == 1
    assert Enrolment.objects.filter(user=employee, course=course).count() == 1


def test_locked_course_explains_what_unlocks_it(login, employee):
    basis = make_course(code="B01", lessons=1)
    advanced = make_course(code="B02", lessons=1, prerequisites=[basis])
    client = login(employee)
    response = client.get(lessons(advanced)[0].url)
    assert response.status_code == 403
    body = response.content.decode()
    assert "op slot" in body and basis.title in body
    services.complete_lesson(user=employee, lesson=lessons(basis)[0], course=basis)
    assert client.get(lessons(advanced)[0].url).status_code == 200


def test_resume_points_at_the_first_unfinished_lesson_after_the_last_one_opened(login, employee):
    course = make_course(lessons=3)
    first, second, third = lessons(course)
    client = login(employee)
    client.get(first.url)
    client.post(first.url, {"action": "complete"})
    client.get(second.url)
    overview = selectors.course_overview(employee, course)
    assert overview["next_lesson"] == second
    assert (overview["lessons_done"], overview["lessons_total"], overview["progress_percent"]) == (1, 3, 33)
    client.post(second.url, {"action": "complete"})
    assert selectors.course_overview(employee, course)["next_lesson"] == third


def test_learning_path_order_follows_background(db):
    onderzoeker = Function.objects.get(slug="onderzoeker")
    child_abuse, partner_violence, basis = (make_course(code=c, lessons=1) for c in ("K05", "P06", "B01"))
    general = LearningPath.objects.create(name="Basis")
    LearningPathItem.objects.create(path=general, course=basis, sort_order=0)
    shg = LearningPath.objects.create(name="Brug ex-SHG", background=Background.EX_SHG)
    LearningPathItem.objects.create(path=shg, course=child_abuse, sort_order=0)
    amk = LearningPath.objects.create(name="Brug ex-AMK", background=Background.EX_AMK)
    LearningPathItem.objects.create(path=amk, course=partner_violence, sort_order=0)
    for_function = LearningPath.objects.create(name="Onderzoek", function=onderzoeker)
    LearningPathItem.objects.create(path=for_function, course=partner_violence, sort_order=0)

    def order(background):
        membership = Membership(
            region=region("groningen"), function=onderzoeker, background=background, valid_from=timezone.localdate()
        )
        return [r.course_id for r in selectors.path_requirements(membership)]

    assert order(Background.EX_SHG) == [child_abuse.pk, partner_violence.pk, basis.pk]
    assert order(Background.EX_AMK) == [partner_violence.pk, basis.pk]


def test_path_enrolment_is_automatic_and_idempotent(db, manager_groningen, django_capture_on_commit_callbacks):
    course = make_course(lessons=1)
    path = LearningPath.objects.create(name="Basis")
    LearningPathItem.objects.create(path=path, course=course, due_within_days=30)
    person = make_person(region_slug="groningen")
    assert services.sync_path_enrolments(user=person) == 1
    assert services.sync_path_enrolments(user=person) == 0
    enrolment = Enrolment.objects.get(user=person)
    assert enrolment.source == "path" and enrolment.deadline == timezone.localdate() + timedelta(days=30)


def test_course_assigned_twice_gives_one_enrolment_with_the_earliest_deadline(manager_groningen, employee):
    course = make_course(lessons=1)
    today = timezone.localdate()
    services.assign_course(actor=manager_groningen, course=course, user=employee, deadline=today + timedelta(days=60))
    services.assign_course(actor=manager_groningen, course=course, user=employee, deadline=today + timedelta(days=20))
    enrolment = Enrolment.objects.get(user=employee, course=course)
    assert enrolment.deadline == today + timedelta(days=20)


def test_team_assignment_enrols_the_team(manager_groningen):
    team = TeamFactory(region=region("groningen"))
    members = [make_person(team=team) for _ in range(3)]
    course = make_course(lessons=1)
    services.assign_course(
        actor=manager_groningen, course=course, team=team, deadline=timezone.localdate() + timedelta(days=10)
    )
    assert set(Enrolment.objects.filter(course=course).values_list("user", flat=True)) == {m.pk for m in members}


def test_manager_cannot_assign_outside_the_own_region(manager_groningen, utrecht_employee):
    course = make_course(lessons=1)
    utrecht_team = TeamFactory(region=region("utrecht"))
    deadline = timezone.localdate() + timedelta(days=10)
    with pytest.raises(PermissionDenied):
        services.assign_course(actor=manager_groningen, course=course, user=utrecht_employee, deadline=deadline)
    with pytest.raises(PermissionDenied):
        services.assign_course(actor=manager_groningen, course=course, team=utrecht_team, deadline=deadline)
    assert not Enrolment.objects.filter(course=course).exists()


def test_assign_page_offers_only_the_own_region_and_refuses_tampering(
    login, manager_groningen, employee, utrecht_employee
):
    course = make_course(lessons=1)
    client = login(manager_groningen)
    page = client.get(reverse("courses:assign")).content.decode()
    assert employee.last_name in page and utrecht_employee.last_name not in page
    response = client.post(
        reverse("courses:assign"),
        {
            "course": course.pk,
            "person": utrecht_employee.pk,
            "deadline": (timezone.localdate() + timedelta(days=5)).isoformat(),
        },
    )
    assert response.status_code == 200 and "Selecteer een geldige keuze" in response.content.decode()
    assert not Enrolment.objects.filter(user=utrecht_employee).exists()


def test_employees_cannot_assign(login, employee):
    assert login(employee).get(reverse("courses:assign")).status_code == 403


def test_reflection_is_private_and_knowledge_check_gives_feedback(login, employee, utrecht_employee):
    course = make_course(lessons=1)
    lesson = lessons(course)[0]
    client = login(employee)
    client.post(lesson.url, {"action": "reflection", "block_id": "refl-1", "text": "Ik let beter op de kindcheck."})
    assert "Ik let beter op de kindcheck." in client.get(lesson.url).content.decode()
    client.post(lesson.url, {"action": "check", "block_id": "check-1", "option": "1"})
    body = client.get(lesson.url).content.decode()
    assert "Nog niet." in body and "Dat is stap 5." in body
    assert 'value="1" id="check-check-1-1" checked' in body and body.count(" checked>") == 1
    other = login(utrecht_employee)
    assert "Ik let beter op de kindcheck." not in other.get(lesson.url).content.decode()


def test_unknown_reflection_block_is_refused(login, employee):
    course = make_course(lessons=1)
    lesson = lessons(course)[0]
    response = login(employee).post(
        lesson.url, {"action": "reflection", "block_id": "bestaat-niet", "text": "x"}, follow=True
    )
    assert "bestaat niet" in response.content.decode()


def test_anonymous_visitors_are_sent_to_login():
    from django.test import Client

    course = make_course(lessons=1)
    response = Client().get(lessons(course)[0].url)
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_completed_v1_record_is_kept_and_flagged_when_v2_is_published(employee):
    course = make_course(lessons=1)
    services.complete_lesson(user=employee, lesson=lessons(course)[0], course=course)
    course.major_revision_pending = True
    course.save_revision().publish()
    item = selectors.learning_overview(employee)["completed"][0]
    assert item.enrolment.completed_version == 1
    assert item.needs_recertification


def _membership_role(user):
    return Membership.objects.get(user=user, valid_to__isnull=True).role


def test_fixture_roles_are_what_they_say(employee, manager_groningen):
    assert _membership_role(employee) == Role.EMPLOYEE and _membership_role(manager_groningen) == Role.MANAGER
