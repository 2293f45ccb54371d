"""XSS: a corpus of payloads in every field a user or editor writes, rendered in Chromium (issue 7).

Each payload goes into the fields the way their authors fill them in: a manager's person form (names,
hence the certificate name), a learner's reflection and open answer, a trainer's grading comment
(HTTP posts as the browser sends them); lessons and assessment content as the CMS stores them (rich
text through Wagtail's own editor converter, plain text as typed); a document uploaded through the
CMS. Then the pages that show them are opened in Chromium, with the site's real Content-Security-
Policy, and on every page:

- no dialog opened (`page.on("dialog")`),
- the console reports no CSP violation: a blocked inline script would mean the markup got through
  and only the policy stopped it,
- the DOM holds no injected event handler, javascript: URL, srcdoc or <img src=x>,
- the payload is there, as text, where the field is shown.

The PDFs (certificate, personal data, the region's readiness report) get the same names, plus
markup that would make WeasyPrint fetch: every URL the fetcher is asked for is recorded, a listening
socket catches any connection, and the PDF's text must hold the payload literally.
"""

from __future__ import annotations

import contextlib
import io
import json
import socket
import threading
from collections import Counter
from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from organisations.models import Role
from tests.factories import UserFactory, make_assessment, make_course, make_person, make_question, region

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">klik</a>',
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "{{7*7}} {% debug %} ${7*7}",
    "'-alert(1)-'",
    '";alert(1);//',
    '<iframe srcdoc="<script>parent.alert(1)</script>">',
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
    r"\u003cscript\u003ealert(1)\u003c/script\u003e",
    "＜script＞alert(1)＜/script＞",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
]


def tag(payload: str, field: str) -> str:
    """The payload as written into one field: the suffix tells the fields of one page apart, so
    that each "shown as text" check is about that field (the attack stays in front)."""
    return f"{payload} [{field}]"


# The shortest field a tagged payload goes into (a callout's title) takes 100 characters.
assert all(len(tag(p, "let op kop")) <= 100 for p in PAYLOADS)

#: (payload, field, page) checks made in this module, printed at the end.
CHECKED: Counter = Counter()


@pytest.fixture(scope="module", autouse=True)
def _summary(request):
    yield
    if CHECKED:
        reporter = request.config.pluginmanager.get_plugin("terminalreporter")
        total = sum(CHECKED.values())
        fields = len({field for field, _page in CHECKED})
        pages = len({page for _field, page in CHECKED})
        line = (
            f"XSS: {len(PAYLOADS)} payloads, {fields} velden, {pages} soorten pagina's: "
            f"{total} combinaties van payload × veld × pagina gecontroleerd"
        )
        # Past the output capture, so the count is in every run's output, not only a failing one's.
        capture = request.config.pluginmanager.get_plugin("capturemanager")
        with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
            if reporter:
                reporter.write_line(line)
            else:
                print(line)


# --- Watching a page ------------------------------------------------------------------------------------

#: Markup that only an injection puts in our pages (Wagtail's own admin included).
INJECTED_DOM = """() => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
            const name = attr.name.toLowerCase();
            if (name.startsWith('on')) found.push(`${el.tagName} ${name}`);
            if (name === 'srcdoc') found.push(`${el.tagName} srcdoc`);
            if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name)
                && /^\\s*javascript:/i.test(attr.value)) found.push(`${el.tagName} ${name}=${attr.value}`);
        }
    }
    for (const img of document.querySelectorAll('img[src="x"], mglyph')) found.push(img.outerHTML.slice(0, 80));
    for (const s of document.querySelectorAll('script')) {
        const type = (s.type || '').toLowerCase();
        if ((type === '' || type.includes('javascript') || type === 'module') && /alert\\(/.test(s.textContent)) {
            found.push('script: ' + s.textContent.slice(0, 80));
        }
    }
    return found;
}"""

#: Everything a person can read on the page, form values and alt texts included (the CMS shows
#: stored text inside inputs and its rich-text editor).
READABLE_TEXT = """() => [
    document.body.innerText,
    ...[...document.querySelectorAll('input:not([type=hidden]), textarea')].map(e => e.value),
    ...[...document.querySelectorAll('img[alt]')].map(e => e.alt),
].join('\\n')"""


