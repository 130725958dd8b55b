#!/usr/bin/env node
// Pixel comparison of two builds of the UI, for changes that must not change how the app
// looks (bundling, CSS imports, memoisation). Each build's dist/ is served with
// `vite preview`, opened in headless Chromium (Debian's /usr/bin/chromium, driven over the
// DevTools protocol) with a mocked Tauri IPC, and a fixed list of screens is captured as
// full-page PNGs at 1280x800; then the two sets are compared pixel by pixel.
//
// Usage (from ui/):
//   node scripts/compare-screens.mjs                       HEAD's ui/ against the work tree
//   node scripts/compare-screens.mjs --ref REF             REF's ui/ against the work tree
//   node scripts/compare-screens.mjs --with PATH[,PATH]     REF's ui/ against REF's ui/ plus
//            these files of the work tree (paths under ui/): isolates one change while
//            other work is in progress in the same tree
//   node scripts/compare-screens.mjs --before DIST --after DIST   two existing builds
//   options: --out DIR (screenshots and diff images; default a temp folder),
//            --only NAME[,NAME] (a subset of screens),
//            --styles (also compare the computed style of every element, and of each kind
//            of link, button and field with :hover, :focus-visible and :active forced:
//            states that no screenshot shows; ~2 min more), --classes FILE (write the
//            class names seen on all screens of the "after" build, one a line)
// Builds are made with node_modules/.bin/vite build into temp folders (dist/ is left
// alone). Exit code 0 when every screen is identical, 1 when any pixel (or, with --styles,
// any computed style) differs, 2 when the run failed.
// Needs: chromium (apt), ui/node_modules (npm ci). Nothing is downloaded.

import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';

const uiDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(uiDir, '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WIDTH = 1280;
const HEIGHT = 800;

const opt = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const log = (...a) => console.error('[compare-screens]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------
// Mocked IPC: the commands of docs/ipc.md that the captured screens call, with fixed data.

const STATUS = {
  initialised: true,
  unlocked: true,
  coach_name: 'Petra de Vries',
  keyring_backend: 'keyring',
  locale: 'nl-NL',
  auto_lock_minutes: 15,
  pending_changes: 3,
};

const GIVEN = ['Ayşe', 'Jan', 'Fatima', 'Pieter', 'Çağlar', 'Mohammed', 'Anna', 'Kofi', 'Olena', 'Bram'];
const FAMILY = ['Öztürk', 'van der Berg', 'El Amrani', 'de Vries', 'Yılmaz', 'Bouzid', 'Kowalski', 'Mensah', 'Jansen', 'Bakker'];
const STATES = ['aangemeld', 'intake', 'actief', 'geplaatst', 'nazorg', null];
const pad = (n) => String(n).padStart(2, '0');
const CASELOAD = Array.from({ length: 20 }, (_, i) => ({
  id: `r-${i + 1}`,
  display_name: `${GIVEN[i % 10]} ${FAMILY[(i * 3) % 10]}`,
  birth_date: `19${60 + ((i * 7) % 40)}-${pad(1 + (i % 12))}-${pad(1 + ((i * 5) % 28))}`,
  postcode: `68${pad(11 + i)}${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(66 + ((i * 3) % 24))}`,
  woonplaats: i % 4 === 3 ? null : i % 3 ? 'Arnhem' : 'Velp',
  traject_state: STATES[i % STATES.length],
  next_appointment: i % 3 === 0 ? null : `2025-06-${pad(2 + i)}T${pad(9 + (i % 8))}:30:00`,
}));

const emptyDraft = () => ({
  name: { initials: null, given_names: null, tussenvoegsel: null, family_name: null, preferred_name: null },
  birth_date: null,
  gender: null,
  bsn: null,
  address: { street: null, house_number: null, house_number_addition: null, postcode: null, woonplaats: null },
  phone: null,
  email: null,
  id_document: { kind: null, number: null, expires_on: null },
  marital_status: null,
  nationality: null,
  verblijfstitel: { kind: null, expires_on: null },
  housing: { kind: null, monthly_rent: null, landlord: null },
  languages: [],
  education: [],
  work_experience: [],
  availability: { hours_per_week: null, days: [], available_from: null, notes: null },
  obstacles: [],
  motivation: null,
  career_wishes: [],
  privacy_statement_explained_on: null,
});

const COACH = { id: 's-1', name: 'Petra de Vries' };
const FILE = (() => {
  const name = { initials: 'J.', given_names: 'Jan', tussenvoegsel: 'van der', family_name: 'Berg', preferred_name: null };
  const draft = {
    ...emptyDraft(),
    name,
    birth_date: '1990-05-17',
    bsn: '123456782',
    gender: 'male',
    address: { street: 'Rijnkade', house_number: '12', house_number_addition: 'A', postcode: '6811AB', woonplaats: 'Arnhem' },
    phone: '06-12345678',
    languages: [{ language: 'nl', level: 'a2' }],
  };
  return {
    resident: { id: 'r-1', name, birth_date: '1990-05-17' },
    draft,
    trajecten: [
      {
        id: 't-1',
        resident_id: 'r-1',
        coach: COACH,
        state: 'actief',
        purposes: ['guidance'],
        started_on: '2025-05-01',
        end: null,
        history: [
          { from: 'aangemeld', to: 'intake', on: '2025-05-02', by: COACH, reason: null },
          { from: 'intake', to: 'actief', on: '2025-05-09', by: COACH, reason: 'Intake rond' },
        ],
        destroy_after: null,
      },
    ],
    reports: [],
    agreements: [],
    goals: [],
    appointments: [],
    assessments: [],
    health_record_count: 1,
  };
})();

/** The init script: window.__TAURI_INTERNALS__ answering from `data` (runs before the app). */
function mockSource(data) {
  return `(() => {
  const data = ${JSON.stringify(data)};
  const clone = (v) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));
  let next = 1;
  const callbacks = new Map();
  window.__TAURI_INTERNALS__ = {
    metadata: { currentWindow: { label: 'main' }, currentWebview: { windowLabel: 'main', label: 'main' } },
    transformCallback(cb, once) {
      const id = next++;
      callbacks.set(id, (x) => { if (once) callbacks.delete(id); return cb && cb(x); });
      return id;
    },
    unregisterCallback(id) { callbacks.delete(id); },
    runCallback(id, x) { const cb = callbacks.get(id); if (cb) cb(x); },
    callbacks,
    convertFileSrc: (p) => p,
    async invoke(cmd, args) {
      if (cmd.startsWith('plugin:event|')) return cmd === 'plugin:event|listen' ? next++ : null;
      if (cmd === 'save_settings') return { ...data.app_status, ...(args && args.input) };
      if (cmd in data) return clone(data[cmd]);
      return null;
    },
  };
  window.__TAURI_EVENT_PLUGIN_INTERNALS__ = { unregisterListener() {} };
})();`;
}

const unlockedData = (extra = {}) => ({
  app_status: STATUS,
  caseload: { rows: CASELOAD, total: CASELOAD.length, more: false },
  intake_draft_load: null,
  intake_check: [],
  resident_file: FILE,
  health_view: [],
  ...extra,
});

// In-page helpers for the steps below (`id` = data-testid).
const HELPERS = `
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const $ = (id) => document.querySelector('[data-testid="' + id + '"]');
async function waitFor(fn, what, ms = 10000) {
  const t0 = performance.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (performance.now() - t0 > ms) throw new Error('timed out waiting for ' + what);
    await sleep(20);
  }
}
const byId = (id) => waitFor(() => $(id), id);
async function click(id) { (await byId(id)).click(); }
`;

const intakeStep = (n) => ({
  name: `intake-${n}`,
  data: unlockedData(),
  steps: `await click('nav-intake'); await byId('intake-name-given_names');
    ${n > 1 ? `(await waitFor(() => document.querySelectorAll('.werkpad-steps__link')[${n - 1}], 'step link ${n}')).click();` : ''}
    await waitFor(() => $('intake-step-title')?.textContent.startsWith('Stap ${n} '), 'step ${n}');`,
});

/** The screens: name, IPC data, and the steps (async JS in the page) that reach them. */
const SCREENS = [
  {
    name: 'first-run',
    data: { app_status: { ...STATUS, initialised: false, unlocked: false, coach_name: null } },
    steps: `await byId('firstrun-coach');`,
  },
  {
    name: 'unlock',
    data: { app_status: { ...STATUS, unlocked: false } },
    steps: `await byId('unlock-passphrase');`,
  },
  {
    name: 'caseload',
    data: unlockedData(),
    steps: `await waitFor(() => document.querySelectorAll('[data-testid="caseload-row"]').length === 20, '20 rows');`,
  },
  {
    name: 'caseload-empty',
    data: unlockedData({ caseload: { rows: [], total: 0, more: false } }),
    steps: `await waitFor(() => document.querySelector('.werkpad-result-count')?.textContent.startsWith('Geen'), 'empty');`,
  },
  ...Array.from({ length: 10 }, (_, i) => intakeStep(i + 1)),
  {
    name: 'intake-errors',
    data: unlockedData({
      intake_check: [
        { field: 'resident.name.given_names', message_id: 'error-required', args: {} },
        { field: 'resident.name.family_name', message_id: 'error-required', args: {} },
        { field: 'resident.bsn', message_id: 'error-bsn-checksum', args: {} },
      ],
    }),
    steps: `await click('nav-intake'); await byId('intake-name-given_names');
      await click('intake-next'); await byId('intake-error-summary');`,
  },
  ...['personal', 'traject', 'reports', 'plan', 'appointments'].map((tab) => ({
    name: `file-${tab}`,
    data: unlockedData(),
    steps: `await waitFor(() => document.querySelectorAll('[data-testid="caseload-open"]').length === 20, 'rows');
      document.querySelector('[data-testid="caseload-open"]').click();
      await byId('file-title'); await click('tab-${tab}');
      await waitFor(() => $('tab-${tab}')?.getAttribute('aria-selected') === 'true', 'tab ${tab}');`,
  })),
  {
    name: 'settings',
    data: unlockedData(),
    steps: `await click('nav-settings'); await byId('settings-locale');`,
  },
];

// ---------------------------------------------------------------------------------------
// PNG decode/encode (8-bit RGB/RGBA, not interlaced: what Chromium writes).

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

export function decodePng(buf) {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8);
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) {
        throw new Error(`unsupported PNG (depth ${depth}, colour ${colour}, interlace ${interlace})`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = Buffer.alloc(width * height * 4);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? line[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      let add = 0;
      if (filter === 1) add = a;
      else if (filter === 2) add = b;
      else if (filter === 3) add = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = (line[x] + add) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      px[o] = line[x * channels];
      px[o + 1] = line[x * channels + 1];
      px[o + 2] = line[x * channels + 2];
      px[o + 3] = channels === 4 ? line[x * channels + 3] : 255;
    }
    prev = line;
  }
  return { width, height, data: px };
}

function encodePng({ width, height, data }) {
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) data.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Differing pixels of two decoded images, and a diff picture (red where they differ). */
function comparePng(a, b) {
  if (a.width !== b.width || a.height !== b.height) {
    return { differ: Infinity, reason: `size ${a.width}x${a.height} vs ${b.width}x${b.height}` };
  }
  let differ = 0;
  const out = Buffer.alloc(a.data.length);
  for (let i = 0; i < a.data.length; i += 4) {
    const same =
      a.data[i] === b.data[i] &&
      a.data[i + 1] === b.data[i + 1] &&
      a.data[i + 2] === b.data[i + 2] &&
      a.data[i + 3] === b.data[i + 3];
    if (same) {
      const g = (a.data[i] + a.data[i + 1] + a.data[i + 2]) / 3;
      out[i] = out[i + 1] = out[i + 2] = 200 + g / 5;
    } else {
      differ++;
      out[i] = 255;
      out[i + 1] = out[i + 2] = 0;
    }
    out[i + 3] = 255;
  }
  return { differ, diff: { width: a.width, height: a.height, data: out } };
}

// ---------------------------------------------------------------------------------------
// Chromium over the DevTools protocol.

async function openSocket(url) {
  let WS = globalThis.WebSocket;
  if (!WS) WS = (await import('ws')).default; // Node 20: the ws package (a webdriverio dependency)
  const ws = new WS(url);
  await new Promise((res, rej) => {
    ws.onopen = res;
    ws.onerror = (e) => rej(new Error(`DevTools socket: ${e.message ?? e}`));
  });
  return ws;
}

class Cdp {
  constructor(ws) {
    this.ws = ws;
    this.id = 0;
    this.pending = new Map();
    this.listeners = new Set();
    ws.onmessage = (ev) => {
      const msg = JSON.parse(typeof ev.data === 'string' ? ev.data : ev.data.toString());
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(`${p.method}: ${msg.error.message}`));
        else p?.resolve(msg.result);
      } else for (const l of this.listeners) l(msg);
    };
  }
  send(method, params = {}, sessionId) {
    const id = ++this.id;
    this.ws.send(JSON.stringify({ id, method, params, sessionId }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, method }));
  }
  waitEvent(method, sessionId, ms = 15000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(l);
        reject(new Error(`no ${method} in ${ms} ms`));
      }, ms);
      const l = (msg) => {
        if (msg.method === method && msg.sessionId === sessionId) {
          clearTimeout(timer);
          this.listeners.delete(l);
          resolve(msg.params);
        }
      };
      this.listeners.add(l);
    });
  }
}

