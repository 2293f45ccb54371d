"""Readiness arithmetic on hand-built people: expired, revoked, old version, assignment with a
deadline, a moved person — and the rows kept current by the receivers."""

from datetime import timedelta

import pytest
from django.utils import timezone

from certificates.models import Certificate
from courses.models import Assignment, CoursePage, Enrolment, LearningPath, LearningPathItem, LessonCompletion
from courses.selectors import lessons_of
from dashboards.aggregates import Scope, people_breakdown, requirement_breakdown
from dashboards.models import Requirement
from dashboards.readiness import refresh_requirements, requirement_status
from dashboards.receivers import _Pending
from organisations.models import Function, Membership, Region, Role, Team
from tests.factories import make_course, make_person

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def certify(person, course, *, issued_days_ago=100, valid_days=900, version=1, revoked=False, cycle=1):
    enrolment, _ = Enrolment.objects.get_or_create(
        user=person,
        course=course,
        cycle=cycle,
        defaults={"source": "path", "completed_at": timezone.now(), "completed_version": version},
    )
    issued = TODAY - timedelta(days=issued_days_ago)
    return Certificate.objects.create(
        user=person,
        course=course,
        enrolment=enrolment,
        cycle=cycle,
        region=person.current_membership.region,
        region_name=person.current_membership.region.name,
        holder_name=person.get_full_name(),
        course_title=course.title,
        course_version=version,
        study_load_hours=2,
        issued_on=issued,
        expires_on=issued + timedelta(days=valid_days),
        revoked_at=timezone.now() if revoked else None,
        revoked_reason="Fraude" if revoked else "",
    )


@pytest.fixture
def path():
    """The researcher's path: A and B mandatory (A within 30 days), C optional."""
    courses = {code: make_course(code=code, lessons=2) for code in ("A", "B", "C", "D")}
    learning_path = LearningPath.objects.create(name="Onderzoek", function=Function.objects.get(slug="onderzoeker"))
    for order, (code, mandatory, days) in enumerate((("A", True, 30), ("B", True, None), ("C", False, None))):
        LearningPathItem.objects.create(
            path=learning_path, course=courses[code], mandatory=mandatory, due_within_days=days, sort_order=order
        )
    return courses


def rows_of(person) -> dict[str, Requirement]:
    return {r.course.code: r for r in Requirement.objects.filter(user=person).select_related("course")}


def statuses(person) -> dict[str, str]:
    return {code: requirement_status(row, TODAY) for code, row in rows_of(person).items()}


def test_path_and_assignment_requirements_and_their_statuses(path, manager_groningen):
    team = Team.objects.create(region=Region.objects.get(slug="groningen"), name="Onderzoek Noord")
    fresh = make_person(team=team, email="nieuw@vt.example")
    Membership.objects.filter(user=fresh).update(valid_from=TODAY - timedelta(days=10))
    veteran = make_person(team=team, email="veteraan@vt.example")
    Membership.objects.filter(user=veteran).update(valid_from=TODAY - timedelta(days=400))
    certify(veteran, path["A"], issued_days_ago=1000, valid_days=1050)  # ends within 90 days
    certify(veteran, path["B"], issued_days_ago=1200, valid_days=1095)  # expired
    Assignment.objects.create(
        course=path["D"],
        region=team.region,
        team=team,
        deadline=TODAY - timedelta(days=3),
        assigned_by=manager_groningen,
    )
    refresh_requirements([fresh.pk, veteran.pk])

    # The optional course C is not a requirement; the team's assignment D is.
    assert set(rows_of(fresh)) == set(rows_of(veteran)) == {"A", "B", "D"}
    assert rows_of(fresh)["A"].deadline == TODAY + timedelta(days=20)  # 30 days from the start
    assert rows_of(veteran)["D"].source == "assignment"
    assert statuses(fresh) == {"A": "not_started", "B": "not_started", "D": "overdue"}
    assert statuses(veteran) == {"A": "expiring", "B": "overdue", "D": "overdue"}  # A's start was long ago

    in_team = Scope(region_id=team.region_id, team_id=team.pk)
    totals = requirement_breakdown(in_team, TODAY, [()])[()][()]
    assert (totals["total"], totals["met"], totals["expiring"], totals["overdue"]) == (6, 1, 1, 3)
    assert totals["percent"] == pytest.approx(16.7)
    people = people_breakdown(in_team, TODAY, [()])[()][()]
    assert (people["people"], people["ready"], people["expiring"], people["overdue"]) == (2, 0, 1, 2)