def _normalise(text: str) -> str:
    return " ".join(text.split())


class Watched:
    """A browser tab as one role, recording dialogs and CSP violations from the first byte."""

    def __init__(self, browser, server, user=None):
        self.server = server
        self.context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
        if user is not None:
            client = Client()
            client.force_login(user, backend="organisations.auth_backends.CachedPermissionsBackend")
            self.client = client
            self.context.add_cookies(
                [
                    {
                        "name": settings.SESSION_COOKIE_NAME,
                        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                        "url": server.url,
                    }
                ]
            )
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.violations: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(f"{self.page.url}: {error}"))

    def _dialog(self, dialog):
        self.dialogs.append(f"{self.page.url}: {dialog.type} {dialog.message!r}")
        dialog.dismiss()

    def _console(self, message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.violations.append(f"{self.page.url}: {message.text[:300]}")

    def visit(self, path: str, *, label: str, shows: dict[str, list], status: int = 200, ready: str = "") -> None:
        """Open `path` and check it; `shows` maps a field name to the texts it must show as text (a
        tuple: any one of them, for a name that a page may write either way round)."""
        response = self.page.goto(self.server.url + path)
        assert response is not None and response.status == status, (path, response and response.status)
        self.page.wait_for_load_state("load")
        if ready:  # content that scripts render after load (the CMS's editors)
            self.page.wait_for_selector(ready)
        self.page.wait_for_timeout(50)  # event handlers (onload, ontoggle) fire right after load
        injected = self.page.evaluate(INJECTED_DOM)
        assert not injected, f"{path}: injected markup in the DOM: {injected}"
        assert not self.dialogs, self.dialogs
        assert not self.violations, self.violations
        text = _normalise(self.page.evaluate(READABLE_TEXT))
        for field, expected in shows.items():
            for item in expected:
                options = item if isinstance(item, tuple) else (item,)
                assert any(_normalise(o) in text for o in options), f"{path}: {field} does not show {item!r} as text"
                CHECKED[(field, label)] += 1

    def close(self) -> None:
        assert not self.errors, self.errors
        self.context.close()


@pytest.fixture
def watch(browser, server):
    tabs = []

    def _open(user=None) -> Watched:
        tab = Watched(browser, server, user)
        tabs.append(tab)
        return tab

    yield _open
    for tab in tabs:
        tab.close()


def as_client(user) -> Client:
    client = Client()
    client.force_login(user, backend="organisations.auth_backends.CachedPermissionsBackend")
    return client


# --- 1. Names, reflections, open answers, grading comments, certificate names ---------------------------


@pytest.fixture
def quiet_mail(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def test_what_people_write_is_shown_as_text_everywhere(
    watch, quiet_mail, manager_utrecht, trainer, django_capture_on_commit_callbacks
):
    from assessments.models import Attempt, Response
    from certificates.models import Certificate
    from courses.selectors import lessons_of
    from organisations.models import Team, User

    team = Team.objects.create(region=region("utrecht"), name="Team Zuid")
    course = make_course(lessons=1)
    lesson = lessons_of(course).first().specific
    make_question(kind="open", competences=["C5"])
    assessment = make_assessment(course=course, pools={"C5": 1}, title="Eindtoets open vragen")

    # The manager enters each person through the people form: the payload is the first name.
    manager = as_client(manager_utrecht)
    people = []
    for number, payload in enumerate(PAYLOADS):
        response = manager.post(
            reverse("organisations:person_create"),
            {
                "first_name": payload,
                "last_name": f"Persoon{number}",
                "email": f"persoon{number}@utrecht.example",
                "region": region("utrecht").pk,
                "team": team.pk,
                "background": "new",
                "role": Role.EMPLOYEE,
            },
        )
        assert response.status_code == 302, response.content.decode()[:500]
        person = User.objects.get(email=f"persoon{number}@utrecht.example")
        assert person.first_name == payload
        people.append(person)

    def name(number: int, payload: str) -> tuple[str, str]:
        return (f"{payload} Persoon{number}", f"Persoon{number}, {payload}")

    # Each learner writes a reflection, finishes the lesson and answers the open question.
    for person, payload in zip(people, PAYLOADS, strict=True):
        learner = as_client(person)
        reflection = learner.post(
            lesson.url, {"action": "reflection", "block_id": "refl-1", "text": tag(payload, "reflectie")}
        )
        assert reflection.status_code == 302
        assert learner.post(lesson.url, {"action": "complete"}).status_code == 302
        assert learner.post(reverse("assessments:assessment", args=[assessment.pk])).status_code == 302
        attempt = Attempt.objects.get(user=person)
        answer = {"text": tag(payload, "antwoord")}
        assert learner.post(reverse("assessments:item", args=[attempt.pk, 1]), answer).status_code == 302
        assert learner.post(reverse("assessments:submit", args=[attempt.pk])).status_code == 302

    responses = {r.attempt.user_id: r for r in Response.objects.select_related("attempt")}

    # The trainer reads each answer on the grading page (blind: no name), then grades with a comment.
    grader = watch(trainer)
    for person, payload in zip(people, PAYLOADS, strict=True):
        grader.visit(
            reverse("assessments:grade", args=[responses[person.pk].pk]),
            label="beoordelen",
            shows={"open antwoord": [tag(payload, "antwoord")]},
        )
    trainer_client = as_client(trainer)
    for person, payload in zip(people, PAYLOADS, strict=True):
        with django_capture_on_commit_callbacks(execute=True):  # the certificate and its PDF
            graded = trainer_client.post(
                reverse("assessments:grade", args=[responses[person.pk].pk]),
                {"criterion-0": "2", "criterion-1": "1", "comment": tag(payload, "toelichting")},
            )
        assert graded.status_code == 302
    certificates = {c.user_id: c for c in Certificate.objects.all()}
    assert {certificates[p.pk].holder_name for p in people} == {
        f"{payload} Persoon{number}" for number, payload in enumerate(PAYLOADS)
    }

    # The learner's own pages.
    for number, (person, payload) in enumerate(zip(people, PAYLOADS, strict=True)):
        own = watch(person)
        own.visit(
            lesson.url,
            label="les",
            shows={"reflectie": [tag(payload, "reflectie")], "naam (kop)": [name(number, payload)]},
        )
        attempt = Attempt.objects.get(user=person)
        own.visit(
            reverse("assessments:result", args=[attempt.pk]),
            label="uitslag",
            shows={"open antwoord": [tag(payload, "antwoord")], "toelichting trainer": [tag(payload, "toelichting")]},
        )
        own.visit(
            reverse("organisations:my_data"), label="mijn gegevens", shows={"naam (kop)": [name(number, payload)]}
        )
        own.visit(reverse("courses:my_learning"), label="mijn leren", shows={"naam (kop)": [name(number, payload)]})
        own.close()

    # The manager's lists and each person's pages.
    everyone = [name(number, payload) for number, payload in enumerate(PAYLOADS)]
    boss = watch(manager_utrecht)
    boss.visit(reverse("organisations:people_list"), label="mensen", shows={"naam": everyone})
    boss.visit(reverse("certificates:list"), label="certificaten", shows={"certificaatnaam": everyone})
    boss.visit(reverse("dashboards:team", args=[team.pk]), label="team-dashboard", shows={"naam": everyone})
    for number, (person, payload) in enumerate(zip(people, PAYLOADS, strict=True)):
        shown = {"naam": [name(number, payload)]}
        boss.visit(reverse("organisations:person_detail", args=[person.pk]), label="persoon", shows=shown)
        # The edit form holds first and last name in separate inputs.
        boss.visit(
            reverse("organisations:person_edit", args=[person.pk]),
            label="persoon wijzigen",
            shows={"voornaam": [payload]},
        )
        boss.visit(reverse("dashboards:person", args=[person.pk]), label="persoon-dashboard", shows=shown)

    # The CMS's user list shows everyone's name to a superuser.
    admin = watch(UserFactory(is_superuser=True, is_staff=True))
    admin.visit("/cms/users/?p=1&per_page=100", label="CMS gebruikers", shows={"naam": everyone})

    # Anyone may check a certificate: the name on the public verification page.
    visitor = watch()
    for number, (person, payload) in enumerate(zip(people, PAYLOADS, strict=True)):
        visitor.visit(
            reverse("certificates:verify_code", args=[certificates[person.pk].code]),
            label="certificaat controleren",
            shows={"certificaatnaam": [name(number, payload)]},
        )


# --- 2. Lessons: rich text, StreamField blocks, a document, written in the CMS ---------------------------


def _rich_text(text: str, *, link: str | None = None, features=("bold", "italic", "link", "document-link")) -> str:
    """What Wagtail's editor stores when an author types `text` (optionally as a link to `link`):
    the same contentstate → HTML conversion that the CMS form runs on save."""
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    block = {"key": "a", "text": text, "type": "unstyled", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}
    entities = {}
    if link:
        block["entityRanges"] = [{"offset": 0, "length": len(text), "key": 0}]
        entities = {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link}}}
    return ContentstateConverter(list(features)).to_database_format(
        json.dumps({"blocks": [block], "entityMap": entities})
    )


