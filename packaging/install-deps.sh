#!/usr/bin/env bash
# Installs what Amtsweg needs to build, test, fuzz and benchmark on Debian bookworm.
#
#   packaging/install-deps.sh             Debian packages (as root, or through sudo)
#   packaging/install-deps.sh --npm DIR   bpmn-moddle (and bpmnlint) into DIR/node_modules
#   packaging/install-deps.sh --list      print the Debian package list
#
# Idempotent: it asks dpkg what is missing and only then runs apt-get; when everything is
# there it finishes in well under a second. An existing Node.js (Debian's or another vendor's,
# whose nodejs package already carries npm) is left alone.
set -euo pipefail

# The one list of Debian packages; what each group is for.
PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # Qt 6: core/gui/widgets, SVG, Qt Test, translations (lupdate/lrelease)
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  # model libraries: XML, process repository, ZIP archives (XProzess, via pkg-config)
  libtinyxml2-dev libsqlite3-dev sqlite3 libzstd-dev libzip-dev
  # PostgreSQL backend of the process repository: libpq (client library, build); the server
  # for the tests (tests/repository/pg-test-server.sh runs its own cluster on 127.0.0.1, not
  # the system service the package sets up)
  libpq-dev postgresql
  # benchmarks, fuzzing (clang + its sanitizer/libFuzzer runtime), peak-RSS timing
  libbenchmark-dev clang libclang-rt-14-dev time
  # interchange checks: xmllint against the OMG XSDs, bpmn.io's parser under Node.js
  libxml2-utils nodejs npm python3
  # headless GUI runs and tests (poppler-utils: the text and pages of exported PDFs)
  xvfb xauth fonts-dejavu-core poppler-utils
  # Debian package (make package): dependencies (dpkg-shlibdeps, file), PNG icons from the
  # SVG, checks of the AppStream metadata and the desktop entry
  dpkg-dev file librsvg2-bin appstream desktop-file-utils
)

# Versions of the npm packages used by the interchange tests and the benchmark.
NPM_PACKAGES=(bpmn-moddle@10.3.1 bpmnlint@11)

log() { printf 'install-deps: %s\n' "$*" >&2; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    log "not root and no sudo: run as root: $*"
    exit 1
  fi
}

# Prints the packages of PACKAGES that dpkg does not know as installed.
missing_packages() {
  local -A installed=()
  local name status
  # One dpkg-query call for all; unknown packages only print to stderr.
  while read -r name status; do
    [[ $status == ii* ]] && installed[${name%%:*}]=1
  done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${PACKAGES[@]}" 2>/dev/null || true)
  local p
  for p in "${PACKAGES[@]}"; do
    [[ -n ${installed[$p]:-} ]] && continue
    # A Node.js that is already there (e.g. a vendor build whose nodejs package provides npm)
    # must not be replaced by Debian's: skip nodejs/npm when their commands exist.
    if [[ $p == nodejs ]] && command -v node >/dev/null 2>&1; then continue; fi
    if [[ $p == npm ]] && command -v npm >/dev/null 2>&1; then continue; fi
    printf '%s\n' "$p"
  done
}

install_debian() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    log "dpkg-query not found: this script is for Debian bookworm; install by hand: ${PACKAGES[*]}"
    exit 1
  fi
  local missing
  mapfile -t missing < <(missing_packages)
  if [[ ${#missing[@]} -eq 0 ]]; then
    log "all ${#PACKAGES[@]} Debian packages present"
    return 0
  fi
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  mapfile -t missing < <(missing_packages)
  if [[ ${#missing[@]} -ne 0 ]]; then
    log "still missing after apt-get install: ${missing[*]}"
    exit 1
  fi
}

# Is `spec` (name@version or name@major) installed under DIR/node_modules?
npm_has() {
  local dir=$1 spec=$2
  local name=${spec%@*} want=${spec##*@}
  local manifest="$dir/node_modules/$name/package.json"
  [[ -f $manifest ]] || return 1
  local have
  have=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$manifest" | head -n1)
  [[ $have == "$want" || $have == "$want".* ]]
}

install_npm() {
  local dir=$1
  if ! command -v npm >/dev/null 2>&1; then
    log "npm not found: run packaging/install-deps.sh (without --npm) first"
    exit 1
  fi
  mkdir -p "$dir"
  local missing=() spec
  for spec in "${NPM_PACKAGES[@]}"; do
    npm_has "$dir" "$spec" || missing+=("$spec")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    log "npm packages present in $dir/node_modules: ${NPM_PACKAGES[*]}"
    return 0
  fi
  # A package.json of our own keeps npm from walking up to a project above DIR.
  [[ -f $dir/package.json ]] || printf '{\n  "name": "amtsweg-npm-tools",\n  "private": true\n}\n' >"$dir/package.json"
  log "npm install into $dir: ${missing[*]}"
  npm install --prefix "$dir" --no-audit --no-fund --save-exact --loglevel=error "${missing[@]}"
}

case ${1:-} in
  "") install_debian ;;
  --npm)
    [[ $# -eq 2 ]] || { log "usage: $0 --npm DIR"; exit 64; }
    install_npm "$2"
    ;;
  --list) printf '%s\n' "${PACKAGES[@]}" ;;
  -h | --help) sed -n '2,10p' "$0" ;;
  *) log "usage: $0 [--npm DIR | --list]"; exit 64 ;;
esac
