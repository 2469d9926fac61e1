"""The `reviewer` group: reads cases, patterns and decisions, and confirms or dismisses
pattern candidates; it cannot add, change or delete anything else. Staff who administer accounts are
superusers or get their own permissions; nobody needs to be in this group to do that.
"""

from django.apps import apps as global_apps
from django.db import migrations

REVIEWER_PERMISSIONS = [
    ("triage", "view_case"),
    ("triage", "view_pattern"),
    ("triage", "view_patterndecision"),
    ("triage", "decide_pattern"),
]


def create_reviewer_group(apps, schema_editor):
    # Permissions are normally made after all migrations (post_migrate): make ours now.
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    config = global_apps.get_app_config("triage")
    create_contenttypes(config, verbosity=0, apps=apps)
    create_permissions(config, verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="reviewer")
    for app_label, codename in REVIEWER_PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def remove_reviewer_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="reviewer").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0004_pattern"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_reviewer_group, remove_reviewer_group)]
