"""Reads about certificates, region-scoped through `Certificate.objects.visible_to`."""

from __future__ import annotations

from django.conf import settings
from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse

from certificates.models import Certificate, normalise_code
from organisations.models import User


def verification_url(code: str) -> str:
    return settings.SITE_URL + reverse("certificates:verify_code", args=[code])


def pdf_context(certificate: Certificate) -> dict:
    """Everything the PDF shows: only the certificate's own copied fields."""
    fields = (
        "holder_name",
        "course_title",
        "course_code",
        "course_version",
        "study_load_hours",
        "accreditation_body",
        "accreditation_number",
        "accreditation_points",
        "competences",
        "assessment_results",
        "region_name",
        "issued_on",
        "expires_on",
    )
    return {
        **{name: getattr(certificate, name) for name in fields},
        "grouped_code": certificate.grouped_code,
        "verification_url": verification_url(certificate.code),
    }


def certificates_of(user: User) -> QuerySet[Certificate]:
    return Certificate.objects.filter(user=user).order_by("-issued_on", "-pk")


def certificates_visible_to(user: User, *, status: str = "", course_id: int | None = None) -> QuerySet[Certificate]:
    """For managers: their region's certificates (programme staff: all), filtered as on the list."""
    from django.utils import timezone

    certificates = Certificate.objects.visible_to(user).exclude(user=user).select_related("user")
    today = timezone.localdate()
    if status == "valid":
        certificates = certificates.filter(revoked_at__isnull=True, expires_on__gte=today)
    elif status == "expired":
        certificates = certificates.filter(revoked_at__isnull=True, expires_on__lt=today)
    elif status == "revoked":
        certificates = certificates.filter(revoked_at__isnull=False)
    if course_id:
        certificates = certificates.filter(course_id=course_id)
    return certificates.order_by("expires_on", "holder_name")


def access_certificate(user: User, pk: int) -> Certificate:
    """The holder, their region's manager and programme staff may open it; 404 for anyone else."""
    certificate = Certificate.objects.visible_to(user).filter(pk=pk).first()
    if certificate is None:
        raise Http404
    return certificate


def find_by_code(text: str) -> Certificate | None:
    code = normalise_code(text)
    if not code:
        return None
    return Certificate.objects.filter(code=code).first()


def learning_section(user: User) -> dict | None:
    """The learner's certificates on /mijn-leren/ (registered in courses.extensions). One query."""
    certificates = list(certificates_of(user))
    if not certificates:
        return None
    return {"template": "certificates/includes/my_certificates.html", "certificates": certificates}


def overview_context(user: User, certificates: list[Certificate]) -> dict:
    """Certificates with their status and the accreditation points of the valid ones, per body."""
    from django.utils import timezone

    points: dict[str, int] = {}
    for certificate in certificates:
        if certificate.status == "valid" and certificate.accreditation_body and certificate.accreditation_points:
            points[certificate.accreditation_body] = (
                points.get(certificate.accreditation_body, 0) + certificate.accreditation_points
            )
    return {
        "holder_name": user.get_full_name() or user.email,
        "certificates": [{**pdf_context(c), "status": c.get_status_display()} for c in certificates],
        "points": sorted(points.items()),
        "made_on": timezone.localdate(),
    }