def test_revoked_and_old_versions_do_not_count_and_a_renewal_date_is_honoured(path):
    person = make_person()
    certify(person, path["A"], revoked=True)
    certify(person, path["B"], version=1)
    CoursePage.objects.filter(pk=path["B"].pk).update(
        version=2, recertify_below_version=2, renewal_deadline=TODAY + timedelta(days=200)
    )
    refresh_requirements([person.pk])
    assert statuses(person)["A"] != "met"
    assert statuses(person)["B"] == "met" and rows_of(person)["B"].met_until == TODAY + timedelta(days=200)

    CoursePage.objects.filter(pk=path["B"].pk).update(renewal_deadline=TODAY + timedelta(days=40))
    refresh_requirements([person.pk])
    assert statuses(person)["B"] == "expiring"  # the renewal date is the end now
    CoursePage.objects.filter(pk=path["B"].pk).update(renewal_deadline=TODAY - timedelta(days=1))
    refresh_requirements([person.pk])
    assert statuses(person)["B"] == "overdue"  # it counted until yesterday: the renewal is late


def test_the_best_certificate_counts_and_a_person_with_everything_is_ready(path):
    person = make_person()
    certify(person, path["A"], issued_days_ago=1200, valid_days=1095, cycle=1)  # expired
    certify(person, path["A"], issued_days_ago=10, valid_days=1095, cycle=2)  # renewed
    certify(person, path["B"])
    refresh_requirements([person.pk])
    assert statuses(person) == {"A": "met", "B": "met"}
    region = Region.objects.get(slug="groningen")
    assert people_breakdown(Scope(region_id=region.pk), TODAY, [()])[()][()]["ready"] == 1


def test_a_moved_person_counts_only_in_the_new_region(path):
    person = make_person(region_slug="utrecht")
    Membership.objects.filter(user=person).update(valid_from=TODAY - timedelta(days=300))
    certify(person, path["A"])
    refresh_requirements([person.pk])
    assert set(Requirement.objects.filter(user=person).values_list("region__slug", flat=True)) == {"utrecht"}
    Membership.objects.filter(user=person, valid_to__isnull=True).update(valid_to=TODAY - timedelta(days=1))
    Membership.objects.create(
        user=person,
        region=Region.objects.get(slug="groningen"),
        function=Function.objects.get(slug="onderzoeker"),
        background="ex_amk",
        role=Role.EMPLOYEE,
        valid_from=TODAY,
    )
    person.__dict__.pop("current_membership", None)
    refresh_requirements([person.pk])
    assert set(Requirement.objects.filter(user=person).values_list("region__slug", flat=True)) == {"groningen"}
    assert statuses(person)["A"] == "met"  # the certificate travels with the person
    utrecht = Region.objects.get(slug="utrecht")
    assert requirement_breakdown(Scope(region_id=utrecht.pk), TODAY, [()])[()][()]["total"] == 0


def test_only_lessons_of_the_current_cycle_make_a_renewal_started(path):
    person = make_person()
    old = certify(person, path["A"], revoked=True)  # so no earlier end date makes it overdue
    LessonCompletion.objects.create(
        enrolment=old.enrolment,
        lesson=lessons_of(path["A"]).first(),
        completed_at=timezone.now() - timedelta(days=1200),
    )
    renewal = Enrolment.objects.create(
        user=person, course=path["A"], cycle=2, source="recertification", enrolled_at=timezone.now()
    )
    LessonCompletion.objects.create(
        enrolment=renewal, lesson=lessons_of(path["A"]).first(), completed_at=timezone.now() - timedelta(days=1200)
    )  # carried over
    refresh_requirements([person.pk])
    assert statuses(person)["A"] == "not_started"
    LessonCompletion.objects.create(enrolment=renewal, lesson=lessons_of(path["A"]).last(), completed_at=timezone.now())
    refresh_requirements([person.pk])
    assert statuses(person)["A"] == "in_progress"


def refreshes(callbacks) -> list:
    # The refresh runs eagerly inside the capture and adds its own after-commit work (the dashboard
    # cache's version); count the refreshes the receivers queued.
    return [callback for callback in callbacks if isinstance(getattr(callback, "__self__", None), _Pending)]


def test_receivers_keep_the_rows_current_after_commit(path, django_capture_on_commit_callbacks):
    # Each `with` block stands for one committed transaction.
    with django_capture_on_commit_callbacks(execute=True):
        person = make_person()
    assert statuses(person) == {"A": "not_started", "B": "not_started"}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        certificate = certify(person, path["A"])
        certify(person, path["B"])
    assert len(refreshes(callbacks)) == 1  # two certificates in one transaction: one refresh
    assert statuses(person) == {"A": "met", "B": "met"}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        # Rendering and mailing (the render task's saves) change nothing readiness reads.
        certificate.save(update_fields=["pdf", "pdf_rendered_at"])
        certificate.save(update_fields=["emailed_at"])
    assert callbacks == []
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        certificate.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
    assert len(refreshes(callbacks)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        Certificate.objects.filter(pk=certificate.pk).first().delete()
    assert statuses(person)["A"] == "not_started"
    with django_capture_on_commit_callbacks(execute=True):
        person.is_active = False
        person.save()
    assert not Requirement.objects.filter(user=person).exists()
