"""StreamField blocks for lessons. Keys are short, stable nouns: they are stored as JSON, so a
rename needs a data migration."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Afbeelding"))
    alt = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        max_length=250,
        help_text=_("Beschrijf wat de afbeelding laat zien voor wie haar niet kan zien. Verplicht."),
    )
    caption = blocks.CharBlock(label=_("Onderschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "courses/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    video = DocumentChooserBlock(label=_("Videobestand (mp4 of webm)"))
    captions = DocumentChooserBlock(label=_("Ondertiteling (WebVTT)"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=RICH_FEATURES,
        help_text=_("Verplicht: de volledige tekst, voor wie de video niet kan zien of horen."),
    )

    class Meta:
        icon = "media"
        label = _("Video met transcript")
        template = "courses/blocks/video.html"


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Naam (verzonnen)"), max_length=100)
    role = blocks.CharBlock(label=_("Rol"), max_length=150)


class MomentBlock(blocks.StructBlock):
    moment = blocks.CharBlock(label=_("Moment"), max_length=80)
    event = blocks.TextBlock(label=_("Wat er gebeurt"))


class CasusBlock(blocks.StructBlock):
    """A narrative case for teaching. Every person and place in it is invented."""

    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    situation = blocks.RichTextBlock(label=_("Situatie"), features=RICH_FEATURES)
    people = blocks.ListBlock(PersonBlock(), label=_("Betrokkenen"), min_num=1)
    timeline = blocks.ListBlock(MomentBlock(), label=_("Tijdlijn"), required=False)

    class Meta:
        icon = "group"
        label = _("Casus")
        template = "courses/blocks/casus.html"
        help_text = _("Alleen verzonnen personen en plaatsen: nooit gegevens uit een echt dossier.")


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Kop"), max_length=100, default=_("Let op"))
    body = blocks.RichTextBlock(label=_("Tekst"), features=RICH_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Let op")
        template = "courses/blocks/callout.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Omschrijving"), max_length=250)

    class Meta:
        icon = "doc-full"
        label = _("Document om te downloaden")
        template = "courses/blocks/document.html"


class ReflectionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag"), max_length=300)
    guidance = blocks.TextBlock(label=_("Aanwijzing"), required=False)

    class Meta:
        icon = "edit"
        label = _("Reflectievraag")
        template = "courses/blocks/reflection.html"
        help_text = _("Het antwoord wordt alleen voor de lerende bewaard.")


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Antwoord"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Juist"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback: waarom"))


class KnowledgeCheckBlock(blocks.StructBlock):
    """An ungraded question with feedback per option."""

    question = blocks.CharBlock(label=_("Vraag"), max_length=300)
    options = blocks.ListBlock(OptionBlock(), label=_("Antwoorden"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Kennischeck")
        template = "courses/blocks/knowledge_check.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # `chosen` is the position of the learner's answer as text (kept in their session). Each
        # option's position and mark are worked out here once: per option in the template, the
        # comparisons and number formatting were a quarter of a lesson page's rendering.
        chosen = (parent_context or {}).get("chosen")
        context["choices"] = [
            {"index": str(index), "option": option, "chosen": str(index) == chosen}
            for index, option in enumerate(value["options"])
        ]
        return context

    def clean(self, value):
        value = super().clean(value)
        if not any(option["correct"] for option in value["options"]):
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Markeer ten minste één antwoord als juist."))}
            )
        return value


class ContentWarningBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Waarschuwing"))

    class Meta:
        icon = "warning"
        label = _("Inhoudswaarschuwing")
        template = "courses/blocks/content_warning.html"


class LessonStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Tekst"), features=RICH_FEATURES, template="courses/blocks/text.html")
    image = ImageBlock()
    video = VideoBlock()
    casus = CasusBlock()
    callout = CalloutBlock()
    document = DocumentBlock()
    reflection = ReflectionBlock()
    knowledge_check = KnowledgeCheckBlock()
    content_warning = ContentWarningBlock()
