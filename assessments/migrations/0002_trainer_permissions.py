"""Trainers author the question bank, casus and assessments, grade open answers and see item
statistics. Deleting stays with administrators: past attempts point at these rows."""

from django.db import migrations

MODELS = ["question", "casus", "assessment"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    trainers, _ = Group.objects.get_or_create(name="Trainers")

    def permission(model, codename):
        content_type, _ = ContentType.objects.get_or_create(app_label="assessments", model=model)
        perm, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        return perm

    for model in MODELS:
        for action in ("add", "change", "view"):
            trainers.permissions.add(permission(model, f"{action}_{model}"))
    for codename in ("view_item_statistics", "grade_response"):
        trainers.permissions.add(permission("assessment", codename))


class Migration(migrations.Migration):
    dependencies = [("assessments", "0001_initial"), ("courses", "0004_reference_data_and_editorial_workflow")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
