from __future__ import annotations

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from triage.analysis.sender import SENDER_KIND_LABELS
from triage.models import Case, Pattern, PatternDecision
from triage.review.families import regroup
from triage.review.labels import flag_codes, flag_label, institution_label, sender_label
from triage.views import review

admin.site.site_header = _("Collection-SMS triage: staff review")
admin.site.site_title = _("Staff review")
admin.site.index_title = _("Review")


class RiskFilter(admin.SimpleListFilter):
    title = _("risk")
    parameter_name = "risk"

    def lookups(self, request, model_admin):
        return Case.Risk.choices

    def queryset(self, request, queryset):
        return queryset.filter(risk=self.value()) if self.value() else queryset


class FlagFilter(admin.SimpleListFilter):
    title = _("warning sign")
    parameter_name = "flag"

    def lookups(self, request, model_admin):
        return [(code, flag_label(code)) for code in flag_codes()]

    def queryset(self, request, queryset):
        # The quotes make "fee" not match "fee_upfront"; JSON text search works on SQLite and PostgreSQL.
        return queryset.filter(flags__icontains=f'"{self.value()}"') if self.value() in flag_codes() else queryset


class SenderKindFilter(admin.SimpleListFilter):
    title = _("sender kind")
    parameter_name = "sender_kind"

    def lookups(self, request, model_admin):
        return [(kind, sender_label(kind)) for kind in SENDER_KIND_LABELS]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.filter(sender_kind__in=["", "none"])
        return queryset.filter(sender_kind=self.value()) if self.value() else queryset


class InstitutionFilter(admin.SimpleListFilter):
    title = _("claimed institution")
    parameter_name = "institution"

    def lookups(self, request, model_admin):
        codes = Case.objects.exclude(institution="").order_by().values_list("institution", flat=True).distinct()
        return sorted(((code, institution_label(code)) for code in codes), key=lambda pair: pair[1])

    def queryset(self, request, queryset):
        return queryset.filter(institution=self.value()) if self.value() else queryset


class DayRangeFilter(admin.SimpleListFilter):
    title = _("shared in")
    parameter_name = "days"

    def lookups(self, request, model_admin):
        return [("7", _("the last 7 days")), ("30", _("the last 30 days")), ("90", _("the last 90 days"))]

    def queryset(self, request, queryset):
        if self.value() not in {"7", "30", "90"}:
            return queryset
        return queryset.filter(day__gt=timezone.localdate() - timedelta(days=int(self.value())))


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    """A read-only review list: cases come only through the pipeline (triage.cases), never by hand."""

    list_display = ("public_code", "risk_label", "institution_label", "sender_label", "shared_on", "flag_list", "excerpt")
    list_filter = (RiskFilter, FlagFilter, SenderKindFilter, InstitutionFilter, DayRangeFilter)
    search_fields = ("text",)
    search_help_text = _("Searches the scrubbed text.")
    date_hierarchy = "day"
    list_per_page = 50
    # The hashes are useless to a reviewer and need not be shown at all.
    fields = (
        "public_code",
        "scrubbed_text",
        "risk_label",
        "flag_list",
        "institution_label",
        "sender_label",
        "shared_on",
        "source_label",
        "answer_choices",
    )
    readonly_fields = fields

    @admin.display(description=_("code"), ordering="code")
    def public_code(self, case: Case) -> str:
        return case.code

    @admin.display(description=_("day"), ordering="day")
    def shared_on(self, case: Case):
        return case.day

    @admin.display(description=_("answers (choices only)"))
    def answer_choices(self, case: Case) -> str:
        return "; ".join(f"{step}: {fields}" for step, fields in case.answers.items()) or "—"

    @admin.display(description=_("scrubbed text"))
    def scrubbed_text(self, case: Case) -> str:
        return case.text

    @admin.display(description=_("excerpt"))
    def excerpt(self, case: Case) -> str:
        return case.text if len(case.text) <= 60 else case.text[:60] + "…"

    @admin.display(description=_("risk"), ordering="risk")
    def risk_label(self, case: Case) -> str:
        return case.get_risk_display()

    @admin.display(description=_("claimed institution"), ordering="institution")
    def institution_label(self, case: Case) -> str:
        return institution_label(case.institution)

    @admin.display(description=_("sender kind"), ordering="sender_kind")
    def sender_label(self, case: Case) -> str:
        return sender_label(case.sender_kind)

    @admin.display(description=_("warning signs"))
    def flag_list(self, case: Case) -> str:
        return "、".join(flag_label(code) for code in case.flags)

    @admin.display(description=_("source"))
    def source_label(self, case: Case) -> str:
        return case.get_source_display()

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def get_urls(self):
        # The dashboard lives in the admin's frame and under its (configurable) path.
        return [
            path("dashboard/", self.admin_site.admin_view(review.dashboard), name="triage_case_dashboard"),
            path("dashboard/export/", self.admin_site.admin_view(review.dashboard_export), name="triage_case_dashboard_export"),
            *super().get_urls(),
        ]


