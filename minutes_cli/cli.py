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
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

import typer

from minutes_cli import __version__
from minutes_cli.errors import ExitCode, MinutesError, OutputError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn municipal meeting minutes (PDF or text, Finnish or Swedish) into structured data.",
)


class Format(str, Enum):
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
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True, help="Show the version and exit."),
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
            sys.stderr.write(
                f"minutes: internal error: {type(exc).__name__}: {exc} (please report it; --debug shows the traceback)\n"
            )
            raise typer.Exit(ExitCode.INTERNAL_ERROR) from None

    return wrapper


def error_line(path: str | None, message: str) -> str:
    return f"minutes: error: {path}: {message}" if path and not message.startswith(path) else f"minutes: error: {message}"


def use_summary(summary: bool | None, quiet: bool) -> bool:
    if quiet:
        return False
    return summary if summary is not None else sys.stderr.isatty()


def output_path_for(path: str, root: str | None, output_dir: Path, fmt: Format) -> Path:
    source = Path(path)
    relative = source.relative_to(root) if root else Path(source.name)
    return output_dir / relative.with_suffix(SUFFIX[fmt])


def up_to_date(source: str, target: Path) -> bool:
    try:
        return target.stat().st_mtime >= Path(source).stat().st_mtime
    except OSError:
        return False


def write_file(target: Path, document: dict[str, Any], fmt: Format) -> None:
    from minutes_cli.writers import write_document

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8") as stream:
            write_document(document, fmt.value, stream)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None


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
    inputs: list[str] = typer.Argument(..., help="PDF or text files, directories (searched for .pdf and .txt), or - for stdin."),
    fmt: Format = typer.Option(Format.yaml, "--format", "-f", help="Output format; jsonl writes one item per line."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    output_dir: Path | None = typer.Option(None, "--output-dir", help="Write one file per input here, mirroring names; skip inputs whose output is up to date."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Worker processes for several inputs (0: one per core)."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Run on a Dask distributed cluster at this address (needs the optional dask extra)."),
    summary: bool | None = typer.Option(None, "--summary/--no-summary", help="Show the summary on stderr (default: when stderr is a terminal)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary, progress or warnings on stderr; errors only."),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first input that fails."),
    raw: bool = typer.Option(False, "--raw", help="Show the classified lines the parser saw, not the fields."),
    debug: bool = typer.Option(False, "--debug", help="Show the traceback of internal errors."),
) -> None:
    """Convert minutes to YAML (default), JSON or JSON Lines on stdout."""
    from minutes_cli.batch import Task, default_jobs, expand_inputs, run_batch

    if output is not None and output_dir is not None:
        raise typer.BadParameter("use either --output or --output-dir", param_hint="--output")
    tasks = expand_inputs(inputs, raw=raw)
    if raw and fmt is Format.jsonl:
        raise typer.BadParameter("--raw writes YAML or JSON", param_hint="--format")
    if not tasks:
        report(None, "no PDF or text files found in the given directories", quiet=False)
        raise typer.Exit(ExitCode.INPUT_NOT_FOUND)
    for i, task in enumerate(tasks):
        if task.path == "-":
            tasks[i] = Task("-", data=sys.stdin.buffer.read(), raw=raw)
    single = len(tasks) == 1
    show_summary = use_summary(summary, quiet)
    console = None
    if show_summary or (not quiet and sys.stderr.isatty() and not single):
        from minutes_cli.summary import stderr_console

        console = stderr_console()
    failures: list[tuple[str, int]] = []
    skipped = 0
    pending = []
    for task in tasks:
        if output_dir is not None and task.path != "-" and up_to_date(task.path, output_path_for(task.path, task.root, output_dir, fmt)):
            skipped += 1
        else:
            pending.append(task)
    results = run_batch(pending, jobs=jobs or default_jobs(), scheduler=scheduler)
    progress = None
    if console is not None and not single and not quiet:
        from minutes_cli.summary import ProgressBar

        progress = ProgressBar(len(pending), console)
    with open_output(output) as stream, (progress or contextlib.nullcontext()):
        wrote_any = False
        for result in results:
            if progress is not None:
                progress.advance(result.pages, result.document is None)
            if result.document is None:
                failures.append((result.path, result.exit_code))
                report(result.path, result.error or "failed", quiet=False)
                if debug and result.trace:
                    sys.stderr.write(result.trace)
                if fail_fast:
                    break
                continue
            document = result.document
            if output_dir is not None:
                target = output_path_for(result.path, next((t.root for t in pending if t.path == result.path), None), output_dir, fmt) if result.path != "-" else output_dir / f"stdin{SUFFIX[fmt]}"
                write_file(target, document, fmt)
            else:
                emit(document, fmt, stream, first=not wrote_any, many=not single)
                wrote_any = True
            if show_summary and console is not None and not raw:
                from minutes_cli.summary import render_summary

                render_summary(document, console)
            elif not quiet and not raw:
                print_warnings(document)
        if output_dir is None and not single:
            from minutes_cli.writers import finish_stream

            finish_stream(fmt.value, stream, wrote_any=wrote_any)
    if not single and (failures or skipped) and not quiet:
        sys.stderr.write(f"minutes: {len(tasks) - len(failures) - skipped} converted, {skipped} up to date, {len(failures)} failed\n")
    if failures:
        raise typer.Exit(failures[0][1] if single else ExitCode.SOME_INPUTS_FAILED)


def emit(document: dict[str, Any], fmt: Format, stream: TextIO, *, first: bool, many: bool) -> None:
    from minutes_cli.writers import write_document

    write_document(document, fmt.value, stream, first=first, many=many)


def print_warnings(document: dict[str, Any]) -> None:
    path = document["source"].get("path") or "<stdin>"
    for warning in document["warnings"]:
        where = f" ({warning['where']})" if warning.get("where") else ""
        sys.stderr.write(f"minutes: warning: {path}{where}: {warning['message']}\n")


def report(path: str | None, message: str, *, quiet: bool) -> None:
    if not quiet:
        sys.stderr.write(error_line(path, message) + "\n")


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
