// A tiny W3C WebDriver client over Node's fetch, enough for the desktop benchmark: one
// session on tauri-driver, find/click/type by data-testid, execute sync and async scripts.

import { sleep } from './proc.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'; // W3C web element identifier

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const v = json.value ?? {};
    throw new Error(`${method} ${path}: ${v.error ?? res.status} ${v.message ?? ''}`.trim());
  }
  return json.value;
}

/** Waits until the driver at `port` answers /status. */
export async function waitForDriver(port, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`no WebDriver on port ${port}`);
}

/** Opens a session that starts `application` with `args`; returns the session helpers. */
export async function openSession(port, application, args = []) {
  const base = `http://127.0.0.1:${port}`;
  const created = await call(base, 'POST', '/session', {
    capabilities: {
      alwaysMatch: { browserName: 'wry', 'tauri:options': { application, args } },
    },
  });
  const s = `/session/${created.sessionId}`;
  // A bare test id, or a CSS selector when it starts with '=' (e.g. '=h1').
  const sel = (t) => ({ using: 'css selector', value: t.startsWith('=') ? t.slice(1) : `[data-testid="${t}"]` });
  const session = {
    /** The element with this test id (or '=css'), polling until it exists. */
    async find(testId, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        try {
          return (await call(base, 'POST', `${s}/element`, sel(testId)))[ELEMENT];
        } catch (e) {
          if (Date.now() > end) throw e;
          await sleep(50);
        }
      }
    },
    async count(testId) {
      return (await call(base, 'POST', `${s}/elements`, sel(testId))).length;
    },
    click: (el) => call(base, 'POST', `${s}/element/${el}/click`, {}),
    type: (el, text) => call(base, 'POST', `${s}/element/${el}/value`, { text }),
    execute: (script, args = []) => call(base, 'POST', `${s}/execute/sync`, { script, args }),
    executeAsync: (script, args = []) => call(base, 'POST', `${s}/execute/async`, { script, args }),
    setScriptTimeout: (ms) => call(base, 'POST', `${s}/timeouts`, { script: ms }),
    close: () => call(base, 'DELETE', s).catch(() => undefined),
  };
  return session;
}
