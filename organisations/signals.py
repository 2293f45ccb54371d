"""News that travels up the ladder: organisations announces, upper apps listen.

Also the receivers organisations needs for itself: a deactivated person's sessions end, and the
cached current memberships (organisations.membership_cache) follow every change.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver

from organisations.membership_cache import membership_changed_for, organisation_changed

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


@receiver(post_save, sender="organisations.Membership", dispatch_uid="organisations.membership_saved")
@receiver(post_delete, sender="organisations.Membership", dispatch_uid="organisations.membership_deleted")
def forget_cached_membership(sender, instance, **kwargs) -> None:
    membership_changed_for(instance.user_id)


@receiver(post_save, sender="organisations.Region", dispatch_uid="organisations.region_saved")
@receiver(post_save, sender="organisations.Team", dispatch_uid="organisations.team_saved")
@receiver(post_save, sender="organisations.Function", dispatch_uid="organisations.function_saved")
@receiver(post_delete, sender="organisations.Region", dispatch_uid="organisations.region_deleted")
@receiver(post_delete, sender="organisations.Team", dispatch_uid="organisations.team_deleted")
@receiver(post_delete, sender="organisations.Function", dispatch_uid="organisations.function_deleted")
def forget_cached_memberships(sender, **kwargs) -> None:
    # Their names travel with every cached membership.
    organisation_changed()
