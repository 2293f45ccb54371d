"""A programme administrator erases (anonymises) a person: nothing that names them is left anywhere
in the database or in stored files, their certificates answer "ingetrokken" for an erased holder,
the aggregates stay as they would be for someone who left, and the erasure is audited without a
name. Everyone else is refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import models
from django.db.models import Q
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assessments import services as assessment_services
from assessments.models import Attempt, CompetenceResult, Response
from certificates import services as certificate_services
from certificates.models import BundleStatus, Certificate, CertificateBundle
from courses import services as course_services
from courses.models import Enrolment, LearningPath, LearningPathItem, ReflectionAnswer
from dashboards.aggregates import Scope, people_breakdown, requirement_breakdown
from dashboards.models import ExportStatus, ReadinessExport, ReadinessReminder, ReadinessSnapshot, Requirement
from dashboards.readiness import rebuild_all_requirements
from dashboards.services import take_snapshot
from organisations.erasure import erase_person, erased_email
from organisations.models import AuditAction, AuditEvent, Function, Invitation, Role, User
from organisations.services import deactivate_person, reactivate_person
from tests.factories import PASSWORD, make_assessment, make_course, make_person, make_question, region

pytestmark = pytest.mark.django_db

FIRST, LAST = "Zwaantje", "Wisselinkova"
EMAIL = "zwaantje.wisselinkova@groningen.example"
MARKERS = (FIRST, LAST, EMAIL, "wisselinkova@")
REFLECTION = f"Ik, {FIRST}, neem mee dat ik eerst de veiligheid weeg."
OPEN_ANSWER = f"Als {FIRST} {LAST} zou ik de melding aannemen en de veiligheid inschatten."


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.REQUIRE_STAFF_MFA = False
    return tmp_path


def client_for(user) -> Client:
    client = Client()
    client.force_login(user, backend="organisations.auth_backends.CachedPermissionsBackend")
    return client


@pytest.fixture
def administrator(programme_staff):
    """Programme staff in the group that holds the erase permission (made by migration 0007)."""
    programme_staff.groups.add(Group.objects.get(name="Programmabeheerders"))
    return User.objects.get(pk=programme_staff.pk)


@pytest.fixture
def courses():
    lesson_course = make_course(code="ER1", lessons=1)
    make_question(kind="open", competences=["C5"], title="Open vraag over de melding")
    make_assessment(course=lesson_course, pools={"C5": 1}, title="Eindtoets melding", pass_mark_percent=50)
    certificate_course = make_course(code="ER2", lessons=1)
    revoked_course = make_course(code="ER3", lessons=1)
    # A mandatory course for researchers, so the person and their colleagues have readiness rows.
    path = LearningPath.objects.create(name="Onderzoek", function=Function.objects.get(slug="onderzoeker"))
    LearningPathItem.objects.create(path=path, course=certificate_course, mandatory=True, sort_order=0)
    return lesson_course, certificate_course, revoked_course


def certify(person, course) -> Certificate:
    enrolment = Enrolment.objects.create(
        user=person, course=course, source="self", completed_at=timezone.now(), completed_version=1
    )
    return certificate_services.issue_certificate(enrolment_id=enrolment.pk, render=False)


@pytest.fixture
def person(courses, manager_groningen, trainer, capture):
    """Zwaantje, with a trace in every app: a reflection, a graded open answer with a comment,
    valid certificates with PDFs (ER2, and ER1 that passing the test completed), one revoked earlier
    with her name in the reason, an audit trail, a reminder, MFA recovery codes, an invitation, a
    CMS profile — and her name in a readiness export and a ZIP of certificates by her manager."""
    lesson_course, certificate_course, revoked_course = courses
    zwaantje = make_person(region_slug="groningen", first_name=FIRST, last_name=LAST, email=EMAIL)
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from wagtail.users.models import UserProfile

    EmailAddress.objects.create(user=zwaantje, email=EMAIL, primary=True, verified=True)
    # Recovery codes only, so that her password still logs her in without a second step below.
    Authenticator.objects.create(user=zwaantje, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "GEHEIM"})
    Invitation.objects.create(
        user=zwaantje, invited_by=manager_groningen, expires_at=timezone.now(), token_hash="a" * 64
    )
    UserProfile.get_for_user(zwaantje)

    lesson = lesson_course.get_children().specific().first()
    course_services.save_reflection(user=zwaantje, lesson=lesson, block_id="refl-1", text=REFLECTION)
    course_services.complete_lesson(user=zwaantje, lesson=lesson, course=lesson_course)
    attempt = assessment_services.start_attempt(user=zwaantje, assessment=lesson_course.assessments.get())
    assessment_services.save_answer(user=zwaantje, attempt_id=attempt.pk, position=1, answer={"text": OPEN_ANSWER})
    assessment_services.submit_attempt(user=zwaantje, attempt_id=attempt.pk)
    grader = make_person(role=Role.TRAINER, region_slug="groningen")
    with capture(execute=True):
        assessment_services.grade_response(
            grader=grader,
            response_id=Response.objects.get(attempt=attempt).pk,
            levels=[2, 1],
            comment="Sterk: je weegt eerst de veiligheid.",
        )

    certificate = certify(zwaantje, certificate_course)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(f"%PDF-1.7 {FIRST} {LAST}".encode()))
    earlier = certify(zwaantje, revoked_course)
    certificate_services.revoke_certificate(
        actor=trainer, certificate_id=earlier.pk, reason=f"{FIRST} {LAST} maakte de toets niet zelf."
    )
    AuditEvent.objects.create(
        actor=manager_groningen,
        action=AuditAction.RECORD_VIEWED,
        subject=zwaantje,
        region=region("groningen"),
        details={},
    )
    ReadinessReminder.objects.create(user=zwaantje, region=region("groningen"), sent_by=manager_groningen)

    rebuild_all_requirements()  # her readiness rows, so the manager's export lists her
    manager = client_for(manager_groningen)
    with capture(execute=True):
        manager.post("/dashboard/export/", {"formaat": "csv"})
        manager.post("/certificaten/bundel/", {"certificate": [str(certificate.pk)]})
    return User.objects.get(pk=zwaantje.pk)


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


def text_columns():
    """Every concrete text-like column of every installed model."""
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, models.CharField | models.TextField | models.JSONField):
                yield model, field.name


def where_markers_are(markers) -> list[str]:
    found = []
    for model, name in text_columns():
        condition = Q()
        for marker in markers:
            condition |= Q(**{f"{name}__icontains": marker})
        for pk in model._default_manager.filter(condition).values_list("pk", flat=True)[:3]:
            found.append(f"{model._meta.label}.{name} #{pk}")
    return found


def stored_files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()]


def file_mentions(path: Path, markers) -> bool:
    data = path.read_bytes()
    if path.suffix == ".zip":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            data = b"".join(archive.read(name) for name in archive.namelist())
    return any(marker.lower().encode() in data.lower() for marker in markers)


def erase_through_the_page(client, person, typed: str):
    return client.post(reverse("organisations:person_erase", args=[person.pk]), {"email": typed})


def test_the_administrator_erases_a_person_and_nothing_that_names_them_is_left(administrator, person, capture, _media):
    # Before: the person is everywhere — proof that the search below can find them.
    assert len(where_markers_are(MARKERS)) >= 8
    files_before = stored_files(_media)
    assert any(file_mentions(path, MARKERS) for path in files_before if path.suffix == ".csv")
    assert any(file_mentions(path, MARKERS) for path in files_before if path.suffix == ".zip")
    attempt = Attempt.objects.get(user=person)
    scores = (attempt.score, attempt.max_score, attempt.percent, attempt.passed)
    competence_results = list(CompetenceResult.objects.filter(user=person).values_list("competence_id", "score"))
    assert competence_results
    certificate = Certificate.objects.get(user=person, course__code="ER2")
    learner = Client()
    assert learner.post("/account/login/", {"login": EMAIL, "password": PASSWORD}).status_code == 302
    assert learner.get("/mijn-gegevens/").status_code == 200

    client = client_for(administrator)
    page = client.get(f"/mensen/?q={LAST}&status=all")
    assert reverse("organisations:person_detail", args=[person.pk]) in page.content.decode()
    detail = client.get(reverse("organisations:person_detail", args=[person.pk])).content.decode()
    assert reverse("organisations:person_erase", args=[person.pk]) in detail
    confirm = client.get(reverse("organisations:person_erase", args=[person.pk]))
    assert confirm.status_code == 200 and "onomkeerbaar" in confirm.content.decode()

    wrong = erase_through_the_page(client, person, "iemand.anders@groningen.example")
    assert wrong.status_code == 400 and "Er is niets gewist" in wrong.content.decode()
    assert User.objects.get(pk=person.pk).email == EMAIL

    with capture(execute=True):
        response = erase_through_the_page(client, person, EMAIL.upper())
    assert response.status_code == 302

    # Not a trace in any text column of any model, nor in any stored file.
    assert where_markers_are(MARKERS) == []
    assert not [path for path in stored_files(_media) if file_mentions(path, MARKERS)]
    assert not Path(_media, certificate.pdf.name).exists()

    erased = User.objects.get(pk=person.pk)
    assert (erased.first_name, erased.last_name, erased.email) == ("", "", erased_email(person.pk))
    assert not erased.is_active and not erased.has_usable_password() and erased.deactivated_at
    assert not ReflectionAnswer.objects.filter(user=person).exists()
    response_row = Response.objects.get(attempt=attempt)
    assert response_row.answer == {"text": "", "removed": "erasure"} and response_row.grader_comment == ""
    attempt.refresh_from_db()
    assert (attempt.score, attempt.max_score, attempt.percent, attempt.passed) == scores
    assert list(CompetenceResult.objects.filter(user=person).values_list("competence_id", "score")) == (
        competence_results
    )
    assert not ReadinessReminder.objects.filter(user=person).exists()
    assert not Invitation.objects.filter(user=person).exists()

    # Files that named the person: gone, and their pages say so in Dutch.
    export = ReadinessExport.objects.get()
    bundle = CertificateBundle.objects.get()
    assert (export.status, export.file.name, bundle.status, bundle.file.name) == ("expired", "", "expired", "")
    manager = client_for(User.objects.get(email="manager@groningen.example"))
    gone = manager.get(reverse("dashboards:export_download", args=[export.pk]))
    assert gone.status_code == 410 and "Deze export is verwijderd" in gone.content.decode()
    gone = manager.get(reverse("certificates:bundle_download", args=[bundle.pk]))
    assert gone.status_code == 410 and "Deze ZIP is verwijderd" in gone.content.decode()

    # The person is logged out and cannot log in again, with the old address or any other.
    assert learner.get("/mijn-gegevens/").status_code == 302
    again = Client().post("/account/login/", {"login": EMAIL, "password": PASSWORD})
    assert again.status_code == 200 and "_auth_user_id" not in again.wsgi_request.session

    # The audit log: one erasure, by whom, about which number — and counts, no name.
    event = AuditEvent.objects.get(action=AuditAction.ERASED)
    assert (event.actor_id, event.subject_id, event.region.slug) == (administrator.pk, person.pk, "groningen")
    assert event.details["certificates.certificates_revoked"] == 2  # ER1 (completed) and ER2; ER3 was already
    assert event.details["assessments.open_answers"] == 1
    assert event.details["courses.reflections"] == 1
    revocation = AuditEvent.objects.get(action=AuditAction.CERTIFICATE_REVOKED)
    assert revocation.details["reason"] == "[gewist] maakte de toets niet zelf."

    # The person's page now shows a number and no way back.
    detail = client.get(reverse("organisations:person_detail", args=[person.pk])).content.decode()
    assert f"Gewiste persoon {person.pk}" in detail
    assert reverse("organisations:person_reactivate", args=[person.pk]) not in detail
    assert reverse("organisations:person_edit", args=[person.pk]) not in detail


def test_the_verification_page_says_revoked_because_the_holder_was_erased(administrator, person):
    certificate = Certificate.objects.get(user=person, course__code="ER2")
    url = reverse("certificates:verify_code", args=[certificate.code])
    before = Client().get(url).content.decode()
    assert "Geldig certificaat." in before and LAST in before

    erase_person(actor=administrator, person=person)

    after = Client().get(url).content.decode()
    assert "Geldig certificaat." not in after
    assert "Ingetrokken certificaat." in after
    assert "De gegevens van de houder zijn op diens verzoek gewist" in after
    assert "geanonimiseerde houder" in after
    assert LAST not in after and FIRST not in after
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert (certificate.revoked_reason, certificate.revoked_by_id) == ("gegevens gewist op verzoek", administrator.pk)
    # The earlier revocation keeps its own date and reason, scrubbed of the name.
    earlier = Certificate.objects.get(user=person, course__code="ER3")
    assert earlier.revoked_reason == "[gewist] maakte de toets niet zelf."
    assert earlier.revoked_at < certificate.revoked_at


def readiness(region_slug: str) -> tuple:
    today = timezone.localdate()
    scope = Scope(region_id=region(region_slug).pk)
    requirements = requirement_breakdown(scope, today, [()])[()][()]
    people = people_breakdown(scope, today, [()])[()][()]
    return requirements["total"], requirements["met"], requirements["percent"], people["people"], people["ready"]


def test_aggregates_change_only_as_when_the_person_leaves_and_stored_snapshots_not_at_all(administrator, person):
    colleague = make_person(region_slug="groningen")
    certify(colleague, LearningPathItem.objects.get().course)
    make_person(region_slug="groningen")  # owes the course, has not started
    rebuild_all_requirements()
    take_snapshot()
    snapshot = list(ReadinessSnapshot.objects.values())
    with_person = readiness("groningen")
    attempts = list(Attempt.objects.values_list("pk", "score", "percent", "passed"))
    results = CompetenceResult.objects.count()

    # The comparison: the same person simply deactivated and back again. The rows are rebuilt as
    # the refresh task (after commit) and the nightly rebuild do.
    deactivate_person(actor=administrator, person=person)
    rebuild_all_requirements()
    as_leaver = readiness("groningen")
    assert as_leaver != with_person  # they drop out of today's figures: readiness is over active people
    reactivate_person(actor=administrator, person=User.objects.get(pk=person.pk))
    rebuild_all_requirements()
    assert readiness("groningen") == with_person

    erase_person(actor=administrator, person=User.objects.get(pk=person.pk))
    assert readiness("groningen") == as_leaver  # at once: the erasure drops the rows itself
    rebuild_all_requirements()
    assert readiness("groningen") == as_leaver
    assert not Requirement.objects.filter(user=person).exists()
    assert list(ReadinessSnapshot.objects.values()) == snapshot
    assert list(Attempt.objects.values_list("pk", "score", "percent", "passed")) == attempts
    assert CompetenceResult.objects.count() == results
    assert Certificate.objects.filter(user=person).count() == 3  # kept, for the verification codes


def test_a_second_erasure_changes_nothing_and_is_not_logged_twice(administrator, person):
    first = erase_person(actor=administrator, person=person)
    assert not first.already_erased and first.changed > 0
    second = erase_person(actor=administrator, person=User.objects.get(pk=person.pk))
    assert second.already_erased and second.changed == 0, {k: v for k, v in second.counts.items() if v}
    out = io.StringIO()
    call_command("erase_person", erased_email(person.pk), "--yes", stdout=out)
    assert "al gewist" in out.getvalue()
    assert AuditEvent.objects.filter(action=AuditAction.ERASED).count() == 1
    page = client_for(administrator).post(reverse("organisations:person_erase", args=[person.pk]), {"email": "x"})
    assert page.status_code == 200 and "al gewist" in page.content.decode()
    with pytest.raises(ValidationError, match="gewist"):
        reactivate_person(actor=administrator, person=User.objects.get(pk=person.pk))


@pytest.mark.parametrize("role", ["employee", "trainer", "manager_groningen", "programme_staff"])
def test_everyone_but_a_programme_administrator_is_refused(role, request, person):
    """Managers (even of the person's region), trainers, employees and programme staff outside the
    administrators' group get 403 for the page and the form; nothing changes."""
    actor = request.getfixturevalue(role)
    client = client_for(actor)
    url = reverse("organisations:person_erase", args=[person.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"email": EMAIL}).status_code == 403
    detail = client.get(reverse("organisations:person_detail", args=[person.pk]))
    assert url not in detail.content.decode()
    assert User.objects.get(pk=person.pk).email == EMAIL
    assert not AuditEvent.objects.filter(action=AuditAction.ERASED).exists()


def test_administrators_do_not_erase_themselves_and_the_group_alone_is_not_enough(administrator, manager_groningen):
    client = client_for(administrator)
    response = client.post(
        reverse("organisations:person_erase", args=[administrator.pk]), {"email": administrator.email}
    )
    assert response.status_code == 400 and "eigen gegevens" in response.content.decode()
    assert User.objects.get(pk=administrator.pk).is_active
    # A manager put in the group by mistake is still no programme administrator.
    manager_groningen.groups.add(Group.objects.get(name="Programmabeheerders"))
    other = make_person(region_slug="groningen")
    url = reverse("organisations:person_erase", args=[other.pk])
    assert client_for(manager_groningen).post(url, {"email": other.email}).status_code == 403


def test_the_command_erases_only_with_yes(person):
    with pytest.raises(CommandError, match="--yes"):
        call_command("erase_person", EMAIL)
    assert User.objects.get(pk=person.pk).email == EMAIL
    with pytest.raises(CommandError, match="geen persoon"):
        call_command("erase_person", "niemand@groningen.example", "--yes")
    out = io.StringIO()
    call_command("erase_person", EMAIL, "--yes", stdout=out)
    assert f"Persoon {person.pk} is gewist" in out.getvalue()
    assert where_markers_are(MARKERS) == []
    event = AuditEvent.objects.get(action=AuditAction.ERASED)
    assert event.actor_id is None and event.subject_id == person.pk


def test_a_running_export_of_the_region_is_stopped_by_the_erasure(administrator, person, manager_groningen):
    """An export being built while the person is erased is marked expired; the build then stops at
    its next progress update and finishes nothing (the constraint of `running.update`)."""
    ReadinessExport.objects.all().delete()
    running = ReadinessExport.objects.create(
        requested_by=manager_groningen, region=region("groningen"), format="csv", status=ExportStatus.RUNNING
    )
    erase_person(actor=administrator, person=person)
    running.refresh_from_db()
    assert running.status == ExportStatus.EXPIRED
    assert not ReadinessExport.objects.filter(pk=running.pk, status=ExportStatus.RUNNING).update(done=1)
    assert CertificateBundle.objects.get().status == BundleStatus.EXPIRED
