#!/usr/bin/env bash
# Builds rig's documentation site strictly and checks it renders.
#
#   bash docs/check.sh            build into a temporary folder, check, delete it
#   bash docs/check.sh site       build into ./site and keep it (the Pages workflow does this)
#
# Fails when: a nav entry names a missing page, a page is missing from the nav, a link or
# anchor inside the site is broken, any mkdocs warning is printed (--strict), or a headless
# Chromium screenshot of a page comes out blank. Installs Debian's mkdocs, mkdocs-material and
# chromium when they are missing (needs root or sudo); without Chromium the render check is
# skipped with a notice, not passed silently.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

apt_install() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else return 1; fi
  fi
  command -v apt-get >/dev/null || return 1
  echo "docs/check.sh: installing $* with apt-get" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v mkdocs >/dev/null; then
  apt_install mkdocs mkdocs-material || {
    echo "docs/check.sh: mkdocs is missing and could not be installed; install Debian's mkdocs and mkdocs-material" >&2
    exit 2
  }
fi

if [ $# -ge 1 ]; then
  site=$(mkdir -p "$1" && cd "$1" && pwd)
else
  site=$(mktemp -d)
  trap 'rm -rf "$site"' EXIT
fi

# 1. Strict build: warnings (missing nav pages, links to missing files) fail it.
log=$(mktemp)
if ! mkdocs build --strict --clean -d "$site" >"$log" 2>&1; then
  cat "$log" >&2
  echo "docs/check.sh: FAILED: mkdocs build --strict" >&2
  exit 1
fi
# mkdocs 1.4 only logs pages left out of the nav at INFO level: make that an error too.
if grep -q 'not included in the "nav"' "$log"; then
  awk '/not included in the "nav"/ {on = 1; next} on && /^  - / {print "not in nav:", $2; next} {on = 0}' "$log" >&2
  echo "docs/check.sh: FAILED: every page in docs/ must be in the nav of mkdocs.yml" >&2
  exit 1
fi
rm -f "$log"
echo "docs/check.sh: mkdocs build --strict passed ($site)"

# 2. Every link inside the built site reaches a file, and every #anchor an element id.
/usr/bin/env python3 - "$site" <<'PY'
import os, sys
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote

site = sys.argv[1]

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "img" and attrs.get("src"):
            self.links.append(attrs["src"])

pages = {}
for folder, _, files in os.walk(site):
    for name in files:
        # 404.html is served at any URL, so its links are absolute (site_url based): skip it.
        if name.endswith(".html") and os.path.join(folder, name) != os.path.join(site, "404.html"):
            path = os.path.join(folder, name)
            page = Page()
            with open(path, encoding="utf-8") as f:
                page.feed(f.read())
            pages[os.path.normpath(path)] = page

def target(base, href):
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
        return None
    path = unquote(parts.path)
    if not path:
        resolved = base
    else:
        resolved = os.path.normpath(os.path.join(os.path.dirname(base), path))
        if os.path.isdir(resolved) or path.endswith("/"):
            resolved = os.path.join(resolved, "index.html")
    return resolved, unquote(parts.fragment)

broken = []
for path, page in sorted(pages.items()):
    for href in page.links:
        t = target(path, href)
        if t is None:
            continue
        file, fragment = t
        where = os.path.relpath(path, site)
        if not os.path.exists(file):
            broken.append(f"{where}: link to {href}: no such file in the site")
        elif fragment and file in pages and fragment not in pages[file].ids:
            broken.append(f"{where}: link to {href}: no element with id '{fragment}'")
if broken:
    print("\n".join(broken), file=sys.stderr)
    print(f"docs/check.sh: FAILED: {len(broken)} broken link(s)", file=sys.stderr)
    sys.exit(1)
print(f"docs/check.sh: {sum(len(p.links) for p in pages.values())} links in {len(pages)} pages resolve")
PY

# 3. Render the overview and one inner page in headless Chromium.
chromium_bin=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chromium_bin" ]; then
  apt_install chromium || true
  chromium_bin=$(command -v chromium || true)
fi
if [ -z "$chromium_bin" ]; then
  echo "docs/check.sh: NOTICE: no Chromium; render check skipped (apt-get install chromium to run it)" >&2
  exit 0
fi

shots=${RIG_DOCS_SCREENSHOTS:-$(mktemp -d)}
mkdir -p "$shots"
chrome() {
  local profile
  profile=$(mktemp -d)
  timeout 120 "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --disable-dev-shm-usage \
    --user-data-dir="$profile" \
    --window-size=1280,900 "$@" 2>/dev/null
  rm -rf "$profile"
}
for page in index.html getting-started/index.html; do
  name=${page%%/*}; name=${name%.html}
  png="$shots/$name.png"
  chrome --screenshot="$png" "file://$site/$page" >/dev/null
  size=$(stat -c %s "$png" 2>/dev/null || echo 0)
  # A blank 1280x900 page compresses to a few kilobytes; a rendered page with text is far larger.
  if [ "$size" -lt 20000 ]; then
    echo "docs/check.sh: FAILED: screenshot of $page is blank or missing ($size bytes, $png)" >&2
    exit 1
  fi
  # The navigation is part of the rendered page: every nav title must be in the live DOM.
  dom=$(chrome --dump-dom "file://$site/$page")
  for title in "Getting started" "Writing config files" "CLI reference" "Architecture" "Comparisons"; do
    if ! tr -d '\n' <<<"$dom" | sed 's/<a /\n<a /g' | sed 's|</a>.*||' | grep 'md-nav__link' | grep -q "$title"; then
      echo "docs/check.sh: FAILED: $page renders without a navigation link to '$title'" >&2
      exit 1
    fi
  done
  echo "docs/check.sh: $page renders with navigation ($size-byte screenshot: $png)"
done
echo "docs/check.sh: OK"
