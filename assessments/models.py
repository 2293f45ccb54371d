"""Question bank, casus, assessments (authored in the CMS) and attempts (learning records).

Attempts never read the bank after they started: each drawn question or casus is copied into
`AttemptItem.snapshot` (text, options, key, rendered HTML), and scoring reads only the snapshot. So
editing the bank changes nothing for past attempts until a trainer asks for a regrade, which is
recorded in `Regrade`.
"""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from assessments.blocks import CasusStepBlock, OptionBlock, RubricCriterionBlock
from courses.models import Competence, CoursePage, Enrolment, FormOfViolence
from organisations.scoping import RegionScopedQuerySet


class Difficulty(models.TextChoices):
    EASY = "easy", _("Makkelijk")
    MEDIUM = "medium", _("Gemiddeld")
    HARD = "hard", _("Moeilijk")


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Eén juist antwoord")
    MULTIPLE = "multiple", _("Meerdere juiste antwoorden")
    ORDERING = "ordering", _("Volgorde")
    MATCHING = "matching", _("Koppelen")
    OPEN = "open", _("Open vraag (trainer beoordeelt)")


class FeedbackMode(models.TextChoices):
    IMMEDIATE = "immediate", _("Direct na elk antwoord")
    AFTER_SUBMIT = "after_submit", _("Na het inleveren")
    NEVER = "never", _("Nooit (examen)")


def _fingerprint(key: object) -> str:
    return hashlib.sha256(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()


class VersionedContent(models.Model):
    """Bank content whose answer key is versioned: the version goes up when the key changes."""

    code = models.SlugField(_("code"), max_length=60, unique=True, help_text=_("Korte, vaste naam, bijv. c1-termijn."))
    is_active = models.BooleanField(
        _("in gebruik"), default=True, help_text=_("Uitzetten: wordt niet meer getrokken; oude pogingen blijven.")
    )
    version = models.PositiveIntegerField(_("versie"), default=1, editable=False)
    key_fingerprint = models.CharField(max_length=64, editable=False, blank=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        fingerprint = _fingerprint(self.answer_key())
        if self.key_fingerprint and fingerprint != self.key_fingerprint:
            self.version += 1
        self.key_fingerprint = fingerprint
        super().save(*args, **kwargs)

    def answer_key(self) -> dict:
        raise NotImplementedError


class Question(index.Indexed, VersionedContent):
    title = models.CharField(
        _("titel"), max_length=200, help_text=_("Voor de lijst van trainers; lerenden zien hem niet.")
    )
    kind = models.CharField(_("soort"), max_length=10, choices=QuestionKind.choices)
    stem = RichTextField(_("vraag"), features=["bold", "italic", "ul", "ol"])
    competences = models.ManyToManyField(
        Competence,
        related_name="questions",
        verbose_name=_("competenties"),
        help_text=_("De vraag kan worden getrokken voor elk van deze competenties."),
    )
    forms_of_violence = models.ManyToManyField(
        FormOfViolence, blank=True, related_name="questions", verbose_name=_("vormen van geweld")
    )
    difficulty = models.CharField(_("verwachte moeilijkheid"), max_length=6, choices=Difficulty.choices)
    points = models.PositiveSmallIntegerField(
        _("punten"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text=_("Bij een open vraag telt de rubric."),
    )
    options = StreamField([("option", OptionBlock())], blank=True, verbose_name=_("antwoordopties"))
    rubric = StreamField([("criterion", RubricCriterionBlock())], blank=True, verbose_name=_("rubric"))
    model_answer = RichTextField(_("modelantwoord"), blank=True, features=["bold", "italic", "ul", "ol"])
    explanation = models.TextField(_("toelichting na afloop"), blank=True)

    search_fields = [index.SearchField("title"), index.SearchField("stem"), index.SearchField("code")]

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("code")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("difficulty"), FieldPanel("points")]),
        FieldPanel("stem"),
        FieldPanel("options"),
        MultiFieldPanel([FieldPanel("rubric"), FieldPanel("model_answer")], heading=_("Open vraag")),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [FieldPanel("competences"), FieldPanel("forms_of_violence"), FieldPanel("is_active")],
            heading=_("Labels"),
        ),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        options = [block.value for block in self.options]
        errors = []
        if self.kind == QuestionKind.OPEN:
            if not len(self.rubric):
                errors.append(_("Een open vraag heeft een rubric met minstens één criterium nodig."))
        elif len(options) < 2:
            errors.append(_("Geef minstens twee antwoordopties."))
        correct = sum(1 for option in options if option["correct"])
        if self.kind == QuestionKind.SINGLE and correct != 1:
            errors.append(_("Een vraag met één juist antwoord heeft precies één juiste optie."))
        if self.kind == QuestionKind.MULTIPLE and correct < 1:
            errors.append(_("Markeer minstens één juiste optie."))
        if self.kind == QuestionKind.MATCHING and any(not option["match"] for option in options):
            errors.append(_("Bij een koppelvraag heeft elke optie een 'Hoort bij'."))
        if errors:
            raise ValidationError({"options": errors} if self.kind != QuestionKind.OPEN else {"rubric": errors})

    def answer_key(self) -> dict:
        """What scoring depends on. A change here raises the version (and allows a regrade)."""
        return {
            "kind": self.kind,
            "points": self.points,
            "options": [
                {"id": block.id, "correct": bool(block.value["correct"]), "match": block.value["match"]}
                for block in self.options
            ],
            "rubric": [[level["points"] for level in block.value["levels"]] for block in self.rubric],
        }

    def snapshot(self) -> dict:
        """Everything an attempt shows and scores, frozen at the moment it is drawn."""
        return {
            "type": "question",
            "question_id": self.pk,
            "version": self.version,
            "kind": self.kind,
            "title": self.title,
            "stem": expand_db_html(self.stem),
            "points": self.points,
            "options": [
                {
                    "id": block.id,
                    "text": block.value["text"],
                    "correct": bool(block.value["correct"]),
                    "match": block.value["match"],
                    "feedback": block.value["feedback"],
                    "reference": block.value["reference"],
                }
                for block in self.options
            ],
            "rubric": [
                {
                    "criterion": block.value["criterion"],
                    "levels": [
                        {"label": level["label"], "points": level["points"], "description": level["description"]}
                        for level in block.value["levels"]
                    ],
                }
                for block in self.rubric
            ],
            "model_answer": expand_db_html(self.model_answer),
            "explanation": self.explanation,
        }


