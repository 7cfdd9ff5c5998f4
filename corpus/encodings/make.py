#!/usr/bin/env python3
"""Makes the encoding fixtures from the corpus's real texts, with Python's own codecs (an implementation
independent of ours): the seed in every encoding old Kazakh files come in, and the Russian adilet order
V1600014592 as a Windows-1251 text dump. Run from the repository root: python3 corpus/encodings/make.py
"""
import html
import html.parser
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
out = root / "corpus" / "encodings"
seed = (root / "corpus" / "seed" / "000_ed493f9bc562bc01.txt").read_text(encoding="utf-8")

(out / "seed.kz1048.txt").write_bytes(seed.encode("kz1048"))
(out / "seed.utf8-bom.txt").write_bytes(seed.encode("utf-8-sig"))
(out / "seed.utf16le-bom.txt").write_bytes(seed.encode("utf-16"))          # Python writes a little-endian BOM
(out / "seed.utf16be.txt").write_bytes(seed.encode("utf-16-be"))           # no BOM
(out / "seed.crlf.txt").write_bytes(seed.replace("\n", "\r\n").encode("utf-8"))


class ArticleText(html.parser.HTMLParser):
    """Collects the paragraphs of an adilet page's <article> as a text dump has them: one per line pair."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.paragraphs = []
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in ("p", "td", "h3"):
            self.flush()

    def handle_endtag(self, tag):
        if tag == "article":
            self.flush()
            self.depth -= 1
        elif self.depth and tag in ("p", "td", "h3"):
            self.flush()

    def handle_data(self, data):
        if self.depth:
            self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).replace("\xa0", " ").split())
        if text:
            self.paragraphs.append(text)
        self.current = []


page = (root / "corpus" / "adilet" / "ru" / "V1600014592.html").read_text(encoding="utf-8")
title = html.unescape(page.split("<h1>", 1)[1].split("</h1>", 1)[0]).strip()
act_line = "Приказ Министра национальной экономики Республики Казахстан от 23 декабря 2016 года № 525."
parser = ArticleText()
parser.feed(page)
dump = "\n\n".join([f"## {title}", act_line, *parser.paragraphs]) + "\n"
# Windows-1251 has no Kazakh letters: Russian files in it write the system's name "Адилет", not "Әділет".
dump = dump.replace("Әділет", "Адилет")
(out / "V1600014592.windows-1251.txt").write_bytes(dump.encode("cp1251"))
