"""The command line: stdout carries only data, stderr the rest; every failure has its exit code."""

import json
from pathlib import Path

import pymupdf
import pytest
import yaml

from minutes_cli.errors import ExitCode
from tests.conftest import EXAMPLES

SEED_LIKE = (
    "Päätös Päätösehdotus hyväksyttiin.\n\n"
    "Esittelijä sivistysjohtaja Virtanen, Maija\n\n"
    "Päätösehdotus Lautakunta merkitsee asian tiedokseen.\n\n"
    "Valmistelu Asia on valmisteltu huolella.\n"
).encode()


@pytest.fixture
def item_txt(tmp_path):
    path = tmp_path / "item.txt"
    path.write_bytes(SEED_LIKE)
    return path


def test_yaml_is_the_default(cli, item_txt):
    run = cli("parse", str(item_txt))
    assert run.code == ExitCode.OK
    document = yaml.safe_load(run.stdout)
    assert document["items"][0]["outcome"] == "approved"
    assert document["items"][0]["presenter"]["name"] == "Maija Virtanen"


def test_json_and_stdin(cli):
    run = cli("parse", "-", "--format", "json", stdin=SEED_LIKE)
    assert run.code == ExitCode.OK
    document = json.loads(run.stdout)
    assert document["source"]["path"] is None
    assert document["items"][0]["proposal"] == "Lautakunta merkitsee asian tiedokseen."


def test_all_output_is_flushed_before_the_quick_exit(cli):
    """The command leaves with os._exit, skipping tear-down: what is still buffered must be written first."""
    from minutes_cli import convert

    paths = sorted(str(p) for p in EXAMPLES.iterdir() if p.suffix in (".pdf", ".txt"))
    run = cli(
        "parse", "--format", "json", "--jobs", "1", *paths, env={"PYTHONUNBUFFERED": ""}
    )  # buffered, as for users
    assert run.code == ExitCode.OK
    assert len(run.stdout.encode()) > 64 * 1024  # more than a pipe and a stdio buffer hold
    assert json.loads(run.stdout) == [json.loads(json.dumps(convert(path))) for path in paths]


def test_jsonl_one_item_per_line_with_meeting_fields(cli, item_txt):
    run = cli("parse", str(item_txt), "--format", "jsonl")
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(records) == 1
    assert records[0]["source"] == str(item_txt)
    assert set(records[0]["meeting"]) == {"municipality", "body", "kind", "number", "date"}


def test_summary_goes_to_stderr_only(cli, item_txt):
    run = cli("parse", str(item_txt), "--format", "json", "--summary")
    json.loads(run.stdout)  # stdout is nothing but the document
    assert "approved" in run.stderr and "§" in run.stderr


def test_summary_on_a_narrow_terminal_shortens_titles_only(cli):
    pdf = str(EXAMPLES / "jarvela-kaupunginhallitus-2025-03.pdf")
    run = cli("parse", pdf, "--summary", "-q", env={"COLUMNS": "60"})
    assert run.stderr == ""  # --quiet wins
    run = cli("parse", pdf, "--summary", env={"COLUMNS": "60"})
    rows = [line for line in run.stderr.splitlines() if line.startswith("│ 3")]
    assert rows and all("Antti Koskinen" in row and len(row) <= 60 for row in rows)
    assert any("…" in row for row in rows) and any("tabled" in row for row in rows)


def test_quiet_wins_over_summary(cli, item_txt):
    run = cli("parse", str(item_txt), "--summary", "--quiet")
    assert run.stderr == ""


def test_output_file(cli, item_txt, tmp_path):
    out = tmp_path / "out.json"
    run = cli("parse", str(item_txt), "-f", "json", "-o", str(out))
    assert run.code == ExitCode.OK and run.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["items"]


def test_output_file_survives_a_failed_run(cli, item_txt, tmp_path):
    target = tmp_path / "out.yaml"
    assert cli("parse", str(item_txt), "-o", str(target)).code == 0
    before = target.read_text(encoding="utf-8")
    target.chmod(0o640)
    failed = cli("parse", str(tmp_path / "missing.txt"), "-o", str(target))
    assert failed.code == ExitCode.INPUT_NOT_FOUND
    assert target.read_text(encoding="utf-8") == before
    assert cli("parse", str(item_txt), "-f", "json", "-o", str(target)).code == 0
    assert target.read_text(encoding="utf-8").startswith("{") and (target.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_an_output_error(cli, item_txt):
    run = cli("parse", str(item_txt), "-o", "/dev/full")
    assert run.code == ExitCode.OUTPUT_ERROR and "No space left" in run.stderr


def test_output_through_a_symlink_writes_where_it_points(cli, item_txt, tmp_path):
    real = tmp_path / "real.yaml"
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    assert cli("parse", str(item_txt), "-o", str(link)).code == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("schema_version")


def test_utf8_unescaped(cli, item_txt):
    assert "Päätösehdotus" in cli("parse", str(item_txt), "-f", "json").stdout


def test_version(cli):
    run = cli("--version")
    assert run.code == 0 and run.stdout.startswith("minutes ")


def test_schema_command_prints_the_schema(cli):
    schema = json.loads(cli("schema").stdout)
    assert schema["title"] == "minutes document"
    assert "Item" in schema["$defs"]


def encrypted_pdf(path):
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Päätös", fontsize=11)
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    return path


def image_only_pdf(path):
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 50, 50), False)
    pix.clear_with(200)
    page.insert_image(page.rect, pixmap=pix)
    doc.save(path)
    return path