class Casus(index.Indexed, VersionedContent):
    """A case that unfolds in decision steps; options may branch to another step."""

    title = models.CharField(_("titel"), max_length=200)
    intro = RichTextField(_("situatie"), features=["bold", "italic", "ul", "ol"])
    competences = models.ManyToManyField(Competence, related_name="casus_set", verbose_name=_("competenties"))
    forms_of_violence = models.ManyToManyField(
        FormOfViolence, blank=True, related_name="casus_set", verbose_name=_("vormen van geweld")
    )
    steps = StreamField([("step", CasusStepBlock())], verbose_name=_("besluitmomenten"))

    search_fields = [index.SearchField("title"), index.SearchField("intro")]

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("code")]),
        FieldPanel("intro"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [FieldPanel("competences"), FieldPanel("forms_of_violence"), FieldPanel("is_active")],
            heading=_("Labels"),
        ),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("casus")
        verbose_name_plural = _("casussen")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        from assessments.scoring import casus_structure_errors

        errors = casus_structure_errors(self.snapshot())
        if errors:
            raise ValidationError({"steps": errors})

    def answer_key(self) -> dict:
        return {
            "steps": [
                {
                    "key": step.value["key"],
                    "critical": bool(step.value["critical"]),
                    "consequence": bool(step.value["consequence"]),
                    "competence": step.value["competence"].pk if step.value["competence"] else None,
                    "options": [
                        {
                            "id": option.id,
                            "rating": option.value["rating"],
                            "points": option.value["points"],
                            "next": option.value["next"],
                        }
                        for option in step.value["options"].bound_blocks
                    ],
                }
                for step in self.steps
            ]
        }

    def snapshot(self) -> dict:
        steps = []
        for step in self.steps:
            competence = step.value["competence"]
            steps.append(
                {
                    "key": step.value["key"],
                    "title": step.value["title"],
                    "info": str(step.value["info"]) if step.value["info"] else "",
                    "question": step.value["question"],
                    "competence_id": competence.pk if competence else None,
                    "competence": competence.code if competence else "",
                    "critical": bool(step.value["critical"]),
                    "consequence": bool(step.value["consequence"]),
                    "options": [
                        {
                            "id": option.id,
                            "text": option.value["text"],
                            "rating": option.value["rating"],
                            "points": option.value["points"],
                            "feedback": option.value["feedback"],
                            "reference": option.value["reference"],
                            "next": (option.value["next"] or "").strip(),
                        }
                        for option in step.value["options"].bound_blocks
                    ],
                }
            )
        return {
            "type": "casus",
            "casus_id": self.pk,
            "version": self.version,
            "title": self.title,
            "intro": expand_db_html(self.intro),
            "steps": steps,
        }


