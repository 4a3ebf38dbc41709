"""Benchmark `minutes` against the practical limit, side by side in one run.

    python benchmarks/bench.py [--rounds 9] [--files DIR_OR_PDF ...]

Measured on the PDFs in ../shared/corpus when it is there (the bundled example PDFs otherwise),
each figure the median of the rounds (nine by default: on a shared two-core host one round's
`--jobs 2` ratio varies by 15 %, and the median of five still moved by 0.1 between runs;
ratios are the medians of the ratios within each round;
within a round the commands run back to back in shuffled order):

- pages/s of raw PyMuPDF `get_text("text")` (the practical limit), in this process and as a
  fresh command (interpreter start and `import pymupdf` included, as for `minutes`); of
  `minutes` end to end (the command converting every file in one process, output to
  /dev/null) and in process (library call and JSON serialisation; timed file by file in turn
  with the raw extraction in this process); and of pdfplumber
  `extract_text` (what a user might script instead; on a sample of pages, it is slow). The
  command is compared with the raw command, the library with raw extraction in process;
- the speed-up of `--jobs 2` over `--jobs 1` on the same batch, beside the speed-up of two
  `--jobs 1` commands run side by side on halves of it (the limit of two processes here);
- start-up of `minutes parse` on a small text file against `python -c "import typer, yaml"`;
- peak memory of `minutes parse` on a 2,000-page PDF built by joining the input PDFs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from minutes_cli.errors import ExitCode

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
PDFPLUMBER_SAMPLE_PAGES = 60
RAW_IN_PROCESS = "PyMuPDF get_text('text')"
LIBRARY = "minutes in process"
RAW_COMMAND = "PyMuPDF get_text('text'), fresh process"
JOBS_1 = "minutes command, --jobs 1"
JOBS_2 = "minutes command, --jobs 2"
TWO_COMMANDS = "two minutes --jobs 1 commands on halves"
BIG_PDF_PAGES = 2000
STARTUP_RUNS = 10
TARGETS: dict[str, float | None] = {
    "throughput vs raw PyMuPDF text": 0.6,
    "library vs raw PyMuPDF text": 0.6,
    "throughput vs pdfplumber": 10.0,
    "jobs 2 speed-up": 1.7,
    "two commands on halves speed-up": None,  # a reference: the limit of two processes here
    "start-up vs import typer, yaml": 2.0,
    "peak memory MB on 2,000 pages": 300.0,
}


def find_pdfs(paths: list[str]) -> list[Path]:
    if not paths:
        paths = [str(SHARED_CORPUS)] if SHARED_CORPUS.is_dir() else [str(ROOT / "examples")]
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        found += sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
    return found


def page_count(files: list[Path]) -> int:
    import pymupdf

    total = 0
    for path in files:
        with pymupdf.open(path) as doc:
            total += doc.page_count
    return total


RAW_SCRIPT = (
    "import sys, pymupdf\n"
    "pymupdf.TOOLS.mupdf_display_errors(False)\n"
    "for path in sys.argv[1:]:\n"
    "    with pymupdf.open(path) as doc:\n"
    "        for page in doc: page.get_text('text')\n"
)


def raw_pymupdf_process(files: list[Path]) -> float:
    """The same extraction as a command: a fresh interpreter that imports PyMuPDF, like `minutes` does."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", RAW_SCRIPT, *map(str, files)], check=True)
    return time.perf_counter() - start


def raw_and_library(files: list[Path]) -> dict[str, float]:
    """Raw PyMuPDF text and `minutes` as a library, in this process, file by file in turn (which
    goes first alternates): each file's pair is timed moments apart, so a busy spell of the host
    slows both alike and the ratio holds steadier than with two passes over the batch."""
    import pymupdf

    from minutes_cli import convert

    pymupdf.TOOLS.mupdf_display_errors(False)
    totals = {RAW_IN_PROCESS: 0.0, LIBRARY: 0.0}
    for i, path in enumerate(files):
        for name in (RAW_IN_PROCESS, LIBRARY) if i % 2 == 0 else (LIBRARY, RAW_IN_PROCESS):
            start = time.perf_counter()
            if name == LIBRARY:
                json.dumps(convert(path), ensure_ascii=False)
            else:
                with pymupdf.open(path) as doc:
                    for page in doc:
                        page.get_text("text")
            totals[name] += time.perf_counter() - start
    return totals


