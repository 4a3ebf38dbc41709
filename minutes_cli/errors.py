"""Exit codes and the errors a user can act on (OCRmyPDF's pattern).

The library raises these; the CLI turns each into one line on stderr and its exit code, in
one place (`cli.handle_errors`). Every message says what to do about it.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INTERNAL_ERROR = 1  # a bug: please report it (run with --debug for the traceback)
    USAGE = 2  # bad options or arguments (Typer's own code)
    INPUT_NOT_FOUND = 3
    INPUT_INVALID = 4  # empty, binary, undecodable, not a PDF, corrupt PDF, a directory
    INPUT_ENCRYPTED = 5
    NO_TEXT_LAYER = 6
    OUTPUT_ERROR = 7
    SOME_INPUTS_FAILED = 8  # batch: the other inputs were converted
    SCHEDULER_UNAVAILABLE = 9  # --scheduler: Dask missing or the cluster unreachable
    INTERRUPTED = 130


class MinutesError(Exception):
    """Base of every error the user can act on."""

    exit_code: ExitCode = ExitCode.INTERNAL_ERROR
    remedy: str = ""

    def __init__(self, message: str, *, remedy: str | None = None) -> None:
        super().__init__(message)
        if remedy is not None:
            self.remedy = remedy

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message} ({self.remedy})" if self.remedy else message


class InputNotFoundError(MinutesError):
    exit_code = ExitCode.INPUT_NOT_FOUND
    remedy = "check the path"


class InputIsDirectoryError(MinutesError):
    exit_code = ExitCode.INPUT_INVALID
    remedy = "give a file, or a directory only where several inputs are accepted"


class EmptyInputError(MinutesError):
    exit_code = ExitCode.INPUT_INVALID
    remedy = "the file has no content; check the download or export"


class BinaryInputError(MinutesError):
    exit_code = ExitCode.INPUT_INVALID
    remedy = "give a PDF or a text file"


class UndecodableTextError(MinutesError):
    exit_code = ExitCode.INPUT_INVALID
    remedy = "convert the file to UTF-8, e.g. with iconv"


class NotAPdfError(MinutesError):
    exit_code = ExitCode.INPUT_INVALID
    remedy = "the file is not a PDF; give a PDF or a text file"


class CorruptPdfError(MinutesError):
    exit_code = ExitCode.INPUT_INVALID
    remedy = "the PDF is damaged or truncated; download it again"


class CorruptRecordError(MinutesError):
    """A JSON record (CaseM, Ahjo) that cannot be read; each reader names what to fetch again."""

    exit_code = ExitCode.INPUT_INVALID
    remedy = "the record is damaged or of another kind; fetch it again"


class EncryptedPdfError(MinutesError):
    exit_code = ExitCode.INPUT_ENCRYPTED
    remedy = "the PDF needs a password; remove it first, e.g. qpdf --decrypt in.pdf out.pdf"


class NoTextLayerError(MinutesError):
    exit_code = ExitCode.NO_TEXT_LAYER
    remedy = "the PDF is a scan without text; run OCR first, e.g. ocrmypdf -l fin+swe in.pdf out.pdf"


class OutputError(MinutesError):
    exit_code = ExitCode.OUTPUT_ERROR
    remedy = "check that the output directory exists and is writable"


class SchedulerError(MinutesError):
    exit_code = ExitCode.SCHEDULER_UNAVAILABLE
    remedy = "check the address, e.g. tcp://scheduler:8786, and that the cluster is running"
