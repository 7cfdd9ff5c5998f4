#!/usr/bin/env bash
# The whole set-up for the tests on a fresh Debian machine, then the tests: installs the Debian
# packages in scripts/packages.txt that are missing (apt-get; as root, or through sudo), then runs
# `dotnet test` with any arguments given (`bash scripts/test.sh --filter Search`). .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
while read -r package; do
  package=${package%%#*}
  package=${package//[[:space:]]/}
  [ -n "$package" ] || continue
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done < scripts/packages.txt

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet test "$@"
