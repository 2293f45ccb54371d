"""Reads about certificates, region-scoped through `Certificate.objects.visible_to`."""

from __future__ import annotations

from django.conf import settings
from django.db.models import F, QuerySet
from django.http import Http404
from django.urls import reverse

from certificates.models import (
    Certificate,
    CertificateBundle,
    CertificateSettings,
    RegionCertificateBranding,
    normalise_code,
    valid_on_q,
)
from organisations.models import User


def verification_url(code: str) -> str:
    return settings.SITE_URL + reverse("certificates:verify_code", args=[code])


def pdf_context(certificate: Certificate) -> dict:
    """Everything the PDF shows: only the certificate's own copied fields, and the branding."""
    return {**certificate_fields(certificate), **branding_for(certificate.region_id)}


def certificate_fields(certificate: Certificate) -> dict:
    """The certificate's own copied fields, without the branding (which costs two queries: the
    overview of many certificates shows no logo or signatory)."""
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


#: The logo is scaled down before it goes into the PDF: a 10 MB upload must not make 10 MB PDFs.
LOGO_RENDITION = "max-600x240|format-png"


def branding_for(region_id: int) -> dict:
    """The region's logo (as a data: URI, so the PDF renderer fetches nothing) and signatory from
    the CMS settings; the national signatory when the region has none."""
    import base64

    national = CertificateSettings.base_queryset().first()
    regional = RegionCertificateBranding.objects.filter(region_id=region_id).select_related("logo").first()
    branding = {
        "signatory_name": national.signatory_name if national else "",
        "signatory_title": national.signatory_title if national else "",
        "logo": "",
    }
    if regional is None:
        return branding
    if regional.signatory_name:
        branding["signatory_name"], branding["signatory_title"] = regional.signatory_name, regional.signatory_title
    if regional.logo is not None:
        rendition = regional.logo.get_rendition(LOGO_RENDITION)
        with rendition.file.open("rb") as image:
            branding["logo"] = "data:image/png;base64," + base64.b64encode(image.read()).decode()
    return branding


def may_list_certificates(user: User) -> bool:
    """The region's certificate list, its ZIPs and re-issuing: a region's managers (and superusers);
    not programme staff, whom `Certificate.objects.visible_to` shows only their own."""
    from organisations.scoping import scope_for

    return scope_for(user).region_id is not None or bool(getattr(user, "is_superuser", False))


def certificates_of(user: User) -> QuerySet[Certificate]:
    return Certificate.objects.filter(user=user).select_related("course").order_by("-issued_on", "-pk")


LIST_STATUSES = ("valid", "expiring", "renewal", "expired", "revoked")


def certificates_visible_to(
    user: User, *, status: str = "", course_id: int | None = None, query: str = ""
) -> QuerySet[Certificate]:
    """For managers: their region's certificates, filtered as on the list."""
    from datetime import timedelta

    from django.db.models import Q
    from django.utils import timezone

    certificates = _listed(user).select_related("user", "course")
    today = timezone.localdate()
    if status == "valid":
        certificates = certificates.valid_on(today)
    elif status == "expiring":
        soon = today + timedelta(days=90)
        certificates = certificates.valid_on(today).filter(
            Q(expires_on__lte=soon)
            | Q(course_version__lt=F("course__recertify_below_version"), course__renewal_deadline__lte=soon)
        )
    elif status == "renewal":
        certificates = certificates.valid_on(today).filter(course_version__lt=F("course__recertify_below_version"))
    elif status == "expired":
        certificates = certificates.filter(revoked_at__isnull=True).exclude(valid_on_q(today))
    elif status == "revoked":
        certificates = certificates.filter(revoked_at__isnull=False)
    if course_id:
        certificates = certificates.filter(course_id=course_id)
    for word in query.split():
        certificates = certificates.filter(Q(holder_name__icontains=word) | Q(code__iexact=normalise_code(word)))
    return certificates.order_by("expires_on", "holder_name", "pk")


def _listed(user: User) -> QuerySet[Certificate]:
    """What the list shows: the certificates visible to `user` except their own. For a manager that
    is exactly the region's; said so directly, because `visible_to` adds "or one's own" with an OR
    that keeps the database from walking the (region, expires_on) index: at 45,000 certificates in a
    region the first page took 140 ms of sorting instead of 1 ms (bench/explain.py)."""
    from organisations.scoping import scope_for

    scope = scope_for(user)
    if scope.region_id is not None:  # a manager
        return Certificate.objects.in_region(scope.region_id).exclude(user=user)
    return Certificate.objects.visible_to(user).exclude(user=user)


def certificate_courses(user: User) -> list[tuple[int, str]]:
    """The courses the user's visible certificates are for, for the list's course filter."""
    return list(_listed(user).values_list("course_id", "course__title").distinct().order_by("course__title"))