class Assessment(ClusterableModel):
    """A test attached to a course: casus and/or questions drawn per competence pool."""

    course = models.ForeignKey(
        CoursePage, on_delete=models.PROTECT, related_name="assessments", verbose_name=_("cursus")
    )
    title = models.CharField(_("titel"), max_length=200)
    introduction = models.TextField(_("uitleg vooraf"), blank=True)
    required = models.BooleanField(
        _("verplicht voor afronding"), default=True, help_text=_("De cursus is pas af als deze toets is gehaald.")
    )
    pass_mark_percent = models.PositiveSmallIntegerField(
        _("cesuur (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("tijdslimiet (minuten)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leeg: geen tijdslimiet."),
    )
    allow_time_extension = models.BooleanField(
        _("verlengen toestaan"),
        default=True,
        help_text=_(
            "Lerenden kunnen vlak voor het einde zelf meer tijd vragen (WCAG 2.2.1), tot tien keer. "
            "Alleen uitzetten als de tijdslimiet wezenlijk is voor wat u toetst."
        ),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximaal aantal pogingen"), null=True, blank=True, default=3, help_text=_("Leeg: onbeperkt.")
    )
    wait_hours = models.PositiveSmallIntegerField(_("wachttijd na een niet-geslaagde poging (uren)"), default=24)
    shuffle_options = models.BooleanField(_("antwoordopties husselen"), default=True)
    feedback_mode = models.CharField(
        _("feedback tonen"), max_length=12, choices=FeedbackMode.choices, default=FeedbackMode.AFTER_SUBMIT
    )
    is_active = models.BooleanField(_("open voor pogingen"), default=True)
    min_attempts_for_statistics = models.PositiveSmallIntegerField(
        _("minimumaantal pogingen voor betrouwbare statistiek"), default=30
    )

    panels = [
        FieldPanel("course"),
        FieldPanel("title"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("required"), FieldPanel("pass_mark_percent")]),
                FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("allow_time_extension")]),
                FieldRowPanel([FieldPanel("max_attempts"), FieldPanel("wait_hours")]),
                FieldRowPanel([FieldPanel("shuffle_options"), FieldPanel("feedback_mode")]),
                FieldRowPanel([FieldPanel("is_active"), FieldPanel("min_attempts_for_statistics")]),
            ],
            heading=_("Regels"),
        ),
        InlinePanel("casus_items", label=_("Casussen")),
        InlinePanel("pools", label=_("Vragen per competentie")),
    ]

    class Meta:
        ordering = ["course__title", "title"]
        verbose_name = _("toets")
        verbose_name_plural = _("toetsen")
        permissions = [
            ("view_item_statistics", _("Kan itemstatistiek bekijken en herbeoordelen")),
            ("grade_response", _("Kan open antwoorden beoordelen")),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.course.title})"


