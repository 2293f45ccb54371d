"""Courses listens to news from organisations and allauth."""

from allauth.account.signals import user_logged_in
from django.dispatch import receiver

from organisations.signals import membership_changed


@receiver(membership_changed)
def enrol_in_learning_path(sender, user, **kwargs):
    from courses.services import sync_path_enrolments

    sync_path_enrolments(user=user)


@receiver(user_logged_in)
def refresh_learning_path_on_login(sender, request, user, **kwargs):
    # Trainers may have added courses to a path since the last visit.
    from courses.services import sync_path_enrolments

    sync_path_enrolments(user=user)