async function launchChromium(profile) {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ];
  const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 300 && !existsSync(portFile); i++) {
    if (child.exitCode !== null) throw new Error(`chromium exited: ${err}`);
    await sleep(50);
  }
  const [port, path] = readFileSync(portFile, 'utf8').trim().split('\n');
  const cdp = new Cdp(await openSocket(`ws://127.0.0.1:${port}${path}`));
  return { child, cdp };
}

/** Opens `url` in a fresh tab with `data` as IPC, runs `steps`, returns a PNG (and classes). */
/** In-page: a short text per element for `getComputedStyle(el)` (and `::before`/`::after`). */
const STYLE_OF = `function styleOf(el) {
  // Standard properties only, listed once: every element inherits the ~2,000 design tokens
  // (custom properties), and listing those per element made this slow; what they change
  // shows in the standard properties.
  const names = (window.__styleNames ??= Array.from(getComputedStyle(document.documentElement)).filter(
    (p) => !p.startsWith('--'),
  ));
  const text = (cs) => names.map((p) => p + ':' + cs.getPropertyValue(p)).join(';');
  // The server's port differs between the two builds: resolved url()s must not count.
  const all = (text(getComputedStyle(el)) + '|' + text(getComputedStyle(el, '::before')) + '|' +
    text(getComputedStyle(el, '::after'))).replaceAll(location.origin, '');
  let h = 0;
  for (let i = 0; i < all.length; i++) h = (Math.imul(h, 31) + all.charCodeAt(i)) | 0;
  return h.toString(36);
}
function describe(el) {
  const id = el.getAttribute('data-testid') || el.id;
  return el.tagName.toLowerCase() + (id ? '#' + id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
}`;

