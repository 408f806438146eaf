#!/usr/bin/env bash
# Fails when a user-visible string has no finished translation in fordran_sv.ts or fordran_en.ts.
#
#   scripts/check-translations.sh BUILD_DIR
#
# Runs lupdate over every layer's sources (the same folders translations/CMakeLists.txt scans)
# into temporary copies of the .ts files, so the committed files are never changed, and lists
# every message that is new (missing from the .ts) or still unfinished. Exit 0: all translated;
# 1: some are not (listed); 2: usage or tool error. LUPDATE may name the lupdate binary.
set -uo pipefail

build_dir="${1:?usage: check-translations.sh BUILD_DIR}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

lupdate="${LUPDATE:-}"
if [[ -z "$lupdate" ]]; then
    for candidate in "$(command -v lupdate 2>/dev/null)" /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate; do
        [[ -n "$candidate" && -x "$candidate" ]] && { lupdate="$candidate"; break; }
    done
fi
if [[ -z "$lupdate" || ! -x "$lupdate" ]]; then
    echo "check-translations: lupdate not found (package qt6-l10n-tools); set LUPDATE=/path/to/lupdate" >&2
    exit 2
fi

mkdir -p "$build_dir" || exit 2
work="$(mktemp -d "$build_dir/check-translations.XXXXXX")" || exit 2
trap 'rm -rf "$work"' EXIT

ts_files=()
for lang in sv en; do
    cp "$root/translations/fordran_$lang.ts" "$work/" || exit 2
    ts_files+=("$work/fordran_$lang.ts")
done

if ! (cd "$root" && "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui -I "$root" \
        models reports ui app -ts "${ts_files[@]}") >"$work/lupdate.log" 2>&1; then
    echo "check-translations: lupdate failed:" >&2
    cat "$work/lupdate.log" >&2
    exit 2
fi

# lupdate writes one element per line: a message is unfinished when its <translation> says
# type="unfinished" (new messages included) or is empty.
status=0
for ts in "${ts_files[@]}"; do
    report="$(awk '
        /<name>/          { ctx = $0; sub(/.*<name>/, "", ctx); sub(/<\/name>.*/, "", ctx) }
        /<source>/        { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src); if (src == $0) src = src " …" }
        /<translation/    {
            if ($0 ~ /type="unfinished"/ || $0 ~ /<translation><\/translation>/ || $0 ~ /<translation\/>/)
                printf "  %s: %s\n", ctx, src
        }
        /<numerusform><\/numerusform>/ { printf "  %s: %s (a plural form is empty)\n", ctx, src }' "$ts")"
    if [[ -n "$report" ]]; then
        count=$(printf '%s\n' "$report" | wc -l)
        echo "$(basename "$ts"): $count message(s) without a finished translation:"
        printf '%s\n' "$report"
        status=1
    fi
done

if [[ $status -eq 0 ]]; then
    total=$(grep -c '<message' "$work/fordran_sv.ts")
    echo "check-translations: all $total message(s) translated in fordran_sv.ts and fordran_en.ts"
else
    echo "Fix: cmake --build $build_dir --target update_translations, then translate the messages above (Qt Linguist)."
fi
exit $status
