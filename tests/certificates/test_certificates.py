"""Earning, the PDF, the task, verification and access."""

import io
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from assessments import services as assessment_services
from certificates import pdf as certificate_pdf
from certificates.models import Certificate, group_code, normalise_code
from certificates.selectors import pdf_context, verification_url
from certificates.services import add_months, issue_certificate, revoke_certificate
from certificates.tasks import render_certificate_task
from courses.models import Enrolment
from courses.selectors import lessons_of
from courses.services import complete_lesson
from tests.factories import make_assessment, make_course, make_question

pytestmark = pytest.mark.django_db


def earn(person, *, course=None, capture=None):
    """Complete the course the way a learner does: the lesson, then the required assessment."""
    make_question(competences=["C1"])
    course = course or make_course(lessons=1)
    assessment = make_assessment(course=course, pools={"C1": 1}, title="Eindtoets")
    complete_lesson(user=person, lesson=lessons_of(course).first().specific, course=course)
    attempt = assessment_services.start_attempt(user=person, assessment=assessment)
    item = attempt.items.get()
    right = next(o["id"] for o in item.snapshot["options"] if o["correct"])
    assessment_services.save_answer(user=person, attempt_id=attempt.pk, position=1, answer={"option": right})
    with capture(execute=True):
        assessment_services.submit_attempt(user=person, attempt_id=attempt.pk)
    return course


def test_passing_the_last_requirement_earns_one_certificate_with_a_pdf_and_one_mail(
    employee, django_capture_on_commit_callbacks, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    course = earn(employee, capture=django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=employee)
    assert certificate.course == course and certificate.cycle == 1
    assert certificate.holder_name == "Fleur Bakker" and certificate.region.slug == "groningen"
    assert certificate.expires_on == add_months(certificate.issued_on, 36)
    assert certificate.assessment_results == [{"title": "Eindtoets", "percent": 100}]
    assert len(certificate.code) == 20 and re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{20}", certificate.code)
    assert certificate.pdf and certificate.emailed_at
    assert len(mail.outbox) == 1 and group_code(certificate.code) in mail.outbox[0].body
    # The task again (a redelivery): the same file, no second mail.
    name = certificate.pdf.name
    assert render_certificate_task(certificate.pk) == "rendered"
    certificate.refresh_from_db()
    assert certificate.pdf.name == name and len(list((tmp_path / "certificates").iterdir())) == 1
    assert len(mail.outbox) == 1
    # A second completion signal for the same enrolment changes nothing.
    assert issue_certificate(enrolment_id=certificate.enrolment_id).pk == certificate.pk
    assert Certificate.objects.count() == 1


def test_lessons_alone_do_not_earn_a_certificate_and_no_post_creates_one(login, employee):
    make_question(competences=["C1"])
    course = make_course(lessons=1)
    make_assessment(course=course, pools={"C1": 1})
    complete_lesson(user=employee, lesson=lessons_of(course).first().specific, course=course)
    enrolment = Enrolment.objects.get(user=employee, course=course)
    assert enrolment.completed_at is None
    assert issue_certificate(enrolment_id=enrolment.pk) is None
    client = login(employee)
    forged = {"course": course.pk, "user": employee.pk, "enrolment": enrolment.pk, "code": "A" * 20}
    for url in (
        reverse("certificates:list"),
        reverse("certificates:verify"),
        course.url,
        reverse("courses:my_learning"),
    ):
        client.post(url, forged)
    assert not Certificate.objects.exists()


def test_the_pdf_has_real_text_the_code_and_the_verification_url(employee, django_capture_on_commit_callbacks):
    earn(employee, capture=django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=employee)
    context = pdf_context(certificate)
    fetcher = certificate_pdf.AssetsOnlyFetcher()
    data = certificate_pdf.render_certificate_pdf(context, fetcher=fetcher)
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) == 1
    for expected in ("Fleur Bakker", certificate.course_title, certificate.grouped_code):
        assert expected in text, expected
    from django.utils.formats import date_format

    flat = " ".join(text.split())
    assert date_format(certificate.issued_on, "j F Y") in flat and date_format(certificate.expires_on, "j F Y") in flat
    url = verification_url(certificate.code)
    assert url in "".join(text.split())  # printed (a long URL may wrap at a slash) …
    links = [a.get_object()["/A"]["/URI"] for a in reader.pages[0].get("/Annots", [])]
    assert url in links  # … and a live link
    assert reader.pdf_header.startswith("%PDF-1.7")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl" and "/StructTreeRoot" in root  # tagged, Dutch
    assert fetcher.refused == []


