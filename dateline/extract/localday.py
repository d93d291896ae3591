"""The publisher's own calendar day for a timestamp written in UTC.

Many sites write their publication time in UTC ("2020-12-05T23:15:00Z"), while the
newsroom dates the story by its local calendar (Dec. 6 in Bari). When the site's
country is known from its domain, the timestamp is moved to that country's main
time zone before its day is taken. Timestamps with their own offset are read as
written, as are UTC midnights (a date stored as a timestamp) and sites whose
country the domain does not tell (.com, .org, ...).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The time zone most of a country's newsrooms keep, by country-code domain.
ZONES: dict[str, str] = {
    "ae": "Asia/Dubai", "ar": "America/Argentina/Buenos_Aires", "at": "Europe/Vienna",
    "au": "Australia/Sydney", "az": "Asia/Baku", "bd": "Asia/Dhaka", "be": "Europe/Brussels",
    "br": "America/Sao_Paulo", "ca": "America/Toronto", "ch": "Europe/Zurich",
    "cl": "America/Santiago", "cn": "Asia/Shanghai", "co": "America/Bogota",
    "cz": "Europe/Prague", "de": "Europe/Berlin", "dk": "Europe/Copenhagen",
    "eg": "Africa/Cairo", "es": "Europe/Madrid", "fi": "Europe/Helsinki", "fr": "Europe/Paris",
    "gr": "Europe/Athens", "hk": "Asia/Hong_Kong", "hu": "Europe/Budapest",
    "id": "Asia/Jakarta", "ie": "Europe/Dublin", "il": "Asia/Jerusalem", "in": "Asia/Kolkata",
    "ir": "Asia/Tehran", "it": "Europe/Rome", "jp": "Asia/Tokyo", "ke": "Africa/Nairobi",
    "kr": "Asia/Seoul", "mx": "America/Mexico_City", "my": "Asia/Kuala_Lumpur",
    "ng": "Africa/Lagos", "nl": "Europe/Amsterdam", "no": "Europe/Oslo",
    "nz": "Pacific/Auckland", "pe": "America/Lima", "ph": "Asia/Manila", "pk": "Asia/Karachi",
    "pl": "Europe/Warsaw", "pt": "Europe/Lisbon", "ro": "Europe/Bucharest",
    "ru": "Europe/Moscow", "sa": "Asia/Riyadh", "se": "Europe/Stockholm",
    "sg": "Asia/Singapore", "th": "Asia/Bangkok", "tr": "Europe/Istanbul", "tw": "Asia/Taipei",
    "ua": "Europe/Kyiv", "uk": "Europe/London", "vn": "Asia/Ho_Chi_Minh",
    "za": "Africa/Johannesburg",
}  # fmt: skip
_STAMP = re.compile(
    r"^\s*(\d{4}-\d\d-\d\d)[T ](\d\d?):(\d\d?)(?::(\d\d?)(?:\.\d+)?)?\s*"
    r"(Z|UTC|GMT|[+-]\d\d:?\d\d)\s*$",
    re.I,
)


def _moment(stamp: str) -> datetime | None:
    """Read a timestamp with a zone (``Z``, ``UTC``, ``GMT`` or a numeric offset)."""
    match = _STAMP.match(stamp)
    if match is None:
        return None
    day, hour, minute, second, zone = match.groups()
    offset = "+00:00" if zone.upper() in {"Z", "UTC", "GMT"} else zone[:3] + ":" + zone[-2:]
    try:
        return datetime.fromisoformat(
            f"{day}T{int(hour):02d}:{int(minute):02d}:{int(second or 0):02d}{offset}"
        )
    except ValueError:
        return None


def local_day(stamp: str, url: str) -> str | None:
    """Return the publisher's local day of a UTC timestamp, or None to keep it as written.

    Args:
        stamp: the timestamp as found in the page ("2020-12-05T23:15:0Z").
        url: the page URL; its country-code domain names the time zone.

    Returns:
        ``YYYY-MM-DD`` in the site's zone, or None when the stamp is not a UTC time
        of day or the site's zone is not known.
    """
    moment = _moment(stamp)
    zone = ZONES.get((urlsplit(url).hostname or "").rsplit(".", 1)[-1])
    if moment is None or zone is None or moment.utcoffset() != timedelta(0):
        return None
    if moment.hour == moment.minute == 0:
        return None
    try:
        return moment.astimezone(ZoneInfo(zone)).date().isoformat()
    except ZoneInfoNotFoundError:
        return None


def utc_day(stamp: str) -> str | None:
    """Return the UTC day of a timestamp with a zone ("2020-12-25T01:59:50+02:00" -> Dec. 24).

    Args:
        stamp: an ISO-like timestamp with ``Z``, ``UTC``, ``GMT`` or a numeric offset.

    Returns:
        ``YYYY-MM-DD`` in UTC, or None when the stamp has no time or no zone.
    """
    moment = _moment(stamp)
    return None if moment is None else moment.astimezone(UTC).date().isoformat()
