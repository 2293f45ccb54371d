"""Certificates listen to courses: a completed enrolment earns its certificate."""

from django.dispatch import receiver

from courses.services import course_completed


@receiver(course_completed)
def issue_on_completion(sender, enrolment, **kwargs):
    from certificates.services import issue_certificate

    issue_certificate(enrolment_id=enrolment.pk)
