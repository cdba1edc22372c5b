#!/usr/bin/env bash
# Reproduce kg/server/web/vendor/ (the query page's SPARQL editor) from npm.
#
# The editor is YASQE, the query editor of YASGUI, as @zazuko/yasqe publishes it: one browser
# bundle (CodeMirror 5 with the SPARQL grammar, lodash-es, DOMPurify, query-string, store.js)
# and its stylesheet. The versions are pinned by web-vendor/package.json and its lock file;
# this script installs exactly that tree (npm ci, no install scripts) in a temporary folder and
# copies the two files byte for byte, the licence of every package the bundle contains
# (LICENSES.txt), and manifest.json (each package's version and integrity, each file's SHA-256),
# which tests/server/test_editor.py checks against the lock file. Run it after changing a
# version in web-vendor/package.json (then `npm install --package-lock-only` there first).
#
# @zazuko/yasqe ships no licence file: its package.json says MIT, and the text is that of
# @triply/yasqe, the package it forks (a devDependency only for that file). `events` is the
# EventEmitter the bundle includes; it is installed for its licence file only as well.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/kg/server/web/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp "$repo/web-vendor/package.json" "$repo/web-vendor/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

modules="$work/node_modules"
mkdir -p "$out"
cp "$modules/@zazuko/yasqe/build/yasqe.min.js" "$modules/@zazuko/yasqe/build/yasqe.min.css" "$out/"

# the packages bundled in yasqe.min.js (its source map lists them), each with its licence file,
# found as the bundle's own packages find them (from @zazuko/yasgui-utils, then @zazuko/yasqe)
node - "$modules" "$out" <<'EOF'
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const [modules, out] = process.argv.slice(2);
const BUNDLED = [  // package, its licence file (null: the package has none, see the header)
  ["@zazuko/yasqe", null], ["@zazuko/yasgui-utils", null], ["codemirror", "LICENSE"],
  ["dompurify", "LICENSE"], ["lodash-es", "LICENSE"], ["query-string", "license"],
  ["decode-uri-component", "license"], ["filter-obj", "license"], ["split-on-first", "license"],
  ["strict-uri-encode", "license"], ["store", "LICENSE"], ["events", "LICENSE"],
];
const FORKED = path.join(modules, "@triply/yasqe/LICENSE.txt");
const from = [path.join(modules, "@zazuko/yasgui-utils"), path.join(modules, "@zazuko/yasqe")];
const rule = "=".repeat(78);
const texts = ["Licences of the code in yasqe.min.js and yasqe.min.css (written by scripts/vendor_editor.sh).\n"];
const packages = {};
for (const [name, licenceFile] of BUNDLED) {
  const folder = [...from.map((dir) => path.join(dir, "node_modules", name)), path.join(modules, name)]
    .find((dir) => fs.existsSync(path.join(dir, "package.json")));
  const manifest = path.join(folder, "package.json");
  const meta = JSON.parse(fs.readFileSync(manifest, "utf8"));
  const file = licenceFile ? path.join(folder, licenceFile) : FORKED;
  texts.push(`\n${rule}\n${name} ${meta.version} (${meta.license}), licence text from ` +
             `${path.relative(modules, file)}\n${rule}\n\n` + fs.readFileSync(file, "utf8"));
  packages[name] = { version: meta.version, folder: path.relative(modules, folder) };
}
fs.writeFileSync(path.join(out, "LICENSES.txt"), texts.join(""));
const lock = JSON.parse(fs.readFileSync(path.join(modules, "..", "package-lock.json"), "utf8"));
for (const [name, record] of Object.entries(packages)) {
  const locked = lock.packages["node_modules/" + record.folder];
  packages[name] = { version: record.version, integrity: locked.integrity };
}
const files = {};
for (const name of ["yasqe.min.js", "yasqe.min.css", "LICENSES.txt"]) {
  const bytes = fs.readFileSync(path.join(out, name));
  files[name] = crypto.createHash("sha256").update(bytes).digest("hex");
}
const manifest = { editor: "@zazuko/yasqe", packages, files };
fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
EOF
echo "vendored @zazuko/yasqe $(node -p "require('$modules/@zazuko/yasqe/package.json').version") into $out"
