"""How much of the interface each language's Qt Linguist catalogue translates.

    .venv/bin/python scripts/translation_coverage.py              # table + content pages
    .venv/bin/python scripts/translation_coverage.py --missing    # also list what is missing
    .venv/bin/python scripts/translation_coverage.py --missing cy # only some languages

For every translations/voiceapp_<lang>.ts other than the English source
(en_GB), counts the messages that have a finished, non-empty translation.
A message marked type="unfinished" (new, or guessed by lupdate) or with an
empty translation counts as missing. Messages lupdate marks vanished or
obsolete are not part of the interface any more and are not counted.

Then it shows the "Learn about my meeting" page coverage by running
scripts/content_coverage.py (which needs the .venv).

The bar is 100 %: the exit status is 1 if any language's interface catalogue
is below it, 0 otherwise. (content_coverage.py has its own exit status.)

--missing prints each missing message as  lang<TAB>context<TAB>source
(newlines in a source written as \\n), which is a handy to-do list for a
translator after lupdate has added new strings.

--fill LANG FILE fills only the still-unfinished messages of
translations/voiceapp_LANG.ts from FILE, a UTF-8 text file with one
translation per line, either
    lang<TAB>context<TAB>source<TAB>translation   (a --missing line + a column)
or  source<TAB>translation                        (any context)
(\\n for a newline). The file is edited as text, so lupdate's layout stays
exactly as it was; finished translations are never touched, and a line whose
placeholders ({name}, %1, %n) differ from the source's is refused. Run
lrelease afterwards. A second pass after new strings are added is:

    .venv/bin/pyside6-lupdate -silent -locations relative -no-obsolete \\
        -source-language en_GB -target-language cy \\
        $(find voiceapp/ui -name '*.py' | LC_ALL=C sort) -ts translations/voiceapp_cy.ts
    .venv/bin/python scripts/translation_coverage.py --missing --no-content cy > /tmp/cy.tsv
    # keep the tab-separated lines, add a TAB and the translation to each
    .venv/bin/python scripts/translation_coverage.py --fill cy /tmp/cy.tsv
    .venv/bin/pyside6-lrelease -silent translations/voiceapp_cy.ts -qm /tmp/check_cy.qm
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import io
import re
import xml.etree.ElementTree as ET
from contextlib import redirect_stdout
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "translations"
SOURCE_LANGUAGE = "en_GB"
GONE = {"vanished", "obsolete"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d|%n")


def is_translated(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def catalogue(path: Path) -> tuple[int, list[tuple[str, str]]]:
    """(number of live messages, [(context, source) of the missing ones])."""
    root = ET.parse(path).getroot()  # noqa: S314 - the project's own catalogues
    total = 0
    missing: list[tuple[str, str]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in GONE:
                continue
            total += 1
            if not is_translated(translation):
                missing.append((name, message.findtext("source") or ""))
    return total, missing


def languages(wanted: list[str]) -> list[tuple[str, Path]]:
    found = []
    for path in sorted(TRANSLATIONS.glob("voiceapp_*.ts")):
        lang = path.stem.removeprefix("voiceapp_")
        if lang == SOURCE_LANGUAGE or (wanted and lang not in wanted):
            continue
        found.append((lang, path))
    return found


def content_section() -> None:
    print()
    print('"Learn about my meeting" pages (scripts/content_coverage.py):')
    script = REPO / "scripts" / "content_coverage.py"
    try:
        spec = importlib.util.spec_from_file_location("content_coverage", script)
        module = importlib.util.module_from_spec(spec)
        assert spec.loader is not None
        spec.loader.exec_module(module)
        out = io.StringIO()
        with redirect_stdout(out):
            status = module.main()
    except Exception as exc:  # only a report: point to the script instead
        print(f"  could not run it here ({type(exc).__name__}: {exc}).")
        print("  Run: .venv/bin/python scripts/content_coverage.py")
        return
    for line in out.getvalue().splitlines():
        print(f"  {line}")
    print(f"  (content_coverage.py status: {status})")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def ts_escape(text: str) -> str:
    """Escape the way lupdate writes it."""
    for raw, escaped in (
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ("'", "&apos;"),
        ('"', "&quot;"),
    ):
        text = text.replace(raw, escaped)
    return text


def fill(lang: str, table: Path) -> int:
    """Fill unfinished messages of one catalogue from a tab-separated file."""
    by_context: dict[tuple[str, str], str] = {}
    anywhere: dict[str, str] = {}
    refused = 0
    for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or "\t" not in line:
            continue
        cells = [cell.replace("\\n", "\n") for cell in line.split("\t")]
        if len(cells) == 4:
            if cells[0] != lang:
                continue
            _, context, source, translation = cells
        elif len(cells) == 2:
            context, (source, translation) = "", cells
        else:
            print(f"{table}:{number}: expected 2 or 4 tab-separated columns; skipped")
            continue
        if not translation.strip():
            continue
        if placeholders(source) != placeholders(translation):
            print(f"{table}:{number}: placeholders differ from the source; refused: {source!r}")
            refused += 1
            continue
        if context:
            by_context[(context, source)] = translation
        else:
            anywhere[source] = translation

    path = TRANSLATIONS / f"voiceapp_{lang}.ts"
    text = path.read_text(encoding="utf-8")
    filled = 0

    def one_message(match: re.Match[str], context: str) -> str:
        nonlocal filled
        block = match.group(0)
        if 'numerus="yes"' in block:
            return block
        found = re.search(r"<source>([^<]*)</source>", block)
        if not found:
            return block
        source = html.unescape(found.group(1))
        translation = by_context.get((context, source), anywhere.get(source))
        if translation is None:
            return block
        new, count = re.subn(
            r'<translation type="unfinished">[^<]*</translation>'
            r'|<translation type="unfinished"\s*/>'
            r"|<translation>\s*</translation>|<translation\s*/>",
            lambda _: f"<translation>{ts_escape(translation)}</translation>",
            block,
            count=1,
        )
        filled += count
        return new

    def one_context(match: re.Match[str]) -> str:
        block = match.group(0)
        name = re.search(r"<name>([^<]*)</name>", block)
        context = html.unescape(name.group(1)) if name else ""
        return re.sub(
            r"<message\b.*?</message>", lambda m: one_message(m, context), block, flags=re.S
        )

    text = re.sub(r"<context>.*?</context>", one_context, text, flags=re.S)
    ET.fromstring(text.encode("utf-8"))  # noqa: S314 - still well-formed before writing
    path.write_text(text, encoding="utf-8")
    total, missing = catalogue(path)
    print(f"{lang}: filled {filled}; still missing {len(missing)} of {total}")
    return 1 if refused else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="*", help="only these languages (default: all)")
    parser.add_argument("--missing", action="store_true", help="list the missing messages")
    parser.add_argument("--no-content", action="store_true", help="skip the content pages")
    parser.add_argument(
        "--fill",
        nargs=2,
        metavar=("LANG", "FILE"),
        help="fill unfinished messages of LANG from a tab-separated FILE, then stop",
    )
    args = parser.parse_args(argv)
    if args.fill:
        return fill(args.fill[0], Path(args.fill[1]))

    found = languages(args.langs)
    print("Interface strings (translations/voiceapp_<lang>.ts):")
    print(f"  {'language':<10}{'translated':>12}{'missing':>9}{'percent':>10}")
    below = False
    todo: list[str] = []
    for lang, path in found:
        try:
            total, missing = catalogue(path)
        except ET.ParseError as exc:
            print(f"  {lang:<10}  cannot be read: {exc}")
            below = True
            continue
        done = total - len(missing)
        percent = 100 * done / total if total else 100.0
        # never round 99.95 up to a misleading 100.0
        shown = f"{percent:5.1f}" if done == total else f"{min(percent, 99.9):5.1f}"
        below = below or done < total
        print(f"  {lang:<10}{f'{done}/{total}':>12}{len(missing):>9}{shown:>8} %")
        for context, source in missing:
            source = source.replace("\n", "\\n")
            todo.append(f"{lang}\t{context}\t{source}")
    if not found:
        print("  no translations yet")
    print("  bar: 100 % of the interface messages in every language")
    if args.missing and todo:
        print()
        print("Missing (lang, context, source):")
        for line in todo:
            print(line)
    if not args.no_content:
        content_section()
    return 1 if below else 0


if __name__ == "__main__":
    raise SystemExit(main())
