#!/usr/bin/env bash
# Installs what the real-VS-Code tests need: Debian packages, code-server (cached outside the repo, keyed by
# version) and checks chromium; also the other real LSP clients the server is tested in (Neovim, Emacs + Eglot).
# Idempotent; a second run only checks and exits in a second or two.
#   test/setup/setup.sh            everything
#   test/setup/setup.sh --check    only report what is missing (exit 1 if anything is)
# Prints the code-server binary path on its last line as `code-server: <path>`.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
# @vscode/ripgrep 1.15.11 (used by code-server 4.100.3) downloads this archive from GitHub unless it is cached.
RIPGREP_CACHE_DIR="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
RIPGREP_ARCHIVE="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
CACHE_ROOT="${HUSH_TEST_CACHE:-$HOME/.cache/hush-test}"
CODE_SERVER_DIR="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION"
CODE_SERVER_BIN="$CODE_SERVER_DIR/node_modules/.bin/code-server"
# npm 11 runs the install scripts of packages not reviewed in "allowScripts" with a warning (checked with npm
# 11.19: code-server's postinstall, node-pty, @vscode/ripgrep, @vscode/spdlog... all built). Only
# strict-allow-scripts turns that into a refusal, so it is switched off for this one standalone install.
APT_PACKAGES=(chromium gnome-keyring dbus-x11 libsecret-1-dev ripgrep libkrb5-dev libx11-dev libxkbfile-dev pkg-config python3 make g++
  neovim emacs-nox elpa-eglot)

CHECK_ONLY=0
[[ "${1:-}" == "--check" ]] && CHECK_ONLY=1

step() { printf '[setup] %s\n' "$*"; }
fail() { printf '[setup] FAILED: %s\n' "$*" >&2; exit 1; }

# --- 1. Debian packages -------------------------------------------------------------------------------------
step "checking Debian packages: ${APT_PACKAGES[*]}"
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  ((CHECK_ONLY)) && fail "missing Debian packages: ${missing[*]}"
  [[ $(id -u) -eq 0 ]] || SUDO=sudo
  step "installing Debian packages: ${missing[*]} (apt-get update first)"
  ${SUDO:-} apt-get update -qq || fail "apt-get update failed (is a Debian mirror reachable?)"
  DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || fail "apt-get install failed for: ${missing[*]}"
else
  step "Debian packages present"
fi
for tool in chromium rg dbus-run-session gnome-keyring-daemon nvim emacs; do
  command -v "$tool" >/dev/null || fail "'$tool' not on PATH after installing the Debian packages"
done

# --- 2. code-server -----------------------------------------------------------------------------------------
mkdir -p "$CACHE_ROOT"
# Two runs at once (two terminals, a watch loop) must not install into the same directory together.
exec 9>"$CACHE_ROOT/.setup.lock"
flock 9 || fail "could not lock $CACHE_ROOT/.setup.lock"
if [[ -x "$CODE_SERVER_BIN" && -f "$CODE_SERVER_DIR/.installed-ok" ]]; then
  step "code-server $CODE_SERVER_VERSION cached at $CODE_SERVER_DIR"
else
  ((CHECK_ONLY)) && fail "code-server $CODE_SERVER_VERSION not installed (expected $CODE_SERVER_BIN); run test/setup/setup.sh"
  step "seeding the ripgrep download cache $RIPGREP_CACHE_DIR/$RIPGREP_ARCHIVE from Debian's /usr/bin/rg"
  mkdir -p "$RIPGREP_CACHE_DIR"
  if [[ ! -s "$RIPGREP_CACHE_DIR/$RIPGREP_ARCHIVE" ]]; then
    seed_dir=$(mktemp -d)
    cp "$(command -v rg)" "$seed_dir/rg"
    tar -czf "$RIPGREP_CACHE_DIR/$RIPGREP_ARCHIVE.tmp" -C "$seed_dir" rg
    mv "$RIPGREP_CACHE_DIR/$RIPGREP_ARCHIVE.tmp" "$RIPGREP_CACHE_DIR/$RIPGREP_ARCHIVE"
    rm -rf "$seed_dir"
  fi

  step "installing code-server@$CODE_SERVER_VERSION with npm into $CODE_SERVER_DIR (takes about 2-4 minutes)"
  rm -rf "$CODE_SERVER_DIR"
  mkdir -p "$CODE_SERVER_DIR"
  # A package.json of its own keeps the install out of the repository.
  printf '{ "name": "hush-test-code-server", "private": true }\n' >"$CODE_SERVER_DIR/package.json"
  unsafe_perm=()
  [[ $(id -u) -eq 0 ]] && unsafe_perm=(--unsafe-perm)
  log_file="$CACHE_ROOT/code-server-install.log"
  if ! (cd "$CODE_SERVER_DIR" &&
        npm_config_yes=true npm_config_strict_allow_scripts=false \
        npm install --no-audit --no-fund --foreground-scripts "${unsafe_perm[@]}" \
          "code-server@$CODE_SERVER_VERSION" >"$log_file" 2>&1); then
    tail -n 40 "$log_file" >&2
    fail "npm install code-server@$CODE_SERVER_VERSION failed (full log: $log_file)"
  fi
  # code-server's postinstall installs VS Code's own dependencies; check the native pieces it needs exist.
  vscode_dir="$CODE_SERVER_DIR/node_modules/code-server/lib/vscode"
  for piece in node_modules/node-pty node_modules/@vscode/ripgrep/bin/rg node_modules/@vscode/spdlog; do
    [[ -e "$vscode_dir/$piece" ]] || { tail -n 40 "$log_file" >&2; fail "code-server installed without $piece (its postinstall did not run; log: $log_file)"; }
  done
  [[ -x "$CODE_SERVER_BIN" ]] || fail "code-server binary missing after install: $CODE_SERVER_BIN"
  touch "$CODE_SERVER_DIR/.installed-ok"
  step "code-server installed (log: $log_file)"
fi

"$CODE_SERVER_BIN" --version >/dev/null 2>&1 || fail "code-server at $CODE_SERVER_BIN does not start (--version failed)"

# --- 3. keytar ----------------------------------------------------------------------------------------------
# keytar (the OS keychain store) is a native addon built against libsecret. On a fresh machine `npm install` runs
# before step 1 installed libsecret-1-dev, so the optional dependency failed to build (or was dropped): build it now.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if (cd "$REPO_ROOT" && node -e "require('keytar')" >/dev/null 2>&1); then
  step "keytar loads"
else
  ((CHECK_ONLY)) && fail "keytar does not load (run test/setup/setup.sh to build it against libsecret)"
  step "building keytar against libsecret"
  keytar_log="$CACHE_ROOT/keytar-build.log"
  keytar_version="$(cd "$REPO_ROOT" && node -p "require('./package.json').optionalDependencies.keytar")"
  (cd "$REPO_ROOT" && { npm rebuild keytar --foreground-scripts || npm install --no-save --foreground-scripts "keytar@$keytar_version"; } >"$keytar_log" 2>&1) || true
  (cd "$REPO_ROOT" && node -e "require('keytar')" >/dev/null 2>&1) \
    || { tail -n 30 "$keytar_log" >&2; fail "keytar could not be built against libsecret (log: $keytar_log)"; }
  # The extension bundle loads keytar from dist/node_modules (see esbuild.mjs): refresh that copy.
  (cd "$REPO_ROOT" && node esbuild.mjs) || fail "rebuilding dist/ after keytar failed"
  step "keytar built"
fi
step "chromium: $(command -v chromium)"
echo "code-server: $CODE_SERVER_BIN"
