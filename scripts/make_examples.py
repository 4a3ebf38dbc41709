#!/usr/bin/env python3
"""Render the example PDFs in examples/ from the content held in this script.

Three layouts of real Finnish and Finland-Swedish minutes are imitated:

* jarvela-kaupunginhallitus-2025-03.pdf: CloudNC/CaseM full minutes (labels in a text
  column at x=122, bold "§ 31" headings at x=57, handling lines, a running page header);
* jarvela-tarkastuslautakunta-2025-02-item.pdf: a Tweb single-item PDF with a left
  label column (bold captions at x=57, values at x=187 on the same baseline);
* strandby-stadsstyrelsen-2025-04.pdf: Tweb/iText full minutes in Swedish ("41 §" and
  the title on one baseline, bold role labels, "______" rules, a table of contents).

Every name, place, number and sentence is invented. The text examples (*.txt) in
examples/ are written by hand and not produced here.

Usage: python scripts/make_examples.py   (needs only PyMuPDF)

The output is reproducible byte for byte: fixed metadata dates, no random document id,
the fonts are PyMuPDF's built-in Helvetica (embedded and subset, so that "–", "•" and "€"
survive, which the unembedded base-14 font would turn into "·").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "examples"

A4 = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)
REGULAR = pymupdf.Font("helv")
BOLD = pymupdf.Font("hebo")


# --------------------------------------------------------------------------------------
# Page model and text placement
# --------------------------------------------------------------------------------------


@dataclass
class Span:
    """One run of text placed at a baseline origin."""

    x: float
    y: float
    text: str
    bold: bool = False
    size: float = 11.0


@dataclass
class Sheet:
    """One page before it is written: body text, furniture, and the order to write them in."""

    width: float = A4[0]
    height: float = A4[1]
    body: list[Span] = field(default_factory=list)
    # Written after the body but before the header: real iText output writes the "39 §"
    # heading of a Tweb item after the item's text, so reading order differs from layout.
    late: list[Span] = field(default_factory=list)
    header: list[Span] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    # Producers differ: some write the page header before the body, some after it.
    header_first: bool = False


def font(bold: bool) -> pymupdf.Font:
    return BOLD if bold else REGULAR


def text_width(text: str, bold: bool = False, size: float = 11.0) -> float:
    return font(bold).text_length(text, fontsize=size)


def wrap(text: str, max_width: float, bold: bool = False, size: float = 11.0) -> list[str]:
    """Break text into lines no wider than max_width, at spaces only (like a word processor).

    An explicit "\\n" forces a line break.
    """
    lines: list[str] = []
    for part in text.split("\n"):
        line = ""
        for word in part.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and text_width(candidate, bold, size) > max_width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class Flow:
    """Places lines top-down and starts a new page when the next line would not fit.

    `y` is the baseline of the next line to be placed.
    """

    def __init__(self, top: float, bottom: float, line: float, size: float = 11.0, page_size=A4):
        self.top, self.bottom, self.line, self.size, self.page_size = top, bottom, line, size, page_size
        self.sheets: list[Sheet] = []
        self.y = top
        self.new_page()

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    def new_page(self, page_size=None) -> None:
        width, height = page_size or self.page_size
        self.sheets.append(Sheet(width=width, height=height))
        self.y = self.top

    def at_top(self) -> bool:
        return self.y <= self.top + 0.1

    def ensure(self, lines: int) -> None:
        """Keep the next `lines` lines together (headings with the first lines under them)."""
        if not self.at_top() and self.y + (lines - 1) * self.line > self.bottom:
            self.new_page()

    def gap(self, points: float) -> None:
        """Vertical space; dropped at the top of a page, as a word processor would."""
        if not self.at_top():
            self.y += points

    def put(self, x: float, text: str, bold: bool = False, y: float | None = None, size: float | None = None) -> Span:
        span = Span(x, self.y if y is None else y, text, bold, size or self.size)
        self.sheet.body.append(span)
        return span

    def lines(self, x: float, lines: list[str], bold: bool = False, keep: int = 2) -> None:
        self.ensure(min(len(lines), keep))
        for text in lines:
            if self.y > self.bottom:
                self.new_page()
            self.put(x, text, bold)
            self.y += self.line

    def para(self, x: float, text: str, width: float, bold: bool = False, after: float = 0.0) -> None:
        self.lines(x, wrap(text, width, bold, self.size), bold)
        self.gap(after)


def write_spans(page: pymupdf.Page, spans: list[Span]) -> None:
    """Write spans as one text object; each call adds a new piece to the content stream."""
    if not spans:
        return
    writer = pymupdf.TextWriter(page.rect)
    for s in spans:
        writer.append((s.x, s.y), s.text, font=font(s.bold), fontsize=s.size)
    writer.write_text(page)


def render(sheets: list[Sheet], path: Path, title: str, date: str) -> None:
    """Write the sheets to a PDF; `date` is the fixed creation date (PDF date string)."""
    doc = pymupdf.open()
    for sheet in sheets:
        page = doc.new_page(width=sheet.width, height=sheet.height)
        order = [sheet.header, sheet.body, sheet.late] if sheet.header_first else [sheet.body, sheet.late, sheet.header]
        for spans in order:
            write_spans(page, spans)
        if sheet.rules:
            shape = page.new_shape()
            for x0, y0, x1, y1 in sheet.rules:
                shape.draw_line((x0, y0), (x1, y1))
            shape.finish(color=(0.4, 0.4, 0.4), width=0.5)
            shape.commit()
    doc.set_metadata(
        {
            "title": title,
            "author": "",
            "subject": "",
            "keywords": "",
            "creator": "minutes example generator",
            "producer": "PyMuPDF (scripts/make_examples.py)",
            "creationDate": date,
            "modDate": date,
        }
    )
    doc.subset_fonts()
    options = dict(garbage=3, deflate=True, no_new_id=True)
    try:
        doc.save(path, reproducible=True, **options)
    except TypeError:  # PyMuPDF older than 1.25 has no `reproducible`
        doc.save(path, **options)
    doc.close()


# --------------------------------------------------------------------------------------
# 1. CloudNC/CaseM full minutes: Järvelän kaupunki, Kaupunginhallitus 3/2025
# --------------------------------------------------------------------------------------


@dataclass
class Handling:
    """Bold handling line inside an item: "Kaupunginhallitus, 10.02.2025, § 12"."""

    text: str


@dataclass
class Preparers:
    persons: list[str]


@dataclass
class Attachments:
    titles: list[str]


@dataclass
class Para:
    text: str


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]


@dataclass
class Proposal:
    presenter: str
    paras: list[str]


@dataclass
class Decision:
    paras: list[str]


@dataclass
class Item:
    number: int
    title: str
    blocks: list
    case_id: str = ""
    index: list[str] = field(default_factory=list)  # handling index printed above the heading


KJ = "Antti Koskinen, kaupunginjohtaja"
HJ = "Laura Mäkelä, hallintojohtaja, laura.makela@jarvela.fi"
TJ = "Anne Heikkilä, talousjohtaja, anne.heikkila@jarvela.fi"
RP = "Pasi Ahola, rakennuttajapäällikkö, pasi.ahola@jarvela.fi"
SJ = "Maija Virtanen, sivistysjohtaja, maija.virtanen@jarvela.fi"

KH_MEETING = {
    "org": "Järvelän kaupunki",
    "body": "Kaupunginhallitus",
    "number": "3/2025",
    "date": "17.03.2025",
    "time": "17.03.2025, klo 17:00 - 18:45",
    "place": "Kaupungintalo, valtuustosali",
}

KH_MEMBERS = [
    "Kari Hämäläinen, puheenjohtaja",
    "Eeva Järvinen, 1. varapuheenjohtaja",
    "Timo Lindqvist, 2. varapuheenjohtaja",
    "Marja Koivisto",
    "Juha Peltonen",
    "Sari Honkanen",
    "Olli Kettunen",
    "Heli Saarinen",
    "Pekka Rautio",
    "Ville Manninen",
    "Riikka Vainio, varajäsen",
]
KH_OTHERS = [
    "Hannele Kallio, kaupunginvaltuuston puheenjohtaja",
    "Antti Koskinen, kaupunginjohtaja, esittelijä",
    "Laura Mäkelä, hallintojohtaja, sihteeri",
    "Anne Heikkilä, talousjohtaja, poistui 17:55",
]
KH_ABSENT = ["Tuomas Aaltonen"]

KH_ITEMS = [
    Item(
        31,
        "Kokouksen laillisuus ja päätösvaltaisuus",
        [
            Para(
                "Kaupunginhallituksen kokouksista on säädetty kuntalaissa ja määrätty Järvelän kaupungin "
                "hallintosäännössä. Hallintosäännön 112 §:n mukaan kokouskutsun antaa puheenjohtaja tai hänen "
                "estyneenä ollessaan varapuheenjohtaja. Kutsu ja esityslista toimitetaan jäsenille sähköisesti "
                "viimeistään neljä päivää ennen kokousta."
            ),
            Para(
                "Kokouskutsu ja esityslista tähän kokoukseen on julkaistu kokousportaalissa ja lähetetty "
                "jäsenille 12.3.2025."
            ),
            Para(
                "Kaupunginhallitus on päätösvaltainen, kun enemmän kuin puolet sen jäsenistä on saapuvilla "
                "(kuntalaki 103 §)."
            ),
            Proposal(KJ, ["Kokous todetaan laillisesti koolle kutsutuksi ja päätösvaltaiseksi."]),
            Decision(["Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi."]),
        ],
    ),
    Item(
        32,
        "Pöytäkirjan tarkastus",
        [
            Para(
                "Hallintosäännön 127 §:n mukaan pöytäkirja tarkastetaan toimielimen päättämällä tavalla. "
                "Kaupunginhallitus valitsee kussakin kokouksessa kaksi pöytäkirjantarkastajaa vuorolistan "
                "mukaisessa järjestyksessä."
            ),
            Para("Vuorossa ovat Olli Kettunen ja Heli Saarinen."),
            Proposal(
                KJ,
                [
                    "Pöytäkirjantarkastajiksi valitaan Olli Kettunen ja Heli Saarinen. Pöytäkirja tarkastetaan "
                    "sähköisesti keskiviikkona 19.3.2025, ja se pidetään yleisesti nähtävänä kaupungin "
                    "verkkosivuilla 20.3.2025 alkaen."
                ],
            ),
            Decision(["Ehdotus hyväksyttiin."]),
        ],
    ),
    Item(
        33,
        "Kirkonmäen päiväkodin laajennuksen hankesuunnitelma",
        case_id="JÄRDno-2024-512",
        index=["Kaupunginhallitus, § 12,10.02.2025", "Kaupunginhallitus, § 33, 17.03.2025"],
        blocks=[
            Handling("Kaupunginhallitus, 10.02.2025, § 12"),
            Preparers([RP, SJ]),
            Attachments(["1 Kirkonmäen päiväkodin laajennus, hankesuunnitelma 27.1.2025"]),
            Para(
                "Kirkonmäen päiväkodissa on neljä ryhmää ja 76 hoitopaikkaa. Alueen lapsimäärä on kasvanut "
                "uusien pientaloalueiden rakentumisen myötä, ja päiväkodin jonossa on ollut syksystä 2024 "
                "lähtien jatkuvasti 15–20 lasta. Tilapäisenä ratkaisuna on käytetty Kirkonmäen koulun tiloissa "
                "toimivaa esiopetusryhmää."
            ),
            Para(
                "Hankesuunnitelman mukaan päiväkotiin rakennetaan kahden ryhmän laajennusosa, jonka laajuus on "
                "noin 420 bruttoneliömetriä. Paikkamäärä kasvaa 42 paikalla. Hankkeen kustannusarvio on "
                "2 350 000 euroa (alv 0 %). Vuoden 2025 talousarvioon on varattu hankkeelle 1 800 000 euroa ja "
                "taloussuunnitelmaan vuodelle 2026 600 000 euroa. Laajennus on tarkoitus rakentaa kesäkuun "
                "2025 ja toukokuun 2026 välisenä aikana."
            ),
            Proposal(
                KJ,
                [
                    "Kaupunginhallitus hyväksyy Kirkonmäen päiväkodin laajennuksen hankesuunnitelman 27.1.2025 "
                    "ja 2 350 000 euron (alv 0 %) kustannusarvion sekä oikeuttaa teknisen palvelukeskuksen "
                    "käynnistämään urakan kilpailutuksen."
                ],
            ),
            Decision(
                [
                    "Keskustelun kuluessa Sari Honkanen ehdotti Juha Peltosen kannattamana, että asia palautetaan "
                    "uudelleen valmisteltavaksi siten, että hankesuunnitelmaan lisätään selvitys väistötilojen "
                    "tarpeesta rakentamisen aikana sekä vaihtoehto, jossa laajennus toteutetaan kahdessa vaiheessa.",
                    "Kaupunginhallitus palautti asian yksimielisesti uudelleen valmisteltavaksi.",
                ]
            ),
            Handling("Kaupunginhallitus, 17.03.2025, § 33"),
            Preparers([RP, SJ]),
            Attachments(["1 Kirkonmäen päiväkodin laajennus, päivitetty hankesuunnitelma 3.3.2025"]),
            Para(
                "Hankesuunnitelmaa on täydennetty kaupunginhallituksen 10.2.2025 § 12 tekemän "
                "palautuspäätöksen mukaisesti."
            ),
            Para(
                "Väistötiloja ei tarvita. Laajennus rakennetaan nykyisen rakennuksen pohjoispuolelle erilliseksi "
                "siiveksi, joka liitetään vanhaan osaan vasta kesällä 2026, kun päiväkodin toiminta on "
                "supistettu kesäajan ryhmiin. Kahdessa vaiheessa toteutettuna hankkeen kustannukset nousisivat "
                "arviolta 180 000 eurolla, ja jälkimmäisen ryhmän tilat valmistuisivat vasta vuonna 2027."
            ),
            Para(
                "Päivitetyn hankesuunnitelman kustannusarvio on 2 310 000 euroa (alv 0 %). Arvio on laskenut, "
                "koska pihan aitaus ja leikkivälineet uusitaan samalla kertaa koko päiväkodin osalta "
                "kunnossapidon määrärahoilla."
            ),
            Proposal(
                KJ,
                [
                    "Kaupunginhallitus hyväksyy Kirkonmäen päiväkodin laajennuksen päivitetyn hankesuunnitelman "
                    "3.3.2025 ja 2 310 000 euron (alv 0 %) kustannusarvion sekä oikeuttaa teknisen "
                    "palvelukeskuksen käynnistämään urakan kilpailutuksen."
                ],
            ),
            Decision(["Ehdotus hyväksyttiin."]),
        ],
    ),
    Item(
        34,
        "Talouden toteutuminen tammi–helmikuussa 2025",
        case_id="JÄRDno-2025-41",
        blocks=[
            Preparers([TJ]),
            Para(
                "Kaupungin talouden toteutumista seurataan kuukausittain. Alla olevassa taulukossa tammi–"
                "helmikuun toteumaa verrataan vuoden 2025 talousarvioon. Tasaisen kertymän mukainen "
                "toteumaprosentti on kahden kuukauden jälkeen 16,7 %."
            ),
            Table(
                ["1 000 €", "TA 2025", "Toteuma 1–2/2025", "Toteuma-%"],
                [
                    ["Toimintatuotot", "14 820", "2 316", "15,6"],
                    ["Toimintakulut", "-96 450", "-15 874", "16,5"],
                    ["Toimintakate", "-81 630", "-13 558", "16,6"],
                    ["Verotulot ja valtionosuudet yhteensä", "84 900", "14 602", "17,2"],
                    ["Vuosikate", "2 760", "1 011", "36,6"],
                ],
            ),
            Para(
                "Toimintakulut ovat toteutuneet hieman tasaista kertymää nopeammin. Tämä johtuu pääosin "
                "tammikuussa maksetuista vuosittaisista lisenssi- ja vakuutusmaksuista sekä talvikunnossapidosta, "
                "jonka kustannukset ylittivät runsaslumisena helmikuuna ennakoidun tason. Verotuloja on kertynyt "
                "ennakoitua enemmän."
            ),
            Para("Talousjohtaja esittelee talouden tilannetta kokouksessa."),
            Proposal(KJ, ["Kaupunginhallitus merkitsee tiedoksi talouden toteutumisen tammi–helmikuussa 2025."]),
            Decision(
                [
                    "Talousjohtaja Anne Heikkilä esitteli asiaa. Kaupunginhallitus merkitsi talouden toteutumisen "
                    "tiedoksi.",
                    "Talousjohtaja poistui kokouksesta tämän asian käsittelyn jälkeen klo 17.55.",
                ]
            ),
        ],
    ),
    Item(
        35,
        "Kiinteistö Oy Järvelän Torikulman osakkeiden myynti / esitys kaupunginvaltuustolle",
        case_id="JÄRDno-2024-733",
        blocks=[
            Preparers([HJ, TJ]),
            Attachments(
                [
                    "1 Tarjousten yhteenveto 4.2.2025",
                    "2 Kauppakirjaluonnos",
                ]
            ),
            Para(
                "Järvelän kaupunki omistaa kaikki Kiinteistö Oy Järvelän Torikulman osakkeet. Yhtiön vuonna 1986 "
                "valmistuneessa liikerakennuksessa osoitteessa Torikatu 4 on 2 150 huoneistoneliömetriä liike- ja "
                "toimistotilaa, josta on vuokrattuna 62 prosenttia. Rakennuksen vesikattoon, julkisivuihin ja "
                "ilmanvaihtoon kohdistuu lähivuosina korjauksia, joiden kustannusarvio on noin 1,4 miljoonaa euroa."
            ),
            Para(
                "Kaupunginvaltuusto on omistajapoliittisissa linjauksissaan 2023 todennut, että kaupunki luopuu "
                "omistuksista, jotka eivät liity sen lakisääteisiin tehtäviin tai elinvoiman kehittämiseen."
            ),
            Para(
                "Osakkeet asetettiin myyntiin 2.12.2024 julkisella myynti-ilmoituksella, ja tarjoukset pyydettiin "
                "31.1.2025 mennessä. Määräaikaan mennessä saatiin kaksi tarjousta. Korkeimman tarjouksen, "
                "1 050 000 euroa, teki Torikulma Invest Oy. Ulkopuolisen arvioijan 15.11.2024 tekemän arvion "
                "mukaan osakkeiden käypä arvo on 0,95–1,15 miljoonaa euroa."
            ),
            Para(
                "Hallintosäännön 24 §:n mukaan kiinteistöjen ja osakkeiden myynnistä päättää kaupunginvaltuusto, "
                "kun kauppahinta ylittää 500 000 euroa."
            ),
            Proposal(
                KJ,
                [
                    "Kaupunginhallitus esittää kaupunginvaltuustolle, että se päättää myydä kaupungin omistamat "
                    "Kiinteistö Oy Järvelän Torikulman osakkeet Torikulma Invest Oy:lle 1 050 000 euron "
                    "kauppahintaan ja valtuuttaa kaupunginjohtajan allekirjoittamaan kauppakirjan sekä tekemään "
                    "siihen tarvittaessa vähäisiä teknisiä muutoksia."
                ],
            ),
            Decision(
                [
                    "Keskustelun kuluessa Juha Peltonen ehdotti Pekka Raution kannattamana, että osakkeita ei myydä, "
                    "vaan kaupunginhallitus pyytää kaupunginjohtajaa valmistelemaan Torikulman korjaushankkeen ja "
                    "vuokrausohjelman, jonka tavoitteena on nostaa tilojen käyttöaste vähintään 85 prosenttiin "
                    "vuoden 2027 loppuun mennessä.",
                    "Puheenjohtaja totesi, että koska oli tehty esittelijän ehdotuksesta poikkeava kannatettu "
                    "ehdotus, asiasta on äänestettävä. Puheenjohtaja ehdotti, että äänestys toimitetaan "
                    "nimenhuutoäänestyksenä ja että esittelijän ehdotusta kannattavat äänestävät jaa ja Peltosen "
                    "ehdotusta kannattavat ei. Äänestystapa ja äänestysjärjestys hyväksyttiin.",
                    "Äänestyksessä annettiin 7 jaa-ääntä ja 4 ei-ääntä. Jaa äänestivät Kari Hämäläinen, Eeva "
                    "Järvinen, Timo Lindqvist, Marja Koivisto, Olli Kettunen, Heli Saarinen ja Riikka Vainio. Ei "
                    "äänestivät Juha Peltonen, Sari Honkanen, Pekka Rautio ja Ville Manninen.",
                    "Puheenjohtaja totesi, että kaupunginhallitus on äänin 7–4 hyväksynyt esittelijän ehdotuksen.",
                    "Juha Peltonen jätti päätöksestä eriävän mielipiteen.",
                ]
            ),
        ],
    ),
    Item(
        36,
        "Henkilöstöohjelma 2025–2027",
        case_id="JÄRDno-2025-19",
        blocks=[
            Preparers(["Satu Lehto, henkilöstöpäällikkö, satu.lehto@jarvela.fi"]),
            Attachments(["1 Henkilöstöohjelma 2025–2027, luonnos 28.2.2025"]),
            Para(
                "Henkilöstöohjelma toteuttaa kaupunkistrategiaa henkilöstön osalta. Edellinen ohjelma koski "
                "vuosia 2021–2024. Uusi ohjelma on valmisteltu työryhmässä, jossa olivat mukana kaikki "
                "palvelualueet ja henkilöstöjärjestöjen edustajat. Ohjelmassa on neljä painopistettä:"
            ),
            Bullets(
                [
                    "osaava ja riittävä henkilöstö",
                    "hyvä ja yhdenmukainen esihenkilötyö",
                    "työhyvinvointi ja työkyvyn tukeminen",
                    "kannustava palkitseminen.",
                ]
            ),
            Para(
                "Kullekin painopisteelle on asetettu mitattavat tavoitteet. Esimerkiksi sairauspoissaolojen "
                "määrä pyritään laskemaan 14 päivästä 11 päivään henkilötyövuotta kohden vuoteen 2027 mennessä. "
                "Ohjelman luonnos on käsitelty yhteistoimintaelimessä 4.3.2025."
            ),
            Proposal(KJ, ["Kaupunginhallitus hyväksyy henkilöstöohjelman 2025–2027 liitteen mukaisena."]),
            Decision(
                [
                    "Keskustelun kuluessa Pekka Rautio ehdotti Ville Mannisen kannattamana, että asia pannaan "
                    "pöydälle seuraavaan kokoukseen, jotta ohjelmaan voidaan liittää arvio palkitsemista koskevien "
                    "muutosten kustannusvaikutuksista. Kaupunginhallitus hyväksyi pöydällepanoehdotuksen "
                    "yksimielisesti.",
                    "Asia pantiin pöydälle.",
                ]
            ),
        ],
    ),
    Item(
        37,
        "Kyläyhdistysten toiminta-avustukset vuodelle 2025",
        case_id="JÄRDno-2025-63",
        blocks=[
            Preparers(["Sanna Laaksonen, hyvinvointikoordinaattori, sanna.laaksonen@jarvela.fi"]),
            Para(
                "Vuoden 2025 talousarvioon on varattu 24 000 euroa rekisteröityjen kyläyhdistysten "
                "toiminta-avustuksiin. Avustukset olivat haettavina 7.1.–7.2.2025. Määräaikaan mennessä "
                "hakemuksen jätti yhdeksän yhdistystä, ja haettu summa oli yhteensä 31 350 euroa. Avustukset "
                "on jaettu kaupunginhallituksen 14.11.2022 hyväksymien avustusperiaatteiden mukaisesti, joissa "
                "painotetaan avointa kylätoimintaa, kylätalojen ylläpitoa ja vapaaehtoistyötä."
            ),
            Para("Avustuksia esitetään myönnettäväksi seuraavasti:"),
            Bullets(
                [
                    "Haapamäen kyläyhdistys ry 3 200 euroa",
                    "Koivuniemen kyläyhdistys ry 2 500 euroa",
                    "Kuusirannan kyläseura ry 2 800 euroa",
                    "Lampelan kylätoimikunta ry 1 600 euroa",
                    "Mäntyjärven kyläyhdistys ry 3 000 euroa",
                    "Pajulahden kyläyhdistys ry 2 400 euroa",
                    "Rimmilän kyläyhdistys ry 2 100 euroa",
                    "Salokylän kyläseura ry 2 900 euroa",
                    "Vuorenkylän nuorisoseura ry 2 000 euroa",
                ]
            ),
            Proposal(
                KJ,
                [
                    "Kaupunginhallitus myöntää kyläyhdistysten toiminta-avustukset vuodelle 2025 edellä esitetyn "
                    "jaon mukaisesti, yhteensä 22 500 euroa. Jäljelle jäävät 1 500 euroa jätetään varaukseksi "
                    "syksyn kylätapahtumien tukemiseen."
                ],
            ),
            Decision(
                [
                    "Keskustelun kuluessa Heli Saarinen ehdotti Marja Koiviston kannattamana, että Koivuniemen "
                    "kyläyhdistys ry:lle myönnetään kylätalon esteettömyyskorjauksen vuoksi 3 500 euroa ja että "
                    "korotus katetaan varauksesta. Kaupunginjohtaja muutti ehdotustaan Saarisen ehdotuksen mukaiseksi.",
                    "Kaupunginhallitus hyväksyi ehdotuksen sillä muutoksella, että Koivuniemen kyläyhdistys ry:lle "
                    "myönnetään 2 500 euron sijasta 3 500 euroa. Avustuksia myönnetään näin yhteensä 23 500 euroa, "
                    "ja varaukseksi jää 500 euroa.",
                ]
            ),
        ],
    ),
]

KH_NO_APPEAL = "§31, §32, §34, §35, §36"
KH_RECTIFICATION = "§33, §37"


class CloudNC:
    """Layout of CloudNC/CaseM minutes: labels at x=57, text column at x=122."""

    LABEL_X = 57
    TEXT_X = 122
    RIGHT = 540
    LINE = 14.5
    PARA_GAP = 7.5

    def __init__(self) -> None:
        self.flow = Flow(top=150, bottom=800, line=self.LINE)

    @property
    def text_width(self) -> float:
        return self.RIGHT - self.TEXT_X

    def para(self, text: str, x: float | None = None) -> None:
        x = self.TEXT_X if x is None else x
        self.flow.para(x, text, self.RIGHT - x, after=self.PARA_GAP)

    def bold_label(self, text: str, x: float | None = None) -> None:
        self.flow.ensure(3)  # keep a label with the first lines under it
        self.flow.put(self.TEXT_X if x is None else x, text, bold=True)
        self.flow.y += self.LINE

    # -- pages before the items -------------------------------------------------------

    def cover(self, meeting: dict, items: list[Item]) -> None:
        f = self.flow
        for label, value in (("Aika", meeting["time"]), ("Paikka", meeting["place"])):
            f.put(self.LABEL_X, label)
            f.put(self.TEXT_X, value)
            f.y += 23
        f.put(self.LABEL_X, "Käsitellyt asiat", bold=True)
        f.y += 23
        for item in items:
            lines = wrap(item.title, self.text_width, bold=True)
            # A wrapped title has its "§" centred between the two lines, as CloudNC does.
            middle = f.y + (len(lines) - 1) * 15 / 2
            f.put(self.LABEL_X, f"§ {item.number}", bold=True, y=middle)
            for line in lines:
                f.put(self.TEXT_X, line, bold=True)
                f.y += 15
            f.y += 8.5

    def attendance(self, meeting: dict) -> None:
        f = self.flow
        f.new_page()
        groups = (
            ("Saapuvilla olleet jäsenet", KH_MEMBERS),
            ("Muut saapuvilla olleet", KH_OTHERS),
            ("Poissa", KH_ABSENT),
        )
        for label, names in groups:
            f.put(self.LABEL_X, label)
            f.y += self.LINE
            for name in names:
                f.put(self.TEXT_X, name)
                f.y += self.LINE
            f.y += 8.5
        f.put(self.LABEL_X, "Allekirjoitukset")
        f.y += 55
        self.signatures(("Kari Hämäläinen", "Puheenjohtaja"), ("Laura Mäkelä", "Sihteeri"))
        f.y += 10
        f.put(self.LABEL_X, "Pöytäkirja on allekirjoitettu sähköisesti 19.03.2025.", size=10)
        f.y += 30
        f.put(self.LABEL_X, "Pöytäkirjan tarkastus")
        f.y += self.LINE
        f.put(self.TEXT_X, "Olemme tarkastaneet pöytäkirjan ja todenneet sen kokouksen kulun mukaiseksi.")
        f.y += 26
        f.put(self.TEXT_X, "19.03.2025")
        f.put(344, "19.03.2025")
        f.y += 50
        self.signatures(("Olli Kettunen", "Pöytäkirjantarkastaja"), ("Heli Saarinen", "Pöytäkirjantarkastaja"))
        f.y += 12
        f.put(self.LABEL_X, "Pöytäkirjan nähtävänäolo")
        f.y += self.LINE
        f.put(self.TEXT_X, "Järvelän kaupungin verkkosivuilla 20.03.2025")

    def signatures(self, left: tuple[str, str], right: tuple[str, str]) -> None:
        """Two signers side by side; name and role share their x position."""
        f = self.flow
        for (name, role), x in ((left, self.TEXT_X), (right, 344)):
            f.put(x, name)
            f.put(x, role, y=f.y + self.LINE)
        f.y += 2 * self.LINE

    # -- items --------------------------------------------------------------------------

    def item(self, item: Item) -> None:
        f = self.flow
        f.new_page()
        for line in item.index:
            f.put(self.LABEL_X, line, bold=True)
            f.y += 15
        if item.index:
            f.y += 8
        f.put(self.LABEL_X, f"§ {item.number}", bold=True)
        f.y += 15
        for line in wrap(item.title, self.RIGHT - self.LABEL_X, bold=True):
            f.put(self.LABEL_X, line, bold=True)
            f.y += 15
        if item.case_id:
            f.y += 11
            f.put(self.LABEL_X, item.case_id)
            f.y += 34
        else:
            f.y += 19
        if item.blocks and isinstance(item.blocks[0], Handling):
            f.y -= 24  # a handling line right under the heading sits closer than other blocks
        for block in item.blocks:
            self.block(block)

    def block(self, block) -> None:
        f = self.flow
        match block:
            case Handling(text):
                f.gap(16)
                f.ensure(4)
                f.put(self.LABEL_X, text, bold=True)
                f.y += 24
            case Preparers(persons):
                f.ensure(3)
                label = "Valmistelija / lisätiedot:" if len(persons) == 1 else "Valmistelijat / lisätiedot:"
                f.put(self.TEXT_X, label)
                f.y += 29
                for person in persons:
                    f.put(self.TEXT_X, person)
                    f.y += self.LINE
                f.gap(8.5)
            case Attachments(titles):
                f.ensure(2)
                f.put(self.LABEL_X, "Liitteet")
                f.y += self.LINE  # CloudNC puts the first attachment on the line below the label
                for title in titles:
                    for line in wrap(title, self.text_width):
                        f.put(self.TEXT_X, line)
                        f.y += self.LINE
                f.gap(12)
            case Para(text):
                self.para(text)
            case Bullets(items):
                for entry in items:
                    f.ensure(1)
                    f.put(self.TEXT_X + 4, "•")
                    f.lines(self.TEXT_X + 18, wrap(entry, self.text_width - 18))
                f.gap(self.PARA_GAP)
            case Table(header, rows):
                self.table(header, rows)
            case Proposal(presenter, paras):
                f.gap(2)
                f.ensure(4)
                self.bold_label("Ehdotus")
                f.put(self.TEXT_X, f"Esittelijä: {presenter}")
                f.y += 27
                for text in paras:
                    self.para(text)
            case Decision(paras):
                f.gap(1)
                self.bold_label("Päätös")
                for text in paras:
                    self.para(text)

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        """A ruled table: a text column and three right-aligned number columns.

        A first cell that does not fit is wrapped and the numbers of that row are centred
        vertically between its lines, so they do not share a baseline with either line.
        """
        f = self.flow
        first_width = 150
        rights = [350, 460, 535]
        left, right = self.TEXT_X, self.RIGHT
        f.ensure(len(rows) * 2 + 2)
        f.sheet.rules.append((left, f.y - 12, right, f.y - 12))
        all_rows = [header, *rows]
        for row_no, row in enumerate(all_rows):
            first = wrap(row[0], first_width)
            middle = f.y + (len(first) - 1) * self.LINE / 2
            for line in first:
                f.put(left + 3, line, bold=row_no == 0)
                f.y += self.LINE
            for cell, edge in zip(row[1:], rights, strict=True):
                f.put(edge - text_width(cell, bold=row_no == 0), cell, bold=row_no == 0, y=middle)
            rule_y = f.y - 10
            f.sheet.rules.append((left, rule_y, right, rule_y))
            f.y += 5
        f.gap(14)

    # -- appendix -----------------------------------------------------------------------

    def appeal(self) -> None:
        f = self.flow
        f.new_page()
        f.put(self.LABEL_X, "Muutoksenhakukielto", bold=True)
        f.y += 15
        f.put(self.TEXT_X, KH_NO_APPEAL)
        f.y += 23
        f.put(self.LABEL_X, "Muutoksenhakukielto", bold=True)
        f.put(self.TEXT_X, "Oikaisuvaatimus- ja valituskielto", bold=True)
        f.y += 22
        for text in (
            "Näihin päätöksiin ei saa hakea muutosta oikaisuvaatimuksella eikä kunnallisvalituksella, koska ne "
            "koskevat vain asian valmistelua tai täytäntöönpanoa. (Kuntalaki 136 §)",
            "Pöydälle pantua tai uudelleen valmisteltavaksi palautettua asiaa koskevaan päätökseen ei saa hakea "
            "muutosta.",
        ):
            self.para(text, x=150)
        f.gap(10)
        f.put(self.LABEL_X, "Oikaisuvaatimus", bold=True)
        f.y += 15
        f.put(self.TEXT_X, KH_RECTIFICATION)
        f.y += 23
        f.put(self.LABEL_X, "Oikaisuvaatimusohje", bold=True)
        f.put(self.TEXT_X, "Muutoksenhakuohje Oikaisuvaatimus", bold=True)
        f.y += 29
        for text in (
            "Päätökseen tyytymätön voi tehdä siitä kirjallisen oikaisuvaatimuksen Järvelän "
            "kaupunginhallitukselle. Oikaisuvaatimuksen voi tehdä se, johon päätös on kohdistettu tai jonka "
            "oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa (asianosainen), sekä kunnan "
            "jäsen.",
            "Oikaisuvaatimus on toimitettava 14 päivän kuluessa päätöksen tiedoksisaannista. Kunnan jäsenen "
            "katsotaan saaneen päätöksestä tiedon seitsemän päivän kuluttua siitä, kun pöytäkirja on "
            "julkaistu kaupungin verkkosivuilla.",
            "Oikaisuvaatimuksessa on ilmoitettava päätös, johon haetaan oikaisua, miten päätöstä halutaan "
            "oikaistavaksi ja millä perusteella, sekä tekijän nimi ja yhteystiedot.",
        ):
            self.para(text)
        f.gap(6)
        self.bold_label("Oikaisuvaatimuksen toimittaminen")
        for line in (
            "Järvelän kaupunginhallitus",
            "Käyntiosoite: Kauppakatu 12, Järvelä",
            "Postiosoite: PL 20, 43170 Järvelä",
            "Sähköposti: kirjaamo@jarvela.fi",
            "Kirjaamo on avoinna arkisin klo 9.00–15.00.",
        ):
            f.put(self.TEXT_X, line)
            f.y += self.LINE

    def add_headers(self, meeting: dict) -> None:
        total = len(self.flow.sheets)
        for number, sheet in enumerate(self.flow.sheets, start=1):
            sheet.header = [
                Span(131, 32, meeting["org"], bold=True),
                Span(346, 32, "Pöytäkirja", bold=True),
                Span(451, 32, meeting["number"]),
                Span(508, 32, f"{number} ({total})"),
                Span(131, 47, meeting["body"]),
                Span(346, 47, meeting["date"]),
            ]
            # Alternate the order so that both "header first" and "header last" occur.
            sheet.header_first = number % 2 == 1


def build_kaupunginhallitus() -> list[Sheet]:
    layout = CloudNC()
    layout.cover(KH_MEETING, KH_ITEMS)
    layout.attendance(KH_MEETING)
    for item in KH_ITEMS:
        layout.item(item)
    layout.appeal()
    layout.add_headers(KH_MEETING)
    return layout.flow.sheets


# --------------------------------------------------------------------------------------
# 2. Tweb single-item PDF with a label column: Järvelän kaupunki, Tarkastuslautakunta
# --------------------------------------------------------------------------------------

# Each row: (caption lines, value paragraphs, value starts on the line below the caption).
TWEB_TITLE = "Selvitys talouden tasapainottamisohjelman toteutumisesta"
TWEB_ROWS: list[tuple[list[str], list[str], bool]] = [
    (["Dno"], ["JÄR/148/02.02.02/2025"], False),
    (["Päätöshistoria"], ["Tarkastuslautakunta 20.1.2025 § 5"], False),
    (
        ["Tiivistelmä"],
        [
            "Tarkastuslautakunta pyysi 20.1.2025 kaupunginhallitukselta selvityksen talouden "
            "tasapainottamisohjelman toteutumisesta vuonna 2024. Vs. kaupunginjohtaja esittelee selvityksen "
            "kokouksessa."
        ],
        False,
    ),
    (
        ["Esittelyteksti"],
        [
            "Kaupunginvaltuusto hyväksyi 13.6.2023 § 41 talouden tasapainottamisohjelman vuosille 2024–2026. "
            "Ohjelman tavoitteena on parantaa kaupungin taloutta yhteensä 3,2 miljoonalla eurolla vuoteen 2026 "
            "mennessä, josta 1,4 miljoonaa euroa vuonna 2024.",
            "Tarkastuslautakunta käsitteli ohjelman toteutumista 20.1.2025 § 5 osana vuoden 2024 arviointia ja "
            "päätti pyytää kaupunginhallitukselta kirjallisen selvityksen toimenpiteiden toteutumisesta, "
            "toteutumatta jääneiden toimenpiteiden syistä sekä siitä, miten puuttuvat säästöt katetaan vuosina "
            "2025–2026.",
            "Selvityksen mukaan vuoden 2024 tavoitteesta toteutui 1,06 miljoonaa euroa eli noin 76 prosenttia. "
            "Suurimmat toteutuneet toimenpiteet olivat:",
            "– toimitilojen käytön tehostaminen ja kahdesta vuokratilasta luopuminen (310 000 euroa)\n"
            "– hankintojen keskittäminen ja kilpailuttaminen (265 000 euroa)\n"
            "– henkilöstön luonnollisen poistuman hyödyntäminen (240 000 euroa)\n"
            "– maksujen ja taksojen tarkistaminen (180 000 euroa).",
            "Toteutumatta jäi erityisesti kiinteistöjen myyntiin liittyvä 250 000 euron tavoite, koska "
            "Kiinteistö Oy Järvelän Torikulman osakkeiden myynti siirtyi vuodelle 2025. Myös ruokapalvelujen "
            "uudelleenjärjestelyn säästö jäi arvioitua pienemmäksi, koska kahden valmistuskeittiön "
            "yhdistäminen viivästyi laitehankintojen vuoksi.",
            "Kaupunginhallitus on hyväksynyt selvityksen 10.2.2025 § 14. Puuttuva 340 000 euron säästö "
            "katetaan vuonna 2025 osakkeiden myynnillä ja ruokapalvelujen toimipisteverkon tarkistamisella. "
            "Jos osakkeiden myynti ei toteudu, kaupunginhallitus valmistelee korvaavat toimenpiteet "
            "kesäkuun 2025 loppuun mennessä.",
            "Vs. kaupunginjohtaja Laura Mäkelä ja talousjohtaja Anne Heikkilä esittelevät selvityksen "
            "kokouksessa ja vastaavat lautakunnan kysymyksiin.",
        ],
        True,
    ),
    (
        ["Liitteet"],
        [
            "1 Talouden tasapainottamisohjelman toimenpiteiden toteutumisraportti 31.12.2024, "
            "kaupunginhallituksen hyväksymä versio\n"
            "2 Kaupunginhallituksen selvitys tarkastuslautakunnalle 10.2.2025"
        ],
        False,
    ),
    (["Oheismateriaali"], ["Tilinpäätösennuste 2024, talouspalvelut 31.1.2025"], False),
    (["Esittelijä"], ["Vs. kaupunginjohtaja Laura Mäkelä"], False),
    (
        ["Päätösesitys"],
        [
            "Tarkastuslautakunta merkitsee selvityksen tiedoksi ja ottaa sen huomioon vuoden 2024 "
            "arviointikertomuksen valmistelussa."
        ],
        False,
    ),
    (
        ["Päätös"],
        [
            "Vs. kaupunginjohtaja Laura Mäkelä ja talousjohtaja Anne Heikkilä olivat kuultavina tämän asian "
            "käsittelyn aikana klo 16.10–16.55.",
            "Tarkastuslautakunta merkitsi selvityksen tiedoksi ja päätti, että arviointikertomuksessa seurataan "
            "erityisesti kiinteistöjen myyntiin liittyvän tavoitteen toteutumista.",
        ],
        False,
    ),
    (
        ["Valmistelijat/", "Lisätietojen", "antaja"],
        [
            # Hard line breaks after each person, as typed in the Word template.
            "talousjohtaja Anne Heikkilä puh. 044 512 3380,\ncontroller Jussi Kangas puh. 044 512 3392 ja\n"
            "tarkastussihteeri Minna Pulkkinen puh. 040 718 2245"
        ],
        False,
    ),
    (
        ["Täytäntöönpano-", "tiedot"],
        ["Ote: kaupunginhallitus, talousjohtaja\nEi muutoksenhakuoikeutta"],
        False,
    ),
]


class TwebItem:
    """Layout of a Tweb item PDF: bold captions at x=57, values at x=187 on the same baseline."""

    CAPTION_X = 57
    VALUE_X = 187
    RIGHT = 537
    LINE = 13.4

    def __init__(self) -> None:
        # The first page starts lower because of the title; later pages start at y=142.
        self.flow = Flow(top=142, bottom=770, line=self.LINE)

    def title(self, text: str) -> None:
        self.flow.y = 115
        self.flow.lines(self.VALUE_X, wrap(text, self.RIGHT - self.VALUE_X, bold=True), bold=True)
        self.flow.y += self.LINE

    def row(self, caption: list[str], values: list[str], value_below: bool) -> None:
        f = self.flow
        f.ensure(max(len(caption), 2))
        start = f.y
        for n, line in enumerate(caption):
            f.put(self.CAPTION_X, line, bold=True, y=start + n * self.LINE)
        caption_end = start + len(caption) * self.LINE
        if value_below:
            f.y = start + 2 * self.LINE
        for n, text in enumerate(values):
            if n:
                f.y += self.LINE  # an empty line between paragraphs
            f.lines(self.VALUE_X, wrap(text, self.RIGHT - self.VALUE_X), keep=1)
        f.y = max(f.y, caption_end) + self.LINE

    def add_headers(self) -> None:
        total = len(self.flow.sheets)
        for number, sheet in enumerate(self.flow.sheets, start=1):
            sheet.header = [
                Span(57, 46, "Järvelän kaupunki", bold=True),
                Span(316, 46, "Pöytäkirja"),
                Span(490, 46, f"{number} ({total})"),
                Span(57, 60, "Tarkastuslautakunta"),
                Span(316, 60, "17.02.2025"),
                Span(490, 60, "§ 9"),
            ]
            sheet.header_first = number == 1


def build_tarkastuslautakunta() -> list[Sheet]:
    layout = TwebItem()
    layout.title(TWEB_TITLE)
    for caption, values, below in TWEB_ROWS:
        layout.row(caption, values, below)
    layout.add_headers()
    return layout.flow.sheets


# --------------------------------------------------------------------------------------
# 3. Tweb/iText full minutes in Swedish: Strandby stad, Stadsstyrelsen 4/2025
# --------------------------------------------------------------------------------------

SS_MEETING = {
    "org": "Strandby stad",
    "body": "Stadsstyrelsen",
    "number": "4/2025",
    "date": "7.4.2025",
    "time": "7.4.2025 kl. 18.00 – 19.30",
    "place": "Stadshuset, sammanträdesrummet Tornet",
}

# (ordinary member, deputy), "[X]" = present
SS_GRID = [
    ("[X] Forsström Mats, ordförande", "[  ] Lindén Oskar"),
    ("[X] Nyholm Ulla, viceordförande", "[  ] Mattsson Eva"),
    ("[X] Österberg Kjell", "[  ] Wikman Tore"),
    ("[X] Ehrström Maria", "[  ] Nylund Annika"),
    ("[X] Sandvik Johan", "[  ] Kronberg Leif"),
    ("[X] Storm Anna-Lena", "[  ] Hellman Jessica"),
    ("[X] Rönnqvist Niklas", "[  ] Åström Daniel"),
    ("[X] Hägg Sofia", "[  ] Björkqvist Lotta"),
    ("[  ] Backlund Jonas", "[X] Granlund Petra"),
]
SS_OTHERS = [
    "Holmström Lars, fullmäktiges ordförande",
    "Sundqvist Henrik, stadsdirektör, föredragande",
    "Back Camilla, förvaltningsdirektör, protokollförare",
    "Grankvist Peter, ekonomichef, 43 §",
]

SIGNED_NOTE = "Elektroniskt undertecknat dokument / Sähköisesti allekirjoitettu asiakirja"
SD_PROPOSAL = "Stadsdirektörens förslag:"
SS_DECISION = "Stadsstyrelsens beslut:"


@dataclass
class SvItem:
    number: int
    title: str
    blocks: list[tuple]  # made by the small functions below
    case_id: str = ""


# Blocks of a Swedish item, as (kind, ...) tuples read by Itext.block().
def p(text: str) -> tuple:
    """A paragraph in the text column."""
    return ("p", text)


def labelled(name: str, value: str) -> tuple:
    """A label such as "Beredning:" at the left, its value on the same baseline in the text column."""
    return ("label", name, value)


def plain(text: str) -> tuple:
    """A line at the left margin, e.g. "Tidigare behandling:"."""
    return ("plain", text)


def handling(text: str) -> tuple:
    """A handling line opening a block: "Bildningsnämnden 18.3.2025, 13 §"."""
    return ("handling", text)


def role(text: str) -> tuple:
    """A bold role label: "Stadsdirektörens förslag:"."""
    return ("role", text)


def rule() -> tuple:
    """The "______" line that closes a proposal or a decision."""
    return ("rule",)


def gap() -> tuple:
    return ("gap",)


def bullet_list(entries: list[str]) -> tuple:
    return ("list", entries)


SS_ITEMS = [
    SvItem(
        41,
        "Sammanträdets laglighet och beslutförhet",
        [
            p(
                "Ordföranden förklarar sammanträdet öppnat. Stadsstyrelsen ska konstatera att kallelsen har "
                "skickats i rätt tid och att tillräckligt många ledamöter är närvarande."
            ),
            p(
                "Kallelsen och föredragningslistan har publicerats i det elektroniska mötessystemet 2.4.2025. "
                "Stadsstyrelsen är beslutför när mer än hälften av ledamöterna är närvarande."
            ),
            rule(),
            role(SS_DECISION),
            p("Sammanträdet konstaterades vara lagenligt sammankallat och stadsstyrelsen beslutför."),
            rule(),
        ],
    ),
    SvItem(
        42,
        "Val av protokolljusterare",
        [
            p(
                "Enligt turordningen justeras protokollet denna gång av Maria Ehrström och Johan Sandvik. "
                "Närmast på tur står Anna-Lena Storm och Niklas Rönnqvist."
            ),
            role(SD_PROPOSAL),
            p(
                "Stadsstyrelsen väljer två ledamöter att justera protokollet. Justeringen görs elektroniskt och "
                "ska vara klar 9.4.2025 kl. 16.00."
            ),
            role(SS_DECISION),
            p(
                "Stadsstyrelsen valde Maria Ehrström och Johan Sandvik att justera protokollet. Justeringen "
                "görs elektroniskt och ska vara klar 9.4.2025 kl. 16.00."
            ),
            rule(),
        ],
    ),
    SvItem(
        43,
        "Stadens bokslut för 2024",
        case_id="STRBY/96/02.06.01/2025",
        blocks=[
            labelled("Beredning:", "ekonomichef Peter Grankvist"),
            p(
                "Enligt kommunallagen ska stadsstyrelsen göra upp bokslut för räkenskapsperioden före utgången "
                "av mars följande år och överlämna det till revisorerna. Bokslutet består av balansräkning, "
                "resultaträkning, finansieringsanalys och noter till dessa, en budgetutfallsjämförelse samt "
                "verksamhetsberättelsen."
            ),
            p(
                "Stadens verksamhetsintäkter uppgick 2024 till 9,84 miljoner euro och verksamhetskostnaderna "
                "till 58,21 miljoner euro. Skatteinkomsterna ökade med 4,1 procent till 32,10 miljoner euro, "
                "och statsandelarna uppgick till 18,95 miljoner euro. Årsbidraget var 2,56 miljoner euro, "
                "vilket räckte till för avskrivningarna på 2,31 miljoner euro."
            ),
            p(
                "Räkenskapsperiodens resultat blev 254 000 euro, medan budgeten förutsåg ett underskott på "
                "410 000 euro. Förbättringen beror främst på högre skatteinkomster och på att lönekostnaderna "
                "inom småbarnspedagogiken blev lägre än beräknat på grund av vakanser."
            ),
            p(
                "Investeringarna uppgick till 3,92 miljoner euro. De största projekten var renoveringen av "
                "Kvarnbackens skola och utbyggnaden av vattenledningen till Norrby. Lånestocken ökade med "
                "1,2 miljoner euro och var vid årets slut 41,6 miljoner euro, eller 5 170 euro per invånare."
            ),
            p(
                "Stadsstyrelsen föreslår att räkenskapsperiodens överskott överförs till det egna kapitalet "
                "och att ingen avskrivningsdifferens eller reserv görs."
            ),
            labelled("Bilaga", "Resultaträkning 2024"),
            role(SD_PROPOSAL),
            p(
                "Stadsstyrelsen godkänner bokslutet för 2024, undertecknar det och överlämnar det till "
                "revisorerna för granskning. Stadsstyrelsen föreslår för fullmäktige att räkenskapsperiodens "
                "överskott, 254 118,36 euro, överförs till kontot för över- och underskott från tidigare "
                "räkenskapsperioder."
            ),
            rule(),
            role(SS_DECISION),
            p(
                "Ekonomichef Peter Grankvist presenterade bokslutet. Stadsstyrelsen beslöt i enlighet med "
                "stadsdirektörens förslag."
            ),
            p("Grankvist avlägsnade sig från mötet efter behandlingen av ärendet kl. 18.50."),
            rule(),
        ],
    ),
    SvItem(
        44,
        "Tillfällig daghemsavdelning i Västerby, tilläggsanslag och nya befattningar",
        case_id="STRBY/131/12.00.01/2025",
        blocks=[
            plain("Tidigare behandling:"),
            plain("Bildningsnämnden 18.3.2025, 13 §"),
            gap(),
            handling("Bildningsnämnden 18.3.2025, 13 §"),
            labelled("Beredning:", "chef för småbarnspedagogik Nina Granholm"),
            p(
                "Efterfrågan på platser inom småbarnspedagogiken i Västerby har ökat sedan hösten 2024. I mars "
                "2025 väntade 14 barn på plats i Västerby daghem, och enligt ansökningarna behöver ytterligare "
                "nio barn plats till augusti."
            ),
            p(
                "Två alternativ har utretts. I alternativ A hyrs en paviljong med plats för 21 barn vid Västerby "
                "daghem. Hyran är 5 600 euro i månaden, och avdelningen kräver två nya befattningar som "
                "barnskötare. I alternativ B inrättas avdelningen i de lediga lokalerna i Norrby skola, sex "
                "kilometer från Västerby. Alternativ B är cirka 40 000 euro förmånligare per år men förutsätter "
                "skjuts för en del av barnen."
            ),
            labelled("Bilaga", "Kostnadsjämförelse av alternativen"),
            role("Bildningsdirektörens förslag:"),
            p(
                "Bildningsnämnden föreslår för stadsstyrelsen att en tillfällig avdelning med 21 platser "
                "inrättas i en hyrd paviljong vid Västerby daghem från 1.8.2025 (alternativ A), att två "
                "befattningar som barnskötare inrättas och att ett tilläggsanslag om 74 000 euro för 2025 "
                "föreslås för fullmäktige."
            ),
            role("Bildningsnämndens beslut:"),
            p(
                "Under diskussionen föreslog Tomas Strand, understödd av Hanna Vikström, att avdelningen "
                "inrättas i Norrby skola (alternativ B). Efter omröstning med rösterna 6–3 beslutade nämnden "
                "i enlighet med bildningsdirektörens förslag. Tomas Strand anmälde avvikande mening."
            ),
            rule(),
            gap(),
            handling("Stadsstyrelsen 7.4.2025, 44 §"),
            labelled("Beredning:", "förvaltningsdirektör Camilla Back"),
            p(
                "Paviljongen kan hyras för två år med möjlighet till förlängning med ett år. Kostnaderna för "
                "2025 är 28 000 euro för hyra och 46 000 euro för personal, sammanlagt 74 000 euro. Från och "
                "med 2026 är de årliga kostnaderna cirka 178 000 euro och ska beaktas i budgeten."
            ),
            p(
                "Befattningarna inrättas av stadsstyrelsen enligt förvaltningsstadgan 38 §, medan "
                "tilläggsanslaget beviljas av fullmäktige."
            ),
            role(SD_PROPOSAL),
            p(
                "Stadsstyrelsen inrättar två befattningar som barnskötare inom småbarnspedagogiken från "
                "1.8.2025 och föreslår för fullmäktige att ett tilläggsanslag om 74 000 euro beviljas "
                "bildningsnämnden för 2025 för en tillfällig avdelning vid Västerby daghem."
            ),
            rule(),
            role(SS_DECISION),
            p("Stadsstyrelsen beslöt i enlighet med stadsdirektörens förslag."),
            rule(),
        ],
    ),
    SvItem(
        45,
        "Anhållan om kommunal borgen för Strandby Bostäder Ab",
        case_id="STRBY/117/02.05.05/2025",
        blocks=[
            labelled("Beredning:", "ekonomichef Peter Grankvist"),
            p(
                "Strandby Bostäder Ab, som helägs av staden, anhåller om stadens proprieborgen för ett lån på "
                "1 800 000 euro. Lånet används för grundrenovering av bostadshuset på Sjögatan 9, som har 32 "
                "hyresbostäder och stod färdigt 1979. Lånetiden är 25 år."
            ),
            p(
                "Bolaget betalar staden en borgensavgift på 0,5 procent per år på lånets kapital. Stadens "
                "borgensansvar för bolagets lån var vid utgången av 2024 sammanlagt 14,3 miljoner euro."
            ),
            role(SD_PROPOSAL),
            p(
                "Stadsstyrelsen föreslår för fullmäktige att staden beviljar Strandby Bostäder Ab "
                "proprieborgen för ett lån på högst 1 800 000 euro jämte räntor och kostnader för "
                "grundrenoveringen av Sjögatan 9, mot en borgensavgift på 0,5 procent per år."
            ),
            rule(),
            role(SS_DECISION),
            p("Stadsstyrelsen beslöt i enlighet med stadsdirektörens förslag."),
            p("Johan Sandvik anmälde jäv (ledamot i bolagets styrelse) och deltog inte i behandlingen av ärendet."),
            rule(),
        ],
    ),
    SvItem(
        46,
        "Anmälningsärenden",
        [
            p("Följande beslut och handlingar delges stadsstyrelsen för kännedom:"),
            bullet_list(
                [
                    "Stadsdirektörens tjänsteinnehavarbeslut 12.3.2025, 9 §: Anställning av planeringschef",
                    "Förvaltningsdirektörens tjänsteinnehavarbeslut 20.3.2025, 4 §: Arkivplan för 2025",
                    "Protokoll från Strandby Vatten Ab:s bolagsstämma 14.3.2025",
                    "Regionförvaltningsverkets beslut 24.3.2025 om statsunderstöd för ungdomsverkstaden",
                ]
            ),
            role(SD_PROPOSAL),
            p(
                "Stadsstyrelsen antecknar ärendena för kännedom och konstaterar att den inte tar upp "
                "tjänsteinnehavarbesluten till behandling."
            ),
            role(SS_DECISION),
            p("Stadsstyrelsen antecknade ärendena för kännedom."),
            rule(),
        ],
    ),
]

SS_APPENDIX_ROWS = [
    ("Verksamhetsintäkter", "9 412", "9 630", "9 840"),
    ("Verksamhetskostnader", "-56 870", "-58 950", "-58 210"),
    ("Verksamhetsbidrag", "-47 458", "-49 320", "-48 370"),
    ("Skatteinkomster", "30 840", "31 700", "32 100"),
    ("Statsandelar", "18 210", "18 950", "18 950"),
    ("Finansiella intäkter och kostnader", "-95", "-140", "-120"),
    ("Årsbidrag", "1 497", "1 190", "2 560"),
    ("Avskrivningar och nedskrivningar", "-2 260", "-1 600", "-2 306"),
    ("Räkenskapsperiodens resultat", "-763", "-410", "254"),
]


class Itext:
    """Layout of Tweb minutes printed by iText: labels at x=71, text at x=135."""

    LABEL_X = 71
    TEXT_X = 135
    RIGHT = 525
    LINE = 14.6

    def __init__(self, meeting: dict) -> None:
        self.meeting = meeting
        self.flow = Flow(top=132, bottom=780, line=self.LINE)
        self.first_item_sheet = 0  # index of the sheet numbered "Sida 1"
        self.sheet_item: dict[int, int] = {}  # sheet index -> item number for the header

    def para(self, text: str) -> None:
        self.flow.para(self.TEXT_X, text, self.RIGHT - self.TEXT_X, after=self.LINE)

    def cover(self) -> None:
        f, m = self.flow, self.meeting
        f.put(71, "Protokoll", bold=True, y=87)
        f.put(201, m["number"], bold=True, y=87)
        f.y = 117
        for label, value in (
            ("Organ", m["body"]),
            ("Sammanträdestid", m["time"]),
            ("Sammanträdesplats", m["place"]),
            ("Ärenden", "41 – 46 §"),
        ):
            f.put(71, label, bold=True)
            f.put(201, value)
            f.y += 14.7
        f.y += 31
        f.put(71, "Beslutande", bold=True)
        f.y += 14.6
        f.put(71, "ordinarie", bold=True)
        f.put(332, "ersättare", bold=True)
        f.y += 14.6
        for member, deputy in SS_GRID:
            f.put(71, member)
            f.put(332, deputy)
            f.y += 14.6
        f.y += 29
        f.put(71, "Övriga närvarande", bold=True)
        f.y += 14.6
        for name in SS_OTHERS:
            f.put(71, name)
            f.y += 14.6
        f.y += 29
        f.put(71, "Underskrifter", bold=True)
        f.y += 40
        f.put(71, "Mats Forsström")
        f.put(332, "Camilla Back")
        f.y += 14.6
        f.put(71, "ordförande")
        f.put(332, "protokollförare")
        f.y += 40
        f.put(71, "Protokolljustering", bold=True)
        f.y += 14.6
        f.put(71, "Strandby 9.4.2025")
        f.y += 40
        f.put(71, "Maria Ehrström")
        f.put(332, "Johan Sandvik")
        f.y += 50
        f.put(71, "Protokollet hålls efter justeringen tillgängligt på stadens webbplats")
        f.y += 14.6
        f.put(71, "www.strandby.fi från 10.4.2025.")
        f.y += 30
        f.put(71, "Intygar: Johanna Ek, nämndsekreterare")
        # Footer of the signing service: written after the body, tiny, near the page edge.
        f.sheet.header = [
            Span(15, 812, "Camilla Back, förvaltningsdirektör 9.4.2025", size=8),
            Span(15, 822, "Mats Forsström 9.4.2025", size=8),
            Span(15, 832, SIGNED_NOTE, size=8),
        ]

    def contents(self, pages: dict[int, int], appendix_page: int) -> None:
        """Table of contents with dotted leaders (its lines must not be taken for items)."""
        f, m = self.flow, self.meeting
        f.new_page()
        sheet = f.sheet
        for x, y, text, bold in (
            (57, 92, "Protokoll", True),
            (210, 92, m["number"], True),
            (57, 118, "Organ", True),
            (210, 118, m["body"], False),
            (57, 136, "Sammanträdestid", True),
            (210, 136, "07.04.2025 kl. 18:00", False),
            (57, 154, "Sammanträdesplats", True),
            (210, 154, m["place"], False),
            (57, 202, "Ärenden", False),
            (505, 202, "Sida", False),
        ):
            sheet.body.append(Span(x, y, text, bold))
        sheet.rules += [(57, 99, 535, 99), (57, 166, 535, 166)]
        f.y = 248
        entries = [(f"{item.number} § {item.title}", pages[item.number]) for item in SS_ITEMS]
        entries.append(("- Bilaga: Resultaträkning 2024, Stadsstyrelsen 7.4.2025, 43 §", appendix_page))
        for text, page in entries:
            self.toc_line(text, page)

    def toc_line(self, text: str, page: int) -> None:
        f = self.flow
        right = 520
        lines = wrap(text, right - 57 - 40)
        for line in lines[:-1]:
            f.put(57, line)
            f.y += 13
        last = lines[-1]
        x = 57 if len(lines) == 1 else 71
        number = str(page)
        room = right - text_width(number) - 6 - (x + text_width(last))
        dots = " " + "." * max(4, int(room / text_width(".")))
        f.put(x, last + dots)
        f.put(right + 10 - text_width(number), number)
        f.y += 18.8

    def item(self, item: SvItem) -> None:
        f = self.flow
        f.new_page()
        self.sheet_item[len(f.sheets) - 1] = item.number
        if item.case_id:
            f.put(384, item.case_id, y=132)
            f.y = 157
        # The heading number is written after the text, as iText does.
        f.sheet.late.append(Span(self.LABEL_X, f.y, f"{item.number} §", bold=True))
        f.lines(102, wrap(item.title, self.RIGHT - 102, bold=True), bold=True)
        f.y += 25 - self.LINE
        for block in item.blocks:
            self.block(block, item.number)

    def block(self, block: tuple, number: int) -> None:
        f = self.flow
        kind = block[0]
        if kind == "p":
            self.para(block[1])
        elif kind == "label":  # "Beredning:" + value on the same baseline
            f.ensure(2)
            f.put(self.LABEL_X, block[1])
            f.lines(self.TEXT_X, wrap(block[2], self.RIGHT - self.TEXT_X))
            f.gap(self.LINE)
        elif kind == "plain":
            f.ensure(2)
            f.put(self.LABEL_X, block[1])
            f.y += self.LINE
        elif kind == "handling":
            f.ensure(4)
            f.put(self.LABEL_X, block[1])
            f.y += 2 * self.LINE
        elif kind == "role":
            f.ensure(3)
            f.put(self.LABEL_X, block[1], bold=True)
            f.y += self.LINE
        elif kind == "rule":
            if not f.at_top():
                f.y -= self.LINE  # directly under the paragraph above
            f.put(self.TEXT_X, "______")
            f.y += 2 * self.LINE
        elif kind == "gap":
            f.gap(self.LINE)
        elif kind == "list":
            for entry in block[1]:
                f.ensure(1)
                f.put(self.TEXT_X + 18, "•")
                f.lines(self.TEXT_X + 36, wrap(entry, self.RIGHT - self.TEXT_X - 36))
            f.gap(self.LINE)
        # A block that ran over to a new page: that page's header names this item.
        self.sheet_item.setdefault(len(f.sheets) - 1, number)

    def appendix(self, page: int) -> None:
        """A landscape appendix page with its own small caption, like a scanned-in table."""
        f = self.flow
        f.new_page(page_size=A4_LANDSCAPE)
        sheet = f.sheet
        sheet.body.append(Span(64, 90, "Strandby stad – Resultaträkning 2024", bold=True, size=18))
        sheet.body.append(Span(64, 112, "1 000 euro", size=10))
        columns = [("Bokslut 2023", 520), ("Budget 2024", 640), ("Bokslut 2024", 760)]
        y = 145
        for title, right in columns:
            sheet.body.append(Span(right - text_width(title, True, 12), y, title, bold=True, size=12))
        sheet.rules.append((64, y + 8, 770, y + 8))
        y += 30
        for label, *values in SS_APPENDIX_ROWS:
            bold = label in ("Årsbidrag", "Räkenskapsperiodens resultat")
            sheet.body.append(Span(64, y, label, bold=bold, size=12))
            for value, (_, right) in zip(values, columns, strict=True):
                sheet.body.append(Span(right - text_width(value, bold, 12), y, value, bold=bold, size=12))
            y += 26
        sheet.header = [Span(560, 30, f"Bilaga {self.meeting['body']}, 07.04.2025 § 43", size=10)]
        self.sheet_item[len(f.sheets) - 1] = 0

    def add_headers(self) -> None:
        m = self.meeting
        for index, sheet in enumerate(self.flow.sheets):
            if index < self.first_item_sheet or index not in self.sheet_item or sheet.width > sheet.height:
                continue
            number = index - self.first_item_sheet + 1
            sheet.header = [
                Span(71, 87, "Protokoll"),
                Span(267, 87, m["date"]),
                Span(503, 87, "Sida"),
                Span(71, 101, m["body"]),
                Span(202, 101, f"{self.sheet_item[index]} §"),
                Span(520 - text_width(str(number)), 101, str(number)),
            ]
            sheet.header_first = False  # iText writes the running header last


def build_stadsstyrelsen() -> list[Sheet]:
    # First pass: lay out the items alone to learn on which page each one starts.
    probe = Itext(SS_MEETING)
    starts: dict[int, int] = {}
    for item in SS_ITEMS:
        probe.item(item)
        starts[item.number] = len(probe.flow.sheets) - 1  # the probe's first sheet is empty
    appendix_page = len(probe.flow.sheets)

    layout = Itext(SS_MEETING)
    layout.cover()
    layout.contents(starts, appendix_page)
    layout.first_item_sheet = len(layout.flow.sheets)
    for item in SS_ITEMS:
        layout.item(item)
    layout.appendix(appendix_page)
    layout.add_headers()
    return layout.flow.sheets


# --------------------------------------------------------------------------------------


def main() -> None:
    OUT.mkdir(exist_ok=True)
    jobs = [
        (
            "jarvela-kaupunginhallitus-2025-03.pdf",
            build_kaupunginhallitus,
            "Järvelän kaupunki, Kaupunginhallitus, pöytäkirja 3/2025",
            "D:20250319100000+02'00'",
        ),
        (
            "jarvela-tarkastuslautakunta-2025-02-item.pdf",
            build_tarkastuslautakunta,
            "Tweb",
            "D:20250219083000+02'00'",
        ),
        (
            "strandby-stadsstyrelsen-2025-04.pdf",
            build_stadsstyrelsen,
            "",
            "D:20250409161500+03'00'",
        ),
    ]
    for name, build, title, date in jobs:
        sheets = build()
        render(sheets, OUT / name, title, date)
        print(f"wrote {OUT / name} ({len(sheets)} pages)")


if __name__ == "__main__":
    main()
