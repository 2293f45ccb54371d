"""Demo content for courses: the catalogue, courses and lessons from courses/demo_content, the
diagrams and worksheets they use, learning paths, and demo employees at several stages.

Idempotent: everything is looked up by slug or title first; progress is only added for people
who have none.
"""

from __future__ import annotations

import io
import random
import runpy
import uuid
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone

from courses.models import (
    Assignment,
    Competence,
    CourseCatalogPage,
    CoursePage,
    Enrolment,
    FormOfViolence,
    HomePage,
    LearningPath,
    LearningPathItem,
    LessonCompletion,
    LessonPage,
)
from organisations.models import Background, Function, Membership, Role, Team, User

CONTENT_DIR = Path(__file__).resolve().parent / "demo_content"

# function slug or None (everyone), background or "" (every background), [(course code, mandatory, days)]
PATHS = [
    (
        "Basis voor iedere medewerker",
        None,
        "",
        [("M01", True, 60), ("M02", True, 90), ("M05", True, 180), ("M06", True, 180), ("M12", True, 240)],
    ),
    (
        "Brug voor medewerkers uit het steunpunt huiselijk geweld",
        None,
        Background.EX_SHG,
        [("M05", True, 120), ("M02", True, 90)],
    ),
    ("Brug voor medewerkers uit het AMK", None, Background.EX_AMK, [("M06", True, 120), ("M07", False, None)]),
    ("Advies en meldingen", "advies-en-meldingen", "", [("M03", True, 150)]),
    ("Veiligheidsbeoordeling", "veiligheidsbeoordeling", "", [("M03", True, 150), ("M04", True, 180)]),
    ("Onderzoek", "onderzoeker", "", [("M04", True, 180), ("M07", True, 240), ("M09", False, None)]),
    ("Voorwaarden & Vervolg en monitoring", "vv-monitoring", "", [("M09", True, 180), ("M07", True, 240)]),
    ("Gedragswetenschapper", "gedragswetenschapper", "", [("M04", True, 180), ("M07", True, 240)]),
    ("Teamleider", "teamleider", "", [("M04", True, 180), ("M09", True, 240)]),
]


def _load_content() -> list[dict]:
    courses = [runpy.run_path(str(path))["COURSE"] for path in sorted(CONTENT_DIR.glob("m*.py"))]
    return sorted(courses, key=lambda c: c["code"])


# --- Media -------------------------------------------------------------------------------------

DIAGRAMS = {
    "meldcode-stappen": (
        "De vijf stappen van de meldcode",
        [
            "1  Signalen in kaart brengen (met kindcheck)",
            "2  Collegiale consultatie; zo nodig Veilig Thuis of letselduiding",
            "3  Gesprek met de cliënt of ouders",
            "4  Wegen met het afwegingskader",
            "5  Beslissen: melden én/of hulp",
        ],
    ),
    "afwegingskader": (
        "Afwegingskader: vijf vragen",
        [
            "1  Vermoeden van huiselijk geweld of kindermishandeling?",
            "2  Acute of structurele onveiligheid? Ja: melden",
            "3  Kan ik passende hulp bieden of organiseren?",
            "4  Aanvaarden de betrokkenen die hulp?",
            "5  Leidt de hulp tot duurzame veiligheid?",
        ],
    ),
    "proces-veilig-thuis": (
        "Van melding tot monitoring",
        [
            "Advies of melding",
            "Veiligheidsbeoordeling (uiterlijk binnen 5 werkdagen)",
            "Route: overdracht · Voorwaarden & Vervolg · onderzoek · verzoek RvdK · geen vervolg",
            "Terugkoppeling aan de melder",
            "Monitoring: blijft het veilig?",
        ],
    ),
    "tijdlijn-vijf-werkdagen": (
        "Vijf werkdagen voor de veiligheidsbeoordeling",
        [
            "Dag 0  Melding ontvangen; acute signalen dezelfde dag oppakken",
            "Dag 1-2  Radar: eerdere meldingen en betrokkenheid",
            "Dag 2-3  Informatie aanvullen, overleg met gedragswetenschapper",
            "Dag 4  Besluit over route en verantwoordelijke",
            "Dag 5  Uiterste termijn; besluit vastgelegd en teruggekoppeld",
        ],
    ),
}


