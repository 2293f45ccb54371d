"""Certificates listen to courses: a completed enrolment earns its certificate."""

from django.dispatch import receiver

from courses.services import course_completed, major_revision_published


@receiver(course_completed)
def issue_on_completion(sender, enrolment, **kwargs):
    from certificates.services import issue_certificate

    issue_certificate(enrolment_id=enrolment.pk)


@receiver(major_revision_published)
def renew_after_revision(sender, course, **kwargs):
    # Many holders may be due: the task opens their renewals outside the editor's request.
    from certificates.tasks import open_revision_renewals_task

    open_revision_renewals_task.enqueue_now(course.pk)  # sent after commit
