#!/usr/bin/env bash
# Collects every translatable string (self.tr / QCoreApplication.translate) into Qt .ts files for
# translators, then compiles the finished ones to .qm, which the app loads for the system language.
#   bash scripts/update_translations.sh de fr     (adds or refreshes mindful_clinic/i18n/mindful_clinic_de.ts ...)
set -euo pipefail
cd "$(dirname "$0")/.."
langs=("${@:-de}")
sources=$(find mindful_clinic -name '*.py' | sort)
for lang in "${langs[@]}"; do
  pyside6-lupdate $sources -ts "mindful_clinic/i18n/mindful_clinic_${lang}.ts"
  pyside6-lrelease "mindful_clinic/i18n/mindful_clinic_${lang}.ts" -qm "mindful_clinic/i18n/mindful_clinic_${lang}.qm"
done
