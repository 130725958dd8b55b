import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockCommands, renderWithI18n, validationError } from '../test/helpers';
import { FirstRun } from './FirstRun';
import { passphraseStrength } from './passphrase';

const STATUS = {
  initialised: true,
  unlocked: true,
  coach_name: 'Petra de Vries',
  keyring_backend: 'keyring',
  locale: 'nl-NL',
  auto_lock_minutes: 15,
  pending_changes: 0,
};

async function fill(coach: string, passphrase: string, repeat: string) {
  const user = userEvent.setup();
  if (coach) await user.type(screen.getByTestId('firstrun-coach'), coach);
  if (passphrase) await user.type(screen.getByTestId('firstrun-passphrase'), passphrase);
  if (repeat) await user.type(screen.getByTestId('firstrun-repeat'), repeat);
  await user.click(screen.getByTestId('firstrun-submit'));
}

describe('FirstRun', () => {
  it('refuses a passphrase shorter than 12 characters without calling create_store', async () => {
    const calls = mockCommands({ create_store: () => STATUS });
    renderWithI18n(<FirstRun onCreated={vi.fn()} />);
    await fill('Petra de Vries', 'kort', 'kort');
    const input = screen.getByTestId('firstrun-passphrase');
    expect(input.getAttribute('aria-invalid'), 'the field is marked invalid').toBe('true');
    const error = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(error?.textContent, 'the Dutch minimum-length message is tied to the field').toBe(
      'Kies een wachtwoord van minstens 12 tekens.',
    );
    expect(screen.getByTestId('firstrun-error-summary').textContent).toContain('minstens 12 tekens');
    expect(callsOf(calls, 'create_store'), 'nothing is created with a weak passphrase').toHaveLength(0);
  });

  it('refuses two different passphrases', async () => {
    const calls = mockCommands({ create_store: () => STATUS });
    renderWithI18n(<FirstRun onCreated={vi.fn()} />);
    await fill('Petra de Vries', 'een lange zin als wachtwoord', 'een andere lange zin');
    expect(screen.getAllByText('De wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.').length).toBeGreaterThan(0);
    expect(screen.getByTestId('firstrun-repeat').getAttribute('aria-invalid')).toBe('true');
    expect(callsOf(calls, 'create_store'), 'a mismatch is caught before the backend').toHaveLength(0);
  });

  it('creates the store with the coach name and passphrase', async () => {
    const calls = mockCommands({ create_store: () => STATUS });
    const onCreated = vi.fn();
    renderWithI18n(<FirstRun onCreated={onCreated} />);
    await fill('  Petra de Vries ', 'Fietsen naar Arnhem 2025!', 'Fietsen naar Arnhem 2025!');
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(STATUS));
    expect(callsOf(calls, 'create_store').map((c) => c.input), 'input is { coach_name, passphrase }').toEqual([
      { coach_name: 'Petra de Vries', passphrase: 'Fietsen naar Arnhem 2025!' },
    ]);
  });

  it('shows a missing name the backend reports at the name field and creates nothing', async () => {
    const calls = mockCommands({
      create_store: () => {
        throw validationError(['coach_name', 'error-required']);
      },
    });
    const onCreated = vi.fn();
    renderWithI18n(<FirstRun onCreated={onCreated} />);
    await fill('  ', 'Fietsen naar Arnhem 2025!', 'Fietsen naar Arnhem 2025!');
    const summary = await screen.findByTestId('firstrun-error-summary');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Uw naam: Vul dit veld in.']);
    expect(document.getElementById('firstrun-coach-error')?.textContent, 'the message sits at its field').toBe('Vul dit veld in.');
    expect(screen.getByTestId('firstrun-coach').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(callsOf(calls, 'create_store')[0]?.input, 'the backend checks the name').toEqual({
      coach_name: '',
      passphrase: 'Fietsen naar Arnhem 2025!',
    });
    expect(onCreated, 'no store').not.toHaveBeenCalled();
    expect(screen.queryByTestId('firstrun-error'), 'a field error, not an alert').toBeNull();
  });

  it('shows the backend message when the store refuses', async () => {
    mockCommands({
      create_store: () => {
        throw { code: 'weak_passphrase', message_id: 'error-weak-passphrase', args: { min: '14' }, fields: [] };
      },
    });
    renderWithI18n(<FirstRun onCreated={vi.fn()} />);
    await fill('Petra', 'twaalf tekens!', 'twaalf tekens!');
    expect((await screen.findByTestId('firstrun-error')).textContent).toBe('Kies een wachtwoord van minstens 14 tekens.');
  });

  it('says the strength in words while typing', async () => {
    mockCommands({});
    renderWithI18n(<FirstRun onCreated={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('firstrun-passphrase'), 'kort');
    expect(screen.getByTestId('firstrun-strength').textContent).toContain('zwak');
    await user.type(screen.getByTestId('firstrun-passphrase'), ' maar Nu 1ang');
    expect(screen.getByTestId('firstrun-strength').textContent).toContain('sterk');
  });
});

describe('passphraseStrength', () => {
  it.each([
    ['elf tekens!', 'weak'],
    ['twaalftekens', 'fair'],
    ['Twaalf tek3ns', 'fair'],
    ['Veertien tek3ns', 'strong'],
    ['twintig kleine lettertjes', 'strong'],
  ])('%s is %s', (p, want) => {
    expect(passphraseStrength(p), 'length first, then character classes').toBe(want);
  });
});
