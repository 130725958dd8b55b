/**
 * The page's milestones on its own clock (`performance.now()`), sent once with `ui_ready` so
 * the cold-start benchmark can say where a start spends its time (bench/desktop-bench.mjs).
 * Times only: nothing about the coach or a resident.
 */
export const startupMarks = {
  /** The app's first module began to run: its JS and CSS were loaded and parsed. */
  script: performance.now(),
  /** `app_status` answered (0 until then). */
  status: 0,
};

/** Called with the first `app_status` answer. */
export function markStatus() {
  if (startupMarks.status === 0) startupMarks.status = performance.now();
}

/** What `ui_ready` takes: the milestones plus the first paint, now. */
export function pageMarks() {
  return {
    time_origin: performance.timeOrigin,
    script: startupMarks.script,
    status: startupMarks.status,
    painted: performance.now(),
  };
}
