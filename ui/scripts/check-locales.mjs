#!/usr/bin/env node
// Checks the Fluent messages the UI uses against locales/nl-NL and locales/en-US.
//
// Used ids are found in ui/src (test files excluded) by the project's conventions:
//   t('id', ...)        a message formatted in a component
//   msg('id')           an id kept in a table (choices, step titles, field labels)
//   <Localized id="id"> the @fluent/react element
//   message_id: 'id'    a fallback error payload built in the UI
// Ids that come from the backend at run time (`t(error.message_id)`) are not literals and
// so are not checked here; the Rust side checks its own ids.
//
// Checks, each counted once:
//   - every used id is defined in nl-NL and in en-US;
//   - for each .ftl file present in both locales, both define the same ids;
//   - per locale, no id is defined twice (Fluent would drop the second);
//   - each message of ui.ftl and ui-*.ftl uses the same variables ($name) in both locales.
// Prints failures, then "N passed, M failed"; exits 1 when anything failed.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const uiDir = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(uiDir, 'src');
const localesDir = join(uiDir, '..', 'locales');
const LOCALES = ['nl-NL', 'en-US'];

const USE_PATTERNS = [
  /\bt\(\s*(['"`])([a-zA-Z][\w-]*)\1/g,
  /\bmsg\(\s*(['"`])([a-zA-Z][\w-]*)\1/g,
  /<Localized\s[^>]*?\bid=(['"])([a-zA-Z][\w-]*)\1/g,
  /\bmessage_id:\s*(['"])([a-zA-Z][\w-]*)\1/g,
];

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/** id → list of "file:line" where it is used. */
function usedIds() {
  const used = new Map();
  const files = walk(srcDir).filter(
    (f) => /\.(ts|tsx)$/.test(f) && !/\.test\.(ts|tsx)$/.test(f) && !f.includes(`${join('src', 'test')}`),
  );
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const re of USE_PATTERNS) {
      for (const m of text.matchAll(re)) {
        const id = m[2];
        const line = text.slice(0, m.index).split('\n').length;
        const where = `${relative(uiDir, file)}:${line}`;
        if (!used.has(id)) used.set(id, []);
        used.get(id).push(where);
      }
    }
  }
  return used;
}

/** Messages of one .ftl file, in order: [id, body] with the body's continuation lines. */
function parseFtl(text) {
  const messages = [];
  let current = null;
  for (const line of text.split(/\r?\n/)) {
    const start = /^([a-zA-Z][\w-]*)\s*=(.*)$/.exec(line);
    if (start) {
      current = [start[1], start[2]];
      messages.push(current);
    } else if (current && /^\s+\S/.test(line)) {
      current[1] += `\n${line}`;
    } else if (!/^\s*$/.test(line)) {
      current = null;
    }
  }
  return messages;
}

function variables(body) {
  return [...new Set([...(body ?? '').matchAll(/\{\s*\$([a-zA-Z][\w-]*)/g)].map((m) => m[1]))].sort();
}

const failures = [];
let passed = 0;
const check = (ok, message) => {
  if (ok) passed += 1;
  else failures.push(message);
};

// Defined ids per locale, and per file.
const byLocale = new Map();
const byFile = new Map(); // `${locale}/${file}` → Map(id → body)
for (const locale of LOCALES) {
  const ids = new Map();
  const dups = [];
  const dir = join(localesDir, locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    const messages = new Map();
    for (const [id, body] of parseFtl(readFileSync(join(dir, file), 'utf8'))) {
      if (ids.has(id)) dups.push(`"${id}" (${ids.get(id)} and ${file})`);
      else ids.set(id, file);
      if (!messages.has(id)) messages.set(id, body);
    }
    byFile.set(`${locale}/${file}`, messages);
  }
  check(dups.length === 0, `${locale}: ids defined twice: ${dups.join(', ')}`);
  byLocale.set(locale, ids);
}

// 1. Every id the UI uses exists in both locales.
const used = usedIds();
for (const [id, where] of [...used].sort(([a], [b]) => a.localeCompare(b))) {
  const missing = LOCALES.filter((l) => !byLocale.get(l).has(id));
  check(missing.length === 0, `"${id}" is missing in ${missing.join(' and ')} (used at ${where.join(', ')})`);
}

// 2. Both locales define the same ids, file by file.
const fileNames = new Set([...byFile.keys()].map((k) => k.split('/')[1]));
for (const file of [...fileNames].sort()) {
  const [nl, en] = LOCALES.map((l) => byFile.get(`${l}/${file}`));
  if (!nl || !en) {
    check(false, `${file} exists in ${nl ? 'nl-NL' : 'en-US'} only`);
    continue;
  }
  const onlyNl = [...nl.keys()].filter((id) => !en.has(id));
  const onlyEn = [...en.keys()].filter((id) => !nl.has(id));
  check(
    onlyNl.length === 0 && onlyEn.length === 0,
    `${file}: ids differ between locales` +
      (onlyNl.length ? `\n    only in nl-NL: ${onlyNl.join(', ')}` : '') +
      (onlyEn.length ? `\n    only in en-US: ${onlyEn.join(', ')}` : ''),
  );
}

// 3. Messages of the UI's own files (ui.ftl, ui-*.ftl) take the same variables in both locales.
for (const file of [...fileNames].filter((f) => /^ui(-[\w-]+)?\.ftl$/.test(f)).sort()) {
  const [nl, en] = LOCALES.map((l) => byFile.get(`${l}/${file}`) ?? new Map());
  for (const [id, body] of nl) {
    if (!en.has(id)) continue;
    const a = variables(body);
    const b = variables(en.get(id));
    check(a.join() === b.join(), `${file} "${id}": nl-NL uses {${a.join(', ')}}, en-US uses {${b.join(', ')}}`);
  }
}
const [uiNl] = LOCALES.map((l) => byFile.get(`${l}/ui.ftl`) ?? new Map());

const unused = [...uiNl.keys()].filter((id) => !used.has(id));
if (unused.length > 0) {
  console.log(`note: ${unused.length} ui.ftl id(s) not found as literals in src: ${unused.join(', ')}`);
}
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${used.size} ids used in ui/src, ${byLocale.get('nl-NL').size} defined in nl-NL, ${byLocale.get('en-US').size} in en-US`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