class AssessmentCasus(Orderable):
    assessment = ParentalKey(Assessment, on_delete=models.CASCADE, related_name="casus_items")
    casus = models.ForeignKey(Casus, on_delete=models.PROTECT, related_name="+", verbose_name=_("casus"))

    panels = [FieldPanel("casus")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["assessment", "casus"], name="casus_once_per_assessment")]


class AssessmentPool(Orderable):
    """Draw `question_count` random active questions tagged with `competence` (and the form)."""

    assessment = ParentalKey(Assessment, on_delete=models.CASCADE, related_name="pools")
    competence = models.ForeignKey(
        Competence, on_delete=models.PROTECT, related_name="+", verbose_name=_("competentie")
    )
    form_of_violence = models.ForeignKey(
        FormOfViolence,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("alleen vorm van geweld"),
    )
    question_count = models.PositiveSmallIntegerField(
        _("aantal vragen"), default=2, validators=[MinValueValidator(1), MaxValueValidator(50)]
    )

    panels = [FieldRowPanel([FieldPanel("competence"), FieldPanel("form_of_violence"), FieldPanel("question_count")])]


# --- Attempts ----------------------------------------------------------------------------------


class AttemptStatus(models.TextChoices):
    OPEN = "open", _("Bezig")
    GRADING = "grading", _("Wacht op beoordeling")
    FINAL = "final", _("Afgerond")


class AttemptQuerySet(RegionScopedQuerySet):
    owner_lookup = "user"

    def region_q(self, region) -> Q:
        return Q(user__memberships__region=region, user__memberships__valid_to__isnull=True)


