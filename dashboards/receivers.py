"""Keep the requirement rows current: dashboards listen to every app below them.

A person's rows are rebuilt (by a task, after commit) when something they depend on changes; a
change that touches many people at once (a learning path edited, a course revised or withdrawn)
rebuilds everyone's. The nightly rebuild catches anything written around the ORM (bulk loads).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from assessments.models import Attempt
from certificates.models import Certificate
from courses.models import Assignment, CoursePage, Enrolment, LearningPath, LearningPathItem, LessonCompletion
from courses.services import major_revision_published
from organisations.models import Membership, User
from organisations.signals import membership_changed


class _Pending:
    def __init__(self, ids: set[int]):
        self.ids = ids
        self.flushed = False

    def flush(self):
        from dashboards.tasks import refresh_requirements_task

        self.flushed = True
        refresh_requirements_task.enqueue_now(sorted(self.ids))  # already after commit


def refresh_later(user_ids) -> None:
    """Refresh these people after commit, with one task per transaction however many changes it
    made (a lesson finished and a course completed, or a whole seed run, is one refresh)."""
    ids = {pk for pk in user_ids if pk}
    if not ids:
        return
    connection = transaction.get_connection()
    pending = getattr(connection, "_readiness_pending", None)
    # Still queued for this transaction? (A rollback drops the callback, and with it this batch.)
    if (
        pending is not None
        and not pending.flushed
        and connection.in_atomic_block
        and any(entry[1] == pending.flush for entry in connection.run_on_commit)
    ):
        pending.ids |= ids
        return
    pending = _Pending(ids)
    connection._readiness_pending = pending
    transaction.on_commit(pending.flush)


def rebuild_later() -> None:
    from dashboards.tasks import rebuild_requirements_task

    rebuild_requirements_task.delay_on_commit()


#: Certificate fields that do not bear on readiness: the PDF, the mails and the printed name. Their
#: saves (one render and one mail per certificate) would otherwise each cost a refresh task.
PAPERWORK_FIELDS = frozenset(
    {"pdf", "pdf_rendered_at", "emailed_at", "reminded_90_at", "reminded_30_at", "holder_name"}
)


@receiver(post_save, sender=Certificate)
def certificate_saved(sender, instance, update_fields=None, **kwargs):
    if update_fields is not None and set(update_fields) <= PAPERWORK_FIELDS:
        return
    refresh_later([instance.user_id])


@receiver(post_delete, sender=Certificate)
def certificate_deleted(sender, instance, **kwargs):
    refresh_later([instance.user_id])


@receiver(post_save, sender=Enrolment)
def enrolment_changed(sender, instance, created, update_fields=None, **kwargs):
    # New cycles and completions matter; the "last lesson" bookkeeping does not.
    if created or update_fields is None or {"completed_at", "deadline"} & set(update_fields):
        refresh_later([instance.user_id])


@receiver(post_save, sender=LessonCompletion)
def lesson_completed(sender, instance, created, **kwargs):
    if created:
        refresh_later([instance.enrolment.user_id])


@receiver(post_save, sender=Attempt)
def attempt_started(sender, instance, created, **kwargs):
    if created:
        refresh_later([instance.user_id])


@receiver(membership_changed)
def membership_moved(sender, user, **kwargs):
    refresh_later([user.pk])


@receiver(post_save, sender=User)
def person_changed(sender, instance, update_fields=None, **kwargs):
    if update_fields is None or "is_active" in update_fields:
        refresh_later([instance.pk])


@receiver(post_save, sender=Assignment)
@receiver(post_delete, sender=Assignment)
def assignment_changed(sender, instance, **kwargs):
    if instance.user_id:
        refresh_later([instance.user_id])
    elif instance.team_id:
        members = Membership.objects.filter(team_id=instance.team_id, valid_to__isnull=True)
        refresh_later(members.values_list("user_id", flat=True))


@receiver(post_save, sender=LearningPath)
@receiver(post_save, sender=LearningPathItem)
@receiver(post_delete, sender=LearningPathItem)
@receiver(major_revision_published)
def many_people_changed(sender, **kwargs):
    rebuild_later()


@receiver(page_published)
@receiver(page_unpublished)
def course_availability_changed(sender, instance, **kwargs):
    # Only courses are requirements; lessons and other pages change nothing here. A course that
    # goes live for the first time may already sit in a learning path.
    if isinstance(instance.specific_deferred, CoursePage):
        rebuild_later()
