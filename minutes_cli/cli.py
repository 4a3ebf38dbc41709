"""The `minutes` command: a thin layer over the library.

stdout carries only data; the summary, progress, warnings and errors go to stderr. Errors a
user can act on become one line and an exit code (see `errors.ExitCode`), in one place:
`handle_errors`. A closed pipe (`| head`) ends quietly.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from minutes_cli import __version__
from minutes_cli.errors import ExitCode, InputNotFoundError, MinutesError
from minutes_cli.writers import DocumentStream

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rendering it with Rich costs 90 ms of start-up
    help="Turn municipal meeting minutes (PDF, text or HTML; Finnish or Swedish) into structured data.",
)


class Format(StrEnum):
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"minutes {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(
        False, "--version", callback=version_callback, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Turn municipal meeting minutes (PDF, text or HTML; Finnish or Swedish) into structured data."""


def handle_errors(command: Any) -> Any:
    """The one place where failures become a line on stderr and an exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.BadParameter):
            raise
        except MinutesError as exc:
            sys.stderr.write(error_line(None, str(exc)) + "\n")
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:
            quiet_broken_pipe()
        except KeyboardInterrupt:
            sys.stderr.write("minutes: interrupted\n")
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except Exception as exc:  # a bug: one line, the traceback only on request
            if kwargs.get("debug"):
                raise
            reason = f"{type(exc).__name__}: {exc}"
            sys.stderr.write(f"minutes: internal error: {reason} (please report it; --debug shows the traceback)\n")
            raise typer.Exit(ExitCode.INTERNAL_ERROR) from None

    return wrapper


def error_line(path: str | None, message: str) -> str:
    return (
        f"minutes: error: {path}: {message}" if path and not message.startswith(path) else f"minutes: error: {message}"
    )


def use_summary(summary: bool | None, quiet: bool, many: bool) -> bool:
    """By default a terminal gets the summary of a single input; a batch shows its progress bar instead."""
    if quiet:
        return False
    return summary if summary is not None else (not many and sys.stderr.isatty())


@dataclass
class Tally:
    converted: int = 0
    skipped: int = 0
    failed: list[int] = field(default_factory=list)

    def line(self) -> str:
        return f"minutes: {self.converted} converted, {self.skipped} up to date, {len(self.failed)} failed"


@app.command()
@handle_errors
def parse(
    inputs: list[str] = typer.Argument(
        ...,
        help="PDF, text or HTML files or CaseM or Ahjo records (.json), directories (searched for .pdf, .txt "
        "and .html), or - for stdin.",
    ),
    fmt: Format = typer.Option(Format.yaml, "--format", "-f", help="Output format; jsonl writes one item per line."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    output_dir: Path | None = typer.Option(
        None,
        "--output-dir",
        help="Write one file per input here, mirroring names; skip inputs whose output is up to date.",
    ),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Worker processes for several inputs (0: one per core)."),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Run on a Dask distributed cluster at this address (needs the optional dask extra)."
    ),
    summary: bool | None = typer.Option(
        None, "--summary/--no-summary", help="Show the summary on stderr (default: one input and stderr a terminal)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary, progress or warnings on stderr; errors only."),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first input that fails."),
    raw: bool = typer.Option(False, "--raw", help="Show the classified lines the parser saw, not the fields."),
    debug: bool = typer.Option(False, "--debug", help="Show the traceback of internal errors."),
) -> None:
    """Convert minutes to YAML (default), JSON or JSON Lines on stdout."""
    from minutes_cli.batch import default_jobs, expand_inputs, run_batch
    from minutes_cli.output import opened, output_paths, suffix_for, up_to_date, write_file

    if output is not None and output_dir is not None:
        raise typer.BadParameter("use either --output or --output-dir", param_hint="--output")
    if raw and fmt is Format.jsonl:
        raise typer.BadParameter("--raw writes YAML or JSON", param_hint="--format")
    # The shape of the output follows the arguments, not what a directory happened to hold.
    many = len(inputs) > 1 or any(Path(given).is_dir() for given in inputs)
    show_summary = use_summary(summary, quiet, many) and not raw
    tasks = expand_inputs(inputs, raw=raw, fmt=fmt.value, keep_document=show_summary)
    if not tasks:
        raise InputNotFoundError("no PDF, text or HTML files found in the given directories", remedy="check the paths")
    if "-" in inputs:
        stdin = sys.stdin.buffer.read()
        tasks = [replace(task, data=stdin) if task.path == "-" else task for task in tasks]
    targets = output_paths(tasks, output_dir, suffix_for(fmt.value, raw)) if output_dir else [None] * len(tasks)
    todo = [
        (task, target)
        for task, target in zip(tasks, targets, strict=True)
        if target is None or task.path == "-" or not up_to_date(task.path, target)
    ]
    tally = Tally(skipped=len(tasks) - len(todo))
    console = stderr_console() if show_summary or (not quiet and many and sys.stderr.isatty()) else None
    progress = progress_bar(len(todo), console) if console is not None and many else None
    # Started before the progress bar's thread: worker processes are forked from a single thread.
    results = run_batch([t for t, _ in todo], jobs=jobs or default_jobs(), scheduler=scheduler, in_order=fail_fast)
    with contextlib.closing(results) as results, opened(output) as (stream, file), progress or contextlib.nullcontext():
        out = DocumentStream(stream, fmt.value, many=many)
        for (_, target), result in zip(todo, results, strict=False):
            if progress is not None:
                progress.advance(result.pages, not result.ok)
            if not result.ok:
                tally.failed.append(result.exit_code)
                report_failure(result, debug)
                if fail_fast:
                    break
                continue
            tally.converted += 1
            if target is not None:
                write_file(target, result.text or "")
            else:
                out.write(result.text or "")
            if show_summary and console is not None and result.document is not None:
                from minutes_cli.summary import render_summary

                render_summary(result.document, console)
            elif not quiet and not raw:
                print_warnings(result.path, result.warnings or [])
        if output_dir is None:
            out.close()
        if file is not None and (tally.converted or not tally.failed):
            file.commit()  # an earlier output survives a run that converted nothing
    if (many or tally.skipped) and (tally.failed or tally.skipped) and not quiet:
        sys.stderr.write(tally.line() + "\n")
    if tally.failed:
        raise typer.Exit(ExitCode.SOME_INPUTS_FAILED if many else tally.failed[0])


def report_failure(result: Any, debug: bool) -> None:
    sys.stderr.write(error_line(result.path, result.error or "failed") + "\n")
    if debug and result.trace:
        sys.stderr.write(result.trace)


def stderr_console() -> Any:
    from minutes_cli.summary import stderr_console as make

    return make()


def progress_bar(total: int, console: Any) -> Any:
    from minutes_cli.summary import ProgressBar

    return ProgressBar(total, console)


def print_warnings(path: str, warnings: list[dict[str, Any]]) -> None:
    for warning in warnings:
        where = f" ({warning['where']})" if warning.get("where") else ""
        sys.stderr.write(f"minutes: warning: {path}{where}: {warning['message']}\n")


@app.command()
@handle_errors
def schema() -> None:
    """Print the JSON Schema of the output."""
    from importlib.resources import files

    sys.stdout.write(files("minutes_cli").joinpath("data", "schema.json").read_text(encoding="utf-8"))


def main() -> None:
    """Entry point of the console script."""
    try:
        app()  # click's standalone mode always ends in SystemExit
    except BrokenPipeError:
        quiet_broken_pipe()
    except SystemExit as done:
        if done.code is not None and not isinstance(done.code, int):
            raise
        exit_now(done.code or ExitCode.OK)


def exit_now(code: int) -> None:
    """Flush and leave without the interpreter's tear-down.

    Freeing every module's objects at exit costs about 30 ms with PyMuPDF loaded, which a shell
    loop pays once per file. Nothing is left to tear down: output files are closed by then, the
    worker pool is shut down and the progress bar stopped.
    """
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_broken_pipe()
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)


def quiet_broken_pipe() -> None:
    """The reader went away (`| head`): stop without a traceback or a complaint at exit."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(ExitCode.OK)