/** Pseudo-classes forced on each interactive element for the style comparison. */
const PSEUDO_STATES = [['hover'], ['focus', 'focus-visible'], ['active']];
const INTERACTIVE = 'a, button, input, select, textarea, summary, [tabindex]';

/**
 * Computed styles of every element on the screen as it is, and of interactive elements
 * (and what they contain) with :hover, :focus-visible and :active forced, one element per
 * kind (tag and classes): a list of "element hash" lines, compared between the builds.
 */
async function stylesOf(s) {
  const plain = await s('Runtime.evaluate', {
    // Not <head>: nothing in it is shown, and it gains a <link> per chunk loaded lazily.
    expression: `(() => { ${STYLE_OF}
      return [...document.querySelectorAll('html, body, body *')].map((el, i) => i + ' ' + describe(el) + ' ' + styleOf(el)); })()`,
    returnByValue: true,
  });
  const lines = plain.result.value;
  await s('DOM.enable');
  await s('CSS.enable');
  const { root } = await s('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await s('DOM.querySelectorAll', { nodeId: root.nodeId, selector: INTERACTIVE });
  const kinds = await s('Runtime.evaluate', {
    expression: `(() => { const seen = new Set();
      return [...document.querySelectorAll(${JSON.stringify(INTERACTIVE)})].flatMap((el, i) => {
        const kind = el.tagName + ' ' + el.getAttribute('type') + ' ' + el.className + ' ' + el.disabled;
        if (seen.has(kind)) return [];
        seen.add(kind);
        return [i];
      }); })()`,
    returnByValue: true,
  });
  for (const n of kinds.result.value) {
    const nodeId = nodeIds[n];
    const { object } = await s('DOM.resolveNode', { nodeId });
    for (const forced of PSEUDO_STATES) {
      await s('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: forced });
      const r = await s('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function () { ${STYLE_OF}
          return [this, ...this.querySelectorAll('*')].map((el) => describe(el) + ' ' + styleOf(el)).join(' / '); }`,
        returnByValue: true,
      });
      lines.push(`:${forced.join(':')} ${n} ${r.result.value}`);
    }
    await s('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: [] });
  }
  return lines;
}

async function shoot(cdp, url, screen, wantClasses, wantStyles) {
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  const s = (m, p) => cdp.send(m, p, sessionId);
  try {
    await s('Page.enable');
    await s('Runtime.enable');
    await s('Emulation.setDeviceMetricsOverride', { width: WIDTH, height: HEIGHT, deviceScaleFactor: 1, mobile: false });
    await s('Page.addScriptToEvaluateOnNewDocument', { source: mockSource(screen.data) });
    const loaded = cdp.waitEvent('Page.loadEventFired', sessionId);
    await s('Page.navigate', { url });
    await loaded;
    const run = await s('Runtime.evaluate', {
      expression: `(async () => { ${HELPERS}
        ${screen.steps}
        await document.fonts.ready;
        await sleep(150);
        document.activeElement?.blur?.();
        window.scrollTo(0, 0);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await sleep(50);
        return {
          height: Math.ceil(document.documentElement.scrollHeight),
          classes: ${wantClasses ? `[...new Set([...document.querySelectorAll('[class]')].flatMap((e) => [...e.classList]))]` : '[]'},
        };
      })()`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (run.exceptionDetails) {
      throw new Error(`${screen.name}: ${run.exceptionDetails.exception?.description ?? run.exceptionDetails.text}`);
    }
    const { height, classes } = run.result.value;
    const shot = await s('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
      clip: { x: 0, y: 0, width: WIDTH, height: Math.max(HEIGHT, height), scale: 1 },
    });
    const styles = wantStyles ? await stylesOf(s) : null;
    return { png: Buffer.from(shot.data, 'base64'), classes, styles };
  } finally {
    await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------
// Builds and servers.

function build(srcUi, outDir) {
  log(`building ${srcUi} → ${outDir}`);
  execFileSync(join(uiDir, 'node_modules', '.bin', 'vite'), ['build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: srcUi,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return outDir;
}

/** ui/ and locales/ of a git revision in a temp folder, sharing this node_modules; `files`
 * (paths under ui/) are then copied over from the work tree. */
function exportRef(ref, into, files = []) {
  mkdirSync(into, { recursive: true });
  const tar = execFileSync('git', ['-C', repoDir, 'archive', '--format=tar', ref, 'ui', 'locales'], {
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', into], { input: tar });
  symlinkSync(join(uiDir, 'node_modules'), join(into, 'ui', 'node_modules'));
  for (const f of files) {
    mkdirSync(dirname(join(into, 'ui', f)), { recursive: true });
    copyFileSync(join(uiDir, f), join(into, 'ui', f));
  }
  return join(into, 'ui');
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

async function preview(dist) {
  const port = await freePort();
  const child = spawn(
    join(uiDir, 'node_modules', '.bin', 'vite'),
    ['preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: uiDir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 200 || child.exitCode !== null) throw new Error(`vite preview of ${dist} did not start`);
    await sleep(50);
  }
  return { child, url };
}

// ---------------------------------------------------------------------------------------

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'werkpad-screens-'));
  const out = resolve(opt('out') ?? join(work, 'shots'));
  const only = opt('only')?.split(',');
  const styles = process.argv.includes('--styles');
  const screens = only ? SCREENS.filter((s) => only.includes(s.name)) : SCREENS;
  const children = [];
  let closeBrowser = async () => {};
  let exitCode = 0;
  try {
    const ref = opt('ref') ?? 'HEAD';
    const before = opt('before')
      ? resolve(opt('before'))
      : build(exportRef(ref, join(work, 'ref')), join(work, 'dist-before'));
    const after = opt('after')
      ? resolve(opt('after'))
      : opt('with')
        ? build(exportRef(ref, join(work, 'ref-with'), opt('with').split(',')), join(work, 'dist-after'))
        : build(uiDir, join(work, 'dist-after'));
    const { child: chromium, cdp } = await launchChromium(join(work, 'profile'));
    children.push(chromium);
    closeBrowser = () => cdp.send('Browser.close').catch(() => {});
    const shots = {};
    let classes = new Set();
    for (const [label, dist] of [['before', before], ['after', after]]) {
      const server = await preview(dist);
      children.push(server.child);
      mkdirSync(join(out, label), { recursive: true });
      shots[label] = {};
      for (const screen of screens) {
        const r = await shoot(cdp, server.url, screen, label === 'after', styles);
        writeFileSync(join(out, label, `${screen.name}.png`), r.png);
        if (r.styles) writeFileSync(join(out, label, `${screen.name}.styles.txt`), r.styles.join('\n') + '\n');
        shots[label][screen.name] = r;
        for (const c of r.classes) classes.add(c);
      }
      await new Promise((res) => (server.child.once('exit', res), server.child.kill()));
      log(`${label}: ${screens.length} screens from ${dist}`);
    }
    if (opt('classes')) writeFileSync(opt('classes'), [...classes].sort().join('\n') + '\n');
    mkdirSync(join(out, 'diff'), { recursive: true });
    const rows = [];
    for (const screen of screens) {
      const a = decodePng(shots.before[screen.name].png);
      const b = decodePng(shots.after[screen.name].png);
      const r = comparePng(a, b);
      if (r.differ > 0) {
        exitCode = 1;
        if (r.diff) writeFileSync(join(out, 'diff', `${screen.name}.png`), encodePng(r.diff));
      }
      let row = `${screen.name.padEnd(20)} ${a.width}x${a.height}`.padEnd(36) +
        (r.differ === 0 ? 'identical' : r.reason ?? `${r.differ} pixels differ`);
      if (styles) {
        const sa = shots.before[screen.name].styles;
        const sb = shots.after[screen.name].styles;
        const changed = sa.filter((line, i) => line !== sb[i]).length + Math.abs(sa.length - sb.length);
        const states = sa.filter((l) => l.startsWith(':')).length;
        row += changed === 0
          ? `, styles identical (${sa.length - states} elements, ${states} forced states)`
          : `, STYLES DIFFER: ${changed} of ${sa.length} (see *.styles.txt)`;
        if (changed) exitCode = 1;
      }
      rows.push(row);
    }
    console.log(rows.join('\n'));
    console.log(
      exitCode === 0
        ? `all ${screens.length} screens pixel-identical (screenshots in ${out})`
        : `DIFFERENCES: see ${join(out, 'diff')}`,
    );
  } finally {
    await closeBrowser();
    await Promise.all(
      children.map(
        (c) => c.exitCode ?? c.signalCode ?? new Promise((res) => (c.once('exit', res), c.kill())),
      ),
    );
    if (!opt('out')) log(`screenshots kept in ${out}`);
    for (const d of ['profile', 'ref', 'ref-with', 'dist-before', 'dist-after']) {
      // Chromium's helper processes may still be writing to the profile for a moment.
      rmSync(join(work, d), { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  }
  process.exit(exitCode);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
