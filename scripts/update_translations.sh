#!/usr/bin/env bash
# Collects every translatable string (self.tr / QCoreApplication.translate / QT_TRANSLATE_NOOP) into
# Qt .ts files, then fills in the translations kept in mindful_clinic/i18n/<lang>.toml (the source of
# truth: English text -> translation), so re-extracting after string changes never loses a
# translation. Prints what is still untranslated. The .qm files are built from the .ts by the
# package build (setup.py) and by scripts/install.sh, never committed.
#   bash scripts/update_translations.sh            (German, and the English plurals)
#   bash scripts/update_translations.sh de fr      (adds or refreshes mindful_clinic/i18n/mindful_clinic_fr.ts ...)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
LUPDATE="${LUPDATE:-$(dirname "$PY")/pyside6-lupdate}"
if [ $# -gt 0 ]; then langs=("$@"); else langs=(de en); fi
mapfile -t sources < <(find mindful_clinic -name '*.py' -not -path '*/__pycache__/*' | sort)
for lang in "${langs[@]}"; do
  ts="mindful_clinic/i18n/mindful_clinic_${lang}.ts"
  # English is the source text: its .ts holds only the plurals (one minute, two minutes).
  only=(); [ "$lang" = en ] && only=(-pluralonly)
  "$LUPDATE" -silent -no-obsolete -locations none "${only[@]}" -target-language "$lang" "${sources[@]}" -ts "$ts"
  "$PY" scripts/fill_translations.py "$ts" "mindful_clinic/i18n/${lang}.toml"
done
bash scripts/build_translations.sh
