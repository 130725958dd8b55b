import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockCommands, renderWithI18n } from '../../test/helpers';
import { Employers } from './Employers';
import { EMPLOYER, workplace } from './fixtures';

const OTHER = { ...EMPLOYER, id: 'e-2', name: 'Zorgboerderij De Hoeve', address: { ...EMPLOYER.address, woonplaats: 'Velp' } };

describe('Employers', () => {
  it('lists employers with their place and number of workplaces, and opens one', async () => {
    mockCommands({
      employers: () => [EMPLOYER, OTHER],
      workplaces: () => [workplace({ id: 'w-1' }), workplace({ id: 'w-2' })],
    });
    const onOpen = vi.fn();
    renderWithI18n(<Employers onOpen={onOpen} />);
    const rows = await screen.findAllByTestId('employer-row');
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Bakkerij Rijn', 'Arnhem', '2'],
      ['Zorgboerderij De Hoeve', 'Velp', '0'],
    ]);
    await userEvent.setup().click(within(rows[1]!).getByTestId('employer-open'));
    expect(onOpen).toHaveBeenCalledWith('e-2');
  });

  it('adds an employer with a contact person; a contact error is named by its row', async () => {
    let attempts = 0;
    const calls = mockCommands({
      employers: () => [],
      workplaces: () => [],
      employer_save: (input) => {
        attempts += 1;
        if (attempts === 1) {
          throw {
            code: 'validation',
            message_id: 'error-validation',
            args: {},
            fields: [{ field: 'contacts[0].email', message_id: 'error-email-format', args: {} }],
          };
        }
        return { ...EMPLOYER, id: 'e-new', name: input.draft.name };
      },
    });
    const onOpen = vi.fn();
    renderWithI18n(<Employers onOpen={onOpen} />);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('employer-new'));
    await user.type(screen.getByTestId('employer-name'), 'Bakkerij Rijn');
    await user.type(screen.getByTestId('employer-street'), 'Markt');
    await user.type(screen.getByTestId('employer-house-number'), '3');
    await user.type(screen.getByTestId('employer-postcode'), '6811 AB');
    await user.type(screen.getByTestId('employer-woonplaats'), 'Arnhem');
    await user.click(screen.getByTestId('employer-contacts-add'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('employer-contacts-0-name')));
    await user.type(screen.getByTestId('employer-contacts-0-name'), 'Ahmed');
    await user.type(screen.getByTestId('employer-contacts-0-email'), 'ahmed@');
    await user.click(screen.getByTestId('employer-save'));

    const summary = await screen.findByTestId('employer-error-summary');
    expect(summary.querySelector('li')?.textContent).toBe(
      'Contactpersoon 1, E-mailadres: Dit e-mailadres klopt niet. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl.',
    );
    expect(document.getElementById('employer-contacts-0-email-error')).not.toBeNull();

    await user.clear(screen.getByTestId('employer-contacts-0-email'));
    await user.type(screen.getByTestId('employer-contacts-0-email'), 'ahmed@rijn.nl');
    await user.click(screen.getByTestId('employer-save'));
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith('e-new'));
    expect(callsOf(calls, 'employer_save')[1]?.input).toEqual({
      employer_id: null,
      draft: {
        name: 'Bakkerij Rijn',
        kvk: null,
        loonheffingennummer: null,
        address: { street: 'Markt', house_number: '3', house_number_addition: null, postcode: '6811 AB', woonplaats: 'Arnhem' },
        contacts: [{ name: 'Ahmed', role: null, phone: null, email: 'ahmed@rijn.nl' }],
        notes: null,
      },
    });
  });
});
