from __future__ import annotations

from django.contrib import admin

from triage.models import Case


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    """A read-only review list: cases come only through the pipeline (triage.cases), never by hand."""

    list_display = ("code", "risk", "institution", "sender_kind", "day", "flag_list", "source")
    list_filter = ("risk", "sender_kind", "institution", "source")
    search_fields = ("text",)
    date_hierarchy = "day"
    # The hashes are useless to a reviewer and need not be shown at all.
    exclude = ("deletion_hash",)
    readonly_fields = ("code", "text", "sender_kind", "sender_hash", "institution", "flags", "risk", "answers", "language", "day", "source")

    @admin.display(description="flags")
    def flag_list(self, case: Case) -> str:
        return ", ".join(case.flags)

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
