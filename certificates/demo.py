"""Demo certificates for every completed demo enrolment, at several stages of their life: valid,
expiring within 90 days (with the renewal cycle opened), expired and one revoked. PDFs are
rendered on first download, so seeding stays quick; the demo employee's is rendered now."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from certificates.models import Certificate, CertificateSettings, RegionCertificateBranding
from certificates.services import (
    add_months,
    issue_certificate,
    open_recertification_windows,
    open_revision_renewals,
    revoke_certificate,
)
from courses.models import CoursePage, Enrolment
from organisations.models import Region, User

#: Invented signatories; Groningen also gets a drawn demo logo.
SIGNATORIES = {
    "groningen": ("Henk Oosterveld", "directeur Veilig Thuis Groningen"),
    "utrecht": ("Saskia de Graaf-Meijer", "manager kwaliteit Veilig Thuis Utrecht"),
}


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
    revised = _major_revision(today)
    _branding()
    log(
        f"certificates: {len(made)} issued ({expiring} expiring within 90 days, {opened} renewals opened, "
        f"{revised} to renew after the major revision of M05)"
    )


def _major_revision(today) -> int:
    """M05 had a major revision (a new national guideline): certificates of version 1 count until
    a date the trainer chose, and their holders are enrolled for the renewal. Set directly, as if
    published."""
    course = CoursePage.objects.filter(code="M05").first()
    if course is None or course.version > 1 or not course.certificates.exists():
        return 0
    CoursePage.objects.filter(pk=course.pk).update(
        version=2, recertify_below_version=2, renewal_deadline=today + timedelta(days=150)
    )
    return open_revision_renewals(course_id=course.pk, notify=False)


def _branding() -> None:
    config = CertificateSettings.load()
    if config.signatory_name:
        return
    config.signatory_name, config.signatory_title = "drs. Marloes Hoekstra", "programmaleider AMHK Academie"
    config.save()
    for slug, (name, title) in SIGNATORIES.items():
        region = Region.objects.filter(slug=slug).first()
        if region is not None:
            RegionCertificateBranding.objects.create(
                settings=config,
                region=region,
                signatory_name=name,
                signatory_title=title,
                logo=_demo_logo(region.name) if slug == "groningen" else None,
            )


def _demo_logo(region_name: str):
    """A simple drawn logo (a house in a rounded square and the name), so the demo shows one."""
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFont
    from wagtail.images.models import Image

    canvas = PILImage.new("RGBA", (720, 200), (255, 255, 255, 0))
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((10, 10, 190, 190), radius=32, fill=(11, 81, 96, 255))
    draw.polygon([(100, 42), (160, 96), (146, 96), (146, 158), (54, 158), (54, 96), (40, 96)], fill="white")
    draw.rectangle((88, 118, 112, 158), fill=(11, 81, 96, 255))
    fonts = "/usr/share/fonts/truetype/dejavu/"
    try:
        bold = ImageFont.truetype(fonts + "DejaVuSans-Bold.ttf", 54)
        regular = ImageFont.truetype(fonts + "DejaVuSans.ttf", 40)
    except OSError:
        bold = regular = ImageFont.load_default()
    draw.text((220, 40), "Veilig Thuis", font=bold, fill=(11, 81, 96, 255))
    draw.text((222, 112), region_name, font=regular, fill=(23, 33, 43, 255))
    data = io.BytesIO()
    canvas.save(data, "PNG")
    return Image.objects.create(
        title=f"Logo Veilig Thuis {region_name} (demo)", file=ImageFile(data, name=f"logo-{region_name.lower()}.png")
    )
