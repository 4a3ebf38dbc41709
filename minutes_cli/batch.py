"""Convert many inputs: expand directories, run in worker processes or on a Dask cluster, keep input order.

Each input becomes a `Result` (the document as plain data, or the error a user can act on),
and results come back in input order whatever the scheduling, so output is deterministic.
"""

from __future__ import annotations

import gc
import os
import signal
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from minutes_cli.errors import ExitCode, MinutesError, SchedulerError

INPUT_SUFFIXES = (".pdf", ".txt", ".text", ".html", ".htm")
DASK_TASKS_PER_WORKER_THREAD = 4  # how far ahead of the output the cluster may run


@dataclass
class Task:
    path: str  # "-" for stdin
    root: str | None = None  # the directory argument the file was found under
    data: bytes | None = None  # stdin's bytes, read by the parent process
    raw: bool = False  # only what the reader and layout found (`--raw`)
    fmt: str = "yaml"  # workers serialise their own output, so only text travels back
    keep_document: bool = False  # also send the document back (for the summary)


@dataclass
class Result:
    path: str
    text: str | None = None  # the document serialised in the task's format
    document: dict[str, Any] | None = None  # with Task.keep_document
    warnings: list[dict[str, Any]] | None = None
    error: str | None = None
    exit_code: int = ExitCode.OK
    pages: int = 0
    trace: str | None = None

    @property
    def ok(self) -> bool:
        return self.text is not None


def expand_inputs(
    paths: Iterable[str], *, raw: bool = False, fmt: str = "yaml", keep_document: bool = False
) -> list[Task]:
    """Files as given; directories searched recursively for PDF, text and HTML files, in sorted order."""
    options = {"raw": raw, "fmt": fmt, "keep_document": keep_document}
    tasks = []
    for given in paths:
        if given == "-":
            tasks.append(Task("-", **options))
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
            tasks.extend(Task(str(p), root=str(path), **options) for p in found)
        else:
            tasks.append(Task(str(path), **options))
    return tasks


def convert_task(task: Task) -> Result:
    """Convert one input; never raises, so one bad file cannot stop a batch."""
    from minutes_cli.api import convert_to_document, convert_to_raw
    from minutes_cli.writers import serialize

    source = task.data if task.data is not None else task.path
    name = None if task.path == "-" else task.path  # bytes sent to a worker elsewhere keep their name
    try:
        if task.raw:
            data = convert_to_raw(source, name=name)
            pages = data["source"]["pages"] or 0
        else:
            document = convert_to_document(source, name=name)
            data, pages = document.to_dict(), document.source.pages or 0
        text = serialize(data, task.fmt)
    except MinutesError as exc:
        return Result(task.path, error=str(exc), exit_code=exc.exit_code)
    except MemoryError:
        return Result(task.path, error="out of memory", exit_code=ExitCode.INTERNAL_ERROR)
    except Exception as exc:  # a bug: report it with the file, keep the batch going
        return Result(
            task.path,
            error=f"internal error: {type(exc).__name__}: {exc}",
            exit_code=ExitCode.INTERNAL_ERROR,
            trace=traceback.format_exc(),
        )
    return Result(
        task.path,
        text=text,
        document=data if task.keep_document else None,
        warnings=data.get("warnings") or [],
        pages=pages,
    )


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run_local(tasks: list[Task], jobs: int, *, in_order: bool = False) -> Iterator[Result]:
    """Convert in worker processes; they start at once, before the caller starts any thread.

    Results come in input order. Largest files go first, which keeps the workers busy to the
    end, unless `in_order` (--fail-fast: the first failure in input order should come early).
    """
    if jobs <= 1 or len(tasks) <= 1:
        return (convert_task(task) for task in tasks)
    import minutes_cli.api  # noqa: F401  (imported before forking, so workers share it)
    from minutes_cli.readers import is_pdf

    if any(task.path.lower().endswith(".pdf") or is_pdf(task.data or b"") for task in tasks):
        import minutes_cli.readers.pdf  # noqa: F401  (PyMuPDF too)
    workers = min(jobs, len(tasks))
    order = range(len(tasks)) if in_order else sorted(range(len(tasks)), key=lambda i: -input_size(tasks[i]))
    if not hasattr(os, "fork"):
        return run_in_pool(tasks, workers, order)
    from minutes_cli.forkpool import run_forked

    # Objects from before the fork stay out of the workers' collections, so their pages stay shared.
    gc.freeze()
    try:
        return run_forked(tasks, convert_task, workers, order, died=worker_died)
    finally:
        gc.unfreeze()


