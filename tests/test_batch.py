"""Many inputs: directories, streams in input order, one bad file never stops the batch, workers, Dask."""

import json
import shutil
import time

import pytest

from minutes_cli.errors import ExitCode
from tests.conftest import EXAMPLES

TEXTS = sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture
def archive(tmp_path):
    """A small archive: two body folders, the example texts and PDFs, one broken file."""
    root = tmp_path / "archive"
    for source in sorted(EXAMPLES.glob("*.txt")) + sorted(EXAMPLES.glob("*.pdf")):
        folder = root / ("sv" if source.name.startswith("strandby") else "fi")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, folder / source.name)
    (root / "fi" / "broken.pdf").write_bytes(b"%PDF-1.7\n not really")
    (root / "fi" / "notes.md").write_text("ignored: not a PDF or text file", encoding="utf-8")
    return root


def test_jsonl_streams_items_of_every_file_in_input_order(cli, archive):
    run = cli("parse", str(archive), "--format", "jsonl", "--jobs", "2")
    assert run.code == ExitCode.SOME_INPUTS_FAILED
    records = [json.loads(line) for line in run.stdout.splitlines()]
    sources = list(dict.fromkeys(r["source"] for r in records))
    expected = sorted(str(p) for p in archive.rglob("*") if p.suffix in (".pdf", ".txt") and p.name != "broken.pdf")
    assert sources == expected
    assert all({"municipality", "body", "kind", "number", "date"} <= set(r["meeting"]) for r in records)
    assert "broken.pdf" in run.stderr and "1 failed" in run.stderr


def test_order_does_not_depend_on_workers(cli, archive):
    one = cli("parse", str(archive), "-f", "json", "-j", "1", "-q")
    two = cli("parse", str(archive), "-f", "json", "-j", "2", "-q")
    assert one.stdout == two.stdout
    documents = json.loads(one.stdout)
    assert len(documents) == len(list(archive.rglob("*.pdf"))) + len(list(archive.rglob("*.txt"))) - 1


def test_several_inputs_in_yaml_are_a_stream_of_documents(cli):
    import yaml

    run = cli("parse", *map(str, TEXTS))
    assert [d["source"]["path"] for d in yaml.safe_load_all(run.stdout)] == [str(p) for p in TEXTS]


def test_fail_fast_stops_at_the_first_failure(cli, tmp_path):
    bad = tmp_path / "a.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    run = cli("parse", str(bad), *map(str, TEXTS), "--fail-fast", "-f", "jsonl")
    assert run.code == ExitCode.SOME_INPUTS_FAILED
    assert run.stdout == ""


def test_a_single_failing_input_keeps_its_own_exit_code(cli, tmp_path):
    assert cli("parse", str(tmp_path / "missing.txt")).code == ExitCode.INPUT_NOT_FOUND


def test_output_dir_mirrors_names_and_skips_what_is_up_to_date(cli, archive, tmp_path):
    out = tmp_path / "out"
    first = cli("parse", str(archive), "--output-dir", str(out), "-f", "json")
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert (
        "fi/jarvela-kaupunginhallitus-2025-03.json" in written
        and "sv/strandby-bildningsnamnden-2025-03.json" in written
    )
    assert first.stdout == ""
    stamp = (out / "fi" / "jarvela-kaupunginhallitus-2025-03.json").stat().st_mtime
    time.sleep(0.01)
    second = cli("parse", str(archive), "--output-dir", str(out), "-f", "json")
    assert f"{len(written)} up to date" in second.stderr
    assert (out / "fi" / "jarvela-kaupunginhallitus-2025-03.json").stat().st_mtime == stamp


def test_no_progress_bar_or_summary_when_stderr_is_not_a_terminal(cli, archive):
    run = cli("parse", str(archive), "-f", "jsonl")
    assert "pages/s" not in run.stderr and "converting" not in run.stderr


def test_library_entry_point_takes_paths_and_bytes():
    from minutes_cli import convert

    path = EXAMPLES / "strandby-bildningsnamnden-2025-03.txt"
    from_path = convert(path)
    from_bytes = convert(path.read_bytes(), name=str(path))
    assert from_bytes["items"] == from_path["items"]
    assert from_bytes["source"]["sha256"] == from_path["source"]["sha256"]


def test_dask_cluster_gives_the_local_output(cli, archive):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = cli("parse", str(archive), "-f", "jsonl", "-q", "--scheduler", cluster.scheduler_address)
    local = cli("parse", str(archive), "-f", "jsonl", "-q", "-j", "1")
    assert remote.code == local.code == ExitCode.SOME_INPUTS_FAILED
    assert remote.stdout == local.stdout and remote.stdout


def test_unreachable_scheduler_is_a_clear_error(cli):
    pytest.importorskip("distributed")
    run = cli("parse", str(TEXTS[0]), "--scheduler", "tcp://127.0.0.1:9")
    assert run.code != 0 and run.stderr.startswith("minutes: error:") and "Traceback" not in run.stderr
