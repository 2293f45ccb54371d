"""A selection of certificates as one ZIP: asking, building, progress, access and bad input."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.models import BundleStatus, Certificate, CertificateBundle
from certificates.services import bundle_fingerprint, issue_certificate, request_bundle, revoke_certificate
from certificates.tasks import build_certificate_bundle_task
from courses.models import Enrolment
from organisations.models import Role
from tests.factories import make_course, make_person, region

pytestmark = pytest.mark.django_db

BUNDLE_URL = "/certificaten/bundel/"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def course():
    return make_course(code="MC1", lessons=1)


def certificate_for(person, course) -> Certificate:
    """An issued certificate without a rendered PDF (the bundle renders it)."""
    enrolment = Enrolment.objects.create(
        user=person, course=course, source="self", completed_at=timezone.now(), completed_version=1
    )
    return issue_certificate(enrolment_id=enrolment.pk, render=False)


def holders(region_slug: str, count: int, course) -> list[Certificate]:
    names = ["Anna de Vries", "Bram Jansen", "Çiğdem Yılmaz", "Daan Visser"]
    return [
        certificate_for(
            make_person(region_slug=region_slug, first_name=name.split()[0], last_name=name.split(" ", 1)[1]),
            course,
        )
        for name in names[:count]
    ]


def post_selection(client, ids, capture, *, query: str = ""):
    with capture(execute=True):
        return client.post(BUNDLE_URL + query, {"certificate": [str(pk) for pk in ids]})


def error_messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_a_manager_downloads_three_certificates_of_their_region_as_one_zip(
    login, manager_groningen, course, django_capture_on_commit_callbacks, _media
):
    certificates = holders("groningen", 3, course)
    services.store_certificate_pdf(certificates[0])  # one rendered before: used as it is
    stored_name = Certificate.objects.get(pk=certificates[0].pk).pdf.name
    client = login(manager_groningen)

    response = post_selection(client, [c.pk for c in certificates], django_capture_on_commit_callbacks)

    bundle = CertificateBundle.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("certificates:bundle", args=[bundle.pk])
    assert bundle.status == BundleStatus.DONE and (bundle.done, bundle.total) == (3, 3)
    assert bundle.requested_by == manager_groningen and bundle.region.slug == "groningen"
    assert bundle.certificate_ids == sorted(c.pk for c in certificates)
    page = client.get(response["Location"]).content.decode()
    assert "3 van 3 certificaten" in page and reverse("certificates:bundle_download", args=[bundle.pk]) in page

    download = client.get(reverse("certificates:bundle_download", args=[bundle.pk]))
    assert download.status_code == 200
    today = timezone.localdate().isoformat()
    assert download["Content-Disposition"] == f'attachment; filename="certificaten-{today}.zip"'
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    names = sorted(archive.namelist())
    pdfs = [name for name in names if name.endswith(".pdf")]
    assert len(pdfs) == 3 and "overzicht.csv" in names and len(names) == 4
    for certificate in certificates:
        assert f"-mc1-{certificate.code}.pdf" in " ".join(pdfs)
    assert "anna-de-vries-mc1-" in " ".join(pdfs) and "cigdem-ylmaz-mc1-" in " ".join(pdfs)
    for name in pdfs:
        assert archive.read(name).startswith(b"%PDF-")
    rows = list(csv.reader(io.StringIO(archive.read("overzicht.csv").decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:6] == ["Naam", "Cursus", "Cursuscode", "Uitgegeven", "Geldig tot", "Status"]
    assert sorted(row[0] for row in rows[1:]) == ["Anna de Vries", "Bram Jansen", "Çiğdem Yılmaz"]
    assert {row[6] for row in rows[1:]} == {c.grouped_code for c in certificates}
    assert all(row[5] == "Geldig" for row in rows[1:])
    # The missing PDFs were rendered and kept on the certificates; the stored one was reused; no mail.
    assert all(c.pdf for c in Certificate.objects.filter(pk__in=[c.pk for c in certificates]))
    assert Certificate.objects.get(pk=certificates[0].pk).pdf.name == stored_name
    assert mail.outbox == []
    from organisations.models import AuditAction, AuditEvent

    audit = AuditEvent.objects.get(action=AuditAction.CERTIFICATES_EXPORTED)
    assert audit.actor == manager_groningen and audit.details == {"bundle": bundle.pk, "certificates": 3}


def test_a_manager_of_another_region_gets_nothing_of_groningen(
    login, manager_utrecht, course, django_capture_on_commit_callbacks
):
    groningen = holders("groningen", 2, course)
    client = login(manager_utrecht)

    response = post_selection(client, [c.pk for c in groningen], django_capture_on_commit_callbacks)

    assert response.status_code == 302 and response["Location"] == reverse("certificates:list")
    assert error_messages(response) == ["Kies ten minste één certificaat om te downloaden."]
    assert not CertificateBundle.objects.exists()
    # Mixed with one of their own: only their own goes in.
    utrecht = certificate_for(make_person(region_slug="utrecht"), course)
    post_selection(client, [c.pk for c in groningen] + [utrecht.pk], django_capture_on_commit_callbacks)
    assert CertificateBundle.objects.get().certificate_ids == [utrecht.pk]


def test_only_the_requester_opens_the_bundle_page_status_and_download(
    login, manager_groningen, manager_utrecht, programme_staff, course, django_capture_on_commit_callbacks
):
    certificates = holders("groningen", 1, course)
    client = login(manager_groningen)
    post_selection(client, [c.pk for c in certificates], django_capture_on_commit_callbacks)
    bundle = CertificateBundle.objects.get()
    urls = [
        reverse("certificates:bundle", args=[bundle.pk]),
        reverse("certificates:bundle_status", args=[bundle.pk]),
        reverse("certificates:bundle_download", args=[bundle.pk]),
    ]
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]
    other_groningen_manager = make_person(role=Role.MANAGER, region_slug="groningen")
    for intruder in (manager_utrecht, other_groningen_manager, programme_staff):
        client = login(intruder)
        assert [client.get(url).status_code for url in urls] == [404, 404, 404], intruder


def test_an_employee_cannot_ask_for_a_bundle(login, employee, course, django_capture_on_commit_callbacks):
    own = certificate_for(employee, course)
    response = post_selection(login(employee), [own.pk], django_capture_on_commit_callbacks)
    assert response.status_code == 403
    assert not CertificateBundle.objects.exists()


def test_an_anonymous_visitor_is_sent_to_the_login(client, course):
    response = client.post(BUNDLE_URL, {"certificate": ["1"]})
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_nothing_selected_gives_a_message_no_bundle_and_no_file(
    login, manager_groningen, django_capture_on_commit_callbacks, _media
):
    client = login(manager_groningen)
    for posted in ([], ["", "abc", "²", "-1"]):
        response = post_selection(client, posted, django_capture_on_commit_callbacks, query="?status=valid&x=1")
        assert response.status_code == 302 and response["Location"] == reverse("certificates:list") + "?status=valid"
        shown = client.get(response["Location"])
        assert (
            shown.status_code == 200 and "Kies ten minste één certificaat om te downloaden." in shown.content.decode()
        )
    assert not CertificateBundle.objects.exists()
    assert not (_media / "certificate-bundles").exists()


def test_revoked_certificates_are_left_out_and_the_page_says_so(
    login, manager_groningen, course, django_capture_on_commit_callbacks
):
    kept, revoked = holders("groningen", 2, course)
    revoke_certificate(actor=make_person(role=Role.PROGRAMME, region_slug=None), certificate_id=revoked.pk, reason="x")
    client = login(manager_groningen)

    response = post_selection(client, [revoked.pk], django_capture_on_commit_callbacks)
    assert response["Location"] == reverse("certificates:list")
    assert "ingetrokken en heeft geen geldige PDF" in error_messages(response)[0]
    assert not CertificateBundle.objects.exists()

    response = post_selection(client, [kept.pk, revoked.pk], django_capture_on_commit_callbacks)
    bundle = CertificateBundle.objects.get()
    assert bundle.certificate_ids == [kept.pk] and bundle.skipped_revoked == 1 and bundle.status == "done"
    page = client.get(response["Location"]).content.decode()
    assert "1 ingetrokken certificaat is niet meegenomen" in page


def test_the_same_selection_asked_twice_while_pending_is_one_bundle(
    login, manager_groningen, course, django_capture_on_commit_callbacks
):
    certificates = holders("groningen", 2, course)
    ids = sorted(c.pk for c in certificates)
    pending = CertificateBundle.objects.create(
        requested_by=manager_groningen,
        region=region("groningen"),
        certificate_ids=ids,
        fingerprint=bundle_fingerprint(manager_groningen.pk, ids),
        total=2,
    )
    client = login(manager_groningen)

    response = post_selection(client, list(reversed(ids)), django_capture_on_commit_callbacks)

    assert response["Location"] == reverse("certificates:bundle", args=[pending.pk])
    assert CertificateBundle.objects.count() == 1
    pending.refresh_from_db()
    assert pending.status == BundleStatus.PENDING  # no second task was started for it


def test_a_finished_zip_of_the_same_selection_is_handed_out_again_within_the_hour(
    manager_groningen, course, django_capture_on_commit_callbacks, monkeypatch
):
    ids = [c.pk for c in holders("groningen", 2, course)]
    with django_capture_on_commit_callbacks(execute=True):
        first = request_bundle(actor=manager_groningen, certificate_ids=ids)
    assert CertificateBundle.objects.get().status == BundleStatus.DONE
    enqueued = []
    monkeypatch.setattr(build_certificate_bundle_task, "delay_on_commit", enqueued.append)
    with django_capture_on_commit_callbacks(execute=True):
        again = request_bundle(actor=manager_groningen, certificate_ids=ids)
    assert again.pk == first.pk and enqueued == [] and CertificateBundle.objects.count() == 1
    CertificateBundle.objects.filter(pk=first.pk).update(finished_at=timezone.now() - timedelta(hours=2))
    with django_capture_on_commit_callbacks(execute=True):
        later = request_bundle(actor=manager_groningen, certificate_ids=ids)
    assert later.pk != first.pk and enqueued == [later.pk]


def test_an_abandoned_bundle_is_replaced_by_a_new_one(manager_groningen, course, django_capture_on_commit_callbacks):
    ids = sorted(c.pk for c in holders("groningen", 1, course))
    stuck = CertificateBundle.objects.create(
        requested_by=manager_groningen,
        certificate_ids=ids,
        fingerprint=bundle_fingerprint(manager_groningen.pk, ids),
        status=BundleStatus.RUNNING,
        total=1,
        created_at=timezone.now() - timedelta(hours=3),
    )
    with django_capture_on_commit_callbacks(execute=True):
        fresh = request_bundle(actor=manager_groningen, certificate_ids=ids)
    stuck.refresh_from_db()
    assert fresh.pk != stuck.pk and stuck.status == BundleStatus.FAILED
    assert CertificateBundle.objects.get(pk=fresh.pk).status == BundleStatus.DONE
    # The old task, still running somewhere, finds its bundle replaced and stops.
    assert build_certificate_bundle_task(stuck.pk) == "failed"


def test_a_selection_over_the_limit_is_refused(manager_groningen, course, monkeypatch):
    monkeypatch.setattr(services, "MAX_BUNDLE_CERTIFICATES", 2)
    ids = [c.pk for c in holders("groningen", 3, course)]
    with pytest.raises(services.ValidationError, match="ten hoogste 2 certificaten"):
        request_bundle(actor=manager_groningen, certificate_ids=ids)
    assert not CertificateBundle.objects.exists()


def test_the_progress_json_and_page_report_done_and_total(login, manager_groningen):
    bundle = CertificateBundle.objects.create(
        requested_by=manager_groningen,
        region=region("groningen"),
        certificate_ids=list(range(1, 41)),
        fingerprint="a" * 64,
        status=BundleStatus.RUNNING,
        total=40,
        done=12,
    )
    client = login(manager_groningen)

    response = client.get(reverse("certificates:bundle_status", args=[bundle.pk]))

    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    body = response.json()
    assert body["status"] == "running" and body["finished"] is False
    assert (body["done"], body["total"], body["percent"]) == (12, 40, 30)
    assert body["progress_text"] == "12 van 40 certificaten" and body["download_url"] == ""
    page = client.get(reverse("certificates:bundle", args=[bundle.pk]))
    html = page.content.decode()
    assert '<label for="bundle-progress">' in html
    assert re.search(
        r'<progress id="bundle-progress" max="40" value="12" aria-valuetext="12 van 40 certificaten">', html
    )
    assert re.search(r'<p aria-live="polite" data-progress-message>De ZIP wordt gemaakt.</p>', html)
    assert "<noscript>" in html and reverse("certificates:bundle", args=[bundle.pk]) in html
    # Only the site's own script file, with the request's nonce: nothing inline for the CSP to refuse.
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts and all('src="/static/js/' in tag and re.search(r'nonce="[^"]+"', tag) for tag in scripts)
    nonce = re.search(r'nonce="([^"]+)"', scripts[0]).group(1)
    assert f"'nonce-{nonce}'" in page["Content-Security-Policy"]
    assert "style=" not in html
    # Not done yet: the download waits on the page.
    download = client.get(reverse("certificates:bundle_download", args=[bundle.pk]))
    assert download.status_code == 302 and download["Location"] == reverse("certificates:bundle", args=[bundle.pk])


def test_the_status_endpoint_costs_the_same_queries_for_any_bundle(login, manager_groningen):
    client = login(manager_groningen)
    counts = []
    for total in (1, 2000):
        bundle = CertificateBundle.objects.create(
            requested_by=manager_groningen,
            certificate_ids=list(range(total)),
            fingerprint=f"{total:064d}",
            status=BundleStatus.RUNNING,
            total=total,
        )
        url = reverse("certificates:bundle_status", args=[bundle.pk])
        client.get(url)  # warm the session
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 6, counts


def test_the_task_skips_a_done_bundle_and_a_rerun_rebuilds_into_the_same_file(
    manager_groningen, course, django_capture_on_commit_callbacks, _media
):
    ids = [c.pk for c in holders("groningen", 2, course)]
    with django_capture_on_commit_callbacks(execute=True):
        bundle = request_bundle(actor=manager_groningen, certificate_ids=ids)
    bundle.refresh_from_db()
    name = bundle.file.name
    assert name.startswith("certificate-bundles/bundel-") and name.endswith(".zip")
    assert build_certificate_bundle_task(bundle.pk) == "done"  # done: skipped
    # A worker died after writing the file: the re-run builds into the same name, one file.
    CertificateBundle.objects.filter(pk=bundle.pk).update(status=BundleStatus.RUNNING, done=1, finished_at=None)
    assert build_certificate_bundle_task(bundle.pk) == "done"
    bundle.refresh_from_db()
    assert bundle.file.name == name and bundle.status == BundleStatus.DONE and bundle.done == 2
    assert [p.name for p in (_media / "certificate-bundles").iterdir()] == [name.split("/")[-1]]
    assert build_certificate_bundle_task(999_999) == "missing"


def test_a_render_failure_marks_the_bundle_failed_and_the_page_says_so(
    login, manager_groningen, course, django_capture_on_commit_callbacks, monkeypatch
):
    def broken(context):
        raise ValueError("template broke")

    monkeypatch.setattr(services, "render_certificate_pdf", broken)
    ids = [c.pk for c in holders("groningen", 1, course)]
    client = login(manager_groningen)
    response = post_selection(client, ids, django_capture_on_commit_callbacks)
    bundle = CertificateBundle.objects.get()
    assert bundle.status == BundleStatus.FAILED and "template broke" in bundle.error and not bundle.file
    assert "mislukt" in client.get(response["Location"]).content.decode()
    assert client.get(reverse("certificates:bundle_status", args=[bundle.pk])).json()["finished"] is True


def test_the_list_offers_a_checkbox_per_certificate_that_is_not_revoked(login, manager_groningen, course):
    kept, revoked = holders("groningen", 2, course)
    revoke_certificate(actor=make_person(role=Role.PROGRAMME, region_slug=None), certificate_id=revoked.pk, reason="x")
    html = login(manager_groningen).get(reverse("certificates:list") + "?status=").content.decode()
    assert "Download selectie als ZIP" in html and 'id="bundle-form"' in html
    assert f'name="certificate" value="{kept.pk}"' in html
    assert f'name="certificate" value="{revoked.pk}"' not in html
    assert f"Selecteer certificaat van {kept.holder_name}, {kept.course_title}" in html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks")
def test_the_same_selection_posted_at_once_gives_one_bundle(manager_groningen, course, monkeypatch):
    from tests.concurrency import race

    enqueued = []
    monkeypatch.setattr(build_certificate_bundle_task, "delay_on_commit", enqueued.append)
    ids = [c.pk for c in holders("groningen", 2, course)]
    results, errors = race(6, lambda i: request_bundle(actor=manager_groningen, certificate_ids=ids).pk)
    assert errors == []
    assert len(set(results)) == 1 and CertificateBundle.objects.count() == 1
    assert enqueued == [results[0]]