def _diagram_png(title: str, steps: list[str]) -> bytes:
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFont

    width, row = 1200, 92
    height = 130 + row * len(steps)
    image = PILImage.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    try:
        bold = ImageFont.truetype("DejaVuSans-Bold.ttf", 38)
        regular = ImageFont.truetype("DejaVuSans.ttf", 28)
    except OSError:
        bold = regular = ImageFont.load_default()
    draw.text((40, 35), title, fill="#0b5a6b", font=bold)
    for index, step in enumerate(steps):
        top = 110 + index * row
        draw.rounded_rectangle(
            (40, top, width - 40, top + row - 18), radius=14, fill="#e7f1f3", outline="#0b5a6b", width=3
        )
        draw.text((65, top + 20), step, fill="#1b1f24", font=regular)
        if index < len(steps) - 1:
            draw.polygon(
                [(width // 2 - 14, top + row - 16), (width // 2 + 14, top + row - 16), (width // 2, top + row - 2)],
                fill="#0b5a6b",
            )
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


DOCUMENTS = {
    "werkblad-afwegingskader": (
        "Werkblad afwegingskader",
        [
            (
                "Vraag 1",
                "Heb ik op basis van stap 1 tot en met 4 een vermoeden van (dreiging van) huiselijk geweld of "
                "kindermishandeling? Noteer de signalen en hun bron, gescheiden van uw interpretatie.",
            ),
            (
                "Vraag 2",
                "Is er sprake van acute en/of structurele onveiligheid? Zo ja: melden bij Veilig Thuis. "
                "Vragen 3 tot en met 5 beantwoordt u dan samen met Veilig Thuis.",
            ),
            ("Vraag 3", "Ben ik in staat om effectieve hulp te bieden of te organiseren? Wat is daarvoor nodig?"),
            ("Vraag 4", "Aanvaarden de betrokkenen de hulp en zijn zij bereid zich in te zetten? Hoe weet u dat?"),
            (
                "Vraag 5",
                "Leidt de hulp binnen de gewenste termijn tot duurzame veiligheid en welzijn? Welke afspraken "
                "maakt u om dat te blijven volgen?",
            ),
        ],
    ),
    "checklist-overdracht": (
        "Checklist warme overdracht",
        [
            (
                "Voor het gesprek",
                "Is duidelijk wie na de overdracht verantwoordelijk is voor zicht op veiligheid? "
                "Zijn de veiligheidsvoorwaarden concreet en toetsbaar geformuleerd?",
            ),
            (
                "In het gesprek",
                "Zitten gezin, Veilig Thuis en de nieuwe hulpverlener samen aan tafel? Zijn de "
                "voorwaarden, de risico's en de signalen van terugval besproken?",
            ),
            ("Afspraken", "Wie monitort, hoe vaak en wanneer? Wat gebeurt er als een voorwaarde niet wordt nageleefd?"),
            (
                "Na het gesprek",
                "Is de melder teruggekoppeld? Is de overdracht vastgelegd met datum, deelnemers en afspraken?",
            ),
        ],
    ),
}


def _document_pdf(title: str, sections: list[tuple[str, str]]) -> bytes:
    from weasyprint import HTML

    rows = "".join(f"<h2>{head}</h2><p>{text}</p><div class='lines'></div>" for head, text in sections)
    html = (
        "<html lang='nl'><head><meta charset='utf-8'><title>" + title + "</title><style>"
        "@page { size: A4; margin: 2cm } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt }"
        "h1 { color: #0b5a6b } .lines { border-bottom: 1px solid #999; height: 3.2em; margin-bottom: 1em }"
        "</style></head><body><h1>" + title + "</h1><p>AMHK Academie — werkblad bij de e-learning. Gebruik "
        "geen echte cliëntgegevens als u dit oefenblad invult.</p>" + rows + "</body></html>"
    )
    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")


def _media() -> tuple[dict, dict]:
    from wagtail.documents.models import Document
    from wagtail.images.models import Image

    images, documents = {}, {}
    for key, (title, steps) in DIAGRAMS.items():
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title, file=ImageFile(io.BytesIO(_diagram_png(title, steps)), name=f"{key}.png"))
            image.save()
        images[key] = image
    for key, (title, sections) in DOCUMENTS.items():
        document = Document.objects.filter(title=title).first()
        if document is None:
            document = Document(title=title)
            document.file.save(f"{key}.pdf", ContentFile(_document_pdf(title, sections)), save=False)
            document.save()
        documents[key] = document
    return images, documents


# --- Pages -------------------------------------------------------------------------------------


def _block(kind: str, value, images: dict, documents: dict) -> dict:
    if kind == "content_warning":
        value = {"text": value}
    elif kind == "image":
        value = {"image": images[value["key"]].pk, "alt": value["alt"], "caption": value.get("caption", "")}
    elif kind == "document":
        value = {"document": documents[value["key"]].pk, "description": value["description"]}
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def _catalogue() -> CourseCatalogPage:
    catalogue = CourseCatalogPage.objects.first()
    if catalogue:
        return catalogue
    home = HomePage.objects.get()
    catalogue = CourseCatalogPage(
        title="Cursussen",
        slug="cursussen",
        intro="Alle cursussen van het programma Deskundigheidsbevordering Veilig Thuis. Zoek op onderwerp of "
        "filter op competentie, functie en vorm van geweld.",
    )
    home.add_child(instance=catalogue)
    catalogue.save_revision().publish()
    return catalogue


def _create_course(catalogue, data: dict, images, documents) -> CoursePage:
    course = CoursePage(
        title=data["title"],
        slug=data["slug"],
        code=data["code"],
        summary=data["summary"],
        learning_objectives="\n".join(data.get("learning_objectives", [])),
        for_all_functions=data["functions"] == "all",
        study_load_hours=data["study_load_hours"],
        accreditation_body=data["accreditation"]["body"],
        accreditation_number=data["accreditation"].get("number", ""),
        accreditation_points=data["accreditation"].get("points"),
        accreditation_valid_until=timezone.localdate().replace(year=timezone.localdate().year + 2, month=12, day=31),
        certificate_validity_months=data.get("certificate_validity_months", 36),
    )
    catalogue.add_child(instance=course)
    if data["functions"] != "all":
        course.target_functions.set(Function.objects.filter(slug__in=data["functions"]))
    course.forms_of_violence.set(FormOfViolence.objects.filter(slug__in=data["forms_of_violence"]))
    course.competences.set(Competence.objects.filter(code__in=data["competences"]))
    course.save_revision().publish()
    for lesson_data in data["lessons"]:
        lesson = LessonPage(
            title=lesson_data["title"],
            slug=lesson_data["slug"],
            summary=lesson_data.get("summary", ""),
            duration_minutes=lesson_data.get("duration_minutes", 20),
            refresher=lesson_data.get("refresher", False),
            body=[_block(kind, value, images, documents) for kind, value in lesson_data["body"]],
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
    return course


def _learning_paths(by_code: dict[str, CoursePage]) -> None:
    functions = {f.slug: f for f in Function.objects.all()}
    for name, function_slug, background, items in PATHS:
        path, created = LearningPath.objects.get_or_create(
            function=functions.get(function_slug) if function_slug else None,
            background=background,
            defaults={"name": name},
        )
        if not created:
            continue
        for order, (code, mandatory, days) in enumerate(items):
            if code in by_code:
                LearningPathItem.objects.create(
                    path=path, course=by_code[code], mandatory=mandatory, due_within_days=days, sort_order=order
                )


#: How far each demo team is (by its place in organisations.demo.TEAMS): the dashboards should show
#: one seasoned team, one lagging behind and two in between.
TEAM_MATURITY = [1.5, 1.0, 5.0, 0.5]


def _team_maturity(person) -> float:
    from organisations.demo import TEAMS

    membership = person.current_membership
    if membership is None or membership.team is None or membership.region is None:
        return 1.0
    names = TEAMS.get(membership.region.slug, [])
    return TEAM_MATURITY[names.index(membership.team.name)] if membership.team.name in names else 1.0


def _progress(by_code: dict[str, CoursePage]) -> int:
    """Demo employees at several stages: some done, some halfway, some overdue, some untouched."""
    from courses.selectors import lessons_of
    from courses.services import assign_course, sync_path_enrolments

    rng = random.Random(2026)  # noqa: S311
    people = list(
        User.objects.filter(
            is_active=True, memberships__valid_to__isnull=True, memberships__region__isnull=False
        ).order_by("email")
    )
    lessons = {code: list(lessons_of(course)) for code, course in by_code.items()}
    touched = 0
    now = timezone.now()
    for person in people:
        if Enrolment.objects.filter(user=person).exists():
            continue
        sync_path_enrolments(user=person)
        touched += 1
        if person.email == "medewerker@demo.example":
            plan = {"M01": 3, "M02": 1}
        else:
            plan = {}
            boost = _team_maturity(person)
            for enrolment in Enrolment.objects.filter(user=person).select_related("course"):
                code = enrolment.course.code
                weights = list({"M01": [7, 1, 1, 1], "M02": [4, 2, 2, 2]}.get(code, [2, 1, 2, 5]))
                weights[0] *= boost
                plan[code] = rng.choices([3, 2, 1, 0], weights=weights)[0]
        for code, done in plan.items():
            enrolment = Enrolment.objects.filter(user=person, course=by_code.get(code)).first()
            if enrolment is None or not done:
                continue
            days_ago = rng.randint(5, 300)
            for offset, lesson in enumerate(lessons[code][:done]):
                LessonCompletion.objects.create(
                    enrolment=enrolment, lesson=lesson, completed_at=now - timezone.timedelta(days=days_ago - offset)
                )
            fields = {
                "last_lesson": lessons[code][min(done, len(lessons[code])) - 1],
                "last_activity_at": now - timezone.timedelta(days=days_ago - done),
            }
            if done >= len(lessons[code]):
                fields.update(
                    completed_at=now - timezone.timedelta(days=days_ago - done), completed_version=by_code[code].version
                )
            Enrolment.objects.filter(pk=enrolment.pk).update(**fields)
    # A manager's assignment with a deadline that has passed, so "overdue" has something to show.
    manager = User.objects.filter(email="manager.groningen@demo.example").first()
    employee = User.objects.filter(email="medewerker@demo.example").first()
    if manager and employee and "M12" in by_code and not Assignment.objects.filter(user=employee).exists():
        assignment = assign_course(
            actor=manager,
            course=by_code["M12"],
            user=employee,
            deadline=timezone.localdate() + timezone.timedelta(days=30),
        )
        past = timezone.localdate() - timezone.timedelta(days=10)
        Assignment.objects.filter(pk=assignment.pk).update(deadline=past)
        Enrolment.objects.filter(user=employee, course=by_code["M12"]).update(deadline=past)
    team = Team.objects.filter(region__slug="groningen", name="Veiligheidsbeoordeling").first()
    if (
        manager
        and team
        and "M10" not in by_code
        and "M07" in by_code
        and not Assignment.objects.filter(team=team).exists()
    ):
        assign_course(
            actor=manager, course=by_code["M07"], team=team, deadline=timezone.localdate() + timezone.timedelta(days=60)
        )
    return touched


@transaction.atomic
def seed(log=print) -> None:
    catalogue = _catalogue()
    images, documents = _media()
    content = _load_content()
    existing = {c.slug: c for c in CoursePage.objects.child_of(catalogue).specific()}
    created = 0
    for data in content:
        if data["slug"] not in existing:
            existing[data["slug"]] = _create_course(catalogue, data, images, documents)
            created += 1
    by_code = {c.code: c for c in existing.values()}
    for data in content:
        course = existing[data["slug"]]
        wanted = [by_code[code] for code in data.get("prerequisites", []) if code in by_code]
        if set(course.prerequisites.all()) != set(wanted):
            course.prerequisites.set(wanted)
            course.save_revision().publish()
    _learning_paths(by_code)
    touched = _progress(by_code)
    log(f"courses: {created} courses created ({len(by_code)} in total), progress for {touched} people")
    _ = Membership, Role  # (imported for readers: demo people come from organisations.demo)
