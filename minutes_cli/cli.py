"""The `minutes` command: a thin layer over the library.

stdout carries only data; the summary, progress, warnings and errors go to stderr. Errors a
user can act on become one line and an exit code (see `errors.ExitCode`), in one place:
`report_error`. A closed pipe (`| head`) ends quietly.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from minutes_cli import __version__
from minutes_cli.errors import ExitCode, InputNotFoundError, MinutesError, OutputError
from minutes_cli.writers import DocumentStream

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn municipal meeting minutes (PDF or text, Finnish or Swedish) into structured data.",
)


class Format(StrEnum):
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"


SUFFIX = {Format.yaml: ".yaml", Format.json: ".json", Format.jsonl: ".jsonl"}


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
    """Turn municipal meeting minutes (PDF or text, Finnish or Swedish) into structured data."""


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


def use_summary(summary: bool | None, quiet: bool, single: bool) -> bool:
    """By default a terminal gets the summary of a single input; a batch shows its progress bar instead."""
    if quiet:
        return False
    return summary if summary is not None else (single and sys.stderr.isatty())


def output_path_for(path: str, root: str | None, output_dir: Path, fmt: Format) -> Path:
    source = Path(path)
    relative = source.relative_to(root) if root else Path(source.name)
    return output_dir / relative.with_suffix(SUFFIX[fmt])


def up_to_date(source: str, target: Path) -> bool:
    try:
        return target.stat().st_mtime >= Path(source).stat().st_mtime
    except OSError:
        return False


@contextlib.contextmanager
def open_output(output: Path | None) -> Any:
    if output is None:
        yield sys.stdout
        return
    try:
        stream = output.open("w", encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from None
    with stream:
        yield stream


@app.command()
@handle_errors
def parse(
    inputs: list[str] = typer.Argument(
        ..., help="PDF or text files, directories (searched for .pdf and .txt), or - for stdin."
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

    if output is not None and output_dir is not None:
        raise typer.BadParameter("use either --output or --output-dir", param_hint="--output")
    if raw and fmt is Format.jsonl:
        raise typer.BadParameter("--raw writes YAML or JSON", param_hint="--format")
    tasks = expand_inputs(inputs, raw=raw, fmt=fmt.value)
    if not tasks:
        raise InputNotFoundError("no PDF or text files found in the given directories", remedy="check the paths")
    single = len(tasks) == 1
    show_summary = use_summary(summary, quiet, single) and not raw
    stdin = sys.stdin.buffer.read() if any(t.path == "-" for t in tasks) else None
    tasks = [replace(t, data=stdin if t.path == "-" else None, keep_document=show_summary) for t in tasks]
    pending = [
        t
        for t in tasks
        if output_dir is None or t.path == "-" or not up_to_date(t.path, target_for(t, output_dir, fmt))
    ]
    console = stderr_console() if show_summary or (not quiet and not single and sys.stderr.isatty()) else None
    progress = progress_bar(len(pending), console) if console is not None and not single else None
    failures: list[int] = []
    with open_output(output) as stream, progress or contextlib.nullcontext():
        out = DocumentStream(stream, fmt.value, many=not single)
        for task, result in zip(
            pending, run_batch(pending, jobs=jobs or default_jobs(), scheduler=scheduler), strict=True
        ):
            if progress is not None:
                progress.advance(result.pages, not result.ok)
            if not result.ok:
                failures.append(result.exit_code)
                sys.stderr.write(error_line(result.path, result.error or "failed") + "\n")
                if debug and result.trace:
                    sys.stderr.write(result.trace)
                if fail_fast:
                    break
                continue
            if output_dir is not None:
                write_text(target_for(task, output_dir, fmt), result.text or "")
            else:
                out.write(result.text or "")
            if show_summary and console is not None and result.document is not None:
                from minutes_cli.summary import render_summary

                render_summary(result.document, console)
            elif not quiet and not raw:
                print_warnings(result.path, result.warnings or [])
        if output_dir is None:
            out.close()
    skipped = len(tasks) - len(pending)
    if not single and (failures or skipped) and not quiet:
        converted = len(pending) - len(failures)
        sys.stderr.write(f"minutes: {converted} converted, {skipped} up to date, {len(failures)} failed\n")
    if failures:
        raise typer.Exit(failures[0] if single else ExitCode.SOME_INPUTS_FAILED)


def stderr_console() -> Any:
    from minutes_cli.summary import stderr_console as make

    return make()


def progress_bar(total: int, console: Any) -> Any:
    from minutes_cli.summary import ProgressBar

    return ProgressBar(total, console)


def target_for(task: Any, output_dir: Path, fmt: Format) -> Path:
    if task.path == "-":
        return output_dir / f"stdin{SUFFIX[fmt]}"
    return output_path_for(task.path, task.root, output_dir, fmt)


def write_text(target: Path, text: str) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None


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
        app()
    except BrokenPipeError:
        quiet_broken_pipe()


def quiet_broken_pipe() -> None:
    """The reader went away (`| head`): stop without a traceback or a complaint at exit."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(ExitCode.OK)
