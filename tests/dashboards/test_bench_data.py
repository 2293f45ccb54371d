"""generate_bench_data: bench people in every region, with records that keep the platform's own rules.

A small catalogue from the factories instead of seed_demo (which takes most of a minute); the
generator works with whatever catalogue exists. Catalogue and 60 people are built once for the
module, inside a transaction rolled back at its end; each test runs in a savepoint on top, so the
tests that reset or rebuild leave the next test the same data."""

from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from assessments.models import Attempt, CompetenceResult
from certificates.models import CODE_ALPHABET, CODE_LENGTH, Certificate
from courses.models import Assignment, CoursePage, Enrolment, LearningPath, LearningPathItem, LessonCompletion
from dashboards import bench_data
from dashboards.bench_data import bench_users
from organisations.models import Background, Function, Membership, Region, Role
from tests.factories import make_assessment, make_casus, make_course, make_person

pytestmark = pytest.mark.django_db

LEARNERS = 60


def make_catalogue():
    basis = make_course(code="B01", lessons=2)
    meldcode = make_course(code="B02", lessons=3)
    onderzoek = make_course(code="B03", lessons=2)
    make_assessment(course=basis, pools={"C1": 2, "C6": 1}, pass_mark_percent=60)
    make_assessment(course=meldcode, casus=[make_casus()], pools={"C2": 2})
    make_assessment(course=onderzoek, pools={"C3": 2, "C4": 1}, max_attempts=2)
    for name, function, background, items in [
        ("Basis", None, "", [(basis, 60), (meldcode, 120)]),
        ("Brug SHG", None, Background.EX_SHG, [(meldcode, 90)]),
        ("Onderzoek", Function.objects.get(slug="onderzoeker"), "", [(onderzoek, 180)]),
    ]:
        path = LearningPath.objects.create(name=name, function=function, background=background)
        for order, (course, days) in enumerate(items):
            LearningPathItem.objects.create(path=path, course=course, due_within_days=days, sort_order=order)
    # B01 had a major revision: certificates of version 1 count until the renewal date.
    CoursePage.objects.filter(pk=basis.pk).update(
        version=2, recertify_below_version=2, renewal_deadline=timezone.localdate() + timedelta(days=120)
    )


