"""Certificates: proof that a person completed a course (with its required assessments) in a cycle.

A certificate copies what it certifies at the moment of issue — holder's name, course, version,
study load, accreditation, competences, assessment result, issuing region — so a later edit of the
course or a name change does not silently rewrite a document someone already showed an employer.
Re-issuing the PDF (after a name change) is an explicit act that keeps the verification code.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Enrolment
from organisations.scoping import RegionScopedQuerySet

#: Crockford's base32 without I, L, O and U: nothing to misread when typed from paper.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 20  # 20 × 5 bits = 100 bits of randomness


def new_verification_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """What a person typed → the stored form: groups, spaces and case do not matter; O/I/L read as 0/1/1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))


def group_code(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


class CertificateQuerySet(RegionScopedQuerySet):
    region_lookup = "region"
    owner_lookup = "user"


class Certificate(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates")
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="certificates")
    enrolment = models.OneToOneField(Enrolment, on_delete=models.PROTECT, related_name="certificate")
    cycle = models.PositiveSmallIntegerField()
    #: The region that issued it: the holder's region at the time.
    region = models.ForeignKey("organisations.Region", on_delete=models.PROTECT, related_name="certificates")
    code = models.CharField(_("verificatiecode"), max_length=CODE_LENGTH, unique=True, default=new_verification_code)
    holder_name = models.CharField(_("naam"), max_length=300)
    course_title = models.CharField(max_length=255)
    course_code = models.CharField(max_length=10, blank=True)
    course_version = models.PositiveIntegerField()
    study_load_hours = models.DecimalField(max_digits=4, decimal_places=1)
    accreditation_body = models.CharField(max_length=10, blank=True)
    accreditation_number = models.CharField(max_length=60, blank=True)
    accreditation_points = models.PositiveSmallIntegerField(null=True, blank=True)
    competences = models.JSONField(default=list, blank=True)  # ["C1 Wettelijk …", …]
    #: [{"title": …, "percent": …}] of the required assessments passed in this cycle.
    assessment_results = models.JSONField(default=list, blank=True)
    region_name = models.CharField(max_length=120)
    issued_on = models.DateField(_("uitgegeven op"))
    expires_on = models.DateField(_("geldig tot"))
    pdf = models.FileField(upload_to="certificates/", blank=True)
    pdf_rendered_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    #: Reminders sent before expiry, one per threshold (90 and 30 days); set with the send, so a
    #: re-run of the beat task or the cron command sends nothing twice.
    reminded_90_at = models.DateTimeField(null=True, blank=True)
    reminded_30_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.TextField(blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course", "cycle"], name="one_certificate_per_course_cycle"),
            models.CheckConstraint(condition=Q(expires_on__gt=models.F("issued_on")), name="expires_after_issue"),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revoked_reason=""), name="revocation_has_reason"
            ),
        ]
        indexes = [models.Index(fields=["region", "expires_on"], name="certificate_region_expiry")]

    def __str__(self) -> str:
        return f"{self.course_title} — {self.holder_name}"

    @property
    def grouped_code(self) -> str:
        return group_code(self.code)

    @property
    def status(self) -> str:
        if self.revoked_at:
            return "revoked"
        if self.expires_on < timezone.localdate():
            return "expired"
        return "valid"

    def get_status_display(self) -> str:
        return {"revoked": _("Ingetrokken"), "expired": _("Verlopen"), "valid": _("Geldig")}[self.status]
