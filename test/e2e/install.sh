#!/usr/bin/env bash
# Installs the offline "real VS Code" test harness: code-server 4.100.3 (VS Code 1.100.3)
# driven by Debian's Chromium through playwright-core. Used by `npm test` and `npm start`
# on machines without a desktop VS Code. Idempotent: a second run only checks.
# Recipe: shared/docs/testing-in-real-vscode.md, section 1.
set -euo pipefail
# node-pty's postinstall runs `npx node-gyp`; machines with `yes=false` in ~/.npmrc would cancel it.
export npm_config_yes=true
here="$(cd "$(dirname "$0")" && pwd)"
home="${VSCODE_E2E_HOME:-$here/../../.vscode-test/e2e}"
mkdir -p "$home"; home="$(cd "$home" && pwd)"
stamp="$home/.installed-4.100.3"

need_apt=()
for pkg in chromium ripgrep libkrb5-dev libsecret-1-dev libxkbfile-dev libx11-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "rapport e2e: missing Debian packages: ${need_apt[*]} (run as root, or: sudo apt-get install ${need_apt[*]})" >&2
    exit 1
  fi
  echo "rapport e2e: apt-get install ${need_apt[*]}"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -f "$stamp" ]; then exit 0; fi
echo "rapport e2e: installing code-server 4.100.3 into $home (about 2 minutes, once)"
mkdir -p "$home/cs" && cd "$home/cs"
echo '{"name":"vscode-e2e-cache","private":true}' > package.json
npm install --silent --no-audit --no-fund --ignore-scripts code-server@4.100.3 playwright-core@1.65.1
cd node_modules/code-server/lib/vscode
npm install --silent --no-audit --no-fund --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin && ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
npm rebuild --silent >/dev/null 2>&1 || npm rebuild
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --silent --no-audit --no-fund --omit=dev >/dev/null)
cd "$home/cs" && npm rebuild --silent argon2
XDG_CONFIG_HOME="$(mktemp -d)" node_modules/.bin/code-server --version | head -n 1
touch "$stamp"
