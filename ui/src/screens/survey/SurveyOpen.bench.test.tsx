// Benchmark, not a test: how long from the coach's click on "Laptop aan de inwoner geven"
// until the consent question is in the document, measured in jsdom (Preact render and DOM
// work only: no layout, paint or WebKit). Runs only with WERKPAD_BENCH=1 and asserts no
// time (BENCHMARKS.md, "Issue 24: survey screen"):
//   cd ui && WERKPAD_BENCH=1 npx vitest run src/screens/survey/SurveyOpen.bench.test.tsx
import { act, fireEvent, screen } from '@testing-library/preact';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LazyBoundary } from '../../components/Lazy';
import { SurveyHandover, SurveyStart } from '../../shell/lazyScreens';
import { mockCommands, renderWithI18n } from '../../test/helpers';

/** What the shell does: the coach's page, then the hand-over screen alone. */
function Harness() {
  const [handedOver, setHandedOver] = useState(false);
  return <LazyBoundary>{handedOver ? <SurveyHandover onLock={() => undefined} /> : <SurveyStart onHandOver={() => setHandedOver(true)} />}</LazyBoundary>;
}

const RUNS = 40;

describe.skipIf(!process.env.WERKPAD_BENCH)('survey screen opens', () => {
  it(`from click to consent, ${RUNS} runs`, async () => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      mockCommands({ survey_pending: () => ({ pending: 0 }) });
      const view = renderWithI18n(<Harness />);
      const start = await screen.findByTestId('survey-handover-start');
      const t0 = performance.now();
      await act(async () => {
        fireEvent.click(start);
      });
      if (!screen.queryByTestId('survey-consent')) await screen.findByTestId('survey-consent');
      times.push(performance.now() - t0);
      view.unmount();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
    console.log(
      `survey open (jsdom), ${RUNS} runs: first ${times[0]!.toFixed(1)} ms, p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
    );
    expect(times).toHaveLength(RUNS);
  });
});