@pytest.fixture(scope="module")
def shared_bench(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        make_catalogue()
        bench_data.generate(learners=LEARNERS, log=lambda line: None)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def bench(shared_bench, db, settings):
    settings.DEBUG = True


def generate(**options) -> str:
    out = StringIO()
    call_command("generate_bench_data", stdout=out, **options)
    return out.getvalue()


def bench_counts() -> dict[str, int]:
    people = bench_users()
    return {
        "people": people.count(),
        "memberships": Membership.objects.filter(user__in=people).count(),
        "enrolments": Enrolment.objects.filter(user__in=people).count(),
        "lesson_completions": LessonCompletion.objects.filter(enrolment__user__in=people).count(),
        "attempts": Attempt.objects.filter(user__in=people).count(),
        "passed": Attempt.objects.filter(user__in=people, passed=True).count(),
        "competence_results": CompetenceResult.objects.filter(user__in=people).count(),
        "certificates": Certificate.objects.filter(user__in=people).count(),
        "revoked": Certificate.objects.filter(user__in=people, revoked_at__isnull=False).count(),
        "assignments": Assignment.objects.filter(assigned_by__in=people).count(),
    }


def test_people_spread_over_every_region_with_one_open_membership_each(bench):
    people = bench_users()
    assert people.count() == LEARNERS
    open_memberships = people.annotate(n=Count("memberships", filter=Q(memberships__valid_to__isnull=True)))
    assert set(open_memberships.values_list("n", flat=True)) == {1}
    current = Membership.objects.filter(user__in=people, valid_to__isnull=True)
    assert current.values("region").distinct().count() == Region.objects.active().count() == 26
    managed = set(current.filter(role=Role.MANAGER).values_list("region", flat=True))
    assert managed == set(Region.objects.values_list("pk", flat=True))
    assert Enrolment.objects.filter(user__in=people, completed_at__isnull=False).exists()
    assert Enrolment.objects.filter(user__in=people, completed_at__isnull=True).exists()


def test_enrolments_are_unique_per_person_course_and_cycle(bench):
    enrolments = Enrolment.objects.filter(user__in=bench_users())
    assert enrolments.count() > LEARNERS
    assert enrolments.values("user", "course", "cycle").distinct().count() == enrolments.count()
    assert not enrolments.filter(completed_at__isnull=False, completed_version__isnull=True).exists()


def test_every_certificate_has_a_completed_enrolment_and_a_passed_attempt(bench):
    certificates = Certificate.objects.filter(user__in=bench_users()).select_related("enrolment")
    assert certificates.count() > 10
    for certificate in certificates:
        enrolment = certificate.enrolment
        assert enrolment.completed_at is not None
        assert (enrolment.user_id, enrolment.course_id, enrolment.cycle) == (
            certificate.user_id,
            certificate.course_id,
            certificate.cycle,
        )
        assert certificate.issued_on < certificate.expires_on
        assert Attempt.objects.filter(enrolment=enrolment, assessment__required=True, passed=True).exists()
        assert len(certificate.code) == CODE_LENGTH and set(certificate.code) <= set(CODE_ALPHABET)
        assert [r["percent"] for r in certificate.assessment_results]


def test_competence_results_match_the_scores_of_final_attempts(bench):
    attempts = Attempt.objects.filter(user__in=bench_users())
    assert set(attempts.values_list("status", flat=True)) == {"final"}
    rows: dict[int, dict[str, tuple[Decimal, Decimal]]] = {}
    for attempt_id, code, score, maximum in CompetenceResult.objects.filter(attempt__in=attempts).values_list(
        "attempt", "competence__code", "score", "max_score"
    ):
        rows.setdefault(attempt_id, {})[code] = (score, maximum)
    for attempt in attempts:
        expected = {
            code: (Decimal(str(values["score"])), Decimal(str(values["max"])))
            for code, values in attempt.competence_scores.items()
        }
        assert rows.get(attempt.pk, {}) == expected
        assert attempt.score == sum(score for score, _max in expected.values())
        assert attempt.passed == (attempt.critical_errors == 0 and attempt.percent >= attempt.pass_mark_percent)
    assert attempts.filter(passed=False).exists() and attempts.filter(assessment__required=False).exists()


def test_holders_of_an_older_version_are_enrolled_to_renew_by_the_renewal_date(bench):
    course = CoursePage.objects.get(code="B01")
    older = Certificate.objects.filter(user__in=bench_users(), course=course, course_version=1)
    assert older.exists() and Certificate.objects.filter(course=course, course_version=2).exists()
    still_valid = list(older.filter(revoked_at__isnull=True, expires_on__gte=timezone.localdate()))
    assert still_valid
    for certificate in still_valid:
        renewal = Enrolment.objects.get(user=certificate.user, course=course, cycle=2)
        assert renewal.source == "recertification"
        assert renewal.deadline <= min(certificate.expires_on, course.renewal_deadline)
    assert not Certificate.objects.filter(course=course, cycle=2, course_version=1).exists()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite checks deferred keys only at commit")
def test_every_foreign_key_points_at_a_row(bench):
    # The test's transaction never commits, so ask SQLite now what it would refuse at commit.
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA foreign_key_check")
        assert cursor.fetchall() == []


def test_running_again_without_reset_refuses(bench):
    with pytest.raises(CommandError, match="--reset"):
        generate(learners=LEARNERS)
    assert bench_users().count() == LEARNERS


def test_reset_removes_only_bench_people_and_a_rebuild_gives_the_same_counts(bench):
    colleague = make_person(region_slug="utrecht", email="collega@utrecht.example")
    before = bench_counts()
    generate(learners=LEARNERS, reset=True)
    assert bench_counts() == before
    assert Membership.objects.filter(user=colleague, valid_to__isnull=True).exists()
    generate(reset=True)
    assert not any(bench_counts().values())
    assert Membership.objects.filter(user=colleague).exists()


def test_refuses_without_debug_unless_forced(bench, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        generate(learners=30, reset=True)
    assert bench_users().count() == LEARNERS
    generate(learners=30, reset=True, force=True)
    assert bench_users().count() == 30


def test_needs_a_person_for_every_region(bench):
    with pytest.raises(CommandError, match="26"):
        generate(learners=10, reset=True)
