"""Writes about people. Keyword-only, atomic, audited; e-mail only after commit.

Every service assumes the caller has already fetched the person through `access_person` (so the
region check has happened) and re-checks the region it is asked to write into.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from organisations.models import (
    AuditAction,
    AuditEvent,
    Background,
    Function,
    Invitation,
    Membership,
    Region,
    Role,
    Team,
    User,
    hash_token,
)
from organisations.selectors import managed_regions
from organisations.signals import membership_changed

TRAINERS_GROUP = "Trainers"


@dataclass(frozen=True)
class MembershipData:
    region: Region | None
    team: Team | None
    function: Function | None
    background: str = Background.NEW
    role: str = Role.EMPLOYEE


def _check_membership_allowed(*, actor: User, data: MembershipData) -> None:
    if data.role == Role.PROGRAMME:
        if not (actor.is_superuser or (actor.current_membership and actor.current_membership.is_programme_staff)):
            raise PermissionDenied(_("Alleen programmamedewerkers kunnen deze rol toekennen."))
    elif data.region is None or not managed_regions(actor).filter(pk=data.region.pk).exists():
        raise PermissionDenied(_("U kunt alleen mensen in uw eigen regio beheren."))
    if data.team is not None and data.team.region_id != (data.region.pk if data.region else None):
        raise ValidationError({"team": _("Dit team hoort niet bij de gekozen regio.")})


def _audit(*, actor: User | None, action: str, subject: User, region: Region | None, **details) -> None:
    AuditEvent.objects.create(actor=actor, action=action, subject=subject, region=region, details=details)


def _sync_groups(user: User, role: str) -> None:
    """Wagtail access follows the role: trainers author content, nobody else enters the CMS."""
    trainers, _created = Group.objects.get_or_create(name=TRAINERS_GROUP)
    if role == Role.TRAINER:
        user.groups.add(trainers)
    else:
        user.groups.remove(trainers)


def create_invitation(*, user: User, invited_by: User | None) -> Invitation:
    """Revoke earlier open invitations and queue a fresh one to be mailed after commit."""
    from organisations.tasks import send_invitation_email_task

    now = timezone.now()
    user.invitations.filter(used_at__isnull=True, revoked_at__isnull=True).update(revoked_at=now)
    invitation = Invitation.objects.create(
        user=user,
        invited_by=invited_by,
        created_at=now,
        expires_at=now + timedelta(days=settings.INVITATION_VALID_DAYS),
    )
    send_invitation_email_task.delay_on_commit(invitation.pk)
    return invitation


def issue_invitation_token(*, invitation: Invitation) -> str:
    """Give a locked, unsent invitation its secret. Returns the raw token for the e-mail only."""
    token = secrets.token_urlsafe(32)
    invitation.token_hash = hash_token(token)
    invitation.save(update_fields=["token_hash"])
    return token


@transaction.atomic
def invite_person(
    *,
    actor: User,
    email: str,
    first_name: str,
    last_name: str,
    membership: MembershipData,
) -> User:
    """Create a person with a membership and send them an invitation after commit.

    Raises PermissionDenied outside the actor's regions and ValidationError for a taken address;
    on any error nothing is saved.
    """
    _check_membership_allowed(actor=actor, data=membership)
    email = User.objects.normalize_email(email).strip().lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError({"email": _("Er bestaat al een account met dit e-mailadres.")})
    try:
        with transaction.atomic():
            person = User.objects.create_user(email=email, first_name=first_name.strip(), last_name=last_name.strip())
    except IntegrityError as error:  # a concurrent invite of the same address
        raise ValidationError({"email": _("Er bestaat al een account met dit e-mailadres.")}) from error
    Membership.objects.create(
        user=person,
        region=membership.region,
        team=membership.team,
        function=membership.function,
        background=membership.background,
        role=membership.role,
    )
    _sync_groups(person, membership.role)
    membership_changed.send(sender=Membership, user=person)
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=person, email=email, primary=True, verified=False)
    _audit(
        actor=actor, action=AuditAction.PERSON_CREATED, subject=person, region=membership.region, role=membership.role
    )
    create_invitation(user=person, invited_by=actor)
    _audit(actor=actor, action=AuditAction.INVITED, subject=person, region=membership.region)
    return person


@transaction.atomic
def resend_invitation(*, actor: User, person: User) -> Invitation:
    """A new link for someone who has not set a password yet; older links stop working."""
    if person.has_usable_password():
        raise ValidationError(_("Deze persoon heeft al een wachtwoord ingesteld; gebruik 'wachtwoord vergeten'."))
    if not person.is_active:
        raise ValidationError(_("Deze persoon is gedeactiveerd. Activeer het account eerst."))
    invitation = create_invitation(user=person, invited_by=actor)
    membership = person.current_membership
    _audit(actor=actor, action=AuditAction.INVITED, subject=person, region=membership.region if membership else None)
    return invitation


@transaction.atomic
def update_person(
    *,
    actor: User,
    person: User,
    first_name: str,
    last_name: str,
    membership: MembershipData,
) -> User:
    """Change name and membership. A new region, team, function, background or role closes the
    current membership and opens a new one, so history shows who worked where and as what."""
    _check_membership_allowed(actor=actor, data=membership)
    if person.pk == actor.pk and membership.role != person.role:
        raise ValidationError({"role": _("U kunt uw eigen rol niet wijzigen.")})
    person.first_name, person.last_name = first_name.strip(), last_name.strip()
    person.save(update_fields=["first_name", "last_name"])
    current = Membership.objects.select_for_update().filter(user=person, valid_to__isnull=True).first()
    changed = current is None or any(
        getattr(current, field) != getattr(membership, field)
        for field in ("region", "team", "function", "background", "role")
    )
    if changed:
        today = timezone.localdate()
        if current is not None:
            if current.valid_from >= today:
                # Changed again on the day it started: correct the row instead of stacking history.
                current.delete()
            else:
                current.valid_to = today - timedelta(days=1)
                current.save(update_fields=["valid_to"])
        Membership.objects.create(
            user=person,
            region=membership.region,
            team=membership.team,
            function=membership.function,
            background=membership.background,
            role=membership.role,
            valid_from=today,
        )
        _sync_groups(person, membership.role)
        person.__dict__.pop("current_membership", None)
        membership_changed.send(sender=Membership, user=person)
        # Someone without a current membership (an account made outside the invitation) counts
        # as a change from no role.
        old_role = current.role if current is not None else None
        if old_role != membership.role:
            _audit(
                actor=actor,
                action=AuditAction.ROLE_CHANGED,
                subject=person,
                region=membership.region,
                old=old_role,
                new=membership.role,
            )
        if current is not None and (current.region_id, current.team_id) != (
            membership.region.pk if membership.region else None,
            membership.team.pk if membership.team else None,
        ):
            _audit(
                actor=actor,
                action=AuditAction.MOVED,
                subject=person,
                region=membership.region,
                old_region=current.region_id,
                old_team=current.team_id,
            )
    _audit(actor=actor, action=AuditAction.PERSON_UPDATED, subject=person, region=membership.region)
    person.__dict__.pop("current_membership", None)
    return person


def end_all_sessions(person: User) -> int:
    """Log a person out on every device; returns how many sessions were open.

    Every login goes through allauth, which registers the session as a UserSession; ending one
    deletes the session from the database and the cache.
    """
    from allauth.usersessions.models import UserSession

    sessions = list(UserSession.objects.filter(user=person))
    for session in sessions:
        session.end()
    return len(sessions)


def _open_session_count(person: User) -> int:
    from allauth.usersessions.models import UserSession

    return UserSession.objects.filter(user=person).count()


@transaction.atomic
def deactivate_person(*, actor: User, person: User) -> User:
    """Block logging in and end every open session. Records stay; nobody is ever deleted.

    The sessions end in organisations.signals as the person is saved inactive, the same way as
    when someone is switched off in the CMS; here they are only counted for the audit log.
    """
    if person.pk == actor.pk:
        raise ValidationError(_("U kunt uw eigen account niet deactiveren."))
    if not person.is_active:
        return person
    ended = _open_session_count(person)
    person.is_active = False
    person.deactivated_at = timezone.now()
    person.save(update_fields=["is_active", "deactivated_at"])
    person.invitations.filter(used_at__isnull=True, revoked_at__isnull=True).update(revoked_at=timezone.now())
    membership = person.current_membership
    _audit(
        actor=actor,
        action=AuditAction.DEACTIVATED,
        subject=person,
        region=membership.region if membership else None,
        sessions_ended=ended,
    )
    return person


@transaction.atomic
def reactivate_person(*, actor: User, person: User) -> User:
    if person.is_active:
        return person
    from organisations.erasure import is_erased

    if is_erased(person):  # anonymised on request: there is nobody left to give the account back to
        raise ValidationError(_("De gegevens van deze persoon zijn gewist; het account blijft gedeactiveerd."))
    person.is_active = True
    person.deactivated_at = None
    person.save(update_fields=["is_active", "deactivated_at"])
    membership = person.current_membership
    _audit(
        actor=actor, action=AuditAction.REACTIVATED, subject=person, region=membership.region if membership else None
    )
    return person


@transaction.atomic
def accept_invitation(*, invitation: Invitation, password: str) -> User:
    """Set the first password through a valid link. The link works once.

    The row is locked so that two tabs submitting at once set one password and the second sees
    "already used".
    """
    invitation = Invitation.objects.select_for_update().select_related("user").get(pk=invitation.pk)
    if not invitation.is_usable:
        raise ValidationError(_("Deze uitnodiging is niet meer geldig."))
    person = invitation.user
    if not person.is_active:
        raise ValidationError(_("Deze uitnodiging is niet meer geldig."))
    person.set_password(password)
    person.save(update_fields=["password"])
    invitation.used_at = timezone.now()
    invitation.save(update_fields=["used_at"])
    from allauth.account.models import EmailAddress

    EmailAddress.objects.filter(user=person, email__iexact=person.email).update(verified=True, primary=True)
    membership = person.current_membership
    _audit(
        actor=person,
        action=AuditAction.INVITATION_ACCEPTED,
        subject=person,
        region=membership.region if membership else None,
    )
    return person