def _upload_document(trainer_client, payload: str, number: int):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents.models import Document
    from wagtail.models import Collection

    before = set(Document.objects.values_list("pk", flat=True))
    response = trainer_client.post(
        "/cms/documents/add/",
        {
            "title": payload,
            # A hostile file name too; the storage keeps only safe characters.
            "file": SimpleUploadedFile(f"{payload}-{number}.txt", f"Werkblad {number}\n".encode()),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    return Document.objects.exclude(pk__in=before).get()


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"".join(b"\x00" + b"\x0b\x5a\x6b" * 4 for _ in range(4))))
        + chunk(b"IEND", b"")
    )


#: Every field of a lesson an author writes, by the short name its payload is tagged with.
LESSON_FIELDS = [
    "titel",
    "samenvatting",
    "tekst",
    "linktekst",
    "let op kop",
    "let op tekst",
    "casus titel",
    "casus situatie",
    "betrokkene",
    "rol",
    "moment",
    "gebeurtenis",
    "reflectievraag",
    "aanwijzing",
    "checkvraag",
    "checkantwoord",
    "checkfeedback",
    "waarschuwing",
    "documenttitel",
    "omschrijving",
    "alt-tekst",
    "onderschrift",
]
#: Fields the CMS editor shows in a chooser or not at all until a block is opened.
NOT_IN_EDITOR_TEXT = {"documenttitel"}


