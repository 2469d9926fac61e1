from __future__ import annotations

from django.urls import path

from triage.views import cases, checklist, evidence, letters, patterns, wizard

app_name = "triage"

urlpatterns = [
    # The wizard.
    path("", wizard.home, name="home"),
    path("step/<slug:step_id>/", wizard.step, name="step"),
    path("plan/", wizard.plan, name="plan"),
    path("plan/resume-code/", wizard.issue_resume_code, name="issue_resume_code"),
    path("resume/", wizard.resume, name="resume"),
    path("start-over/", wizard.start_over, name="start_over"),
    path("exit/", wizard.quick_exit, name="exit"),
    # What a person takes away: letters, the evidence log, the printable checklist.
    path("documents/", letters.documents, name="documents"),
    path("documents/<slug:slug>/", letters.letter, name="letter"),
    path("evidence/", evidence.evidence_log, name="evidence"),
    path("evidence/export/", evidence.evidence_export, name="evidence_export"),
    path("checklist/", checklist.checklist, name="checklist"),
    # Sharing a case anonymously and deleting it again.
    path("share/", cases.share, name="share"),
    path("share/done/", cases.share_done, name="share_done"),
    path("delete/", cases.delete, name="delete"),
    path("delete/done/", cases.delete_done, name="delete_done"),
    # Confirmed scam patterns, public.
    path("patterns/", patterns.patterns, name="patterns"),
]
