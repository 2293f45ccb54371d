"""News that travels up the ladder: organisations announces, upper apps listen.

Also the one receiver organisations needs for itself: a deactivated person's sessions end.
"""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import Signal, receiver

#: Sent after a person's current membership was created or changed (new function, background,
#: team or region). Receivers: courses (learning-path enrolments). Arguments: user.
membership_changed = Signal()


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="organisations.end_sessions_of_inactive")
def end_sessions_of_inactive_user(sender, instance, update_fields=None, **kwargs) -> None:
    """A person saved as inactive is logged out everywhere, whoever switched them off.

    Here rather than in `deactivate_person` alone: Wagtail's user editor (and the shell) flip
    `is_active` without our service, and Django merely ignores an inactive user's session, which
    would come back to life on reactivation. Immediate, not on commit: should the surrounding
    transaction roll back, the person is still active and merely has to log in again.
    """
    if instance.is_active or (update_fields is not None and "is_active" not in update_fields):
        return
    from organisations.services import end_all_sessions

    end_all_sessions(instance)
