"""People and where they work: regions, teams, functions, memberships, invitations, audit events.

Constraints first: one current membership per person, a region for everyone but programme staff,
one team name per region, one active invitation token per hash.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from organisations.scoping import RegionScopedQuerySet


class RegionQuerySet(models.QuerySet):
    def active(self, on=None):
        day = on or timezone.localdate()
        return self.filter(Q(active_from__lte=day), Q(active_to__isnull=True) | Q(active_to__gte=day))


class Region(models.Model):
    """A Veilig Thuis region: reference data with a stable slug, kept when a region stops."""

    slug = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("naam"), max_length=120)
    cbs_label = models.CharField(_("CBS-label"), max_length=120, blank=True)
    province = models.CharField(_("provincie"), max_length=60, blank=True)
    centrumgemeente = models.CharField(_("centrumgemeente"), max_length=120, blank=True)
    active_from = models.DateField(_("actief vanaf"))
    active_to = models.DateField(_("actief tot en met"), null=True, blank=True)

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")
        constraints = [
            models.CheckConstraint(
                condition=Q(active_to__isnull=True) | Q(active_to__gte=models.F("active_from")),
                name="region_active_period_valid",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Function(models.Model):
    """A job role at Veilig Thuis (DOMAIN §2); learning paths hang off it."""

    slug = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("naam"), max_length=120)
    description = models.TextField(_("omschrijving"), blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("functie")
        verbose_name_plural = _("functies")

    def __str__(self) -> str:
        return self.name


class TeamQuerySet(RegionScopedQuerySet):
    region_lookup = "region"


class Team(models.Model):
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="teams", verbose_name=_("regio"))
    name = models.CharField(_("naam"), max_length=120)

    objects = TeamQuerySet.as_manager()

    class Meta:
        ordering = ["region__name", "name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        constraints = [models.UniqueConstraint(fields=["region", "name"], name="team_name_unique_in_region")]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    EMPLOYEE = "employee", _("Medewerker")
    TRAINER = "trainer", _("Trainer")
    MANAGER = "manager", _("Manager")
    PROGRAMME = "programme", _("Programmamedewerker")


#: Roles that administer or author and therefore need a second factor when REQUIRE_STAFF_MFA is on.
STAFF_ROLES = frozenset({Role.TRAINER, Role.MANAGER, Role.PROGRAMME})


class Background(models.TextChoices):
    EX_AMK = "ex_amk", _("Ex-AMK (kindermishandeling)")
    EX_SHG = "ex_shg", _("Ex-SHG (huiselijk geweld)")
    NEW = "new", _("Nieuw sinds Veilig Thuis")


class UserQuerySet(RegionScopedQuerySet):
    # A person belongs to the region of their *current* membership; both conditions sit in one
    # filter() so they apply to the same joined row.
    owner_lookup = "pk"

    def region_q(self, region) -> Q:
        return Q(memberships__region=region, memberships__valid_to__isnull=True)

    def with_current_membership(self):
        return self.prefetch_related(
            models.Prefetch(
                "memberships",
                queryset=Membership.objects.filter(valid_to__isnull=True).select_related("region", "team", "function"),
                to_attr="_current_memberships",
            )
        )


class UserManager(BaseUserManager.from_queryset(UserQuerySet)):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)  # None gives an unusable password: the invitation sets one.
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person who logs in with their work e-mail. Deactivated, never deleted."""

    username = None
    email = models.EmailField(_("e-mailadres (werk)"), unique=True)
    first_name = models.CharField(_("voornaam"), max_length=150)
    last_name = models.CharField(_("achternaam"), max_length=150)
    deactivated_at = models.DateTimeField(_("gedeactiveerd op"), null=True, blank=True)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()
    region_owned = True

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_unique_ci")]
        # The people search's trigram index (user_name_search) is PostgreSQL-only, so it is made by
        # migration 0008_user_name_search and not listed in `indexes`.
        # Erasure is irreversible, so it is a permission of its own (see organisations.erasure).
        permissions = [("erase_person", _("Kan de gegevens van een persoon wissen (AVG art. 17)"))]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @cached_property
    def current_membership(self) -> Membership | None:
        prefetched = getattr(self, "_current_memberships", None)
        if prefetched is not None:
            return prefetched[0] if prefetched else None
        if self.pk is None:
            return None
        from organisations.membership_cache import current_membership_of

        membership = current_membership_of(self.pk)
        if membership is not None:
            membership.user = self  # as the related manager would have set it (a fresh copy per read)
        return membership

    @property
    def role(self) -> str | None:
        membership = self.current_membership
        return membership.role if membership else None

    @property
    def requires_mfa(self) -> bool:
        return self.is_superuser or self.role in STAFF_ROLES