def test_the_qr_code_carries_the_verification_url():
    import segno

    url = "https://academie.example/certificaten/verifieer/ABCD/"
    assert certificate_pdf.qr_data_uri(url) == segno.make(url, error="m").svg_data_uri(scale=4, border=2)
    html_of = certificate_pdf.render_to_string  # the template puts exactly that image in the PDF
    html = html_of(
        "certificates/pdf/certificate.html",
        {
            "verification_url": url,
            "qr": certificate_pdf.qr_data_uri(url),
            "competences": [],
            "assessment_results": [],
        },
    )
    assert certificate_pdf.qr_data_uri(url) in html


def test_the_pdf_fetcher_fetches_nothing_from_the_network_or_outside_the_assets(settings):
    fetcher = certificate_pdf.AssetsOnlyFetcher()
    for url in ("http://127.0.0.1:8000/", "https://example.org/logo.png", "file:///etc/passwd", "ftp://x/y"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    logo = settings.STATICFILES_DIRS[0] / "img" / "logo.svg"
    assert fetcher.fetch(logo.resolve().as_uri()).read().startswith(b"<")


def test_verification_valid_expired_revoked_unknown_and_malformed(
    client, employee, trainer, django_capture_on_commit_callbacks
):
    earn(employee, capture=django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=employee)
    page = client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    assert "Geldig certificaat." in page and "Fleur Bakker" in page and employee.email not in page
    # Typed from paper: lower case, groups, an O for a zero.
    typed = group_code(certificate.code).lower()
    assert normalise_code(typed) == certificate.code
    assert client.get(reverse("certificates:verify"), {"code": typed}).url == reverse(
        "certificates:verify_code", args=[certificate.code]
    )
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_on=timezone.localdate() - timedelta(days=800), expires_on=timezone.localdate() - timedelta(days=1)
    )
    assert (
        "Verlopen certificaat."
        in client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    )
    revoke_certificate(actor=trainer, certificate_id=certificate.pk, reason="Toets onder valse naam gemaakt")
    assert (
        "Ingetrokken certificaat."
        in client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    )
    for bad in ("ZZZZZZZZZZZZZZZZZZZZ", "<script>", "x" * 300, "-"):
        response = client.get(reverse("certificates:verify_code", args=[bad]))
        assert response.status_code == 200 and "Niet gevonden." in response.content.decode()


def test_verification_is_rate_limited(client):
    url = reverse("certificates:verify_code", args=["ABCDEFGHJKMNPQRSTVWX"])
    statuses = [client.get(url).status_code for _ in range(35)]
    assert statuses[:30] == [200] * 30 and statuses[-1] == 429


def test_downloads_for_holder_and_own_manager_only(
    login, employee, manager_groningen, manager_utrecht, utrecht_employee, django_capture_on_commit_callbacks
):
    earn(employee, capture=django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=employee)
    url = reverse("certificates:download", args=[certificate.pk])
    holder = login(employee).get(url)
    assert holder.status_code == 200 and holder["Content-Type"] == "application/pdf"
    assert b"".join(holder.streaming_content).startswith(b"%PDF")
    assert login(manager_groningen).get(url).status_code == 200
    assert login(manager_utrecht).get(url).status_code == 404
    assert login(utrecht_employee).get(url).status_code == 404
    listing = login(manager_utrecht).get(reverse("certificates:list")).content.decode()
    assert "Fleur Bakker" not in listing
    assert "Fleur Bakker" in login(manager_groningen).get(reverse("certificates:list")).content.decode()
    assert "Mijn certificaten" in login(employee).get(reverse("courses:my_learning")).content.decode()


