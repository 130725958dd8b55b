import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LearningFile, Training } from '../../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n, validationError } from '../../../test/helpers';
import { LearningSection } from './LearningSection';

const RESIDENT_ID = 'r-1';

const VCA: Training = {
  id: 't-1',
  resident_id: RESIDENT_ID,
  provider: 'ROC Rijn IJssel',
  name: 'VCA Basis',
  qualification: 'VCA Basis',
  starts_on: '2026-09-01',
  ends_on: '2026-09-30',
  hours_planned: 16,
  hours_attended: 16,
  result: 'passed',
  result_on: '2026-09-30',
  costs_cents: 125000,
};

const file = (overrides: Partial<LearningFile> = {}): LearningFile => ({ leerwerkplekken: [], trainings: [], qualifications: [], ...overrides });

function open(handlers: Record<string, (input: any) => unknown> = {}) {
  const calls = mockCommands({ learning_file: () => file(), ...handlers });
  const onChanged = vi.fn();
  const utils = renderWithI18n(<LearningSection residentId={RESIDENT_ID} onChanged={onChanged} />);
  return { calls, onChanged, ...utils };
}

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

describe('LearningSection (Werk tab)', () => {
  it('shows trainings with their result and the qualifications held', async () => {
    const { container } = open({ learning_file: () => file({ trainings: [VCA], qualifications: ['VCA Basis'] }) });
    const item = await screen.findByTestId('training-item');
    expect(within(item).getByRole('heading').textContent).toBe('VCA Basis bij ROC Rijn IJssel');
    expect(within(item).getByTestId('training-item-result').textContent).toBe('Gehaald, 30-09-2026');
    expect(screen.getByTestId('qualifications').textContent).toBe('VCA Basis');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('saves a leerwerkplek; a refused field is shown at the field', async () => {
    let attempts = 0;
    const { calls, onChanged, container } = open({
      leerwerkplek_save: () => {
        attempts += 1;
        if (attempts === 1) throw validationError(['hours_per_week', 'error-out-of-range', { min: '1', max: '40' }]);
        return file();
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lwp-new'));
    await user.type(input('lwp-partner'), 'Kringloop Arnhem');
    await user.type(input('lwp-work'), 'Sorteren en prijzen');
    await user.type(input('lwp-starts-on'), '01-12-2026');
    await user.type(input('lwp-ends-on'), '31-05-2027');
    await user.type(input('lwp-hours'), '60');
    await user.type(input('lwp-mentor-name'), 'Joke Bos');
    await user.type(input('lwp-goal-0'), 'Op tijd komen');
    await user.click(screen.getByTestId('lwp-save'));
    await waitFor(() => expect(document.getElementById('lwp-hours-error')).not.toBeNull());
    expect(input('lwp-hours').getAttribute('aria-describedby')).toContain('lwp-hours-error');
    expect(await axeViolations(container)).toEqual([]);
    await user.clear(input('lwp-hours'));
    await user.type(input('lwp-hours'), '16');
    await user.click(screen.getByTestId('lwp-save'));
    await waitFor(() => expect(callsOf(calls, 'leerwerkplek_save')).toHaveLength(2));
    expect(callsOf(calls, 'leerwerkplek_save')[1]?.input).toEqual({
      resident_id: RESIDENT_ID,
      id: null,
      form: {
        partner: 'Kringloop Arnhem',
        work: 'Sorteren en prijzen',
        starts_on: '01-12-2026',
        ends_on: '31-05-2027',
        hours_per_week: '16',
        mentor_name: 'Joke Bos',
        mentor_phone: null,
        mentor_email: null,
        goals: ['Op tijd komen'],
        reached: [false],
      },
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });
});