class MembershipQuerySet(RegionScopedQuerySet):
    region_lookup = "region"
    owner_lookup = "user"

    def current(self):
        return self.filter(valid_to__isnull=True)


class Membership(models.Model):
    """Where a person works, as what, since when. Moving closes this row and opens a new one."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="memberships", verbose_name=_("persoon")
    )
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, null=True, blank=True, related_name="memberships", verbose_name=_("regio")
    )
    team = models.ForeignKey(
        Team, on_delete=models.PROTECT, null=True, blank=True, related_name="memberships", verbose_name=_("team")
    )
    function = models.ForeignKey(
        Function,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("functie"),
    )
    background = models.CharField(_("achtergrond"), max_length=10, choices=Background.choices, default=Background.NEW)
    role = models.CharField(_("rol"), max_length=12, choices=Role.choices, default=Role.EMPLOYEE)
    valid_from = models.DateField(_("vanaf"), default=timezone.localdate)
    valid_to = models.DateField(_("tot en met"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["-valid_from", "-pk"]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(valid_to__isnull=True), name="one_current_membership_per_user"
            ),
            models.CheckConstraint(
                condition=Q(role=Role.PROGRAMME) | Q(region__isnull=False), name="membership_region_required"
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="membership_period_valid",
            ),
        ]
        indexes = [models.Index(fields=["region", "valid_to"], name="membership_region_current")]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} ({self.region or _('landelijk')})"

    @property
    def is_manager(self) -> bool:
        return self.role == Role.MANAGER

    @property
    def is_programme_staff(self) -> bool:
        return self.role == Role.PROGRAMME


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(models.Model):
    """A one-time link to set a first password.

    The token is made by the task that mails it, so the secret never passes through the broker;
    only its SHA-256 is stored, and only once the mail went out.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="invitations")
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")

    @property
    def is_usable(self) -> bool:
        return self.used_at is None and self.revoked_at is None and self.expires_at > timezone.now()


class AuditAction(models.TextChoices):
    PERSON_CREATED = "person_created", _("Persoon aangemaakt")
    PERSON_UPDATED = "person_updated", _("Persoon gewijzigd")
    ROLE_CHANGED = "role_changed", _("Rol gewijzigd")
    MOVED = "moved", _("Verhuisd naar andere regio of team")
    DEACTIVATED = "deactivated", _("Gedeactiveerd")
    REACTIVATED = "reactivated", _("Opnieuw geactiveerd")
    INVITED = "invited", _("Uitnodiging verstuurd")
    INVITATION_ACCEPTED = "invitation_accepted", _("Uitnodiging gebruikt")
    CERTIFICATE_REVOKED = "certificate_revoked", _("Certificaat ingetrokken")
    RECORD_VIEWED = "record_viewed", _("Leerdossier bekeken")
    READINESS_EXPORTED = "readiness_exported", _("Gereedheid geëxporteerd")
    CERTIFICATES_EXPORTED = "certificates_exported", _("Certificaten gedownload als ZIP")
    REMINDER_SENT = "reminder_sent", _("Herinnering gestuurd")
    ERASED = "erased", _("Gegevens gewist (geanonimiseerd)")


class AuditEventQuerySet(RegionScopedQuerySet):
    region_lookup = "region"


class AuditEvent(models.Model):
    """Who did what to whom, when. Append-only; the region is the subject's at that moment."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    action = models.CharField(max_length=32, choices=AuditAction.choices)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="audit_events"
    )
    region = models.ForeignKey(Region, on_delete=models.PROTECT, null=True, related_name="+")
    details = models.JSONField(default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at"]
        verbose_name = _("auditregel")
        verbose_name_plural = _("auditlog")