def test_a_revoked_certificate_cannot_be_downloaded(login, employee, trainer, django_capture_on_commit_callbacks):
    earn(employee, capture=django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=employee)
    with pytest.raises(Exception, match="Alleen programmamedewerkers"):
        revoke_certificate(actor=employee, certificate_id=certificate.pk, reason="x")
    revoke_certificate(actor=trainer, certificate_id=certificate.pk, reason="Fraude")
    response = login(employee).get(reverse("certificates:download", args=[certificate.pk]))
    assert response.status_code == 410 and "ingetrokken" in response.content.decode()


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [("2026-01-31", 1, "2026-02-28"), ("2026-11-26", 36, "2029-11-26"), ("2028-02-29", 12, "2029-02-28")],
)
def test_add_months(day, months, expected):
    from datetime import date

    assert add_months(date.fromisoformat(day), months) == date.fromisoformat(expected)


def test_expiry_reminders_once_per_threshold_with_a_digest_for_the_manager(employee, manager_groningen):
    from io import StringIO

    from django.core.management import call_command

    from certificates.services import send_expiry_reminders

    course = make_course(lessons=1)
    today = timezone.localdate()
    enrolment = Enrolment.objects.create(
        user=employee, course=course, source="self", completed_at=timezone.now(), completed_version=1
    )
    certificate = issue_certificate(enrolment_id=enrolment.pk, render=False)
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_on=today - timedelta(days=1000), expires_on=today + timedelta(days=80)
    )
    assert send_expiry_reminders(today=today) == {"holders": 1, "digests": 1}
    holder_mail, digest = mail.outbox
    assert employee.email in holder_mail.to and "80 dagen" in holder_mail.body
    assert manager_groningen.email in digest.to and "Fleur Bakker" in digest.body
    out = StringIO()
    call_command("send_expiry_reminders", stdout=out)  # cron on the same day: nothing twice
    assert "; 0 reminder(s)" in out.getvalue() and len(mail.outbox) == 2
    # 55 days later it is within 30 days: the second reminder, once.
    later = today + timedelta(days=55)
    assert send_expiry_reminders(today=later)["holders"] == 1
    assert send_expiry_reminders(today=later)["holders"] == 0
    assert "25 dagen" in mail.outbox[2].body


def test_no_reminder_for_revoked_or_far_away_certificates(employee, trainer):
    from certificates.services import send_expiry_reminders

    course = make_course(lessons=1)
    enrolment = Enrolment.objects.create(
        user=employee, course=course, source="self", completed_at=timezone.now(), completed_version=1
    )
    certificate = issue_certificate(enrolment_id=enrolment.pk, render=False)
    assert send_expiry_reminders()["holders"] == 0  # 36 months away
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_on=timezone.localdate() - timedelta(days=1000), expires_on=timezone.localdate() + timedelta(days=10)
    )
    revoke_certificate(actor=trainer, certificate_id=certificate.pk, reason="Fraude")
    assert send_expiry_reminders()["holders"] == 0 and mail.outbox == []


def test_reissue_after_a_name_change_keeps_the_code(
    login, employee, manager_groningen, manager_utrecht, django_capture_on_commit_callbacks
):
    earn(employee, capture=django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=employee)
    code, sent = certificate.code, len(mail.outbox)
    employee.last_name = "Bakker-de Vries"
    employee.save()
    url = reverse("certificates:reissue", args=[certificate.pk])
    assert login(manager_utrecht).post(url).status_code == 404
    assert login(employee).post(url).status_code == 403  # not the holder's own call
    with django_capture_on_commit_callbacks(execute=True):
        assert login(manager_groningen).post(url).status_code == 302
    certificate.refresh_from_db()
    assert (certificate.code, certificate.holder_name) == (code, "Fleur Bakker-de Vries")
    with certificate.pdf.open("rb") as pdf:
        assert "Fleur Bakker-de Vries" in PdfReader(io.BytesIO(pdf.read())).pages[0].extract_text()
    assert len(mail.outbox) == sent  # a re-issue mails nobody