def access_certificate(user: User, pk: int) -> Certificate:
    """The holder and their region's manager may open it; 404 for anyone else (programme staff too)."""
    certificate = Certificate.objects.visible_to(user).filter(pk=pk).first()
    if certificate is None:
        raise Http404
    return certificate


def access_bundle(user: User, pk: int) -> CertificateBundle:
    """A certificate bundle, for the person who asked for it only: anyone else — the region's other
    managers, programme staff — gets 404, as for a missing bundle. One query."""
    bundle = CertificateBundle.objects.visible_to(user).filter(pk=pk, requested_by_id=user.pk).first()
    if bundle is None:
        raise Http404
    return bundle


def bundle_progress(bundle: CertificateBundle) -> dict:
    """What the waiting page and its JSON show: state, counts, and the same sentences for both."""
    from django.utils.translation import gettext as _
    from django.utils.translation import ngettext

    messages = {
        "pending": _("De ZIP staat in de wachtrij."),
        "running": _("De ZIP wordt gemaakt."),
        "done": _("De ZIP is klaar om te downloaden."),
        "failed": _("Het maken van de ZIP is mislukt. Probeer het opnieuw vanuit de lijst met certificaten."),
        "expired": _(
            "Deze ZIP is verwijderd: ZIP-bestanden worden maar kort bewaard, omdat ze persoonsgegevens bevatten. "
            "Kies de certificaten opnieuw in de lijst."
        ),
    }
    return {
        "status": bundle.status,
        "finished": bundle.is_finished,
        "done": bundle.done,
        "total": bundle.total,
        "percent": bundle.percent,
        "progress_text": ngettext(
            "%(done)s van %(total)s certificaat", "%(done)s van %(total)s certificaten", bundle.total
        )
        % {"done": bundle.done, "total": bundle.total},
        "message": messages[bundle.status],
        "download_url": reverse("certificates:bundle_download", args=[bundle.pk]) if bundle.status == "done" else "",
    }


def find_by_code(text: str) -> Certificate | None:
    code = normalise_code(text)
    if not code:
        return None
    return Certificate.objects.filter(code=code).select_related("course").first()


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
        "certificates": [{**certificate_fields(c), "status": c.get_status_display()} for c in certificates],
        "points": sorted(points.items()),
        "made_on": timezone.localdate(),
    }


# --- The person's own data (organisations.personal_data) ----------------------------------------


def personal_data_labels() -> dict:
    """Dutch labels for the keys of `personal_data`, for the readable PDF."""
    from django.utils.translation import gettext_lazy as _

    return {
        "certificates": _("Certificaten"),
        "code": _("Verificatiecode"),
        "course": _("Cursus"),
        "course_code": _("Cursuscode"),
        "course_version": _("Cursusversie"),
        "cycle": _("Cyclus"),
        "holder_name": _("Naam op het certificaat"),
        "region": _("Uitgegeven door regio"),
        "study_load_hours": _("Studielast (uren)"),
        "accreditation": _("Accreditatie"),
        "accreditation_points": _("Accreditatiepunten"),
        "competences": _("Competenties"),
        "assessment_results": _("Toetsresultaten"),
        "title": _("Toets"),
        "percent": _("Percentage"),
        "issued_on": _("Uitgegeven op"),
        "expires_on": _("Verloopt op"),
        "valid_until": _("Geldig tot"),
        "status": _("Status"),
        "emailed_at": _("Gemaild op"),
        "revoked_at": _("Ingetrokken op"),
        "revoked_reason": _("Reden van intrekking"),
    }


def personal_data(user) -> dict:
    """Every certificate issued to `user`, revoked ones included, as it was issued (its copied
    fields) with today's status. For the person themselves (organisations.personal_data); who
    revoked a certificate is left out, the reason is not. Reads only; one query."""
    from certificates.models import Certificate, group_code

    return {
        "certificates": [
            {
                "code": group_code(c.code),
                "course": c.course_title,
                "course_code": c.course_code,
                "course_version": c.course_version,
                "cycle": c.cycle,
                "holder_name": c.holder_name,
                "region": c.region_name,
                "study_load_hours": c.study_load_hours,
                "accreditation": f"{c.accreditation_body} {c.accreditation_number}".strip(),
                "accreditation_points": c.accreditation_points,
                "competences": list(c.competences),
                "assessment_results": list(c.assessment_results),
                "issued_on": c.issued_on,
                "expires_on": c.expires_on,
                "valid_until": c.valid_until,
                "status": c.get_status_display(),
                "emailed_at": c.emailed_at,
                "revoked_at": c.revoked_at,
                "revoked_reason": c.revoked_reason,
            }
            for c in Certificate.objects.filter(user=user).select_related("course").order_by("issued_on", "pk")
        ]
    }
