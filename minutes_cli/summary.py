"""The human side of the output, on stderr: a summary table per document and a progress bar.

The only module that imports Rich (lazily, from the CLI), so that data-only runs start fast.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console  # noqa: TID251
from rich.progress import (  # noqa: TID251
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table  # noqa: TID251
from rich.text import Text  # noqa: TID251

OUTCOME_STYLES = {
    "approved": "green",
    "amended": "yellow",
    "rejected": "red",
    "tabled": "magenta",
    "returned": "magenta",
    "withdrawn": "dim",
    "noted": "cyan",
    "other": "blue",
}
TITLE_WIDTH = 60
MIN_TITLE_WIDTH = 20
PRESENTER_WIDTH = 24
FIXED_COLUMNS_WIDTH = len("1234") + len("withdrawn") + 13  # § and outcome, cell padding and borders


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def meeting_line(document: dict[str, Any]) -> str:
    meeting = document["meeting"]
    parts = [
        meeting.get("municipality"),
        meeting.get("body"),
        meeting.get("kind"),
        meeting.get("number"),
        meeting.get("date"),
    ]
    times = "–".join(t for t in (meeting.get("start_time"), meeting.get("end_time")) if t)
    return " · ".join(str(p) for p in [*parts, times, meeting.get("place")] if p) or "(no meeting details found)"


def render_summary(document: dict[str, Any], console: Console) -> None:
    source = document["source"]
    table = Table(
        title=f"{source.get('path') or '<stdin>'}: {meeting_line(document)}", title_justify="left", expand=False
    )
    presenters = [(item.get("presenter") or {}).get("name") or "" for item in document["items"]]
    presenter_width = min(max(map(len, presenters), default=0), PRESENTER_WIDTH) or len("presenter")
    # On a narrow terminal the title gives way, not the other columns.
    title_width = max(MIN_TITLE_WIDTH, min(TITLE_WIDTH, console.width - presenter_width - FIXED_COLUMNS_WIDTH))
    table.add_column("§", justify="right", no_wrap=True)
    table.add_column("title", width=title_width, overflow="ellipsis", no_wrap=True)
    table.add_column("outcome", no_wrap=True)
    table.add_column("presenter", max_width=presenter_width, overflow="ellipsis", no_wrap=True)
    for item in document["items"]:
        outcome = item.get("outcome") or ""
        presenter = (item.get("presenter") or {}).get("name") or ""
        number = item.get("number")
        table.add_row(
            "" if number is None else str(number),
            item.get("title") or "",
            Text(outcome, style=OUTCOME_STYLES.get(outcome, "")),
            presenter,
        )
    console.print(table)
    pages = source.get("pages")
    console.print(f"{len(document['items'])} item(s), {pages} page(s), format {source.get('format')}", style="dim")
    for warning in document["warnings"]:
        where = f" ({warning['where']})" if warning.get("where") else ""
        console.print(f"warning: {warning['code']}{where}: {warning['message']}", style="yellow")


class ProgressBar:
    """Files, pages, pages per second and errors; used only when stderr is a terminal."""

    def __init__(self, total: int, console: Console) -> None:
        self.progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[pages]} pages · {task.fields[rate]} pages/s · {task.fields[errors]} errors"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self.task = self.progress.add_task("converting", total=total, pages=0, rate="0", errors=0)
        self.pages = 0
        self.errors = 0

    def __enter__(self) -> ProgressBar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def advance(self, pages: int, failed: bool) -> None:
        self.pages += pages
        self.errors += int(failed)
        elapsed = self.progress.tasks[0].elapsed or 0.0
        rate = f"{self.pages / elapsed:.0f}" if elapsed > 0 else "0"
        self.progress.update(self.task, advance=1, pages=self.pages, rate=rate, errors=self.errors)