def minutes_command_path() -> str:
    """The console script next to this Python, as users run it."""
    script = Path(sys.executable).with_name("minutes")
    return str(script) if script.exists() else "minutes"


def minutes_command(files: list[Path], jobs: int = 1) -> float:
    command = [minutes_command_path(), "parse", "--format", "jsonl", "--quiet", "--jobs", str(jobs)]
    start = time.perf_counter()
    code = subprocess.run([*command, *map(str, files)], stdout=subprocess.DEVNULL).returncode
    if code not in (ExitCode.OK, ExitCode.SOME_INPUTS_FAILED):  # a file that fails is timed like the others
        sys.exit(f"bench: minutes exited with {code}")
    return time.perf_counter() - start


def halves(files: list[Path]) -> tuple[list[Path], list[Path]]:
    """Two lists of about the same bytes, largest files first, as one would split a batch by hand."""
    parts: tuple[list[Path], list[Path]] = ([], [])
    sizes = [0, 0]
    for path in sorted(files, key=lambda p: -p.stat().st_size):
        smaller = sizes.index(min(sizes))
        parts[smaller].append(path)
        sizes[smaller] += path.stat().st_size
    return parts


def minutes_two_commands(files: list[Path]) -> float:
    """What a user gets without --jobs: two `--jobs 1` commands side by side (`xargs -P 2`), each
    on half the batch. The machine's own limit for two processes, start-up and all."""
    command = [minutes_command_path(), "parse", "--format", "jsonl", "--quiet", "--jobs", "1"]
    start = time.perf_counter()
    children = [subprocess.Popen([*command, *map(str, part)], stdout=subprocess.DEVNULL) for part in halves(files)]
    for child in children:
        child.wait()
    return time.perf_counter() - start


PDFPLUMBER_SCRIPT = (
    "import sys, time, pdfplumber\n"
    "limit, pages, start = int(sys.argv[1]), 0, time.perf_counter()\n"
    "for path in sys.argv[2:]:\n"
    "    with pdfplumber.open(path) as pdf:\n"
    "        for page in pdf.pages:\n"
    "            page.extract_text(); page.close(); pages += 1\n"
    "            if pages >= limit: break\n"
    "    if pages >= limit: break\n"
    "print(time.perf_counter() - start, pages)\n"
)


def pdfplumber_sample(files: list[Path]) -> tuple[float, int]:
    """In a process of its own: pdfminer's objects would otherwise slow this process's collector."""
    command = [sys.executable, "-c", PDFPLUMBER_SCRIPT, str(PDFPLUMBER_SAMPLE_PAGES), *map(str, files)]
    seconds, pages = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
    return float(seconds), int(pages)


