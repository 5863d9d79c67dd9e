#!/usr/bin/env bash
# Checks an installed Amtsweg (the Debian package, or `cmake --install` into a prefix): the
# program runs, converts a sample to SVG and PNG (both drawn by the GUI plugin, offscreen) and
# to XProzess 2.0 and back,
# and the desktop entry, AppStream metadata, MIME type, icons and man page are in place and
# pass their validators.
#
#   packaging/check-installed.sh [PREFIX]     PREFIX: /usr (default)
#
# Prints one line per check; exits non-zero at the first failure.
set -euo pipefail

prefix=${1:-/usr}
app_id=de.amtsweg.Amtsweg
bin=$prefix/bin/amtsweg
sample=$prefix/share/amtsweg/samples/wohngeld-antrag.bpmn
work=$(mktemp -d -t amtsweg-check.XXXXXX)
trap 'rm -rf "$work"' EXIT

ok() { printf 'check-installed: ok: %s\n' "$*"; }
fail() { printf 'check-installed: FAILED: %s\n' "$*" >&2; exit 1; }
# nonempty FILE WHAT: FILE exists with at least one byte.
nonempty() { [[ -s $1 ]] || fail "$2: $1 missing or empty"; }

version=$("$bin" --version) || fail "$bin --version exits with $?"
[[ $version =~ ^amtsweg\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "$bin --version printed '$version'"
ok "$version"

nonempty "$prefix/lib/amtsweg/libamtsweg_gui.so" "GUI plugin"
# The package's dependencies come from dpkg-shlibdeps: the libraries both files link must be
# there (only checked when dpkg knows the package, i.e. not for a `cmake --install` prefix).
if [[ $prefix == /usr && $(dpkg-query -W -f='${db:Status-Abbrev}' amtsweg 2>/dev/null) == ii* ]]; then
  depends=$(dpkg-query -W -f='${Depends}' amtsweg)
  for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 'libtinyxml2-[0-9]+' libsqlite3-0 \
    libzstd1 libzip4 libpq5; do
    [[ $depends =~ (^|, )$lib( |,|$) ]] || fail "the package does not depend on $lib: $depends"
  done
  ok "dependencies: $depends"
fi
nonempty "$sample" "sample"
"$bin" convert "$sample" "$work/x.svg" || fail "convert to SVG exits with $?"
nonempty "$work/x.svg" "SVG"
grep -q '<svg' "$work/x.svg" || fail "$work/x.svg is no SVG"
ok "convert $sample -> SVG ($(stat -c %s "$work/x.svg") bytes)"
QT_QPA_PLATFORM=offscreen "$bin" convert "$sample" "$work/x.png" || fail "convert to PNG exits with $?"
nonempty "$work/x.png" "PNG"
[[ $(head -c 8 "$work/x.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] ||
  fail "$work/x.png is no PNG"
ok "convert $sample -> PNG through the GUI plugin ($(stat -c %s "$work/x.png") bytes)"
"$bin" validate --rules none "$sample" >/dev/null || fail "validate of the sample exits with $?"
ok "validate --rules none $sample"
# XProzess 2.0 both ways (libzip; the diagram PDF is drawn by the GUI plugin).
QT_QPA_PLATFORM=offscreen "$bin" convert "$sample" "$work/x.xprozess.xml" --force ||
  fail "convert to XProzess exits with $?"
grep -q 'alleInhalte.export.0303' "$work/x.xprozess.xml" || fail "$work/x.xprozess.xml is no XProzess message"
"$bin" convert "$work/x.xprozess.xml" "$work/back.bpmn" || fail "convert from XProzess exits with $?"
grep -q 'aktivitaetengruppe' "$work/back.bpmn" || fail "the XProzess round trip lost the Aktivitätengruppen"
ok "convert $sample -> XProzess 2.0 -> BPMN"

desktop=$prefix/share/applications/$app_id.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
grep -qx 'MimeType=application/bpmn+xml;' "$desktop" || fail "$desktop lacks the BPMN MIME type"
ok "desktop-file-validate $desktop"
metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 ||
  { cat "$work/appstream.log" >&2; fail "appstreamcli validate $metainfo"; }
ok "appstreamcli validate $metainfo"

nonempty "$prefix/share/mime/packages/$app_id.xml" "MIME package"
# The database that update-mime-database (a dpkg trigger of shared-mime-info) builds from it;
# only for the system prefix, where the trigger runs.
if [[ $prefix == /usr ]]; then
  grep -q ':application/bpmn+xml:\*\.bpmn' /usr/share/mime/globs2 ||
    fail "the MIME database has no *.bpmn glob (update-mime-database did not run?)"
  grep -q 'http://www.omg.org/spec/BPMN/20100524/MODEL definitions application/bpmn+xml' \
    /usr/share/mime/XMLnamespaces || fail "the MIME database lacks the BPMN root-XML rule"
  ok "MIME database knows application/bpmn+xml (glob and root XML)"
fi

nonempty "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg" "scalable icon"
for size in 16 32 48 64 128 256 512; do
  icon=$prefix/share/icons/hicolor/${size}x$size/apps/$app_id.png
  nonempty "$icon" "icon"
  file -b "$icon" | grep -q "PNG image data, $size x $size" || fail "$icon: $(file -b "$icon")"
done
ok "icons: scalable SVG and PNG 16 to 512 px"

man=$prefix/share/man/man1/amtsweg.1.gz
nonempty "$man" "man page"
zcat "$man" | grep -q '^\.SH NAME' || fail "$man is no man page"
ok "man page $man"