def test_overview_pdf_lists_certificates_and_points(login, employee, django_capture_on_commit_callbacks):
    course = make_course(lessons=1)
    course.accreditation_body, course.accreditation_number, course.accreditation_points = "SKJ", "VT-1", 4
    course.save_revision().publish()
    earn(employee, course=course, capture=django_capture_on_commit_callbacks)
    response = login(employee).get(reverse("certificates:my_overview"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    certificate = Certificate.objects.get(user=employee)
    flat = "".join(text.split())  # table cells wrap
    assert certificate.course_title.replace(" ", "") in flat and certificate.grouped_code in flat
    assert "SKJ: 4 punten" in text


def test_recertification_window_enrols_again_and_passing_earns_the_next_certificate(
    employee, django_capture_on_commit_callbacks
):
    from certificates.services import open_recertification_windows

    course = earn(employee, capture=django_capture_on_commit_callbacks)
    first = Certificate.objects.get(user=employee)
    assert open_recertification_windows() == 0  # three years to go
    today = timezone.localdate()
    Certificate.objects.filter(pk=first.pk).update(
        issued_on=today - timedelta(days=1000), expires_on=today + timedelta(days=60)
    )
    assert open_recertification_windows() == 1
    assert open_recertification_windows() == 0  # idempotent
    renewal = Enrolment.objects.get(user=employee, course=course, cycle=2)
    assert renewal.source == "recertification" and renewal.deadline == today + timedelta(days=60)
    assert renewal.lesson_completions.count() == 1 and renewal.completed_at is None  # only the test again
    assessment = course.assessments.get()
    attempt = assessment_services.start_attempt(user=employee, assessment=assessment)
    assert attempt.enrolment == renewal and attempt.number == 1
    right = next(o["id"] for o in attempt.items.get().snapshot["options"] if o["correct"])
    assessment_services.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"option": right})
    with django_capture_on_commit_callbacks(execute=True):
        assessment_services.submit_attempt(user=employee, attempt_id=attempt.pk)
    second = Certificate.objects.get(user=employee, cycle=2)
    assert second.code != first.code and second.issued_on == today
    assert Certificate.objects.filter(user=employee).count() == 2  # the history stays


def test_a_trainer_revokes_by_code_with_a_reason_and_others_cannot(login, employee, trainer, manager_groningen):
    from organisations.models import AuditEvent

    course = make_course(lessons=1)
    enrolment = Enrolment.objects.create(
        user=employee, course=course, source="self", completed_at=timezone.now(), completed_version=1
    )
    certificate = issue_certificate(enrolment_id=enrolment.pk, render=False)
    url = reverse("certificates:revoke")
    for outsider in (employee, manager_groningen):
        assert login(outsider).get(url).status_code == 403
    client = login(trainer)
    assert "Fleur Bakker" in client.get(url, {"code": certificate.grouped_code}).content.decode()
    refused = client.post(url, {"code": certificate.code, "reason": "  "})
    assert refused.status_code == 400 and "Geef een reden op." in refused.content.decode()
    client.post(url, {"code": certificate.code, "reason": "Toets onder valse naam gemaakt"})
    certificate.refresh_from_db()
    assert certificate.status == "revoked" and certificate.revoked_by == trainer
    assert AuditEvent.objects.filter(action="certificate_revoked", subject=employee).exists()
    assert client.post(url, {"code": "ONBEKEND", "reason": "x"}).status_code == 400
