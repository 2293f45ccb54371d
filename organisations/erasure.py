"""Erasing a person on request (AVG art. 17): anonymisation, never deleting the row.

**Policy.** The person's `User` row stays, because the aggregates hang off its primary key:
attempts and their scores, competence results, enrolments, lesson completions, memberships (who
worked where, for the reconstructed trend) and certificates. Everything that names or reaches the
person goes:

- the account: first and last name emptied, the e-mail replaced by `gewist-<pk>@invalid` (unique,
  and `.invalid` can never receive mail), an unusable password, `is_active=False`, out of every
  group; open sessions ended; second factors, allauth e-mail addresses, invitations and the CMS
  profile (with its avatar) deleted;
- free text they wrote: reflections deleted, open answers emptied (`{"text": "", "removed":
  "erasure"}`, the score kept), the grader's comments on them emptied;
- certificates: kept as rows so a verification code still answers, but the holder's name becomes
  "geanonimiseerde houder", the PDF with the name is deleted, and a certificate that was still
  valid is **revoked** with the reason "gegevens gewist op verzoek". A verifier checks that a
  certificate belongs to the person in front of them; once nobody can tell whose it is, "valid"
  would let anyone claim it. So the verification page says "ingetrokken" and why. (Someone who
  still needs their certificate for a register downloads it before asking for erasure; the
  privacy statement says so.)
- files that hold the name: readiness exports of the regions the person worked in, certificate
  ZIPs with their certificate, and the exports and ZIPs the person asked for themselves are
  deleted (the rows are marked expired);
- the audit log: events about the person keep the primary key only — free text in their details
  (a revocation reason) is scrubbed of the name and e-mail. The erasure itself is recorded as
  `ERASED` with the actor, the person's primary key and counts, never a name.

**Aggregates.** An erased person is a leaver: like a deactivated person they drop out of today's
readiness (their requirement rows go, as `dashboards.readiness` defines readiness over active
people), while stored monthly snapshots, attempts, scores and competence results stay unchanged.
Erasure changes no figure beyond what deactivating the same person changes.

**Who.** Irreversible, so it needs the permission `organisations.erase_person`: superusers, and
programme staff in the group "Programmabeheerders" (made by migration 0007; a superuser puts
people in it). Managers, trainers and other programme staff cannot erase, nor can someone in the
group who is not programme staff. Nobody erases themselves, and a superuser is erased only from
the command line (`manage.py erase_person`), where the actor is the operator ("het systeem" in
the log).

**How the apps take part.** Like `personal_data`, the upper apps register an *eraser* in their
`AppConfig.ready()`: a function in their own `services.py` that takes an `Erasure` and returns
counts of what it changed. `erase_person` runs them all in one transaction; files are deleted
only after it commits. Every eraser is idempotent: a second erasure changes nothing and reports
zeros, and records no second `ERASED` event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from organisations.models import User

#: The domain of an erased person's address: reserved (RFC 2606), so nothing is ever mailed there.
ERASED_DOMAIN = "invalid"
#: The group whose programme staff may erase (made by migration 0007, which keeps its own copy).
ERASERS_GROUP = "Programmabeheerders"
#: What replaces a name in free text that has to stay (an audit detail, a revocation reason).
SCRUBBED = "[gewist]"


def erased_email(pk: int) -> str:
    return f"gewist-{pk}@{ERASED_DOMAIN}"


def is_erased(user: User) -> bool:
    return bool(user.pk) and user.email == erased_email(user.pk)


@dataclass
class Erasure:
    """What each eraser gets: the person (still with their data), who erases, and helpers."""

    person: User
    actor: User | None
    now: Any
    #: The person's name and e-mail as they were, longest first, for scrubbing free text.
    markers: tuple[str, ...] = ()
    _files: list[tuple[Any, str]] = field(default_factory=list)

    def scrub(self, text: str) -> str:
        """`text` without the person's name and e-mail (whole words, any case)."""
        if not text or not self.markers:
            return text
        pattern = "|".join(re.escape(marker) for marker in self.markers)
        return re.sub(rf"(?<!\w)(?:{pattern})(?!\w)", SCRUBBED, text, flags=re.IGNORECASE)

    def scrub_data(self, value: Any) -> Any:
        """The same for JSON data: every string inside, keys left alone."""
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, Mapping):
            return {key: self.scrub_data(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [self.scrub_data(item) for item in value]
        return value

    def delete_file_later(self, file: FieldFile) -> None:
        """Delete a stored file once the erasure has committed (a rollback keeps it)."""
        if file and file.name:
            self._files.append((file.storage, file.name))


#: (erasure) -> counts of what it changed, e.g. {"reflections": 2}. Zeros when nothing was left.
Eraser = Callable[[Erasure], Mapping[str, int]]

_erasers: dict[str, Eraser | str] = {}


def register(name: str, eraser: Eraser | str) -> None:
    """Add (or replace: `ready()` may run twice in tests) the eraser of an app: the function, or
    its dotted path, imported on first use (so that registering in `ready()` does not import a
    heavy services module, e.g. certificates' WeasyPrint, into every process)."""
    _erasers[name] = eraser


def registered_erasers() -> list[str]:
    return list(_erasers)


def may_erase(actor: User) -> bool:
    """Superusers, and programme staff holding `organisations.erase_person`."""
    from organisations.models import Role

    if not getattr(actor, "is_authenticated", False) or not actor.is_active:
        return False
    if actor.is_superuser:
        return True
    return actor.role == Role.PROGRAMME and actor.has_perm("organisations.erase_person")


@dataclass(frozen=True)
class ErasureResult:
    person_id: int
    already_erased: bool
    counts: dict[str, int]

    @property
    def changed(self) -> int:
        return sum(self.counts.values())


def _markers(person: User) -> tuple[str, ...]:
    names = {person.get_full_name().strip(), person.email, person.first_name.strip(), person.last_name.strip()}
    if "@" in person.email:
        names.add(person.email.split("@", 1)[0])
    # Single letters would scrub half of any text; two letters is still a name ("Bo", "Li").
    return tuple(sorted((n for n in names if len(n) >= 2), key=len, reverse=True))


def _erase_account(erasure: Erasure) -> dict[str, int]:
    """Organisations' own part: the account, its ways in, and the audit trail about the person."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.usersessions.models import UserSession
    from wagtail.users.models import UserProfile

    from organisations.models import AuditEvent

    person = erasure.person
    sessions = list(UserSession.objects.filter(user=person))
    for session in sessions:
        session.end()
    second_factors, _deleted = Authenticator.objects.filter(user=person).delete()
    addresses, _deleted = EmailAddress.objects.filter(user=person).delete()
    invitations, _deleted = person.invitations.all().delete()
    profiles = 0
    for profile in UserProfile.objects.filter(user=person):
        erasure.delete_file_later(profile.avatar)
        profile.delete()
        profiles += 1

    scrubbed = 0
    for event in AuditEvent.objects.filter(subject=person).exclude(details={}):
        details = erasure.scrub_data(event.details)
        if details != event.details:
            AuditEvent.objects.filter(pk=event.pk).update(details=details)
            scrubbed += 1

    changed = 0
    email = erased_email(person.pk)
    if (person.first_name, person.last_name, person.email) != ("", "", email) or person.has_usable_password():
        changed = 1
    person.first_name = person.last_name = ""
    person.email = email
    person.set_unusable_password()
    person.is_active = person.is_staff = person.is_superuser = False
    person.deactivated_at = person.deactivated_at or erasure.now
    person.last_login = None
    person.save(
        update_fields=[
            "first_name",
            "last_name",
            "email",
            "password",
            "is_active",
            "is_staff",
            "is_superuser",
            "deactivated_at",
            "last_login",
        ]
    )
    groups = person.groups.count()
    person.groups.clear()
    person.user_permissions.clear()
    return {
        "account": changed,
        "sessions": len(sessions),
        "second_factors": second_factors,
        "email_addresses": addresses,
        "invitations": invitations,
        "cms_profiles": profiles,
        "groups": groups,
        "audit_events_scrubbed": scrubbed,
    }


def erase_person(*, actor: User | None, person: User) -> ErasureResult:
    """Anonymise `person` as described above, in one transaction, and record it.

    `actor` None means the operator on the command line (no permission check). Raises
    PermissionDenied for anyone without the erase permission and ValidationError for erasing
    oneself or (from the web) a superuser. Safe to run twice: the second run changes nothing.
    """
    from organisations.models import AuditAction, AuditEvent, User

    if actor is not None:
        if not may_erase(actor):
            raise PermissionDenied(_("Alleen programmabeheerders kunnen de gegevens van een persoon wissen."))
        if actor.pk == person.pk:
            raise ValidationError(_("U kunt uw eigen gegevens niet wissen. Vraag een andere programmabeheerder."))
        if person.is_superuser:
            raise ValidationError(_("Een beheerder (superuser) wordt alleen op de server gewist, met erase_person."))

    files: list[tuple[Any, str]] = []
    with transaction.atomic():
        # The lock makes two erasures of the same person, at the same moment, one after the other.
        person = User.objects.select_for_update().get(pk=person.pk)
        already = is_erased(person)
        region_id = person.memberships.filter(valid_to__isnull=True).values_list("region_id", flat=True).first()
        erasure = Erasure(person=person, actor=actor, now=timezone.now(), markers=() if already else _markers(person))
        counts: dict[str, int] = {}
        for name, eraser in _erasers.items():
            eraser = import_string(eraser) if isinstance(eraser, str) else eraser
            for key, value in eraser(erasure).items():
                counts[f"{name}.{key}"] = int(value)
        for key, value in _erase_account(erasure).items():
            counts[f"organisations.{key}"] = value
        if not already:
            # Counts only: the log must not keep what the erasure removed.
            AuditEvent.objects.create(
                actor=actor,
                action=AuditAction.ERASED,
                subject=person,
                region_id=region_id,
                details={key: value for key, value in counts.items() if value},
            )
        files = erasure._files
        transaction.on_commit(lambda: _delete_files(files))
    return ErasureResult(person_id=person.pk, already_erased=already, counts=counts)


def _delete_files(files: list[tuple[Any, str]]) -> None:
    for storage, name in files:
        storage.delete(name)  # a missing file is no error for FileSystemStorage