def worker_died(task: Task) -> Result:
    return Result(task.path, error="the worker process died", exit_code=ExitCode.INTERNAL_ERROR)


def run_in_pool(tasks: list[Task], workers: int, order: Iterable[int]) -> Iterator[Result]:
    """Where there is no fork (Windows): the standard process pool, whose workers import the modules anew."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers, initializer=signal.signal, initargs=IGNORE_SIGINT)
    futures = {i: pool.submit(convert_task, tasks[i]) for i in order}
    return collect(pool, futures, tasks)


IGNORE_SIGINT = (signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: workers are stopped


def collect(pool: Any, futures: dict[int, Any], tasks: list[Task]) -> Iterator[Result]:
    from concurrent.futures.process import BrokenProcessPool

    finished = False
    try:
        for i in range(len(tasks)):
            try:
                yield futures.pop(i).result()
            except BrokenProcessPool:  # a worker was killed, e.g. by the out-of-memory killer
                yield worker_died(tasks[i])
        finished = True
    finally:
        if not finished:  # interrupted, --fail-fast, or a closed pipe: stop the work in progress too
            for process in (getattr(pool, "_processes", None) or {}).values():
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def input_size(task: Task) -> int:
    if task.data is not None:
        return len(task.data)
    try:
        return Path(task.path).stat().st_size
    except OSError:
        return 0


def run_dask(tasks: list[Task], address: str) -> Iterator[Result]:
    """Each file is a task on an existing cluster; the bytes travel with it, so workers need no shared disk."""
    from minutes_cli.readers import load_bytes

    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError(
            "--scheduler needs Dask distributed", remedy="install it with: pip install 'minutes-cli[dask]'"
        ) from None
    try:
        client = Client(address, timeout="5s")
    except (OSError, ValueError, TypeError) as exc:  # unreachable, timed out, or not an address at all
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        threads = sum(client.nthreads().values()) or 1
        window = max(1, threads * DASK_TASKS_PER_WORKER_THREAD)
        pending: deque[tuple[str, Any]] = deque()
        for task in tasks:
            if task.data is None:
                try:
                    task = replace(task, data=load_bytes(task.path)[0])
                except MinutesError as exc:
                    pending.append((task.path, Result(task.path, error=str(exc), exit_code=exc.exit_code)))
                    continue
            pending.append((task.path, client.submit(convert_task, task, pure=False)))
            while len(pending) >= window:
                yield resolve(*pending.popleft())
        while pending:
            yield resolve(*pending.popleft())


def resolve(path: str, item: Any) -> Result:
    from concurrent.futures import CancelledError

    if isinstance(item, Result):
        return item
    try:
        return item.result()
    except (OSError, CancelledError, TimeoutError) as exc:  # the cluster went away (its futures are cancelled)
        reason = str(exc) or type(exc).__name__
        return Result(path, error=f"Dask scheduler lost: {reason}", exit_code=ExitCode.SCHEDULER_UNAVAILABLE)
    except Exception as exc:  # e.g. KilledWorker: the task took its workers down
        return Result(path, error=f"Dask: {type(exc).__name__}: {exc}", exit_code=ExitCode.INTERNAL_ERROR)


def run_batch(
    tasks: list[Task], *, jobs: int, scheduler: str | None = None, in_order: bool = False
) -> Iterator[Result]:
    if scheduler:
        return run_dask(tasks, scheduler)
    return run_local(tasks, jobs, in_order=in_order)
