"""HTML pages of single items (Dynasty, Tweb, Ahjo web pages) as the text a browser's text dump shows.

A table row becomes one line with its cells set apart by a wide gap (the text reader splits
cells there, as it does for a label column); paragraphs and other blocks become lines with
blank lines between them; a paragraph break inside a cell starts a new line, as the cell's
text goes on below. Scripts, styles and the head are left out; images leave nothing. The
charset comes from the page's <meta>, otherwise as for text files.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from minutes_cli.model import ParseWarning
from minutes_cli.readers import HTML_SNIFF_BYTES, RawDocument
from minutes_cli.readers.text import decode, text_lines

BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "body", "center", "dd", "div", "dl", "dt", "fieldset"),
        *("figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "main", "nav", "ol", "p"),
        *("section", "table", "ul"),
    )
)
LINES = frozenset(["br", "hr", "li", "tr", "caption"])
CELLS = frozenset(("td", "th"))
HIDDEN = frozenset(["head", "script", "style", "noscript", "template", "title", "select"])
# Elements whose class says what their text is, where the page prints no caption: Ahjo's keyword
# line under the diary number. Their text is kept under the caption, not taken for the background.
CAPTION_CLASSES = {"Viite": "Viite"}
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
CELL_GAP = " " * 6  # wider than the text reader's cell gap
PAGE_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
LINK_HOST = re.compile(r"""<a\s[^>]*?href\s*=\s*["']?https?://([\w.\-]+)""", re.IGNORECASE)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w\-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    m = META_CHARSET.search(data[:HTML_SNIFF_BYTES])
    return m.group(1).decode("ascii").lower() if m else None


class TextDump(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.hidden = 0
        self.preformatted = 0
        self.cells = 0  # how deep in table cells
        self.cell_has_text = False
        self.spans: list[bool] = []  # for each open <span>: is it a styled label opening its line?
        self.after_label = False  # such a span has just closed
        self.caption: str | None = None  # a caption set before an element's text (CAPTION_CLASSES)

    def end_line(self, blank: bool = False) -> None:
        text = "".join(self.line).rstrip()
        if text.strip():
            self.lines.append(text)
        self.line = []
        if blank and self.lines and self.lines[-1]:
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in CELLS:
            self.cells += 1
            self.cell_has_text = False
            if "".join(self.line).strip():
                self.line.append(CELL_GAP)
        elif tag in BLOCKS:
            # A cell's first paragraph stays in the row; the next ones go on below it.
            if not self.cells or self.cell_has_text:
                self.end_line(blank=True)
            caption = CAPTION_CLASSES.get(next((v for k, v in attrs if k == "class"), None) or "")
            if caption:
                self.line.append(caption + ": ")
                self.caption = caption
        elif tag in LINES:
            self.end_line(blank=tag == "hr")
            if tag == "li":
                self.line.append("- ")
        elif tag == "pre":
            self.end_line(blank=True)
            self.preformatted += 1
        elif tag == "span":
            self.spans.append(any(key == "class" for key, _ in attrs) and not "".join(self.line).strip())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HIDDEN:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in CELLS:
            self.cells = max(0, self.cells - 1)
        elif tag == "tr":
            self.end_line()
        elif tag in BLOCKS and not self.cells:
            self.end_line(blank=True)
        elif tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
            self.end_line(blank=True)
        elif tag == "span" and self.spans:
            self.after_label = self.spans.pop() and bool("".join(self.line).strip())

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.preformatted:
            first, *rest = data.split("\n")
            self.line.append(first)
            for part in rest:
                self.end_line()
                self.line.append(part)
            return
        # Collapse white space as a browser does, but not no-break spaces: Word pages line up
        # a label and its text with runs of them, which a text dump keeps as a gap.
        text = HTML_SPACE.sub(" ", data).replace("\xa0", " ")
        if self.caption and text.strip():
            if text.strip() == self.caption:
                text = ""  # the element holds only its own caption
            self.caption = None
        if self.after_label and text[:1].strip():
            # "<span class=...>Päätös</span>Ehdotus hyväksyttiin.": the page's style sheet sets
            # the label apart; without it the two would run together, so it becomes a cell.
            self.line.append(CELL_GAP)
        self.after_label = False
        pending = "".join(self.line)
        if not pending.strip() or pending.endswith(" "):
            text = text.lstrip(" ") if text.strip() else ""
        if text:
            self.line.append(text)
            self.cell_has_text = self.cell_has_text or bool(text.strip())


def html_to_text(html: str) -> str:
    """The page's text, one line per row or paragraph line, cells set apart by wide gaps."""
    dump = TextDump()
    dump.feed(html)
    dump.close()
    dump.end_line()
    return "\n".join(dump.lines).strip("\n") + "\n"


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_html(data: bytes, name: str) -> RawDocument:
    charset = declared_charset(data)
    try:
        html = data.decode(charset or "utf-8")
        warnings = []
        if charset not in (None, "utf-8", "utf8") and not data.isascii() and is_utf8(data):
            # Saved again as UTF-8 after it was fetched, the meta tag left as it was: read as the
            # declared charset, every "ä" would be "Ã¤" without any decoding error.
            html = data.decode("utf-8")
            warnings = [ParseWarning("text-encoding", f"read as utf-8; the page declares {charset}")]
    except (LookupError, UnicodeDecodeError):
        html, encoding = decode(data, name)
        warnings = [ParseWarning("text-encoding", f"read as {encoding}; the page declares {charset or 'no charset'}")]
    return read_page(html, warnings)


def read_page(html: str, warnings: list[ParseWarning] | None = None) -> RawDocument:
    """A page's text, its <title> and the hosts its links go to."""
    lines, pages = text_lines(html_to_text(html))
    title = PAGE_TITLE.search(html)
    page_title = " ".join(unescape(title[1]).split()) if title else None
    hosts = [host.casefold() for host in LINK_HOST.findall(html)]
    return RawDocument(
        lines=lines, format="html", pages=pages, warnings=warnings or [], title=page_title or None, link_hosts=hosts
    )
