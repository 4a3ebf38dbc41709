"""Times in records (CaseM, Ahjo) on the meeting's own clock: Helsinki's, summer time included."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

FINLAND = ZoneInfo("Europe/Helsinki")


def local_time(value: object) -> datetime | None:
    """ "2016-09-13 09:00:00" as it is; "2016-09-13T06:00:00Z" moved to Helsinki's clock; None where
    the value is no such time (a number, a date in another notation)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(FINLAND).replace(tzinfo=None)
    return moment
