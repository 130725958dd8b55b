import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ConflictView } from '../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../../test/helpers';
import { CONFLICTS, syncStatusFixture } from '../../test/syncFixtures';
import { ConflictInbox } from './ConflictInbox';

/** Mocks conflicts (the list shrinks by the resolved one) and conflict_resolve. */
function mockInbox(list: ConflictView[] = CONFLICTS) {
  let open = [...list];
  return mockCommands({
    conflicts: () => open,
    conflict_resolve: (input) => {
      open = open.filter((c) => c.conflict_id !== input.conflict_id);
      return syncStatusFixture({ conflicts: open.length });
    },
  });
}

async function conflictCards() {
  await screen.findByTestId('conflicts-count');
  return screen.getAllByTestId('conflict');
}

const card = (cards: HTMLElement[], i: number) => within(cards[i]!);

describe('ConflictInbox', () => {
  it('shows both values readably, with Dutch labels', async () => {
    mockInbox();
    const { container } = renderWithI18n(<ConflictInbox onStatus={vi.fn()} />);
    const cards = await conflictCards();
    expect(screen.getByTestId('conflicts-count').textContent).toBe('Er zijn 4 conflicten.');

    const phone = card(cards, 0);
    expect(phone.getByRole('heading', { level: 2 }).textContent).toBe('Fatima el Amrani');
    expect(phone.getByText('Gegeven: Telefoonnummer (Inwoner)')).toBeTruthy();
    expect(phone.getByTestId('conflict-mine').textContent).toBe('06 12345678');
    expect(phone.getByTestId('conflict-theirs').textContent, 'null is empty').toBe('(leeg)');

    const address = card(cards, 1);
    expect(address.getByText('Gegeven: Adres (Inwoner)')).toBeTruthy();
    expect(address.getByTestId('conflict-mine').textContent).toBe('Dorpsstraat 12 A, 6811 AB Arnhem');
    expect(address.getByTestId('conflict-theirs').textContent).toBe('Kerkweg 3, 6812 CD Arnhem');
    expect(address.queryByTestId('conflict-edit'), 'an address is not edited as one text').toBeNull();

    const wishes = card(cards, 2);
    expect(wishes.getByRole('heading', { level: 2 }).textContent).toBe('Inwoner die niet op deze laptop staat');
    expect(wishes.getByTestId('conflict-mine').textContent, 'lists are joined').toBe('Kok, Schilder');
    expect(wishes.getByTestId('conflict-theirs').textContent).toBe('(leeg)');

    const state = card(cards, 3);
    expect(state.getByText('Gegeven: Stand van het traject (Traject)')).toBeTruthy();
    expect(state.getByTestId('conflict-mine').textContent, 'choices by their label').toBe('Actief');
    expect(state.getByTestId('conflict-theirs').textContent).toBe('Geplaatst');
    expect(state.queryByTestId('conflict-edit'), 'a choice is not free text').toBeNull();

    expect(phone.getByTestId('conflict-edit'), 'text can be edited').toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when the value came from another device, and edits from the server value', async () => {
    const fromElsewhere: ConflictView = {
      ...CONFLICTS[0]!,
      mine: '06 99999999',
      theirs: '06 12345678',
      from_this_device: false,
    };
    const calls = mockInbox([fromElsewhere]);
    const { container } = renderWithI18n(<ConflictInbox onStatus={vi.fn()} />);
    const one = card(await conflictCards(), 0);
    expect(one.getByText('Waarde van een ander apparaat')).toBeTruthy();
    expect(one.queryByText('Uw waarde'), "not this laptop's value").toBeNull();
    expect(one.getByTestId('conflict-mine').textContent).toBe('06 99999999');
    expect(one.getByTestId('conflict-theirs').textContent).toBe('06 12345678');
    const user = userEvent.setup();
    await user.click(one.getByTestId('conflict-edit'));
    expect((document.activeElement as HTMLInputElement).value, 'starts from the server value').toBe('06 12345678');
    expect(one.getByText(/U begint met de waarde op de server/)).toBeTruthy();
    await user.click(one.getByTestId('conflict-edit-cancel'));
    await user.click(one.getByRole('button', { name: 'Waarde van het andere apparaat houden' }));
    await waitFor(() => expect(screen.getByTestId('conflicts-empty')).toBeTruthy());
    expect(callsOf(calls, 'conflict_resolve')[0]?.input, 'the same side on every laptop').toEqual({
      conflict_id: 'c1',
      choice: 'mine',
    });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sends the chosen side, refreshes the list and hands the new status over', async () => {
    const calls = mockInbox();
    const onStatus = vi.fn();
    renderWithI18n(<ConflictInbox onStatus={onStatus} />);
    const user = userEvent.setup();

    await user.click(card(await conflictCards(), 0).getByTestId('conflict-keep-mine'));
    await waitFor(() => expect(screen.getAllByTestId('conflict')).toHaveLength(3));
    expect(callsOf(calls, 'conflict_resolve')[0]?.input).toEqual({ conflict_id: 'c1', choice: 'mine' });
    expect(onStatus).toHaveBeenLastCalledWith(expect.objectContaining({ conflicts: 3 }));
    expect(screen.getByTestId('conflicts-resolved').textContent).toContain('Uw keuze is bewaard.');
    expect(document.activeElement, 'focus goes to the message').toBe(screen.getByTestId('conflicts-resolved'));

    await user.click(card(screen.getAllByTestId('conflict'), 0).getByTestId('conflict-keep-theirs'));
    await waitFor(() => expect(screen.getAllByTestId('conflict')).toHaveLength(2));
    expect(callsOf(calls, 'conflict_resolve')[1]?.input).toEqual({ conflict_id: 'c2', choice: 'theirs' });
    expect(callsOf(calls, 'conflicts').length, 'the list was asked again').toBeGreaterThanOrEqual(3);
  });

  it('sends an edited text value', async () => {
    const calls = mockInbox();
    renderWithI18n(<ConflictInbox onStatus={vi.fn()} />);
    const user = userEvent.setup();
    const phone = card(await conflictCards(), 0);
    await user.click(phone.getByTestId('conflict-edit'));
    const box = phone.getByLabelText('Nieuwe waarde voor Telefoonnummer') as HTMLInputElement;
    expect(box.value, 'starts from my value').toBe('06 12345678');
    expect(document.activeElement, 'focus moves to the text box').toBe(box);
    await user.clear(box);
    await user.type(box, '06 87654321');
    await user.click(phone.getByTestId('conflict-edit-save'));
    await waitFor(() => expect(callsOf(calls, 'conflict_resolve')).toHaveLength(1));
    expect(callsOf(calls, 'conflict_resolve')[0]?.input).toEqual({
      conflict_id: 'c1',
      choice: 'edited',
      value: '06 87654321',
    });
  });

  it('keeps the conflict and shows the message when resolving fails', async () => {
    mockCommands({
      conflicts: () => CONFLICTS.slice(0, 1),
      conflict_resolve: () => {
        throw { code: 'validation', message_id: 'error-validation', args: {}, fields: [{ field: 'value', message_id: 'error-phone-format', args: {} }] };
      },
    });
    renderWithI18n(<ConflictInbox onStatus={vi.fn()} />);
    const user = userEvent.setup();
    const phone = card(await conflictCards(), 0);
    await user.click(phone.getByTestId('conflict-edit'));
    await user.clear(phone.getByTestId('conflict-edit-value'));
    await user.type(phone.getByTestId('conflict-edit-value'), '12');
    await user.click(phone.getByTestId('conflict-edit-save'));
    expect(await phone.findByText(/Dit telefoonnummer klopt niet/)).toBeTruthy();
    expect(screen.getAllByTestId('conflict')).toHaveLength(1);
  });

  it('says so when there are no conflicts', async () => {
    mockInbox([]);
    renderWithI18n(<ConflictInbox onStatus={vi.fn()} />);
    expect((await screen.findByTestId('conflicts-empty')).textContent).toBe(
      'Er zijn geen conflicten. U hoeft niets op te lossen.',
    );
  });
  it('shows health values only after a purpose and a reason, and the backend decides', async () => {
    const health: ConflictView = {
      ...CONFLICTS[0]!,
      conflict_id: 'h1',
      entity: 'health_record',
      entity_id: 'hr1',
      field: 'summary',
      mine: null,
      theirs: null,
      restricted: true,
    };
    let refuse = true;
    const commands = mockCommands({
      conflicts: () => [health],
      conflict_open: () => {
        if (refuse) {
          refuse = false;
          throw {
            code: 'purpose_not_allowed',
            message_id: 'error-purpose-not-allowed',
            args: { purpose: 'management_reports' },
            fields: [],
          };
        }
        return { ...health, mine: 'Rugklachten, tilt niet meer dan 10 kg', theirs: 'Rugklachten' };
      },
    });
    const { container } = renderWithI18n(<ConflictInbox onStatus={vi.fn()} />);
    const [item] = await conflictCards();
    const c = within(item!);
    expect(c.getByTestId('conflict-health-hidden')).toBeTruthy();
    expect(c.queryByTestId('conflict-mine'), 'no value before the reason').toBeNull();
    expect(c.queryByTestId('conflict-keep-mine'), 'no choice without seeing the values').toBeNull();
    const user = userEvent.setup();

    await user.click(c.getByTestId('conflict-health-show'));
    expect(callsOf(commands, 'conflict_open')).toHaveLength(0);
    expect(document.activeElement?.id).toBe('conflict-h1-purpose');

    await user.selectOptions(c.getByTestId('conflict-health-purpose'), 'management_reports');
    await user.type(c.getByTestId('conflict-health-reason'), 'Voor de cijfers');
    await user.click(c.getByTestId('conflict-health-show'));
    await c.findByTestId('conflict-health-error');
    expect(c.queryByTestId('conflict-mine'), 'refused: still hidden').toBeNull();

    await user.selectOptions(c.getByTestId('conflict-health-purpose'), 'guidance');
    await user.click(c.getByTestId('conflict-health-show'));
    expect((await c.findByTestId('conflict-mine')).textContent).toBe('Rugklachten, tilt niet meer dan 10 kg');
    expect(c.getByTestId('conflict-keep-mine')).toBeTruthy();
    const sent = callsOf(commands, 'conflict_open');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.input).toEqual({ conflict_id: 'h1', purpose: 'guidance', reason: 'Voor de cijfers' });
    expect(await axeViolations(container)).toEqual([]);
  });
});
