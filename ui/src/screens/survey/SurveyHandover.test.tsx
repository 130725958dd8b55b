import { act, fireEvent, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../../test/helpers';
import { SurveyHandover } from './SurveyHandover';

const TODAY = new Date(2026, 11, 15);

describe('SurveyHandover', () => {
  it('asks consent first, then one question per screen, keeps only month and scores, and locks', async () => {
    const calls = mockCommands({ survey_record: () => ({ pending: 1 }) });
    const onLock = vi.fn();
    const { container } = renderWithI18n(<SurveyHandover onLock={onLock} today={TODAY} />);
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Doet u mee?');
    expect(screen.getByText(/bewaard zonder uw naam/)).toBeTruthy();
    expect(document.activeElement, 'the screen reader starts at the question').toBe(screen.getByRole('heading', { level: 1 }));
    expect(container.querySelector('nav'), 'no navigation while the resident holds the laptop').toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByTestId('survey-consent-yes'));
    expect(screen.getByText('Vraag 1 van 5')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('De jobcoach luistert goed naar mij.');
    expect(screen.getByTestId('survey-score-1').textContent, 'a score has words, not only a number').toContain('Helemaal niet mee eens');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByTestId('survey-score-4'));
    // The keyboard: a number key chooses.
    fireEvent.keyDown(window, { key: '2' });
    expect(screen.getByText('Vraag 3 van 5')).toBeTruthy();
    await user.click(screen.getByTestId('survey-skip'));
    // Tab to the fifth score and press Enter.
    await user.keyboard('{Enter}');
    expect(screen.getByText('Vraag 4 van 5'), 'Enter on the focused heading chooses nothing').toBeTruthy();
    for (let i = 0; i < 5; i += 1) await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('survey-score-5'));
    await user.keyboard('{Enter}');
    await user.click(screen.getByTestId('survey-skip'));

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dank u wel. Geef de laptop terug aan uw jobcoach.');
    const sent = callsOf(calls, 'survey_record');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.input, 'month, channel and scores: no resident, no day').toEqual({
      consent: true,
      month: '2026-12',
      channel: 'screen',
      values: { listens: 4, next_step: 2, promises_kept: 5 },
    });
    expect(onLock).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByTestId('survey-give-back'));
    expect(onLock, 'the coach unlocks with her passphrase to return').toHaveBeenCalledTimes(1);
  });

  it('keeps nothing when the resident says no, and locks after a while by itself', async () => {
    vi.useFakeTimers();
    try {
      const calls = mockCommands({ survey_record: () => ({ pending: 1 }) });
      const onLock = vi.fn();
      renderWithI18n(<SurveyHandover onLock={onLock} today={TODAY} />);
      fireEvent.click(screen.getByTestId('survey-consent-no'));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Geen probleem/);
      expect(callsOf(calls, 'survey_record'), 'no answer without consent').toHaveLength(0);
      expect(onLock).not.toHaveBeenCalled();
      await act(async () => {
        vi.advanceTimersByTime(21_000);
      });
      expect(onLock).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stopping halfway keeps nothing and locks', async () => {
    const calls = mockCommands({ survey_record: () => ({ pending: 1 }) });
    const onLock = vi.fn();
    renderWithI18n(<SurveyHandover onLock={onLock} today={TODAY} />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('survey-consent-yes'));
    await user.click(screen.getByTestId('survey-score-5'));
    await user.click(screen.getByTestId('survey-stop'));
    expect(onLock).toHaveBeenCalledTimes(1);
    expect(callsOf(calls, 'survey_record')).toHaveLength(0);
  });

  it('speaks English when the coach chose English', async () => {
    mockCommands({});
    renderWithI18n(<SurveyHandover onLock={vi.fn()} today={TODAY} />, 'en-US');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Will you take part?');
  });
});
