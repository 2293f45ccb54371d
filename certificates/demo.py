"""Demo certificates for every completed demo enrolment, at several stages of their life: valid,
expiring within 90 days (with the renewal cycle opened), expired and one revoked. PDFs are
rendered on first download, so seeding stays quick; the demo employee's is rendered now."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import (
    add_months,
    issue_certificate,
    open_recertification_windows,
    revoke_certificate,
)
from courses.models import Enrolment
from organisations.models import User


@transaction.atomic
def seed(log=print) -> None:
    completed = Enrolment.objects.filter(completed_at__isnull=False, certificate__isnull=True).order_by("pk")
    made = []
    for enrolment in completed:
        certificate = issue_certificate(
            enrolment_id=enrolment.pk, render=enrolment.user.email == "medewerker@demo.example"
        )
        if certificate is not None:
            made.append(certificate)
    today = timezone.localdate()
    # Completions lie up to 300 days back, so all would still be valid: age a few on purpose.
    for index, certificate in enumerate(made):
        if index % 9 == 3:  # expiring within 90 days
            issued = add_months(today, -34)
        elif index % 13 == 5:  # expired
            issued = add_months(today, -40)
        else:
            continue
        Certificate.objects.filter(pk=certificate.pk).update(issued_on=issued, expires_on=add_months(issued, 36))
    Certificate.objects.filter(pk__in=[c.pk for c in made]).update(emailed_at=timezone.now())  # history: no mail
    admin = User.objects.filter(email="admin@demo.example").first()
    candidates = [c for c in made if c.user.email != "medewerker@demo.example"]
    if admin and candidates and not Certificate.objects.filter(revoked_at__isnull=False).exists():
        revoke_certificate(
            actor=admin,
            certificate_id=candidates[len(candidates) // 2].pk,
            reason="Toets bleek door een ander gemaakt; de medewerker doet de cursus opnieuw.",
        )
    expiring = Certificate.objects.filter(expires_on__range=(today, today + timedelta(days=90))).count()
    opened = open_recertification_windows(today=today)  # what the daily beat task does
    log(f"certificates: {len(made)} issued ({expiring} expiring within 90 days, {opened} renewals opened)")
