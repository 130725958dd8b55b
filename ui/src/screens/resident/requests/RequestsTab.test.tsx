import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { UwvRequestInput } from '../../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n, validationError } from '../../../test/helpers';
import { examination, PETRA, RESIDENT_ID, referralView, requestsFile, sentUwvView, uwvRequest, uwvView } from './fixtures';
import { RequestsTab } from './RequestsTab';

type Handlers = Record<string, (input: any, args: any) => unknown>;

function open(handlers: Handlers = {}) {
  const calls = mockCommands({
    app_status: () => ({ coach_name: PETRA.name, unlocked: true }),
    requests_file: () => requestsFile(),
    ...handlers,
  });
  const onChanged = vi.fn();
  const utils = renderWithI18n(<RequestsTab residentId={RESIDENT_ID} onChanged={onChanged} />);
  return { calls, onChanged, ...utils };
}

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
const CONSENT_MESSAGE = 'De inwoner moet eerst toestemming geven. Leg vast wanneer en hoe de inwoner dat deed, en waarvoor.';

describe('RequestsTab: requests to UWV', () => {
  it('lists a sent request with its status, due day, overdue mark and attachments; the answer step is offered', async () => {
    const { calls, container } = open({ requests_file: () => requestsFile({ uwv: [sentUwvView()] }) });
    const item = await screen.findByTestId('uwv-item');
    expect(callsOf(calls, 'requests_file')[0]?.input).toEqual({ resident_id: RESIDENT_ID });
    expect(within(item).getByRole('heading', { level: 4 }).textContent).toBe('Beoordeling arbeidsvermogen: Wajong');
    expect(within(item).getByTestId('uwv-item-status').textContent).toBe('Verstuurd');
    expect(within(item).getByTestId('uwv-item-due').textContent).toBe('28-12-2026 Te laat: het UWV heeft nog niet geantwoord.');
    expect(within(item).getByTestId('uwv-item-attachments-item').textContent).toBe(
      'rapport.pdf (Psychologisch rapport, 1,2 MB, toegevoegd op 01-11-2026) Gezondheidsgegeven.',
    );
    expect(within(item).queryByTestId('uwv-u-2-send'), 'a sent request is not sent again').toBeNull();
    expect(within(item).getByTestId('uwv-u-2-answer').textContent).toBe('Antwoord vastleggen');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('drafts a request with the four criteria; a missing motivation is shown at its field', async () => {
    let attempts = 0;
    const { calls, onChanged, container } = open({
      uwv_request_save: () => {
        attempts += 1;
        if (attempts === 1) throw validationError(['motivation', 'error-required'], ['basic_skills.explanation', 'error-required']);
        return requestsFile({ uwv: [uwvView()] });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('uwv-new'));
    await user.selectOptions(input('uwv-kind'), 'beschut_werk');
    expect(screen.queryByTestId('uwv-route-uwv'), 'a route only for a banenafspraak').toBeNull();
    await user.click(screen.getByTestId('uwv-task-in-organisation-view-yes'));
    await user.type(input('uwv-task-in-organisation-explanation'), 'Doet taken in de kwekerij.');
    await user.click(screen.getByTestId('uwv-save'));

    const summary = await screen.findByTestId('uwv-error-summary');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Heeft de basisvaardigheden van een werknemer, Waarom denkt u dat?: Vul dit veld in.',
      'Waarom vraagt u dit aan?: Vul dit veld in.',
    ]);
    expect(document.getElementById('uwv-motivation-error')?.textContent).toBe('Vul dit veld in.');
    expect(input('uwv-motivation').getAttribute('aria-describedby')).toContain('uwv-motivation-error');
    expect(input('uwv-basic-skills-explanation').getAttribute('aria-describedby')).toContain('uwv-basic-skills-explanation-error');
    expect(await axeViolations(container)).toEqual([]);

    await user.type(input('uwv-motivation'), 'Heeft veel begeleiding nodig.');
    await user.click(screen.getByTestId('uwv-save'));
    await waitFor(() => expect(screen.getByTestId('requests-notice').textContent).toBe('Het concept is opgeslagen.'));
    const sent = callsOf(calls, 'uwv_request_save')[1]?.input as { id: string | null; form: UwvRequestInput };
    expect(sent.id).toBeNull();
    expect(sent.form.kind).toBe('beschut_werk');
    expect(sent.form.route).toBeNull();
    expect(sent.form.task_in_organisation).toEqual({ view: 'yes', explanation: 'Doet taken in de kwekerij.' });
    expect(sent.form.motivation).toBe('Heeft veel begeleiding nodig.');
    expect(sent.form.consent).toEqual({ given_on: null, form: null, scope: null, withdrawn_on: null });
    expect(onChanged).toHaveBeenCalled();
  });

  it('asks what changed when UWV refused beschut werk less than 12 months ago', async () => {
    open({ requests_file: () => requestsFile({ beschut_repeat_from: '2027-03-01' }) });
    const user = userEvent.setup();
    expect((await screen.findByTestId('uwv-repeat-from')).textContent).toContain('vanaf 01-03-2027');
    await user.click(screen.getByTestId('uwv-new'));
    expect(screen.queryByTestId('uwv-changed')).toBeNull();
    await user.selectOptions(input('uwv-kind'), 'beschut_werk');
    expect(screen.getByText(/Vóór 01-03-2027 kan een nieuwe aanvraag alleen als er iets veranderd is/)).toBeTruthy();
  });

  it('a send refused for lack of consent opens the draft with the Dutch message at the consent field', async () => {
    const { calls, container } = open({
      requests_file: () => requestsFile({ uwv: [uwvView()] }),
      request_step: () => {
        throw validationError(['consent', 'error-consent-required']);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('uwv-u-1-send'));
    expect(callsOf(calls, 'request_step')[0]?.input).toEqual({ resident_id: RESIDENT_ID, kind: 'uwv_request', id: 'u-1', step: 'send', note: null });

    await screen.findByTestId('uwv-form');
    const error = document.getElementById('uwv-consent-error');
    expect(error?.textContent).toBe(CONSENT_MESSAGE);
    const consent = error?.closest('fieldset');
    expect(consent?.querySelector('legend')?.textContent, 'the error sits in the consent fieldset').toBe('Toestemming van de inwoner');
    expect(consent?.getAttribute('aria-describedby')).toContain('uwv-consent-error');
    const summary = screen.getByTestId('uwv-error-summary');
    expect(summary.textContent).toContain(`Toestemming van de inwoner: ${CONSENT_MESSAGE}`);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(input('uwv-motivation').value, 'the draft is shown as stored').toBe('Heeft veel begeleiding nodig.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('closes an answered request with a note through request_step', async () => {
    const answered = uwvView({
      request: uwvRequest({
        life: { ...uwvRequest().life, status: 'answered', sent: { on: '2026-11-02', by: PETRA, note: null }, answered_on: '2026-12-01' },
        due_on: '2026-12-28',
        answer: { outcome: 'positive', received_on: '2026-12-01', reference: 'UWV-123', summary: 'Advies beschut werk.' },
      }),
      next_steps: ['close'],
    });
    const { calls } = open({ requests_file: () => requestsFile({ uwv: [answered] }), request_step: () => requestsFile({ uwv: [answered] }) });
    const user = userEvent.setup();
    expect((await screen.findByTestId('uwv-item-answer')).textContent).toBe('Positief, ontvangen op 01-12-2026 (kenmerk UWV-123). Advies beschut werk.');
    await user.click(screen.getByTestId('uwv-u-1-close'));
    await waitFor(() => expect(document.activeElement).toBe(input('uwv-u-1-note')));
    await user.type(input('uwv-u-1-note'), 'Aanmelden bij het werkbedrijf.');
    await user.click(screen.getByTestId('uwv-u-1-note-save'));
    await waitFor(() => expect(callsOf(calls, 'request_step')).toHaveLength(1));
    expect(callsOf(calls, 'request_step')[0]?.input).toEqual({
      resident_id: RESIDENT_ID,
      kind: 'uwv_request',
      id: 'u-1',
      step: 'close',
      note: 'Aanmelden bij het werkbedrijf.',
    });
  });
});

describe('RequestsTab: attachments', () => {
  it('refuses a file over the limit before reading it; the backend refusal of a file type shows at the field', async () => {
    const { calls, container } = open({
      requests_file: () => requestsFile({ uwv: [uwvView()] }),
      attachment_add: () => {
        throw validationError(['content', 'error-file-type']);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('uwv-attach'));
    await user.selectOptions(input('uwv-attachment-kind'), 'cv');
    const big = new File([new Uint8Array(4 * 1024 * 1024 + 1)], 'groot.pdf', { type: 'application/pdf' });
    await user.upload(input('uwv-attachment-file'), big);
    const tooLarge = 'Dit bestand is te groot. Een bijlage mag hoogstens 4 MB zijn. Maak de scan kleiner of splits het bestand.';
    await waitFor(() => expect(document.getElementById('uwv-attachment-file-error')?.textContent).toBe(tooLarge));
    await user.click(screen.getByTestId('uwv-attachment-save'));
    expect(callsOf(calls, 'attachment_add'), 'nothing is sent').toHaveLength(0);
    expect(input('uwv-attachment-file').getAttribute('aria-describedby')).toContain('uwv-attachment-file-error');
    expect(await axeViolations(container)).toEqual([]);

    const small = new File(['%PDF-1.7 cv'], 'cv.pdf', { type: 'application/pdf' });
    await user.upload(input('uwv-attachment-file'), small);
    await user.click(screen.getByTestId('uwv-attachment-save'));
    await waitFor(() => expect(callsOf(calls, 'attachment_add')).toHaveLength(1));
    expect(callsOf(calls, 'attachment_add')[0]?.input).toEqual({
      resident_id: RESIDENT_ID,
      owner: { kind: 'uwv_request', id: 'u-1' },
      form: { kind: 'cv', file_name: 'cv.pdf', content: btoa('%PDF-1.7 cv') },
    });
    await waitFor(() =>
      expect(document.getElementById('uwv-attachment-file-error')?.textContent).toBe(
        'Dit soort bestand kan niet mee. Kies een PDF, een PNG of een JPEG (foto of scan).',
      ),
    );
  });
});

describe('RequestsTab: referrals', () => {
  it('never offers health data to share; a send without consent shows the message at the consent field', async () => {
    const { calls, container } = open({
      requests_file: () => requestsFile({ referrals: [referralView()] }),
      request_step: () => {
        throw validationError(['consent', 'error-consent-required']);
      },
    });
    const user = userEvent.setup();
    const item = await screen.findByTestId('ref-item');
    expect(within(item).getByTestId('ref-item-shared').textContent).toBe('Naam, Telefoonnummer');
    await user.click(within(item).getByTestId('ref-ref-1-send'));
    expect(callsOf(calls, 'request_step')[0]?.input).toMatchObject({ kind: 'referral', id: 'ref-1', step: 'send' });
    await screen.findByTestId('ref-form');
    expect(document.getElementById('ref-consent-error')?.textContent).toBe(CONSENT_MESSAGE);
    expect(screen.queryByTestId('ref-shared-health'), 'health is not a choice').toBeNull();
    expect(input('ref-shared-name').checked).toBe(true);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('records that the organisation accepted the resident', async () => {
    const sent = referralView({
      referral: { ...referralView().referral, life: { ...referralView().referral.life, status: 'sent', sent: { on: '2026-11-03', by: PETRA, note: null } } },
      next_steps: ['answer', 'withdraw'],
    });
    const { calls } = open({ requests_file: () => requestsFile({ referrals: [sent] }), referral_update: () => requestsFile({ referrals: [sent] }) });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('ref-ref-1-answer'));
    const progress = screen.getByTestId('ref-update-form');
    expect(within(progress).getAllByRole('radio').map((r) => r.closest('label')?.textContent?.trim())).toEqual(['Aangenomen', 'Niet aangenomen']);
    await user.click(screen.getByTestId('ref-update-progress-accepted'));
    await user.click(screen.getByTestId('ref-update-save'));
    await waitFor(() => expect(callsOf(calls, 'referral_update')).toHaveLength(1));
    expect(callsOf(calls, 'referral_update')[0]?.input).toEqual({
      resident_id: RESIDENT_ID,
      id: 'ref-1',
      form: { progress: 'accepted', on: null, feedback: null },
    });
  });
});

describe('RequestsTab: medical examinations', () => {
  it('shows nothing until a purpose and a reason are given, then lists with the reason sent along', async () => {
    const { calls, container } = open({ medical_examinations: () => [examination()] });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('med-show'));
    expect(callsOf(calls, 'medical_examinations'), 'nothing asked without a reason').toHaveLength(0);
    expect(document.getElementById('med-reason-error')).not.toBeNull();
    await user.type(input('med-reason'), 'Voorbereiden gesprek over uren');
    await user.click(screen.getByTestId('med-show'));
    const item = await screen.findByTestId('med-item');
    expect(callsOf(calls, 'medical_examinations')[0]?.input).toEqual({
      resident_id: RESIDENT_ID,
      purpose: 'medical_examination',
      reason: 'Voorbereiden gesprek over uren',
    });
    expect(within(item).getByRole('heading', { level: 4 }).textContent).toBe('Arbeidsdeskundig onderzoek');
    expect(within(item).getByText('10-12-2026 om 09:30, Arnhem')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