class Attempt(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assessment_attempts")
    assessment = models.ForeignKey(Assessment, on_delete=models.PROTECT, related_name="attempts")
    enrolment = models.ForeignKey(Enrolment, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=8, choices=AttemptStatus.choices, default=AttemptStatus.OPEN)
    #: Seeds the draw and the shuffles, so they can be explained afterwards.
    seed = models.PositiveIntegerField()
    feedback_mode = models.CharField(max_length=12, choices=FeedbackMode.choices)
    pass_mark_percent = models.PositiveSmallIntegerField()
    started_at = models.DateTimeField(default=timezone.now)
    deadline_at = models.DateTimeField(null=True, blank=True)
    extensions_used = models.PositiveSmallIntegerField(default=0)
    submitted_at = models.DateTimeField(null=True, blank=True)
    submitted_by_timer = models.BooleanField(default=False)
    finalised_at = models.DateTimeField(null=True, blank=True)
    score = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    percent = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True)
    critical_errors = models.PositiveSmallIntegerField(default=0)
    #: {"C3": {"score": 3.0, "max": 4.0}, …}
    competence_scores = models.JSONField(default=dict, blank=True)
    graded_notified_at = models.DateTimeField(null=True, blank=True)
    #: Any change to the result (submit, grading, regrade) moves this; item statistics key their cache on it.
    updated_at = models.DateTimeField(auto_now=True)

    objects = AttemptQuerySet.as_manager()
    region_owned = True

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "assessment"], condition=Q(status="open"), name="one_open_attempt_per_assessment"
            ),
            models.UniqueConstraint(fields=["enrolment", "assessment", "number"], name="attempt_number_unique"),
            models.CheckConstraint(
                condition=Q(status="open") | Q(submitted_at__isnull=False), name="closed_attempt_is_submitted"
            ),
        ]
        indexes = [
            models.Index(fields=["assessment", "status"], name="attempt_assessment_status"),
            models.Index(fields=["user", "assessment"], name="attempt_user_assessment"),
            # Item statistics read every final attempt of an assessment (270,000 for a practice test
            # at 100,000 learners): with the columns they read in the index, the database answers
            # from the index alone instead of visiting most pages of the table (bench/explain.py).
            # Key columns rather than `include`, which SQLite lacks (and warns about on every start).
            models.Index(
                fields=["assessment", "id", "percent", "passed", "updated_at"],
                condition=Q(status="final"),
                name="attempt_final_statistics",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.assessment.title} #{self.number}"

    @property
    def is_open(self) -> bool:
        return self.status == AttemptStatus.OPEN


class CompetenceResult(models.Model):
    """One competence's score in one final attempt: the attempt's `competence_scores` as rows, so
    dashboards can average competence strength per team or region in the database."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="competence_results")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    competence = models.ForeignKey(Competence, on_delete=models.PROTECT, related_name="+")
    score = models.DecimalField(max_digits=7, decimal_places=2)
    max_score = models.DecimalField(max_digits=7, decimal_places=2)
    finalised_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "competence"], name="one_result_per_attempt_competence"),
            models.CheckConstraint(condition=Q(max_score__gt=0), name="competence_result_has_maximum"),
        ]
        indexes = [models.Index(fields=["user", "competence"], name="competence_result_user")]


class ItemKind(models.TextChoices):
    QUESTION = "question", _("Vraag")
    CASUS = "casus", _("Casus")


class AttemptItem(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=8, choices=ItemKind.choices)
    question = models.ForeignKey(Question, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    casus = models.ForeignKey(Casus, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    #: The competence pool the question was drawn for; casus steps carry their own.
    competence = models.ForeignKey(Competence, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    version = models.PositiveIntegerField()
    snapshot = models.JSONField()
    #: The order in which options are shown (ids), fixed at the draw so a reload shows the same.
    option_order = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="item_position_unique"),
            models.CheckConstraint(
                condition=(Q(kind="question") & Q(question__isnull=False) & Q(casus__isnull=True))
                | (Q(kind="casus") & Q(casus__isnull=False) & Q(question__isnull=True)),
                name="item_is_question_xor_casus",
            ),
        ]


class Response(models.Model):
    """One scored unit: the answer to a question, or one decision in a casus."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="responses")
    item = models.ForeignKey(AttemptItem, on_delete=models.CASCADE, related_name="responses")
    #: "" for a question; the step's code for a casus decision.
    step_key = models.CharField(max_length=10, blank=True, default="")
    #: Identifies the item across attempts for statistics: "q:<question id>" or "c:<casus id>:<step>".
    stat_key = models.CharField(max_length=40)
    competence = models.ForeignKey(Competence, on_delete=models.PROTECT, null=True, related_name="+")
    answer = models.JSONField()
    score = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(max_digits=6, decimal_places=2)
    rating = models.CharField(max_length=10, blank=True)
    critical_error = models.BooleanField(default=False)
    saved_at = models.DateTimeField(default=timezone.now)
    needs_grading = models.BooleanField(default=False)
    rubric_scores = models.JSONField(null=True, blank=True)
    grader = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    graded_at = models.DateTimeField(null=True, blank=True)
    grader_comment = models.TextField(blank=True, max_length=3000)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["item", "step_key"], name="one_response_per_item_step")]
        indexes = [
            models.Index(
                fields=["needs_grading"],
                condition=Q(needs_grading=True, graded_at__isnull=True),
                name="response_awaiting_grading",
            ),
        ]


class Regrade(models.Model):
    """A trainer corrected a key and recomputed the attempts that used an older version."""

    question = models.ForeignKey(Question, on_delete=models.PROTECT, null=True, blank=True, related_name="regrades")
    casus = models.ForeignKey(Casus, on_delete=models.PROTECT, null=True, blank=True, related_name="regrades")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    to_version = models.PositiveIntegerField()
    items_checked = models.PositiveIntegerField(default=0)
    attempts_changed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]


class RegradeChange(models.Model):
    regrade = models.ForeignKey(Regrade, on_delete=models.CASCADE, related_name="changes")
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="regrade_changes")
    old_score = models.DecimalField(max_digits=7, decimal_places=2, null=True)
    new_score = models.DecimalField(max_digits=7, decimal_places=2, null=True)
    old_passed = models.BooleanField(null=True)
    new_passed = models.BooleanField(null=True)
