import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FieldError, IntakeForm } from '../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../../test/helpers';
import { emptyIntakeForm } from './form';
import { IntakeWizard } from './IntakeWizard';
import { STEPS } from './steps';

const BSN_ERROR: FieldError = { field: 'resident.bsn', message_id: 'error-bsn-checksum', args: {} };
const BSN_TEXT = 'Dit BSN bestaat niet. Kijk of u de cijfers goed hebt overgenomen.';

function intakeMocks(check: (form: IntakeForm) => FieldError[], draft: IntakeForm | null = null) {
  return mockCommands({
    intake_draft_load: () => draft,
    intake_draft_save: () => null,
    intake_draft_discard: () => null,
    intake_check: check,
    intake_submit: () => ({ resident_id: 'r-1' }),
  });
}

async function fillPerson() {
  const user = userEvent.setup();
  await user.type(await screen.findByTestId('intake-name-given_names'), 'Jan');
  await user.type(screen.getByTestId('intake-name-family_name'), 'Berg');
  await user.type(screen.getByTestId('intake-birth_date'), '17-05-1990');
  await user.selectOptions(screen.getByTestId('intake-gender'), 'male');
  await user.type(screen.getByTestId('intake-bsn'), '123456789');
  return user;
}

describe('IntakeWizard', () => {
  it('shows an elfproef error from intake_check under the BSN field and in the summary, and does not submit', async () => {
    const calls = intakeMocks(() => [BSN_ERROR]);
    renderWithI18n(<IntakeWizard onSubmitted={vi.fn()} />);
    const user = await fillPerson();
    await user.click(screen.getByTestId('intake-next'));

    const bsn = screen.getByTestId('intake-bsn');
    await waitFor(() => expect(bsn.getAttribute('aria-invalid'), 'the BSN field is marked invalid').toBe('true'));
    const describedBy = bsn.getAttribute('aria-describedby') ?? '';
    const errorText = describedBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(errorText, 'the elfproef message is tied to the field').toContain(BSN_TEXT);

    const summary = screen.getByTestId('intake-error-summary');
    expect(summary.textContent, 'the summary names the field and the problem').toContain(`BSN: ${BSN_TEXT}`);
    expect(document.activeElement, 'the error summary receives focus').toBe(summary);
    const link = within(summary).getByRole('link');
    await user.click(link);
    expect(document.activeElement, 'the summary link moves focus to the field').toBe(bsn);

    expect(screen.getByTestId('intake-step-title').textContent, 'the wizard stays on step 1').toContain('Stap 1 van 10');
    expect(callsOf(calls, 'intake_check')[0]?.input, 'intake_check gets the whole form').toMatchObject({
      resident: { bsn: '123456789', name: { given_names: 'Jan', family_name: 'Berg' }, gender: 'male' },
      purposes: ['guidance'],
    });
    expect(callsOf(calls, 'intake_submit'), 'an invalid intake is never submitted').toHaveLength(0);
  });

  it('shows only the current step\'s errors on Volgende', async () => {
    intakeMocks(() => [
      BSN_ERROR,
      { field: 'resident.address.postcode', message_id: 'error-postcode-format', args: {} },
    ]);
    renderWithI18n(<IntakeWizard onSubmitted={vi.fn()} />);
    const user = await fillPerson();
    await user.click(screen.getByTestId('intake-next'));
    const summary = await screen.findByTestId('intake-error-summary');
    expect(within(summary).getAllByRole('listitem'), 'the postcode belongs to step 2').toHaveLength(1);
    expect(summary.textContent).not.toContain('postcode');
  });

  it('submits a valid intake once and then discards the draft', async () => {
    const calls = intakeMocks(() => []);
    const onSubmitted = vi.fn();
    renderWithI18n(<IntakeWizard onSubmitted={onSubmitted} />);
    const user = await fillPerson();
    for (let i = 0; i < STEPS.length - 1; i += 1) {
      await user.click(screen.getByTestId('intake-next'));
      await waitFor(() => expect(screen.getByTestId('intake-step-title').textContent).toContain(`Stap ${i + 2} van 10`));
    }
    expect(document.activeElement, 'focus moves to the new step heading').toBe(screen.getByTestId('intake-step-title'));
    await user.click(screen.getByTestId('intake-submit'));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith('r-1'));

    expect(callsOf(calls, 'intake_submit'), 'submitted exactly once').toHaveLength(1);
    expect(callsOf(calls, 'intake_submit')[0]?.input).toMatchObject({ resident: { bsn: '123456789' } });
    const order = calls.map((c) => c.cmd).filter((c) => c === 'intake_submit' || c === 'intake_draft_discard');
    expect(order, 'the draft is discarded after a successful submit').toEqual(['intake_submit', 'intake_draft_discard']);
  });

  it('shows every error on submit, with links that open the right step', async () => {
    let errors: FieldError[] = [];
    const calls = intakeMocks(() => errors);
    renderWithI18n(<IntakeWizard onSubmitted={vi.fn()} />);
    const user = userEvent.setup();
    await screen.findByTestId('intake-name-given_names');
    for (let i = 0; i < STEPS.length - 1; i += 1) await user.click(screen.getByTestId('intake-next'));
    await screen.findByTestId('intake-submit');
    errors = [
      { field: 'resident.name.family_name', message_id: 'error-required', args: {} },
      { field: 'privacy_statement_explained', message_id: 'error-required', args: {} },
    ];
    await user.click(screen.getByTestId('intake-submit'));
    const summary = await screen.findByTestId('intake-error-summary');
    expect(within(summary).getAllByRole('listitem'), 'all problems are listed on submit').toHaveLength(2);
    expect(callsOf(calls, 'intake_submit'), 'intake_check found problems, so no submit').toHaveLength(0);
    await user.click(within(summary).getByText(/Achternaam/));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('intake-name-family_name')));
    expect(screen.getByTestId('intake-step-title').textContent, 'the link opened step 1').toContain('Stap 1 van 10');
  });

  it('saves the draft with what was typed', async () => {
    const calls = intakeMocks(() => []);
    renderWithI18n(<IntakeWizard onSubmitted={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('intake-name-given_names'), 'Fatima');
    await waitFor(
      () => {
        const saves = callsOf(calls, 'intake_draft_save');
        expect(saves.length, 'typing saves a draft after a pause').toBeGreaterThan(0);
        expect((saves.at(-1)?.input as IntakeForm).resident.name.given_names).toBe('Fatima');
      },
      { timeout: 3000 },
    );
    expect(callsOf(calls, 'intake_draft_save').length, 'saves are debounced, not one per key').toBeLessThan(3);
  });

  it('continues a saved draft', async () => {
    const draft = emptyIntakeForm();
    draft.resident.name.given_names = 'Fatima';
    intakeMocks(() => [], draft);
    renderWithI18n(<IntakeWizard onSubmitted={vi.fn()} />);
    expect(((await screen.findByTestId('intake-name-given_names')) as HTMLInputElement).value).toBe('Fatima');
    expect(screen.getByText('U gaat verder met de intake die u eerder begon.')).toBeTruthy();
  });

  it('discards the intake after confirmation', async () => {
    const calls = intakeMocks(() => []);
    renderWithI18n(<IntakeWizard onSubmitted={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('intake-name-given_names'), 'Jan');
    await user.click(screen.getByTestId('intake-discard'));
    expect(callsOf(calls, 'intake_draft_discard'), 'nothing is thrown away before confirming').toHaveLength(0);
    await user.click(screen.getByTestId('intake-discard-confirm'));
    await waitFor(() => expect(callsOf(calls, 'intake_draft_discard')).toHaveLength(1));
    expect((screen.getByTestId('intake-name-given_names') as HTMLInputElement).value).toBe('');
  });

  it('asks for health data only after the coach chooses to record it', async () => {
    intakeMocks(() => []);
    renderWithI18n(<IntakeWizard onSubmitted={vi.fn()} />);
    const user = userEvent.setup();
    await screen.findByTestId('intake-name-given_names');
    await user.click(screen.getByRole('button', { name: '8. Gezondheid' }));
    expect(screen.queryByTestId('intake-health-necessity')).toBeNull();
    await user.click(screen.getByTestId('intake-health'));
    expect(screen.getByTestId('intake-health-necessity')).toBeTruthy();
  });

  it('adds and removes rows of work experience', async () => {
    intakeMocks(() => []);
    renderWithI18n(<IntakeWizard onSubmitted={vi.fn()} />);
    const user = userEvent.setup();
    await screen.findByTestId('intake-name-given_names');
    await user.click(screen.getByRole('button', { name: '5. Taal, opleiding en werkervaring' }));
    await user.click(screen.getByTestId('intake-work_experience-add'));
    await user.click(screen.getByTestId('intake-work_experience-add'));
    expect(document.activeElement, 'focus goes to the new row').toBe(screen.getByTestId('intake-work_experience-1-occupation'));
    await user.click(screen.getByTestId('intake-work_experience-0-remove'));
    expect(screen.queryByTestId('intake-work_experience-1-occupation')).toBeNull();
    expect(screen.getByTestId('intake-work_experience-0-occupation')).toBeTruthy();
  });

  it('has no axe violations on the first step with an error shown', async () => {
    intakeMocks(() => [BSN_ERROR]);
    const { container } = renderWithI18n(<IntakeWizard onSubmitted={vi.fn()} />);
    const user = await fillPerson();
    await user.click(screen.getByTestId('intake-next'));
    await screen.findByTestId('intake-error-summary');
    expect(await axeViolations(container)).toEqual([]);
  });

  describe('"Volgende" right after typing', () => {
    /** intake_check as the backend answers it: every required field of step 1 that is empty. */
    const requiredOfStep1 = (form: IntakeForm): FieldError[] => {
      const r = form.resident;
      const missing: [string, unknown][] = [
        ['resident.name.given_names', r.name.given_names],
        ['resident.name.family_name', r.name.family_name],
        ['resident.birth_date', r.birth_date],
        ['resident.bsn', r.bsn],
      ];
      return missing.filter(([, v]) => !v).map(([field]) => ({ field, message_id: 'error-required', args: {} }));
    };

    /** Fills step 1 up to the BSN field, pausing so a check runs while the BSN is still empty. */
    async function fillUpToBsn(calls: ReturnType<typeof intakeMocks>) {
      const user = userEvent.setup();
      await user.type(await screen.findByTestId('intake-name-given_names'), 'Jan');
      await user.type(screen.getByTestId('intake-name-family_name'), 'Berg');
      await user.type(screen.getByTestId('intake-birth_date'), '17-05-1990');
      await user.click(screen.getByTestId('intake-bsn'));
      await waitFor(
        () => {
          const last = callsOf(calls, 'intake_check').at(-1)?.input as IntakeForm | undefined;
          expect(last?.resident.birth_date, 'a check ran while the BSN was still empty').toBe('17-05-1990');
        },
        { timeout: 3000 },
      );
      return user;
    }

    it('advances with one click: leaving the field does not flash an error that an older check found', async () => {
      const calls = intakeMocks(requiredOfStep1);
      renderWithI18n(<IntakeWizard onSubmitted={vi.fn()} />);
      const user = await fillUpToBsn(calls);
      const bsn = screen.getByTestId('intake-bsn');
      await user.type(bsn, '123456782');

      // Press the mouse on "Volgende" at once (no pause, no blur first): the press moves
      // focus out of the BSN field. Until the button is released nothing above it may
      // change, or a real mouse would release it somewhere else and the click is lost.
      const next = screen.getByTestId('intake-next');
      const title = screen.getByTestId('intake-step-title');
      const top = next.closest('form')!.previousElementSibling;
      await user.pointer({ keys: '[MouseLeft>]', target: next });
      expect(document.activeElement, 'the press left the BSN field').not.toBe(bsn);
      expect(screen.queryByTestId('intake-error-summary'), 'no error summary appears above the form').toBeNull();
      expect(bsn.getAttribute('aria-invalid'), 'no error under the BSN field').not.toBe('true');
      expect(next.closest('form')!.previousElementSibling, 'the blocks above the form stay').toBe(top);

      await user.pointer({ keys: '[/MouseLeft]', target: next });
      await waitFor(() => expect(title.textContent).toContain('Stap 2 van 10'));
      expect(callsOf(calls, 'intake_check').at(-1)?.input, '"Volgende" checked the latest text').toMatchObject({
        resident: { bsn: '123456782' },
      });
    });

    it('still shows a field\'s error after leaving it, from a check of what was typed', async () => {
      const calls = intakeMocks((form) =>
        form.resident.bsn && form.resident.bsn.length !== 9 ? [BSN_ERROR] : requiredOfStep1(form),
      );
      renderWithI18n(<IntakeWizard onSubmitted={vi.fn()} />);
      const user = await fillUpToBsn(calls);
      const bsn = screen.getByTestId('intake-bsn');
      await user.type(bsn, '1234');
      await user.tab();
      expect(screen.queryByText('Vul dit veld in.'), 'the older "required" error is not shown').toBeNull();
      await waitFor(() => expect(bsn.getAttribute('aria-invalid')).toBe('true'));
      expect(screen.getByTestId('intake-error-summary').textContent).toContain(`BSN: ${BSN_TEXT}`);
      expect(screen.queryByText('Vul dit veld in.')).toBeNull();
      expect(screen.getByTestId('intake-step-title').textContent, 'leaving a field does not change the step').toContain(
        'Stap 1 van 10',
      );
    });
  });
});

