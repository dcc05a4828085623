"""How much of "Learn about my meeting" each language has, per reading level.

    .venv/bin/python scripts/content_coverage.py

For every language folder under assets/content/ (other than English), counts
how many of the English pages at each level exist in that language *and*
parse on their own with the app's strict reader (content.check_pages). Pages
that are missing or faulty are named. The bar is 100 %: the exit status is 1
if any language is below it, 0 otherwise.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from voiceapp.core import content  # noqa: E402
from voiceapp.core.errors import InvalidContent  # noqa: E402


def page_parses(path: Path, language: str, level: str) -> str:
    """Check one page file on its own; "" if it is fine, else the reader's complaint."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "pictures").symlink_to(content.CONTENT_ROOT / "pictures")
        folder = root / language / level
        folder.mkdir(parents=True)
        shutil.copyfile(path, folder / path.name)
        try:
            content.check_pages(language, level, root=root)
        except InvalidContent as exc:
            return exc.detail or str(exc)
    return ""


def main() -> int:
    root = content.CONTENT_ROOT
    ignored = sorted(
        p.name
        for p in root.iterdir()
        if p.is_dir() and p.name != "pictures" and p.name not in content.languages()
    )
    languages = [lang for lang in content.languages() if lang != content.FALLBACK_LANGUAGE]
    english = {lv: sorted((root / "en" / lv).glob("*.md")) for lv in content.LEVELS}
    header = f"{'language':<9}" + "".join(f"{lv:<17}" for lv in content.LEVELS) + "total"
    print(header)
    below = False
    problems: list[str] = []
    for language in languages:
        row = f"{language:<9}"
        good_total = all_total = 0
        for level in content.LEVELS:
            good = 0
            for source in english[level]:
                path = root / language / level / source.name
                if not path.is_file():
                    problems.append(f"{language}/{level}/{source.name}: missing")
                    continue
                fault = page_parses(path, language, level)
                if fault:
                    problems.append(fault)  # the reader's message names the file
                    continue
                good += 1
            count = len(english[level])
            good_total += good
            all_total += count
            cell = f"{good}/{count} {100 * good / count if count else 100:5.1f} %"
            row += f"{cell:<17}"
        percent = 100 * good_total / all_total if all_total else 100.0
        below = below or percent < 100
        print(row + f"{good_total}/{all_total} {percent:5.1f} %")
    for line in problems:
        print(f"  {line}")
    for name in ignored:
        print(f"  {name}/: not a language folder the app reads (ignored)")
    if not languages:
        print("  no translations yet")
    print("bar: 100 % of the English pages at both levels")
    return 1 if below else 0


if __name__ == "__main__":
    raise SystemExit(main())
