import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, callsOf, mockCommands, renderWithI18n, validationError } from '../../test/helpers';
import { SurveyPaper } from './SurveyPaper';
import { SurveyStart } from './SurveyStart';

const TODAY = new Date(2026, 11, 15);

describe('SurveyStart', () => {
  it('offers the hand-over and the paper form, and says how many answers wait', async () => {
    mockCommands({ survey_pending: () => ({ pending: 3 }) });
    const onHandOver = vi.fn();
    const { container } = renderWithI18n(<SurveyStart onHandOver={onHandOver} />);
    expect((await screen.findByTestId('survey-pending')).textContent).toMatch(/3 antwoorden/);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.setup().click(screen.getByTestId('survey-handover-start'));
    expect(onHandOver).toHaveBeenCalledTimes(1);
  });
});

describe('SurveyPaper', () => {
  it('sends the month, consent and the filled-in scores, and shows the backend’s errors at the fields', async () => {
    let first = true;
    const calls = mockCommands({
      survey_record: () => {
        if (first) {
          first = false;
          throw validationError(['consent', 'error-consent-required']);
        }
        return { pending: 1 };
      },
    });
    const onSaved = vi.fn();
    const { container } = renderWithI18n(<SurveyPaper onSaved={onSaved} onCancel={vi.fn()} today={TODAY} />);
    const user = userEvent.setup();
    expect((screen.getByTestId('survey-paper-month') as HTMLSelectElement).value, 'this month by default').toBe('2026-12');
    expect(await axeViolations(container)).toEqual([]);
    await user.selectOptions(screen.getByTestId('survey-paper-month'), '2026-10');
    await user.click(screen.getByTestId('survey-paper-listens-5'));
    await user.click(screen.getByTestId('survey-paper-recommend-3'));
    await user.click(screen.getByTestId('survey-paper-save'));
    expect(document.activeElement?.id, 'focus on the consent box').toBe('survey-paper-consent');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByTestId('survey-paper-consent'));
    await user.click(screen.getByTestId('survey-paper-save'));
    expect(await screen.findByTestId('survey-paper-saved')).toBeTruthy();
    const sent = callsOf(calls, 'survey_record');
    expect(sent[1]!.input).toEqual({ consent: true, month: '2026-10', channel: 'paper', values: { listens: 5, recommend: 3 } });
    expect(onSaved).toHaveBeenCalledWith({ pending: 1 });
  });
});
