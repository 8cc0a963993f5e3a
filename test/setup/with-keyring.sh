#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring Secret Service, then exits with
# the command's status. The keyring lives in a temporary directory, so nothing touches the user's real keyring.
#   test/setup/with-keyring.sh node --import tsx --test test/keychain/*.test.ts
# Works with no terminal and no stdin (CI=true).
set -euo pipefail

die() { printf '[with-keyring] FAILED: %s\n' "$*" >&2; exit 1; }
(($#)) || die "usage: $0 <command> [args...]"

if [[ -z "${HUSH_KEYRING_SESSION:-}" ]]; then
  command -v dbus-run-session >/dev/null || die "dbus-run-session missing (Debian package dbus / dbus-x11; run test/setup/setup.sh)"
  command -v gnome-keyring-daemon >/dev/null || die "gnome-keyring-daemon missing (Debian package gnome-keyring; run test/setup/setup.sh)"
  exec env HUSH_KEYRING_SESSION=1 dbus-run-session -- "$0" "$@" </dev/null
fi

# Inside the private session bus from here on.
keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/hush-keyring.XXXXXX")
trap 'rm -rf "$keyring_home"' EXIT
mkdir -p "$keyring_home/data" "$keyring_home/runtime"
chmod 700 "$keyring_home/runtime"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$keyring_home/runtime}"

# --unlock reads the login keyring password from stdin and creates the keyring when it does not exist yet.
daemon_env=$(printf 'hush-test-keyring' | XDG_DATA_HOME="$keyring_home/data" \
  gnome-keyring-daemon --unlock --components=secrets 2>"$keyring_home/daemon.log") \
  || { cat "$keyring_home/daemon.log" >&2; die "gnome-keyring-daemon did not start"; }
while IFS='=' read -r name value; do
  [[ -n "$name" && -n "$value" ]] && export "$name=$value"
done <<<"$daemon_env"

# Wait until the Secret Service name is on the bus (the daemon forks before it registers).
for _ in $(seq 1 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.1
done
dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' \
  || { cat "$keyring_home/daemon.log" >&2; die "no Secret Service (org.freedesktop.secrets) on the session bus"; }

status=0
"$@" || status=$?
exit "$status"
