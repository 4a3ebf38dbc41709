"""What the JSON record readers (CaseM, Ahjo) share: times on the meeting's own clock (Helsinki's,
summer time included), the host of an address, and the warning that names fields not read."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from minutes_cli.model import ParseWarning

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


def address_host(address: object) -> str | None:
    """ "tampere.cloudnc.fi" from "http://tampere.cloudnc.fi/api/..."; None where it is no address."""
    try:
        return urlsplit(str(address or "")).hostname
    except ValueError:  # "http://[broken"
        return None


def fields_not_read(names: Iterable[str]) -> list[ParseWarning]:
    """A warning naming the record's fields with data that the reader leaves out, if any."""
    skipped = sorted(names)
    if not skipped:
        return []
    return [ParseWarning("record-fields-not-read", f"the record's fields {', '.join(skipped)} are not read")]
