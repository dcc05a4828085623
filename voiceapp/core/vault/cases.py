"""A young person's case: who they are (as they chose to be called), their
conference, the chair's key cards, and when everything is deleted."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, replace
from typing import Any

AGE_BANDS = ("4-7", "8-12", "13-17")
STATUSES = ("drafting", "sent")
DEFAULT_KEEP_DAYS = 30  # after the conference


@dataclass(frozen=True)
class CaseDetails:
    chosen_name: str
    age_band: str
    conference_date: dt.date
    language: str = "en-GB"
    reference: str = ""
    key_cards: tuple[str, ...] = ()  # key card texts (see core.keycard)
    status: str = "drafting"
    delete_after: dt.date | None = None  # None: DEFAULT_KEEP_DAYS after the conference
    sent_at: str | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.age_band not in AGE_BANDS:
            raise ValueError("unknown age band")
        if self.status not in STATUSES:
            raise ValueError("unknown status")
        if not self.chosen_name.strip() or len(self.chosen_name) > 100:
            raise ValueError("a chosen name is needed (at most 100 characters)")

    @property
    def deletion_date(self) -> dt.date:
        return self.delete_after or self.conference_date + dt.timedelta(days=DEFAULT_KEEP_DAYS)

    def days_until_deletion(self, today: dt.date) -> int:
        return (self.deletion_date - today).days

    def with_changes(self, **changes: Any) -> CaseDetails:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["conference_date"] = self.conference_date.isoformat()
        out["delete_after"] = self.delete_after.isoformat() if self.delete_after else None
        out["key_cards"] = list(self.key_cards)
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> CaseDetails:
        return cls(
            chosen_name=raw["chosen_name"],
            age_band=raw["age_band"],
            conference_date=dt.date.fromisoformat(raw["conference_date"]),
            language=raw.get("language", "en-GB"),
            reference=raw.get("reference", ""),
            key_cards=tuple(raw.get("key_cards", ())),
            status=raw.get("status", "drafting"),
            delete_after=dt.date.fromisoformat(raw["delete_after"])
            if raw.get("delete_after")
            else None,
            sent_at=raw.get("sent_at"),
            notes=dict(raw.get("notes", {})),
        )


@dataclass(frozen=True)
class Case:
    id: str
    details: CaseDetails