def startup(rounds: int) -> tuple[float, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write("§ 1 Kokouksen laillisuus\nPäätös\nTodettiin kokous lailliseksi.\n")
        small = handle.name
    ours, baseline = [], []
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            subprocess.run([minutes_command_path(), "parse", "-q", small], stdout=subprocess.DEVNULL, check=True)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import typer, yaml"], check=True)
            baseline.append(time.perf_counter() - start)
    finally:
        Path(small).unlink()
    return statistics.median(ours), statistics.median(baseline)


def build_big_pdf(files: list[Path], target: Path) -> int:
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    big = pymupdf.open()
    while big.page_count < BIG_PDF_PAGES:
        for path in files:
            with pymupdf.open(path) as doc:
                big.insert_pdf(doc, to_page=min(doc.page_count, BIG_PDF_PAGES - big.page_count) - 1)
            if big.page_count >= BIG_PDF_PAGES:
                break
    pages = big.page_count
    big.save(target, garbage=1)
    big.close()
    return pages


def peak_memory_mb(pdf: Path) -> tuple[float, float]:
    """Peak RSS of `minutes parse` on one file: the high-water mark of that one child, from wait4."""
    command = [minutes_command_path(), "parse", "--format", "jsonl", "--quiet", str(pdf)]
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
    if child.returncode != ExitCode.OK:
        sys.exit(f"bench: minutes exited with {child.returncode} on the {BIG_PDF_PAGES}-page PDF")
    return usage.ru_maxrss / 1024, seconds


def lower_is_better(measure: str) -> bool:
    return measure.startswith(("start-up", "peak"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--files", nargs="*", default=[])
    parser.add_argument("--skip-memory", action="store_true", help="leave out the 2,000-page file")
    args = parser.parse_args()
    files = find_pdfs(args.files)
    pages = page_count(files)
    print(f"{len(files)} PDFs, {pages} pages; {args.rounds} rounds; median shown", flush=True)

    commands: dict[str, Callable[[], float]] = {
        RAW_COMMAND: lambda: raw_pymupdf_process(files),
        JOBS_1: lambda: minutes_command(files, 1),
        JOBS_2: lambda: minutes_command(files, 2),
        TWO_COMMANDS: lambda: minutes_two_commands(files),
    }
    rows = [RAW_IN_PROCESS, RAW_COMMAND, LIBRARY, JOBS_1, JOBS_2, TWO_COMMANDS]
    times: dict[str, list[float]] = {name: [] for name in rows}
    plumber: list[float] = []
    plumber_pages = 0
    for _ in range(args.rounds):
        # The commands run back to back (the pairs their ratios compare stay close in time), in
        # shuffled order, before or after the in-process pair.
        steps = ["in process", "commands"]
        random.shuffle(steps)
        for step in steps:
            if step == "in process":
                for row, seconds in raw_and_library(files).items():
                    times[row].append(seconds)
                continue
            for name in random.sample(list(commands), len(commands)):
                times[name].append(commands[name]())
        seconds, plumber_pages = pdfplumber_sample(files)
        plumber.append(seconds)

    rates = {name: pages / statistics.median(runs) for name, runs in times.items()}
    rates[f"pdfplumber extract_text ({plumber_pages}-page sample)"] = plumber_pages / statistics.median(plumber)
    print(f"\n{'engine':48s} {'pages/s':>9s}")
    for name, rate in rates.items():
        print(f"{name:48s} {rate:9.0f}")

    ours = rates[JOBS_1]
    plumber_rate = rates[f"pdfplumber extract_text ({plumber_pages}-page sample)"]

    def time_ratio(first: str, second: str) -> float:
        """The median over rounds of time(first) / time(second), taken within each round: a busy
        host slows both of a pair alike, so the ratio holds steadier than a ratio of medians."""
        return statistics.median(a / b for a, b in zip(times[first], times[second], strict=True))

    results = {
        # like for like: a command against a command, the library against the library
        "throughput vs raw PyMuPDF text": time_ratio(RAW_COMMAND, JOBS_1),
        "library vs raw PyMuPDF text": time_ratio(RAW_IN_PROCESS, LIBRARY),
        "throughput vs pdfplumber": ours / plumber_rate,
        "jobs 2 speed-up": time_ratio(JOBS_1, JOBS_2),
        "two commands on halves speed-up": time_ratio(JOBS_1, TWO_COMMANDS),
    }
    ours_start, baseline_start = startup(STARTUP_RUNS)
    results["start-up vs import typer, yaml"] = ours_start / baseline_start
    print(
        f"\nstart-up: minutes parse small.txt {ours_start * 1000:.0f} ms, "
        f"python -c 'import typer, yaml' {baseline_start * 1000:.0f} ms"
    )
    if not args.skip_memory:
        with tempfile.TemporaryDirectory() as folder:
            big = Path(folder) / "big.pdf"
            big_pages = build_big_pdf(files, big)
            megabytes, seconds = peak_memory_mb(big)
        results["peak memory MB on 2,000 pages"] = megabytes
        print(f"{big_pages}-page PDF: peak RSS {megabytes:.0f} MB, {seconds:.1f} s ({big_pages / seconds:.0f} pages/s)")

    print(f"\n{'measure':40s} {'value':>8s} {'target':>8s}")
    failed = 0
    for name, value in results.items():
        target = TARGETS[name]
        if target is None:
            print(f"{name:40s} {value:8.3f} {'':>8s} reference")
            continue
        ok = value <= target if lower_is_better(name) else value >= target
        failed += not ok
        bound = ("<=" if lower_is_better(name) else ">=") + str(target)
        print(f"{name:40s} {value:8.3f} {bound:>8s} {'ok' if ok else 'MISSED'}")
    print(f"\nmax RSS of this benchmark process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
