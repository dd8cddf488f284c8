#!/usr/bin/env bash
# Refresh the message catalogues after changing user-visible strings or adding a data version; then
# translate the new entries in slate_explorer/locale/es/LC_MESSAGES/messages.po (the interface) and
# data.po (text from the data files). tests/unit/test_translations.py and test_data_text.py list any missing.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pybabel extract -F babel.cfg -k _ -k N_ -k ngettext:1,2 --no-location --sort-output \
  --project "Slate Explorer" -o slate_explorer/locale/messages.pot .
.venv/bin/pybabel update -D messages -i slate_explorer/locale/messages.pot -d slate_explorer/locale --no-fuzzy-matching -w 100
.venv/bin/python -m slate_explorer data-messages
