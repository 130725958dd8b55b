// Resident search as seen in the UI: the queries (prefixes of the demo data: family names
// from crates/core/src/demo.rs, postcodes 6811–6846, BSN digits) and the script injected
// per query, which times keystroke → rendered list inside the page.

const FAMILIES = [
  'Berg', 'Ozturk', 'Vries', 'Jansen', 'El Amrani', 'Hondt', 'An', 'Bakker', 'Visser', 'Dijk',
  'Yilmaz', 'Smit', 'Meulen', 'Boer', 'Kowalski', 'Mulder', 'Bouzid', 'Hoek', 'Mensah', 'Brouwer',
];
const POSTCODES = ['68', '681', '6812', '682', '6825', '683', '6833', '684', '6841', '6846'];
const BSNS = ['1', '12', '123', '2', '34', '456', '5', '67', '789', '9'];

/**
 * At least `n` queries. Each is a whole prefix set at once (as if pasted into the
 * box); categories are interleaved so consecutive queries rarely return the same rows.
 */
export function queries(n) {
  const out = [];
  for (let i = 0; out.length < n; i++) {
    const family = FAMILIES[i % FAMILIES.length];
    const len = 2 + (Math.floor(i / FAMILIES.length) % 3);
    out.push(family.slice(0, len).trimEnd());
    if (i % 2 === 0) out.push(POSTCODES[(i / 2) % POSTCODES.length]);
    else out.push(BSNS[((i - 1) / 2) % BSNS.length]);
  }
  return out.slice(0, n);
}

/**
 * WebDriver execute/async body. arguments: query, timeout in ms, callback. Sets the search
 * box with the native value setter and fires 'input' (what React listens to), then waits
 * for the caseload rows (ids and count text) to differ from before, lets one animation
 * frame pass plus a task (so style, layout and paint of that frame have run) and reports
 * { ms, rows } timed with performance.now(); { ms: null } when nothing changed in time.
 */
export const PROBE = `
const [query, timeoutMs, done] = arguments;
const input = document.querySelector('[data-testid="caseload-search"]');
const root = document.querySelector('main') || document.body;
const rowsNow = () => document.querySelectorAll('[data-testid="caseload-row"]');
const signature = () =>
  Array.from(rowsNow(), (r) => r.getAttribute('data-resident-id')).join(',') + '|' +
  (document.querySelector('.werkpad-result-count')?.textContent ?? '');
const before = signature();
let scheduled = false;
let finished = false;
let t0 = 0;
let dom = 0;
const finish = (result) => {
  if (finished) return;
  finished = true;
  observer.disconnect();
  clearTimeout(timer);
  done(result);
};
const observer = new MutationObserver(() => {
  if (scheduled || signature() === before) return;
  scheduled = true;
  dom = performance.now() - t0;
  requestAnimationFrame(() =>
    setTimeout(() => finish({ ms: performance.now() - t0, dom, rows: rowsNow().length }), 0));
});
observer.observe(root, { childList: true, subtree: true, characterData: true });
const timer = setTimeout(() => finish({ ms: null, rows: rowsNow().length }), timeoutMs);
const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
t0 = performance.now();
setValue.call(input, query);
input.dispatchEvent(new Event('input', { bubbles: true }));
`;

/** WebDriver execute/async body: ms for one `caseload` command invoked from the page. */
export const IPC_PROBE = `
const [query, done] = arguments;
const t0 = performance.now();
window.__TAURI_INTERNALS__
  .invoke('caseload', { input: { state: null, text: query } })
  .then(() => done(performance.now() - t0), () => done(null));
`;