def _lesson_body(payload: str, number: int, document, image) -> list[dict]:
    def t(field: str) -> str:
        return tag(payload, field)

    return [
        {"type": "content_warning", "value": {"text": t("waarschuwing")}, "id": f"w{number}"},
        {"type": "text", "value": _rich_text(t("tekst")), "id": f"t{number}"},
        # An author may paste anything as a link's address; Wagtail's converter drops javascript:.
        {"type": "text", "value": _rich_text(t("linktekst"), link="javascript:alert(1)"), "id": f"l{number}"},
        {
            "type": "callout",
            "value": {"title": t("let op kop"), "body": _rich_text(t("let op tekst"))},
            "id": f"c{number}",
        },
        {
            "type": "casus",
            "value": {
                "title": t("casus titel"),
                "situation": _rich_text(t("casus situatie")),
                "people": [{"name": t("betrokkene"), "role": t("rol")}],
                "timeline": [{"moment": t("moment"), "event": t("gebeurtenis")}],
            },
            "id": f"k{number}",
        },
        {
            "type": "reflection",
            "value": {"question": t("reflectievraag"), "guidance": t("aanwijzing")},
            "id": f"r{number}",
        },
        {
            "type": "knowledge_check",
            "value": {
                "question": t("checkvraag"),
                "options": [
                    {"text": t("checkantwoord"), "correct": True, "feedback": t("checkfeedback")},
                    {"text": "Iets anders", "correct": False, "feedback": "Nee."},
                ],
            },
            "id": f"q{number}",
        },
        {"type": "document", "value": {"document": document.pk, "description": t("omschrijving")}, "id": f"d{number}"},
        {
            "type": "image",
            "value": {"image": image.pk, "alt": t("alt-tekst"), "caption": t("onderschrift")},
            "id": f"i{number}",
        },
    ]


