"""Certificates over time: a major revision with a renewal date, refresher lessons, the region's
branding on the PDF."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from certificates import pdf as certificate_pdf
from certificates.models import Certificate, CertificateSettings, RegionCertificateBranding
from certificates.selectors import certificates_visible_to, pdf_context
from certificates.services import open_recertification_windows
from courses.models import CoursePage, Enrolment, LessonPage
from courses.selectors import lessons_of
from organisations.models import Region
from tests.certificates.test_certificates import earn
from tests.factories import make_course

pytestmark = pytest.mark.django_db


def _publish_major_revision(course, renew_by, capture):
    course = CoursePage.objects.get(pk=course.pk)
    course.major_revision_pending = True
    course.renewal_deadline_pending = renew_by
    with capture(execute=True):
        course.save_revision().publish()
    course.refresh_from_db()
    return course


def test_a_major_revision_sets_the_renewal_date_and_enrols_holders_of_older_versions_once(
    employee, manager_groningen, django_capture_on_commit_callbacks
):
    course = earn(employee, capture=django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=employee)
    mail.outbox.clear()
    today = timezone.localdate()
    renew_by = today + timedelta(days=120)

    course = _publish_major_revision(course, renew_by, django_capture_on_commit_callbacks)

    assert (course.version, course.renewal_deadline, course.renewal_deadline_pending) == (2, renew_by, None)
    renewal = Enrolment.objects.get(user=employee, course=course, cycle=2)
    assert renewal.source == "recertification" and renewal.deadline == renew_by
    assert renewal.lesson_completions.count() == 0  # the content changed: every lesson again
    assert len(mail.outbox) == 1 and "vóór" in mail.outbox[0].subject and employee.email in mail.outbox[0].to
    certificate.refresh_from_db()
    assert certificate.renewal_due_on == renew_by and certificate.valid_until == renew_by
    assert certificate.status == "valid"

    # The task again (redelivery, or a later ordinary publication): nothing new.
    from certificates.services import open_revision_renewals

    assert open_revision_renewals(course_id=course.pk) == 0 and len(mail.outbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        course.get_latest_revision().publish()
    assert Enrolment.objects.filter(user=employee, course=course).count() == 2 and len(mail.outbox) == 1

    # The manager's list can show exactly those that need renewing.
    assert list(certificates_visible_to(manager_groningen, status="renewal")) == [certificate]
    assert list(certificates_visible_to(manager_groningen, status="valid")) == [certificate]


def test_an_older_version_stops_counting_after_the_renewal_date(employee, client, django_capture_on_commit_callbacks):
    course = earn(employee, capture=django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=employee)
    renew_by = timezone.localdate() + timedelta(days=30)
    course = _publish_major_revision(course, renew_by, django_capture_on_commit_callbacks)
    page = client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    assert "Geldig certificaat" in page and "grote herziening" in page

    CoursePage.objects.filter(pk=course.pk).update(renewal_deadline=timezone.localdate() - timedelta(days=1))
    certificate = Certificate.objects.select_related("course").get(pk=certificate.pk)
    assert certificate.status == "expired"
    assert not Certificate.objects.valid_on(timezone.localdate()).exists()
    page = client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    assert "Verlopen certificaat" in page


def test_a_certificate_of_the_current_version_is_not_touched_by_the_renewal_date(
    employee, django_capture_on_commit_callbacks
):
    course = earn(employee, capture=django_capture_on_commit_callbacks)
    course = _publish_major_revision(
        course, timezone.localdate() + timedelta(days=30), django_capture_on_commit_callbacks
    )
    Certificate.objects.filter(user=employee).update(course_version=2)
    certificate = Certificate.objects.select_related("course").get(user=employee)
    assert certificate.renewal_due_on is None and certificate.valid_until == certificate.expires_on


def test_the_cms_asks_for_a_future_renewal_date_with_a_major_revision(settings):
    from organisations.models import User

    settings.REQUIRE_STAFF_MFA = False
    course = make_course(lessons=0)
    admin = User.objects.create_superuser(email="beheer@vt.example", password="Lang-genoeg-wachtwoord-1")
    client = Client()
    client.force_login(admin, backend="organisations.auth_backends.CachedPermissionsBackend")
    data = {
        "title": course.title,
        "slug": course.slug,
        "code": course.code,
        "study_load_hours": "2",
        "summary": course.summary,
        "for_all_functions": "on",
        "certificate_validity_months": "36",
        "is_major_revision": "on",
        "action-publish": "1",
    }
    edit = f"/cms/pages/{course.pk}/edit/"
    missing = client.post(edit, data)
    assert missing.status_code == 200 and "Kies de datum waarvóór" in missing.content.decode()
    past = client.post(edit, {**data, "renew_by": str(timezone.localdate())})
    assert "Kies een datum in de toekomst" in past.content.decode()
    only_date = client.post(edit, {**data, "is_major_revision": "", "renew_by": "2030-01-01"})
    assert "vink die ook aan" in only_date.content.decode()
    assert CoursePage.objects.get(pk=course.pk).version == 1

    renew_by = timezone.localdate() + timedelta(days=90)
    response = client.post(edit, {**data, "renew_by": renew_by.isoformat()})
    assert response.status_code == 302, response.content.decode()[:3000]
    course.refresh_from_db()
    assert (course.version, course.renewal_deadline) == (2, renew_by)


def test_recertification_redoes_only_the_refresher_lessons_and_the_assessment(
    employee, django_capture_on_commit_callbacks
):
    course = make_course(lessons=3)
    refresher = lessons_of(course)[1].specific
    LessonPage.objects.filter(pk=refresher.pk).update(refresher=True)
    earn(employee, course=course, capture=django_capture_on_commit_callbacks)
    # earn() completes only the first lesson; finish the others so the course completes.
    from courses.services import complete_lesson

    for lesson in lessons_of(course)[1:]:
        with django_capture_on_commit_callbacks(execute=True):
            complete_lesson(user=employee, lesson=lesson.specific, course=course)
    first = Certificate.objects.get(user=employee)
    today = timezone.localdate()
    Certificate.objects.filter(pk=first.pk).update(
        issued_on=today - timedelta(days=1000), expires_on=today + timedelta(days=40)
    )
    assert open_recertification_windows() == 1
    renewal = Enrolment.objects.get(user=employee, course=course, cycle=2)
    carried = set(renewal.lesson_completions.values_list("lesson_id", flat=True))
    assert carried == {lesson.pk for lesson in lessons_of(course)} - {refresher.pk}


def test_the_pdf_carries_the_regions_logo_and_signatory_from_the_cms_settings(
    employee, django_capture_on_commit_callbacks, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    earn(employee, capture=django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=employee)
    config = CertificateSettings.load()
    config.signatory_name, config.signatory_title = "Drs. Anouk Verbeek", "programmaleider"
    config.save()
    no_branding = PdfReader(io.BytesIO(certificate_pdf.render_certificate_pdf(pdf_context(certificate))))
    text = no_branding.pages[0].extract_text()
    assert "Anouk Verbeek" in text and len(no_branding.pages[0].images) == 0

    logo = Image.objects.create(title="Logo Veilig Thuis Groningen", file=get_test_image_file(size=(1200, 400)))
    RegionCertificateBranding.objects.create(
        settings=config,
        region=Region.objects.get(slug="groningen"),
        logo=logo,
        signatory_name="Jan Huizinga",
        signatory_title="directeur Veilig Thuis Groningen",
    )
    fetcher = certificate_pdf.AssetsOnlyFetcher()
    reader = PdfReader(io.BytesIO(certificate_pdf.render_certificate_pdf(pdf_context(certificate), fetcher=fetcher)))
    text = reader.pages[0].extract_text()
    assert "Jan Huizinga" in text and "Anouk Verbeek" not in text and "Namens Veilig Thuis" in text
    images = reader.pages[0].images
    assert len(images) == 1 and images[0].image.size[0] <= 600  # scaled down, embedded
    assert fetcher.refused == []


def test_trainers_edit_the_certificate_settings_in_the_cms_and_employees_cannot(trainer, employee, login):
    url = "/cms/settings/certificates/certificatesettings/"
    client = login(trainer)
    page = client.get(url, follow=True)
    assert page.status_code == 200 and "Per regio" in page.content.decode()
    saved = client.post(
        page.redirect_chain[-1][0],
        {
            "signatory_name": "Drs. Anouk Verbeek",
            "signatory_title": "programmaleider",
            "regions-TOTAL_FORMS": "1",
            "regions-INITIAL_FORMS": "0",
            "regions-MIN_NUM_FORMS": "0",
            "regions-MAX_NUM_FORMS": "1000",
            "regions-0-region": str(Region.objects.get(slug="groningen").pk),
            "regions-0-signatory_name": "Jan Huizinga",
            "regions-0-signatory_title": "directeur",
            "regions-0-ORDER": "1",
            "regions-0-DELETE": "",
            "regions-0-id": "",
        },
    )
    assert saved.status_code == 302, saved.content.decode()[:2000]
    assert CertificateSettings.load().signatory_name == "Drs. Anouk Verbeek"
    assert RegionCertificateBranding.objects.get().signatory_name == "Jan Huizinga"
    employee_page = login(employee).get(url)
    assert employee_page.status_code in {302, 403} and "Per regio" not in employee_page.content.decode()