def truncated_pdf(path, make_pdf):
    """A download cut short before the page contents: MuPDF repairs it, but no page keeps any text."""
    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page()
    for page in doc:  # contents written after all page objects, so the cut loses every one
        for i in range(40):
            page.insert_text((72, 72 + 14 * i), f"Rivi {i} päätöksestä", fontsize=11)
    data = doc.tobytes(garbage=0, deflate=False)
    path.write_bytes(data[: len(data) // 20])
    return path


BAD_INPUTS = {
    "missing": (lambda tmp, mk: tmp / "nope.pdf", ExitCode.INPUT_NOT_FOUND, "no such file"),
    "directory without inputs": (lambda tmp, mk: tmp, ExitCode.INPUT_NOT_FOUND, "no PDF, text or HTML files"),
    "empty": (
        lambda tmp, mk: (tmp / "e.pdf").write_bytes(b"") and None or tmp / "e.pdf",
        ExitCode.INPUT_INVALID,
        "empty",
    ),
    "not a pdf": (lambda tmp, mk: (tmp / "n.pdf").write_text("hello") and tmp / "n.pdf", ExitCode.INPUT_INVALID, "not"),
    "binary": (
        lambda tmp, mk: (tmp / "b.txt").write_bytes(b"\x00\x01\x02" * 50) and tmp / "b.txt",
        ExitCode.INPUT_INVALID,
        "binary",
    ),
    "undecodable": (
        lambda tmp, mk: (tmp / "u.txt").write_bytes(b"\xff\xfea\x00b") and tmp / "u.txt",
        ExitCode.INPUT_INVALID,
        "utf-16",
    ),
    "corrupt pdf": (
        lambda tmp, mk: (tmp / "c.pdf").write_bytes(b"%PDF-1.7\n garbage \x00\x01") and tmp / "c.pdf",
        ExitCode.INPUT_INVALID,
        None,
    ),
    "truncated pdf": (lambda tmp, mk: truncated_pdf(tmp / "t.pdf", mk), ExitCode.INPUT_INVALID, "damaged"),
    "encrypted pdf": (lambda tmp, mk: encrypted_pdf(tmp / "x.pdf"), ExitCode.INPUT_ENCRYPTED, "password"),
    "no text layer": (lambda tmp, mk: image_only_pdf(tmp / "scan.pdf"), ExitCode.NO_TEXT_LAYER, "OCR"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_gets_one_line_and_its_exit_code(cli, tmp_path, make_pdf, case):
    build, code, words = BAD_INPUTS[case]
    path = build(tmp_path, make_pdf)
    run = cli("parse", str(path))
    assert run.code == code, run.stderr
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("minutes: error:"), run.stderr
    assert "Traceback" not in run.stderr
    if words:
        assert words.casefold() in lines[0].casefold()


def test_output_not_writable(cli, item_txt, tmp_path):
    run = cli("parse", str(item_txt), "-o", str(tmp_path / "no" / "such" / "dir" / "out.yaml"))
    assert run.code == ExitCode.OUTPUT_ERROR
    assert run.stderr.startswith("minutes: error:") and "Traceback" not in run.stderr


def test_usage_error(cli, item_txt):
    run = cli("parse", str(item_txt), "--format", "xml")
    assert run.code == ExitCode.USAGE and run.stdout == ""


def test_closed_pipe_ends_quietly(tmp_path, item_txt):
    import subprocess
    import sys

    many = tmp_path / "many.txt"
    many.write_text(
        "\n".join(f"§ {n} Asia numero {n}\nPäätös\nHyväksyttiin.\n" for n in range(1, 400)), encoding="utf-8"
    )
    script = f"{sys.executable} -m minutes_cli parse {many} | head -n 1"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", script], capture_output=True)
    assert proc.stdout.decode().strip() == "schema_version: '1.0'"
    assert b"Traceback" not in proc.stderr and b"Broken pipe" not in proc.stderr
