"""Competences (DOMAIN §10), forms of violence (DOMAIN §3), what trainers may do in the CMS, and the
four-eyes workflow: a trainer edits and submits, a second trainer approves and thereby publishes."""

from django.db import migrations

COMPETENCES = [
    ("C1", "Wettelijk en methodisch kader toepassen",
     "Werkt binnen de Wmo 2015, de Jeugdwet, de meldcode, het Handelingsprotocol en het Kwaliteitskader, "
     "inclusief de wettelijke termijnen."),
    ("C2", "Signaleren en duiden",
     "Herkent signalen van alle vormen van huiselijk geweld en kindermishandeling en duidt ze met de juiste "
     "expertise, zoals die van de vertrouwensarts."),
    ("C3", "Veiligheid en risico taxeren",
     "Beoordeelt acute en structurele onveiligheid en toekomstig risico gestructureerd en gebruikt "
     "instrumenten kritisch."),
    ("C4", "Besluitvorming onder onzekerheid",
     "Komt samen met de gedragswetenschapper tot transparante, tijdige en onderbouwde besluiten over route "
     "en maatregelen."),
    ("C5", "Gespreksvoering en participatie",
     "Voert veilige, open gesprekken met melders, volwassenen en kinderen en betrekt hen bij "
     "veiligheidsafspraken."),
    ("C6", "Samenwerken en overdragen in de keten",
     "Organiseert overdracht, Voorwaarden & Vervolg en monitoring met ketenpartners zonder de veiligheid uit "
     "het oog te verliezen."),
    ("C7", "Verslaglegging en gegevensdeling",
     "Legt feitelijk en toetsbaar vast en deelt informatie rechtmatig, proportioneel en alleen met wie het "
     "nodig heeft."),
    ("C8", "Cultuursensitief en specialistisch handelen",
     "Handelt bij eergerelateerd geweld, vrouwelijke genitale verminking, huwelijksdwang, achterlating en "
     "mensenhandel met de juiste expertise en oog voor risico's."),
    ("C9", "Professionele reflectie en ethiek",
     "Reflecteert op eigen normen en vooroordelen, volgt de beroepscode en zorgt voor de eigen veerkracht."),
]

FORMS = [
    ("huiselijk-geweld", "Huiselijk geweld"),
    ("kindermishandeling", "Kindermishandeling"),
    ("partnergeweld", "(Ex-)partnergeweld"),
    ("ouderenmishandeling", "Ouderenmishandeling en financieel misbruik"),
    ("eergerelateerd-geweld", "Eergerelateerd geweld"),
    ("vgv", "Vrouwelijke genitale verminking"),
    ("huwelijksdwang-achterlating", "Huwelijksdwang en achterlating"),
    ("mensenhandel", "Mensenhandel en uitbuiting"),
    ("seksueel-geweld", "Seksueel geweld"),
]

SNIPPET_MODELS = ["competence", "formofviolence", "learningpath"]


def load(apps, schema_editor):
    Competence = apps.get_model("courses", "Competence")
    FormOfViolence = apps.get_model("courses", "FormOfViolence")
    for code, name, description in COMPETENCES:
        Competence.objects.update_or_create(code=code, defaults={"name": name, "description": description})
    for slug, name in FORMS:
        FormOfViolence.objects.update_or_create(slug=slug, defaults={"name": name})

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    trainers = Group.objects.get(name="Trainers")

    def permission(app_label, model, codename):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        perm, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        return perm

    # Pages below the home page: add and edit, never publish directly (publishing is the
    # second trainer's approval in the workflow).
    home = Page.objects.filter(depth=2).first()
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.get_or_create(
            group=trainers, page=home, permission=permission("wagtailcore", "page", codename)
        )
    for model in SNIPPET_MODELS:
        for action in ("add", "change"):
            trainers.permissions.add(permission("courses", model, f"{action}_{model}"))
    root_collection = Collection.objects.filter(depth=1).first()
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in ("add", "change", "choose"):
            GroupCollectionPermission.objects.get_or_create(
                group=trainers, collection=root_collection,
                permission=permission(app_label, model, f"{action}_{model}"),
            )

    # The four-eyes workflow on the whole site below the home page.
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    PeerReviewTask = apps.get_model("courses", "PeerReviewTask")
    task_type, _ = ContentType.objects.get_or_create(app_label="courses", model="peerreviewtask")
    task = PeerReviewTask.objects.filter(name="Beoordeling door een tweede trainer").first()
    if task is None:
        task = PeerReviewTask.objects.create(name="Beoordeling door een tweede trainer", content_type=task_type,
                                             active=True)
        task.groups.add(trainers)
    workflow, _ = Workflow.objects.get_or_create(name="Vier ogen: trainer schrijft, tweede trainer keurt",
                                                 defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if home is not None:
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_course_tree_and_learning_records"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
