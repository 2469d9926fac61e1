"""The staff dashboard's figures: cases per week by risk, and for the last 7/30/90 days the
top flags, claimed institutions, link domains and sender kinds against the period before.

Everything is added up from the counts per day that triage.review.daily keeps (a row a day, checked
against the number of cases each day), so a load costs the same with a thousand cases or a million.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from triage.review import daily
from triage.review.labels import flag_label, institution_label, sender_label

PERIODS = (7, 30, 90)
WEEKS = 12
TOP = 5
RISKS = ("high", "medium", "low")
# Chart geometry in SVG user units; the chart scales to the page width.
CHART_WIDTH, CHART_HEIGHT, CHART_LEFT, CHART_BOTTOM = 640, 240, 40, 30
RISK_COLOURS = {"high": "#b3261e", "medium": "#e8a317", "low": "#3b7d4f"}


@dataclass(frozen=True)
class TopRow:
    code: str
    label: str
    count: int
    previous: int

    @property
    def change(self) -> int:
        return self.count - self.previous

    @property
    def change_percent(self) -> int | None:
        return round(100 * self.change / self.previous) if self.previous else None


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    risk: str
    count: int


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _top(current: Counter, previous: Counter, label) -> list[TopRow]:
    # Ties by code: PostgreSQL's jsonb keeps keys in its own order, and the list should not depend on it.
    ranked = sorted(current.items(), key=lambda item: (-item[1], item[0]))[:TOP]
    return [TopRow(code, label(code), n, previous.get(code, 0)) for code, n in ranked]


def first_day(today: date) -> date:
    """The earliest day the dashboard shows: its first week or the longest period before the last."""
    return min(_monday(today) - timedelta(weeks=WEEKS - 1), today - timedelta(days=2 * max(PERIODS) - 1))


def figures(today: date) -> dict:
    first_week = _monday(today) - timedelta(weeks=WEEKS - 1)
    days = daily.counts_between(first_day(today), today)

    weeks = [first_week + timedelta(weeks=i) for i in range(WEEKS)]
    per_week: dict[date, Counter] = {week: Counter() for week in weeks}
    for day, counts in days.items():
        if day >= first_week:
            per_week[_monday(day)].update(counts["risk"])

    periods = []
    for length in PERIODS:
        start, previous_start = today - timedelta(days=length - 1), today - timedelta(days=2 * length - 1)
        now: dict[str, Counter] = {k: Counter() for k in ("flags", "institutions", "domains", "senders")}
        before: dict[str, Counter] = {k: Counter() for k in now}
        total = previous_total = 0
        for day in sorted(days):
            counts = days[day]
            if day >= start:
                bucket = now
                total += counts["cases"]
            elif day >= previous_start:
                bucket = before
                previous_total += counts["cases"]
            else:
                continue
            for section in bucket:
                bucket[section].update(counts[section])
        periods.append(
            {
                "days": length,
                "total": TopRow("", "", total, previous_total),
                "flags": _top(now["flags"], before["flags"], flag_label),
                "institutions": _top(now["institutions"], before["institutions"], institution_label),
                "domains": _top(now["domains"], before["domains"], str),
                "senders": _top(now["senders"], before["senders"], sender_label),
            }
        )
    return {"chart": chart(weeks, per_week), "weeks": [(week, per_week[week]) for week in weeks], "periods": periods}


EXPORT_SECTIONS = ("flags", "institutions", "domains", "senders")


def export_rows(data: dict) -> list[list[str | int]]:
    """The dashboard as rows for a CSV file: codes and counts only, never text from a message."""
    rows: list[list[str | int]] = [["section", "period_days", "start", "code", "label", "cases", "cases_period_before"]]
    for week, counts in data["weeks"]:
        for risk in RISKS:
            rows.append(["week_by_risk", 7, f"{week:%Y-%m-%d}", risk, risk, counts.get(risk, 0), ""])
    for period in data["periods"]:
        total = period["total"]
        rows.append(["total", period["days"], "", "", "", total.count, total.previous])
        for section in EXPORT_SECTIONS:
            for row in period[section]:
                rows.append([section, period["days"], "", row.code, row.label, row.count, row.previous])
    return rows


def chart(weeks: list[date], per_week: dict[date, Counter]) -> dict:
    """Stacked bars, high risk at the bottom, as numbers for the template to draw."""
    peak = max((sum(per_week[w].values()) for w in weeks), default=0) or 1
    plot_height = CHART_HEIGHT - CHART_BOTTOM - 10
    slot = (CHART_WIDTH - CHART_LEFT) / len(weeks)
    bars, labels = [], []
    for i, week in enumerate(weeks):
        x = CHART_LEFT + i * slot + slot * 0.15
        base: float = CHART_HEIGHT - CHART_BOTTOM
        for risk in RISKS:
            count = per_week[week][risk]
            if not count:
                continue
            height = plot_height * count / peak
            base -= height
            bars.append(Bar(round(x, 1), round(base, 1), round(slot * 0.7, 1), round(height, 1), RISK_COLOURS[risk], risk, count))
        labels.append({"x": round(x + slot * 0.35, 1), "text": f"{week:%m-%d}"})
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "left": CHART_LEFT,
        "axis_y": CHART_HEIGHT - CHART_BOTTOM,
        "label_y": CHART_HEIGHT - CHART_BOTTOM + 18,
        "peak": peak,
        "peak_y": CHART_HEIGHT - CHART_BOTTOM - plot_height,
        "bars": bars,
        "labels": labels,
        "colours": RISK_COLOURS,
    }
