// Benchmark on the real app window (BENCHMARKS.md, "Issue 24: survey screen"): from the
// coach's click on "Laptop aan de inwoner geven" to the consent question painted, measured
// inside the page (performance.now() around the click, until the element is in the
// document and two animation frames have passed). Not part of the test suite: run it as
// BENCHMARKS.md says. Each run declines the survey (the app locks), unlocks and opens the
// survey page again.
import { byTestId, click, cleanup, createStore, freshDataDir, startApp, stopApp, unlock } from './support.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const dir = freshDataDir('werkpad-survey-bench-');
const browser = await startApp(dir);
const times = [];
try {
  await createStore(browser);
  for (let i = 0; i < RUNS; i += 1) {
    await click(browser, 'nav-survey');
    await byTestId(browser, 'survey-handover-start');
    const ms = await browser.executeAsync((done) => {
      const button = document.querySelector('[data-testid="survey-handover-start"]');
      const t0 = performance.now();
      button.click();
      const check = () => {
        if (document.querySelector('[data-testid="survey-consent"]')) {
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
        } else {
          requestAnimationFrame(check);
        }
      };
      check();
    });
    times.push(ms);
    await click(browser, 'survey-consent-no');
    await click(browser, 'survey-give-back');
    await unlock(browser);
  }
} finally {
  await stopApp(browser);
  cleanup(dir);
}
const sorted = [...times].sort((a, b) => a - b);
const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(`runs ${times.map((t) => t.toFixed(1)).join(' ')}`);
console.log(`survey open (real window), ${RUNS} runs: first ${times[0].toFixed(1)} ms, p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`);
