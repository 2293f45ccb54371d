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
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable

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

    def visible_to(self, user) -> CertificateQuerySet:
        """As for every region-owned row, except programme staff: they administer accounts in every
        region but see learning results only as aggregates (README, "Privacy decision"), so of the
        certificates only their own. They revoke by code (`find_by_code`), which needs no list."""
        from organisations.scoping import scope_for

        if scope_for(user).all_regions and not user.is_superuser:
            return self.filter(user=user)
        return super().visible_to(user)

    def valid_on(self, day) -> CertificateQuerySet:
        """Certificates that count on `day`: not revoked, not expired, and of a course version still
        accepted (an older version than a major revision counts until the renewal date)."""
        return self.filter(valid_on_q(day))


def valid_on_q(day, prefix: str = "") -> Q:
    """The validity rule as a Q, for use from other models' querysets (`prefix="certificates__"`).
    A revision without a renewal date (before such dates existed) forces no renewal."""
    p = prefix
    return Q(**{f"{p}revoked_at__isnull": True, f"{p}expires_on__gte": day}) & (
        Q(**{f"{p}course_version__gte": models.F(f"{p}course__recertify_below_version")})
        | Q(**{f"{p}course__renewal_deadline__isnull": True})
        | Q(**{f"{p}course__renewal_deadline__gte": day})
    )


def valid_until_expression(prefix: str = ""):
    """`Certificate.valid_until` in SQL: the expiry date, or the renewal date when that comes first
    for a certificate of a version older than the course's last major revision."""
    from django.db.models import Case, F, When
    from django.db.models.functions import Least

    p = prefix
    return Case(
        When(
            Q(**{f"{p}course_version__lt": F(f"{p}course__recertify_below_version")})
            & Q(**{f"{p}course__renewal_deadline__isnull": False}),
            then=Least(F(f"{p}expires_on"), F(f"{p}course__renewal_deadline")),
        ),
        default=F(f"{p}expires_on"),
    )


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
        indexes = [
            models.Index(fields=["region", "expires_on"], name="certificate_region_expiry"),
            # The region's list counts its rows and offers its courses as a filter: with the user (to
            # leave out one's own) and the course in the index, PostgreSQL reads both from the index
            # alone (bench/explain.py). Included, not keyed: as key columns the planner took to
            # looking up the region's certificates course by course, which made searches slower.
            models.Index(fields=["region"], include=["user", "course"], name="certificate_region_listing"),
            # The list's "revoked" filter: a few hundred rows among the region's tens of thousands.
            models.Index(fields=["region"], condition=Q(revoked_at__isnull=False), name="certificate_region_revoked"),
        ]

    def __str__(self) -> str:
        return f"{self.course_title} — {self.holder_name}"

    @property
    def grouped_code(self) -> str:
        return group_code(self.code)

    @property
    def renewal_due_on(self):
        """The date by which a certificate of a version older than the course's last major revision
        must be renewed, or None when its version is still current. Reads `course`."""
        if self.course_version < self.course.recertify_below_version:
            return self.course.renewal_deadline
        return None

    @property
    def valid_until(self):
        renewal = self.renewal_due_on
        return min(self.expires_on, renewal) if renewal else self.expires_on

    @property
    def status(self) -> str:
        if self.revoked_at:
            return "revoked"
        if self.valid_until < timezone.localdate():
            return "expired"
        return "valid"

    def get_status_display(self) -> str:
        return {"revoked": _("Ingetrokken"), "expired": _("Verlopen"), "valid": _("Geldig")}[self.status]


@register_setting(icon="doc-full")
class CertificateSettings(ClusterableModel, BaseGenericSetting):
    """Who signs the certificates, and each region's own logo and signatory.

    Edited in the CMS under Instellingen. A region without its own entry uses the national
    signatory. The logo is embedded in the PDF as an image inside the document (never fetched)."""

    signatory_name = models.CharField(_("ondertekenaar (landelijk)"), max_length=120, blank=True)
    signatory_title = models.CharField(_("functie ondertekenaar"), max_length=120, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("signatory_name"), FieldPanel("signatory_title")])],
            heading=_("Landelijke ondertekening"),
        ),
        InlinePanel("regions", heading=_("Per regio"), label=_("regio")),
    ]

    class Meta:
        verbose_name = _("certificaten")


class BrandingQuerySet(RegionScopedQuerySet):
    region_lookup = "region"


class RegionCertificateBranding(Orderable):
    settings = ParentalKey(CertificateSettings, on_delete=models.CASCADE, related_name="regions")
    region = models.ForeignKey(
        "organisations.Region", on_delete=models.CASCADE, related_name="+", verbose_name=_("regio")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_("Liefst liggend, met een transparante of witte achtergrond. Wordt geschaald tot 60 × 24 mm."),
    )
    signatory_name = models.CharField(_("ondertekenaar"), max_length=120, blank=True)
    signatory_title = models.CharField(_("functie"), max_length=120, blank=True)

    panels = [
        FieldPanel("region"),
        FieldPanel("logo"),
        FieldRowPanel([FieldPanel("signatory_name"), FieldPanel("signatory_title")]),
    ]

    objects = BrandingQuerySet.as_manager()

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["settings", "region"], name="one_branding_per_region")]


class BundleStatus(models.TextChoices):
    PENDING = "pending", _("In de wachtrij")
    RUNNING = "running", _("Bezig")
    DONE = "done", _("Klaar")
    FAILED = "failed", _("Mislukt")
    #: The file was deleted after the retention period (organisations.retention) or an erasure.
    EXPIRED = "expired", _("Verwijderd")


#: A bundle in one of these states still has a task coming or working on it.
OPEN_BUNDLE_STATUSES = (BundleStatus.PENDING, BundleStatus.RUNNING)


class CertificateBundleQuerySet(RegionScopedQuerySet):
    region_lookup = "region"
    owner_lookup = "requested_by"


class CertificateBundle(models.Model):
    """A selection of certificates a manager (or programme staff) asked for as one ZIP.

    Built by `build_certificate_bundle_task`; `done`/`total` are the progress a polling page shows.
    Only the requester downloads it (see selectors.access_bundle). The partial unique constraint
    makes the same selection, asked twice while it is being built, one bundle.
    """

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificate_bundles"
    )
    #: The requester's region when asked; empty for programme staff, who select across regions.
    region = models.ForeignKey(
        "organisations.Region", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    #: Sorted primary keys of the certificates asked for, after scoping (never revoked ones).
    certificate_ids = models.JSONField(default=list)
    #: sha256 (hex) of the requester's id and the sorted ids: "the same selection".
    fingerprint = models.CharField(max_length=64)
    #: Revoked certificates that were in the selection and left out (they have no valid PDF).
    skipped_revoked = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=10, choices=BundleStatus.choices, default=BundleStatus.PENDING)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="certificate-bundles/", blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    objects = CertificateBundleQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["requested_by", "fingerprint"],
                condition=Q(status__in=["pending", "running"]),
                name="one_open_bundle_per_selection",
            ),
            models.CheckConstraint(condition=Q(done__lte=models.F("total")), name="bundle_done_within_total"),
        ]

    def __str__(self) -> str:
        return f"{self.requested_by} — {self.total} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (BundleStatus.DONE, BundleStatus.FAILED, BundleStatus.EXPIRED)

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0