class DecisionForm(forms.Form):
    title_zh = forms.CharField(label=_("Title (Chinese)"), max_length=120, required=False)
    title_en = forms.CharField(label=_("Title (English)"), max_length=120, required=False)
    description_zh = forms.CharField(label=_("Description (Chinese)"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    description_en = forms.CharField(label=_("Description (English)"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    advice_zh = forms.CharField(label=_("Advice (Chinese)"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    advice_en = forms.CharField(label=_("Advice (English)"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    note = forms.CharField(label=_("Note (for a dismissal)"), max_length=500, required=False)

    NEEDED_TO_CONFIRM = ("title_zh", "title_en", "advice_zh", "advice_en")

    def clean(self):
        data = super().clean()
        if self.data.get("decision") == "confirm":
            for name in self.NEEDED_TO_CONFIRM:
                if not data.get(name, "").strip():
                    self.add_error(name, _("Needed to confirm a pattern: people are shown it in both languages."))
        return data


@admin.register(Pattern)
class PatternAdmin(admin.ModelAdmin):
    """Pattern candidates and confirmed patterns. Nobody edits one directly: a reviewer confirms or
    dismisses it on its decision page, which records the decision."""

    list_display = (
        "code",
        "title_label",
        "status",
        "reports",
        "first_day",
        "last_day",
        "common_flags",
        "senders",
        "excerpt",
        "decide_link",
    )
    list_filter = ("status",)
    search_fields = ("example", "title_zh", "title_en")
    fields = (
        "code",
        "status",
        "title_zh",
        "title_en",
        "description_zh",
        "description_en",
        "advice_zh",
        "advice_en",
        "example",
        "reports",
        "first_day",
        "last_day",
        "common_flags",
        "senders",
    )
    readonly_fields = fields
    change_list_template = "admin/triage/pattern/change_list.html"

    @admin.display(description=_("title"))
    def title_label(self, pattern: Pattern) -> str:
        return pattern.title_zh if pattern.title_zh else "—"

    @admin.display(description=_("common warning signs"))
    def common_flags(self, pattern: Pattern) -> str:
        return "、".join(flag_label(code) for code, _n in pattern.flags)

    @admin.display(description=_("sender kinds"))
    def senders(self, pattern: Pattern) -> str:
        return "、".join(f"{sender_label(kind)} ({n})" for kind, n in pattern.sender_kinds)

    @admin.display(description=_("example"))
    def excerpt(self, pattern: Pattern) -> str:
        return pattern.example if len(pattern.example) <= 60 else pattern.example[:60] + "…"

    @admin.display(description=_("decision"))
    def decide_link(self, pattern: Pattern) -> str:
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:triage_pattern_decide", args=[pattern.pk]), _("Confirm or dismiss")
        )

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_urls(self):
        return [
            path("<int:pk>/decide/", self.admin_site.admin_view(self.decide_view), name="triage_pattern_decide"),
            path("regroup/", self.admin_site.admin_view(require_POST(self.regroup_view)), name="triage_pattern_regroup"),
            *super().get_urls(),
        ]

    def decide_view(self, request, pk: int):
        pattern = get_object_or_404(Pattern, pk=pk)
        can_decide = request.user.has_perm("triage.decide_pattern")
        if not (can_decide or self.has_view_permission(request, pattern)):
            raise PermissionDenied
        initial = {name: getattr(pattern, name) for name in DecisionForm.base_fields if name != "note"}
        form = DecisionForm(request.POST if request.method == "POST" else None, initial=initial)
        if request.method == "POST":
            if not can_decide:
                raise PermissionDenied
            decision = request.POST.get("decision")
            if decision in {"confirm", "dismiss"} and form.is_valid():
                if decision == "confirm":
                    texts = {name: form.cleaned_data[name].strip() for name in DecisionForm.base_fields if name != "note"}
                    pattern.confirm(request.user, **texts)
                    messages.success(request, _("Pattern confirmed: people whose message matches it will be warned."))
                else:
                    pattern.dismiss(request.user, form.cleaned_data["note"].strip())
                    messages.success(request, _("Candidate dismissed."))
                return redirect("admin:triage_pattern_changelist")
        ctx = {
            **self.admin_site.each_context(request),
            "title": _("Confirm or dismiss a pattern candidate"),
            "opts": self.model._meta,
            "pattern": pattern,
            "flags": [(flag_label(code), n) for code, n in pattern.flags],
            "senders": [(sender_label(kind), n) for kind, n in pattern.sender_kinds],
            "decisions": pattern.decisions.all(),
            "form": form,
            "can_decide": can_decide,
        }
        return render(request, "admin/triage/pattern/decide.html", ctx)

    def regroup_view(self, request):
        if not request.user.has_perm("triage.decide_pattern"):
            raise PermissionDenied
        result = regroup()
        messages.success(
            request,
            _("%(cases)d cases grouped into %(families)d families: %(created)d new candidates, %(updated)d updated.")
            % {"cases": result.cases, "families": result.families, "created": result.created, "updated": result.updated},
        )
        return redirect("admin:triage_pattern_changelist")


@admin.register(PatternDecision)
class PatternDecisionAdmin(admin.ModelAdmin):
    """The record of decisions: read-only for everyone, so it stays a record."""

    list_display = ("at", "reviewer_name", "action", "pattern", "summary")
    list_filter = ("action",)
    list_select_related = ("pattern",)
    fields = ("at", "reviewer_name", "action", "pattern", "details")
    readonly_fields = fields

    @admin.display(description=_("what"))
    def summary(self, decision: PatternDecision) -> str:
        return format_html_join("; ", "{}: {}", ((k, v) for k, v in decision.details.items() if v))

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
