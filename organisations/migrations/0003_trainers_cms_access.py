"""Trainers may enter the Wagtail admin. Page permissions follow with the course tree."""

from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    Group.objects.get(name="Trainers").permissions.add(access)


class Migration(migrations.Migration):
    dependencies = [("organisations", "0002_reference_data"), ("wagtailadmin", "0001_create_admin_access_permissions")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
