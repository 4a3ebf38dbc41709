"""Where converted documents go: stdout, one file (`-o`), or one file per input (`--output-dir`).

A file is written beside its target and moved into place only when the run has something to
show for itself, so a failed conversion never empties an earlier output. Names under
`--output-dir` mirror the inputs; inputs that would land on the same name keep their own
suffix (`a.pdf.yaml`, `a.txt.yaml`) or, failing that, get a number.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from minutes_cli.batch import Task
from minutes_cli.errors import OutputError

SUFFIX = {"yaml": ".yaml", "json": ".json", "jsonl": ".jsonl"}
RAW_SUFFIX = ".raw"  # `--raw` output is a different thing; never mistake it for the document


def suffix_for(fmt: str, raw: bool) -> str:
    return (RAW_SUFFIX if raw else "") + SUFFIX[fmt]


def mirrored_name(task: Task) -> Path:
    if task.path == "-":
        return Path("stdin")
    source = Path(task.path)
    return source.relative_to(task.root) if task.root else Path(source.name)


def output_paths(tasks: Sequence[Task], output_dir: Path, suffix: str) -> list[Path]:
    """One distinct target per task, mirroring the input names under `output_dir`."""
    mirrored = [mirrored_name(task) for task in tasks]
    clash = Counter(name.with_suffix("") for name in mirrored)
    names = [name if clash[name.with_suffix("")] > 1 else name.with_suffix("") for name in mirrored]
    wanted, taken = set(names), set()
    targets = []
    for name in names:
        unique, number = name, 1
        while unique in taken or (unique != name and unique in wanted):  # never take another input's name
            number += 1
            unique = Path(f"{name}-{number}")
        taken.add(unique)
        targets.append(output_dir / f"{unique}{suffix}")
    return targets


def up_to_date(source: str, target: Path) -> bool:
    try:
        return target.stat().st_mtime >= Path(source).stat().st_mtime
    except OSError:
        return False


class ReplacedFile:
    """A text file written under a temporary name beside `path` and moved over it by `commit`.

    Anything but a plain file (`/dev/stdout`, a named pipe, a symbolic link such as
    /proc/self/fd/1) is written directly: replacing it would replace the link, not the data.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temporary: Path | None = None
        try:
            if path.is_symlink() or (path.exists() and not stat.S_ISREG(path.stat().st_mode)):
                self.stream: TextIO = path.open("w", encoding="utf-8")
                return
            import tempfile  # only here: it costs start-up for every run that writes to stdout

            handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        self.temporary = Path(name)
        os.fchmod(handle, file_mode(path))
        self.stream = os.fdopen(handle, "w", encoding="utf-8")

    def commit(self) -> None:
        try:
            self.stream.close()
            if self.temporary is not None:
                self.temporary.replace(self.path)
                self.temporary = None
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def discard(self) -> None:
        try:
            with contextlib.suppress(OSError):
                self.stream.close()  # a full disk fails here too
        finally:
            if self.temporary is not None:
                self.temporary.unlink(missing_ok=True)
                self.temporary = None


def file_mode(path: Path) -> int:
    """An existing file keeps its permissions; a new one gets what the umask allows."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(path.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def opened(output: Path | None) -> Iterator[tuple[TextIO, ReplacedFile | None]]:
    """stdout, or the `-o` file; the caller commits the file, anything else discards it."""
    if output is None:
        yield sys.stdout, None
        return
    target = ReplacedFile(output)
    try:
        yield target.stream, target
    finally:
        target.discard()


def write_file(target: Path, text: str) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    file = ReplacedFile(target)
    try:
        file.stream.write(text)
        file.commit()
    finally:
        file.discard()
