#!/usr/bin/env bash
# CI: build the bundle, then prove it from a clean environment (no venv, no Python on PATH needed):
# `doctor --json` (German among the translations), `doctor` in German, `practices`,
# `desktop install/uninstall`, and the window started offscreen (still running after 4 s, then
# terminated). Fails on any error, on a traceback, if the bundle speaks English only, or if it is over
# 200 MB unpacked. Takes about a minute (most of it PyInstaller).
set -euo pipefail
cd "$(dirname "$0")/.."
LIMIT_MB=200
BUNDLE=dist/mindful-clinic
EXE="$PWD/$BUNDLE/mindful-clinic"

bash scripts/build_bundle.sh

size_mb=$(du -sm "$BUNDLE" | cut -f1)
echo "ci_bundle: $BUNDLE is ${size_mb} MB unpacked (limit ${LIMIT_MB} MB)"
if [ "$size_mb" -gt "$LIMIT_MB" ]; then
    echo "ci_bundle: FAIL: the bundle is larger than ${LIMIT_MB} MB" >&2
    exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/home" "$scratch/runtime"
# The bundle is run with nothing from this shell: no venv, no PYTHONPATH, no display.
clean_env=(env -i HOME="$scratch/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen
    XDG_RUNTIME_DIR="$scratch/runtime" MINDFUL_CLINIC_DATA_DIR="$scratch/data"
    XDG_DATA_HOME="$scratch/share" XDG_CONFIG_DIRS="$scratch/etc")
clean() {
    (cd "$scratch" && exec "${clean_env[@]}" "$@")
}
no_traceback() {
    if grep -q "Traceback" "$1"; then
        echo "ci_bundle: FAIL: traceback in $2" >&2
        cat "$1" >&2
        exit 1
    fi
}

clean "$EXE" doctor --json >"$scratch/doctor.json" 2>"$scratch/doctor.err" || {
    echo "ci_bundle: FAIL: doctor exited $?" >&2
    cat "$scratch/doctor.json" "$scratch/doctor.err" >&2
    exit 1
}
no_traceback "$scratch/doctor.err" "doctor"
python3 - "$scratch/doctor.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
assert report["ok"] is True, report
assert report["practices"] > 0 and report["sounds"] > 0, report
assert report["data_dir_writable"] is True, report
assert report["admin_defaults"]["loaded"] is False, report
assert "de" in report["translations"], f"no German catalogue in the bundle: {report['translations']}"
print(f"ci_bundle: doctor ok: {report['practices']} practices, {report['sounds']} sounds, "
      f"Qt {report['qt']}, translations {report['translations']}")
PY

# The catalogue is there and loads: `doctor` with the system language German speaks German.
clean LANG=de_DE.UTF-8 "$EXE" doctor >"$scratch/doctor_de.txt" 2>"$scratch/doctor_de.err" || true
no_traceback "$scratch/doctor_de.err" "doctor in German"
if ! grep -Eq "^Übersetzungen: +de, en" "$scratch/doctor_de.txt"; then
    echo "ci_bundle: FAIL: with LANG=de_DE.UTF-8, doctor does not speak German:" >&2
    cat "$scratch/doctor_de.txt" "$scratch/doctor_de.err" >&2
    exit 1
fi
echo "ci_bundle: German ok ($(grep "^Übersetzungen:" "$scratch/doctor_de.txt" | tr -s " "))"

clean "$EXE" practices >"$scratch/practices.txt" 2>"$scratch/practices.err"
no_traceback "$scratch/practices.err" "practices"
grep -q "resonance_5_5" "$scratch/practices.txt"
echo "ci_bundle: practices ok ($(wc -l <"$scratch/practices.txt") listed)"

clean "$EXE" desktop install >/dev/null
test -f "$scratch/share/applications/mindful-clinic.desktop"
grep -q "^Exec=$EXE" "$scratch/share/applications/mindful-clinic.desktop"
clean "$EXE" desktop uninstall >/dev/null
test ! -f "$scratch/share/applications/mindful-clinic.desktop"
echo "ci_bundle: desktop install/uninstall ok"

# Started directly, not through `clean`: a function run in the background is a shell of its own,
# so `$!` would be that shell, and SIGTERM would leave the app running while the scratch folder is
# removed. With `exec` the background process is the app itself.
(cd "$scratch" && exec "${clean_env[@]}" "$EXE") >"$scratch/window.out" 2>"$scratch/window.err" &
pid=$!
sleep 4
if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" && status=0 || status=$?
    echo "ci_bundle: FAIL: the window exited within 4 s (status $status)" >&2
    cat "$scratch/window.out" "$scratch/window.err" >&2
    exit 1
fi
kill -TERM "$pid"
wait "$pid" || true
no_traceback "$scratch/window.err" "the window"
echo "ci_bundle: window started offscreen and was still running after 4 s"
echo "ci_bundle: OK"
