"""Many inputs: directories, streams in input order, one bad file never stops the batch, workers, Dask."""

import json
import shutil

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
    (root / "fi" / "fake.pdf").write_text("Päätös\nHyväksyttiin.\n", encoding="utf-8")  # text named .pdf
    (root / "fi" / "notes.md").write_text("ignored: not a PDF or text file", encoding="utf-8")
    return root


def test_jsonl_streams_items_of_every_file_in_input_order(cli, archive):
    run = cli("parse", str(archive), "--format", "jsonl", "--jobs", "2")
    assert run.code == ExitCode.SOME_INPUTS_FAILED
    records = [json.loads(line) for line in run.stdout.splitlines()]
    sources = list(dict.fromkeys(r["source"] for r in records))
    failing = ("broken.pdf", "fake.pdf")
    expected = sorted(str(p) for p in archive.rglob("*") if p.suffix in (".pdf", ".txt") and p.name not in failing)
    assert sources == expected
    assert all({"municipality", "body", "kind", "number", "date"} <= set(r["meeting"]) for r in records)
    assert "broken.pdf" in run.stderr and "fake.pdf" in run.stderr and "2 failed" in run.stderr


def test_order_does_not_depend_on_workers(cli, archive):
    one = cli("parse", str(archive), "-f", "json", "-j", "1", "-q")
    two = cli("parse", str(archive), "-f", "json", "-j", "2", "-q")
    assert one.stdout == two.stdout
    documents = json.loads(one.stdout)
    assert len(documents) == len(list(archive.rglob("*.pdf"))) + len(list(archive.rglob("*.txt"))) - 2


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
    assert "0 converted, 0 up to date, 1 failed" in run.stderr


def test_fail_fast_counts_what_came_before(cli, tmp_path):
    bad = tmp_path / "z.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    run = cli("parse", str(TEXTS[0]), str(bad), str(TEXTS[1]), "--fail-fast", "-f", "jsonl", "-j", "1")
    assert run.code == ExitCode.SOME_INPUTS_FAILED
    assert {json.loads(line)["source"] for line in run.stdout.splitlines()} == {str(TEXTS[0])}
    assert "1 converted, 0 up to date, 1 failed" in run.stderr


def test_a_directory_argument_always_gives_the_many_shape(cli, tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(TEXTS[0], folder / TEXTS[0].name)
    documents = json.loads(cli("parse", str(folder), "-f", "json").stdout)
    assert isinstance(documents, list) and len(documents) == 1
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / TEXTS[0].name).unlink()
    assert cli("parse", str(folder)).code == ExitCode.SOME_INPUTS_FAILED


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


def test_the_process_pool_used_without_fork_gives_the_same_results(archive):
    from minutes_cli import batch

    tasks = batch.expand_inputs([str(archive)], fmt="jsonl")
    pooled = list(batch.run_in_pool(tasks, 2, order=reversed(range(len(tasks)))))
    serial = [batch.convert_task(task) for task in tasks]
    assert [(r.path, r.text, r.error) for r in pooled] == [(r.path, r.text, r.error) for r in serial]
    assert sum(not r.ok for r in pooled) == 2


def test_dask_cluster_gives_the_local_output(cli, archive):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = cli("parse", str(archive), "-f", "jsonl", "-q", "--scheduler", cluster.scheduler_address)
    local = cli("parse", str(archive), "-f", "jsonl", "-q", "-j", "1")
    assert remote.code == local.code == ExitCode.SOME_INPUTS_FAILED
    assert remote.stdout == local.stdout and remote.stdout
    assert remote.stderr.count("fake.pdf") == local.stderr.count("fake.pdf") == 1


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:9", "no such thing://"])
def test_unreachable_scheduler_is_a_clear_error(cli, address):
    pytest.importorskip("distributed")
    run = cli("parse", str(TEXTS[0]), "--scheduler", address)
    assert run.code == ExitCode.SCHEDULER_UNAVAILABLE
    assert run.stderr.startswith("minutes: error:") and len(run.stderr.splitlines()) == 1


def test_output_dir_keeps_inputs_that_share_a_name_apart(cli, tmp_path):
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        shutil.copy(TEXTS[0], tmp_path / folder / "x.txt")
    shutil.copy(TEXTS[1], tmp_path / "d1" / "x.text")
    out = tmp_path / "out"
    run = cli("parse", str(tmp_path / "d1"), str(tmp_path / "d2" / "x.txt"), "--output-dir", str(out), "-q")
    assert run.code == 0
    assert sorted(p.name for p in out.iterdir()) == ["x.text.yaml", "x.txt-2.yaml", "x.txt.yaml"]


def test_a_numbered_name_never_takes_another_inputs_name():
    from pathlib import Path

    from minutes_cli.batch import Task
    from minutes_cli.output import output_paths

    tasks = [Task("a/x.txt"), Task("b/x.txt"), Task("c/x.txt-2.txt")]
    assert [p.name for p in output_paths(tasks, Path("out"), ".yaml")] == ["x.txt.yaml", "x.txt-3.yaml", "x.txt-2.yaml"]


def test_raw_output_dir_files_are_named_apart(cli, tmp_path):
    out = tmp_path / "out"
    cli("parse", str(TEXTS[0]), "--output-dir", str(out), "--raw")
    assert [p.name for p in out.iterdir()] == [TEXTS[0].stem + ".raw.yaml"]


def test_a_single_up_to_date_input_is_reported(cli, tmp_path):
    out = tmp_path / "out"
    cli("parse", str(TEXTS[0]), "--output-dir", str(out))
    run = cli("parse", str(TEXTS[0]), "--output-dir", str(out))
    assert run.code == 0 and "0 converted, 1 up to date, 0 failed" in run.stderr