def test_lesson_content_from_the_cms_is_shown_as_text(watch, quiet_mail, employee, trainer):
    from django.core.files.images import ImageFile
    from wagtail.images.models import Image

    from courses.models import LessonPage

    course = make_course(lessons=0)
    trainer_client = as_client(trainer)
    image = Image(title="Schema", file=ImageFile(io.BytesIO(_png()), name="schema.png"))
    image.save()
    lessons = []
    for number, payload in enumerate(PAYLOADS):
        document = _upload_document(trainer_client, tag(payload, "documenttitel"), number)
        lesson = LessonPage(
            title=tag(payload, "titel"),
            slug=f"les-{number}",
            summary=tag(payload, "samenvatting"),
            duration_minutes=5,
            body=_lesson_body(payload, number, document, image),
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
        lessons.append(lesson)

    # The learner chose the first answer of each knowledge check (kept in the session the tab shares),
    # so its feedback shows too.
    learner = watch(employee)
    for number, (lesson, payload) in enumerate(zip(lessons, PAYLOADS, strict=True)):
        checked = learner.client.post(lesson.url, {"action": "check", "block_id": f"q{number}", "option": "0"})
        assert checked.status_code == 302
        shown = {field: [tag(payload, field)] for field in LESSON_FIELDS}
        learner.visit(lesson.url, label="les", shows=shown)
        # The link keeps its text and loses the javascript: address.
        link = learner.page.locator("#inhoud .rich-text a").filter(has_text=tag(payload, "linktekst"))
        hrefs = link.evaluate_all("els => els.map(e => e.getAttribute('href'))")
        assert all(h is None or not h.strip().lower().startswith("javascript:") for h in hrefs), hrefs
    learner.visit(course.url, label="cursus", shows={"titel": [tag(p, "titel") for p in PAYLOADS]})

    editor = watch(trainer)
    for lesson, payload in zip(lessons, PAYLOADS, strict=True):
        # The CMS keeps the text in inputs and its rich-text editor, exactly as typed.
        shown = {field: [tag(payload, field)] for field in LESSON_FIELDS if field not in NOT_IN_EDITOR_TEXT}
        editor.visit(f"/cms/pages/{lesson.pk}/edit/", label="CMS bewerken", shows=shown, ready=".DraftEditor-root")
    editor.visit(
        "/cms/documents/", label="CMS documenten", shows={"documenttitel": [tag(p, "documenttitel") for p in PAYLOADS]}
    )


# --- 3. Assessment content a trainer writes: casus, questions, feedback ----------------------------------


def _hostile_assessment(payload: str, number: int):
    """An assessment of one casus and one question, every text field holding the tagged payload."""
    from assessments.content import upsert_casus, upsert_question

    def t(field: str) -> str:
        return tag(payload, field)

    def rich(field: str) -> str:
        return _rich_text(t(field), features=("bold", "italic", "ul", "ol"))

    casus = upsert_casus(
        {
            "key": f"xss-casus-{number}",
            "title": t("casus titel"),
            "intro": rich("situatie"),
            "competences": ["C1"],
            "forms": [],
            "steps": [
                {
                    "key": "1",
                    "title": t("stap titel"),
                    "info": rich("stap info"),
                    "question": t("besluitvraag"),
                    "competence": "C1",
                    "options": [
                        {
                            "text": t("keuze"),
                            "rating": "best",
                            "points": 2,
                            "feedback": t("keuzefeedback"),
                            "reference": t("keuzebron"),
                            "next": "",
                        },
                        {"text": "Iets anders", "rating": "unsafe", "points": 0, "feedback": "Nee.", "next": ""},
                    ],
                }
            ],
        }
    )
    question = upsert_question(
        {
            "key": f"xss-vraag-{number}",
            "kind": "single",
            "title": t("vraagtitel"),
            "stem": rich("vraag"),
            "competences": ["C2"],
            "forms": [],
            "difficulty": "medium",
            "points": 1,
            "options": [
                {"text": t("antwoord"), "correct": True, "feedback": t("antwoordfeedback"), "reference": t("bron")},
                {"text": "Iets anders", "correct": False, "feedback": "Nee.", "reference": ""},
            ],
            "rubric": [],
            "model_answer": "",
            "explanation": t("toelichting"),
        }
    )
    assessment = make_assessment(
        casus=[casus], pools={"C2": 1}, title=t("toetstitel"), introduction=t("uitleg"), feedback_mode="immediate"
    )
    return assessment, question


def test_assessment_content_from_the_cms_is_shown_as_text(watch, quiet_mail):
    from assessments.models import Attempt, Question

    for number, payload in enumerate(PAYLOADS):
        assessment, question = _hostile_assessment(payload, number)
        person = make_person(role=Role.EMPLOYEE, region_slug="groningen")
        client = as_client(person)
        tab = watch(person)

        def shows(*fields):
            return {field: [tag(payload, field)] for field in fields}  # noqa: B023  (used right away)

        tab.visit(
            reverse("assessments:assessment", args=[assessment.pk]), label="toets", shows=shows("toetstitel", "uitleg")
        )
        assert client.post(reverse("assessments:assessment", args=[assessment.pk])).status_code == 302
        attempt = Attempt.objects.get(user=person)
        casus_item = reverse("assessments:item", args=[attempt.pk, 1])
        tab.visit(
            casus_item,
            label="casus",
            shows=shows("casus titel", "situatie", "stap titel", "stap info", "besluitvraag", "keuze"),
        )
        steps = attempt.items.get(position=1).snapshot["steps"]
        best = next(o["id"] for o in steps[0]["options"] if o["text"] == tag(payload, "keuze"))
        assert client.post(casus_item, {"step": "1", "option": best}).status_code == 302
        tab.visit(casus_item, label="casus na besluit", shows=shows("keuze", "keuzefeedback", "keuzebron"))

        question_item = reverse("assessments:item", args=[attempt.pk, 2])
        snapshot = attempt.items.get(position=2).snapshot
        assert snapshot["question_id"] == question.pk  # this payload's question, not an earlier one
        tab.visit(question_item, label="vraag", shows=shows("vraag", "antwoord"))
        right = next(o["id"] for o in snapshot["options"] if o["correct"])
        assert client.post(question_item, {"option": right}).status_code == 302
        tab.visit(question_item, label="vraag na antwoord", shows=shows("antwoord", "antwoordfeedback", "bron"))
        assert client.post(reverse("assessments:submit", args=[attempt.pk])).status_code == 302
        tab.visit(
            reverse("assessments:result", args=[attempt.pk]),
            label="uitslag",
            shows=shows("toetstitel", "casus titel", "keuze", "keuzefeedback", "vraag", "antwoord", "antwoordfeedback"),
        )
        tab.close()
        # The next assessment draws the next payload's question from the same competence.
        Question.objects.filter(pk=question.pk).update(is_active=False)


# --- 4. PDFs: the payloads are text, and nothing is fetched ---------------------------------------------

#: Markup that would make a careless renderer fetch: an image, a stylesheet, an @import.
FETCHING = [
    '<img src="http://127.0.0.1:{port}/x.png">',
    '<link rel=stylesheet href="http://127.0.0.1:{port}/x.css">',
    "<style>@import url(http://127.0.0.1:{port}/y.css);</style>",
]


@pytest.fixture
def trap():
    """A socket on 127.0.0.1 that records every connection made to it."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    hits: list = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connection, address = listener.accept()
            except OSError:
                continue
            hits.append(address)
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1], hits
    stop.set()
    thread.join(timeout=2)
    listener.close()


def _pdf_payloads(port: int) -> list[str]:
    # ASCII only: pypdf cannot map glyphs of WeasyPrint's fallback font (full-width ＜) back to text.
    return [p for p in PAYLOADS if p.isascii()] + [f.format(port=port) for f in FETCHING]


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    # pypdf leaves NULs around glyphs of some embedded fonts; whitespace depends on line breaking.
    return "".join(text.replace("\x00", "").split())


class Recording:
    """Wraps a WeasyPrint URL fetcher: every URL it is asked for is kept."""

    def __init__(self, fetcher):
        self.fetcher = fetcher
        self.asked: list[str] = []

    def __call__(self, url, *args, **kwargs):
        self.asked.append(url)
        return self.fetcher(url, *args, **kwargs)

    def fetch(self, url, *args, **kwargs):
        self.asked.append(url)
        return self.fetcher.fetch(url, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.fetcher, name)


def _only_local(asked: list[str]) -> list[str]:
    return [url for url in asked if not url.startswith(("data:", "file://"))]


def test_certificate_pdf_shows_hostile_names_as_text_and_fetches_nothing(trap, settings, tmp_path):
    from certificates import pdf as certificate_pdf
    from certificates.models import CertificateSettings
    from certificates.selectors import pdf_context
    from certificates.services import issue_certificate
    from courses.models import Enrolment

    settings.MEDIA_ROOT = tmp_path
    port, hits = trap
    signatory = CertificateSettings.load()
    signatory.signatory_name = FETCHING[0].format(port=port)
    signatory.signatory_title = PAYLOADS[1]
    signatory.save()
    checked = 0
    for payload in _pdf_payloads(port):
        person = make_person(role=Role.EMPLOYEE, region_slug="groningen", first_name=payload, last_name="Test")
        course = make_course(lessons=1)
        enrolment = Enrolment.objects.create(
            user=person, course=course, source="self", completed_at=timezone.now(), completed_version=1
        )
        certificate = issue_certificate(enrolment_id=enrolment.pk, render=False)
        fetcher = Recording(certificate_pdf.AssetsOnlyFetcher())
        data = certificate_pdf.render_certificate_pdf(pdf_context(certificate), fetcher=fetcher)
        assert not _only_local(fetcher.asked), fetcher.asked
        assert not [u for u in fetcher.asked if "127.0.0.1" in u], fetcher.asked
        text = _pdf_text(data)
        assert "".join(f"{payload} Test".split()) in text, (payload, text[:300])
        checked += 1
    assert not hits, f"the PDF renderer connected to {hits}"
    CHECKED[("certificaatnaam", "certificaat-PDF")] += checked


def test_personal_data_pdf_shows_hostile_text_and_fetches_nothing(trap, monkeypatch, settings, tmp_path):
    from organisations import personal_data

    settings.MEDIA_ROOT = tmp_path
    port, hits = trap
    recordings: list[Recording] = []
    original = personal_data._assets_only_fetcher

    def recording_fetcher():
        recording = Recording(original())
        recordings.append(recording)
        return recording

    monkeypatch.setattr(personal_data, "_assets_only_fetcher", recording_fetcher)
    checked = 0
    for payload in _pdf_payloads(port):
        person = make_person(role=Role.EMPLOYEE, region_slug="groningen", first_name=payload, last_name="Test")
        data = personal_data.render_personal_data_pdf(personal_data.collect(person))
        asked = [url for recording in recordings for url in recording.asked]
        assert recordings and not _only_local(asked), asked
        text = _pdf_text(data)
        assert "".join(payload.split()) in text, (payload, text[:300])
        checked += 1
    assert not hits, f"the PDF renderer connected to {hits}"
    CHECKED[("naam", "persoonsgegevens-PDF")] += checked


def test_region_report_pdf_shows_hostile_names_as_text_and_fetches_nothing(trap, monkeypatch, settings, tmp_path):
    from certificates import pdf as certificate_pdf
    from courses.models import Assignment
    from dashboards import report
    from dashboards.readiness import refresh_requirements
    from dashboards.selectors import region_report

    settings.MEDIA_ROOT = tmp_path
    port, hits = trap
    asked: list[str] = []

    made: list = []

    class RecordingFetcher(certificate_pdf.AssetsOnlyFetcher):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            made.append(self)

        def fetch(self, url, headers=None):
            asked.append(url)
            return super().fetch(url, headers)

    monkeypatch.setattr(report, "AssetsOnlyFetcher", RecordingFetcher)
    course = make_course(lessons=1)
    manager = make_person(role=Role.MANAGER, region_slug="groningen")
    payloads = _pdf_payloads(port)
    people = []
    for payload in payloads:
        person = make_person(role=Role.EMPLOYEE, region_slug="groningen", first_name=payload, last_name="Test")
        # Overdue, so that the report lists the person by name.
        Assignment.objects.create(
            course=course,
            region=region("groningen"),
            user=person,
            deadline=timezone.localdate() - timedelta(days=3),
            assigned_by=manager,
        )
        people.append(person)
    refresh_requirements([p.pk for p in people])
    context = region_report(region("groningen"))
    assert len(context["overdue"]) == len(payloads)
    data = report.render_region_report(context)
    assert made, "the report was rendered without the recording fetcher"
    assert not _only_local(asked), asked
    assert not hits, f"the PDF renderer connected to {hits}"
    text = _pdf_text(data)
    for payload in payloads:
        assert "".join(f"Test, {payload}".split()) in text, (payload, text[:300])
        CHECKED[("naam", "regiorapport-PDF")] += 1
