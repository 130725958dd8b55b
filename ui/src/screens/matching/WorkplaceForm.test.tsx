import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../../test/helpers';
import { EMPLOYER } from './fixtures';
import { WorkplaceForm } from './WorkplaceForm';

const VALIDATION = {
  code: 'validation',
  message_id: 'error-validation',
  args: {},
  fields: [
    { field: 'postcode', message_id: 'error-postcode-format', args: {} },
    { field: 'title', message_id: 'error-required', args: {} },
    { field: 'hours_per_week', message_id: 'error-out-of-range', args: { min: '1', max: '60' } },
    { field: 'days[1]', message_id: 'error-invalid-choice', args: {} },
  ],
};

function open(save: (input: any) => unknown) {
  const calls = mockCommands({ workplace_save: save });
  const onSaved = vi.fn();
  const utils = renderWithI18n(<WorkplaceForm employer={EMPLOYER} workplace={null} onSaved={onSaved} onCancel={vi.fn()} />);
  return { calls, onSaved, ...utils };
}

describe('WorkplaceForm', () => {
  it('shows every field error of the backend at its field and in a summary that takes focus', async () => {
    const { calls, onSaved, container } = open(() => {
      throw VALIDATION;
    });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('workplace-save'));

    const summary = await screen.findByTestId('workplace-error-summary');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent), 'in screen order, with the field names').toEqual([
      'Naam van de werkplek: Vul dit veld in.',
      'Uren per week: Vul een getal in van 1 tot en met 60.',
      'Werkdagen: Kies een van de mogelijkheden uit de lijst.',
      'Postcode van de werkplek: Vul de postcode in met 4 cijfers en 2 letters, bijvoorbeeld 6811 AB.',
    ]);
    expect(within(summary).getByRole('heading').textContent).toBe('Er zijn 4 fouten. Verbeter deze eerst.');
    await waitFor(() => expect(document.activeElement, 'the summary takes focus').toBe(summary));

    expect(document.getElementById('workplace-title-error')?.textContent).toBe('Vul dit veld in.');
    expect(document.getElementById('workplace-hours-error')?.textContent).toBe('Vul een getal in van 1 tot en met 60.');
    expect(document.getElementById('workplace-days-error')?.textContent, 'days[1] belongs to the days').toBe(
      'Kies een van de mogelijkheden uit de lijst.',
    );
    const title = screen.getByTestId('workplace-title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toContain('workplace-title-error');
    expect(screen.getByTestId('workplace-place').getAttribute('aria-invalid'), 'only fields with errors').not.toBe('true');
    expect(container.querySelectorAll('.utrecht-form-field__error-message'), 'nothing else is marked').toHaveLength(4);
    expect(screen.queryByTestId('workplace-failure'), 'field errors are no alert').toBeNull();
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(within(summary).getByText('Uren per week: Vul een getal in van 1 tot en met 60.'));
    expect(document.activeElement, 'a summary link moves to its field').toBe(screen.getByTestId('workplace-hours'));
    expect(callsOf(calls, 'workplace_save')).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sends the draft with the employer, as new, and the workplace at the employer address by default', async () => {
    const { calls, onSaved } = open((input) => ({ id: 'w-9', ...input.draft }));
    const user = userEvent.setup();
    expect((screen.getByTestId('workplace-postcode') as HTMLInputElement).value).toBe('6811 AB');
    await user.type(screen.getByTestId('workplace-title'), 'Inpakker');
    await user.selectOptions(screen.getByTestId('workplace-kind'), 'beschut');
    await user.type(screen.getByTestId('workplace-hours'), '20');
    await user.click(screen.getByTestId('workplace-days-wed'));
    await user.selectOptions(screen.getByTestId('workplace-physical'), 'licht');
    await user.selectOptions(screen.getByTestId('workplace-mental'), 'middel');
    await user.click(screen.getByTestId('workplace-support-buddy'));
    await user.click(screen.getByTestId('workplace-save'));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsOf(calls, 'workplace_save')[0]?.input).toEqual({
      workplace_id: null,
      draft: {
        employer_id: EMPLOYER.id,
        title: 'Inpakker',
        kind: 'beschut',
        occupation: null,
        tasks: null,
        hours_per_week: '20',
        days: ['wed'],
        postcode: '6811 AB',
        place: 'Arnhem',
        physical_demand: 'licht',
        mental_demand: 'middel',
        support: ['buddy'],
        dutch_level: null,
        start_date: null,
        places: '1',
        open: true,
        qualifications: [],
      },
    });
  });
});
