// Process helpers for the desktop benchmark: start Xvfb, find a process's descendants
// through /proc, sum their PSS (smaps_rollup), and kill a whole tree. Linux only.

import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts `Xvfb :N` (1280x800x24) and waits for its socket. Returns the child process; its
 * output goes to `logFile` when given.
 */
export async function startXvfb(display, logFile) {
  const socket = `/tmp/.X11-unix/X${display}`;
  if (existsSync(socket)) throw new Error(`display :${display} is in use; pick another with --display`);
  const out = logFile ? openSync(logFile, 'a') : 'ignore';
  // -noreset: by default Xvfb resets when its last client leaves, and an app that connects
  // during the reset fails with "Failed to initialize GTK".
  const args = [`:${display}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '-noreset'];
  const xvfb = spawn('Xvfb', args, {
    stdio: ['ignore', out, out],
  });
  for (let i = 0; i < 100 && !existsSync(socket); i++) await sleep(50);
  if (!existsSync(socket)) throw new Error('Xvfb did not start');
  return xvfb;
}

/** pid → ppid and state for every process, read from /proc/PID/stat. */
function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { state: rest[0], ppid: Number(rest[1]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

/** `pid` and all its living descendants (zombies left out). */
export function tree(pid) {
  const table = processTable();
  const out = [];
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop();
    const entry = table.get(p);
    if (!entry || entry.state === 'Z') continue;
    out.push(p);
    for (const [child, e] of table) if (e.ppid === p) todo.push(child);
  }
  return out;
}

export function exeOf(pid) {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

export function nameOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** PSS in KiB of one process (0 when it is gone or unreadable). */
export function pssKiB(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** PSS of `pid` split by kind (kB): anonymous (heaps, caches), file-backed (code, fonts), shmem. */
export function pssSplitKiB(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const get = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
    return { anon: get('Pss_Anon'), file: get('Pss_File'), shmem: get('Pss_Shmem') };
  } catch {
    return null;
  }
}

/** PSS of `pid` and its descendants: total MiB and the parts by process name. */
export function treePss(pid) {
  const parts = tree(pid).map((p) => ({ pid: p, name: nameOf(p), kib: pssKiB(p), split: pssSplitKiB(p) }));
  const total = parts.reduce((s, p) => s + p.kib, 0);
  return { mib: total / 1024, parts };
}

/** Kills `pid` and every descendant (TERM, then KILL after 2 s) and waits until gone. */
export async function killTree(pid) {
  const signal = (sig) => {
    for (const p of tree(pid)) {
      try {
        process.kill(p, sig);
      } catch {
        // Already gone.
      }
    }
  };
  const all = tree(pid);
  signal('SIGTERM');
  for (let i = 0; i < 40 && all.some((p) => tree(p).length); i++) await sleep(50);
  for (const p of all) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  for (let i = 0; i < 40 && all.some((p) => tree(p).length); i++) await sleep(50);
}
