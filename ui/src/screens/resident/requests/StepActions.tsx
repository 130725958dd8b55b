import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { FieldError, RequestsFile, RequestStep } from '../../../api/contract.gen';
import { toErrorPayload } from '../../../api/errors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { errorAt } from '../../../components/fieldErrors';
import { TextAreaField } from '../../../components/TextAreaField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { useText } from '../../../i18n/useText';
import { text } from './common';

/** Which kind of request a step is taken on (request_step's `kind`). */
export type RequestKind = 'uwv_request' | 'referral' | 'medical_examination';

interface Props {
  residentId: string;
  kind: RequestKind;
  id: string;
  /** The steps the life cycle allows now (the view's next_steps). */
  steps: readonly RequestStep[];
  /** Element id prefix, unique on the page. */
  prefix: string;
  /** The label of the answer button (UWV's answer, the organisation's reply, the report). */
  answerLabel: string;
  onAnswer: () => void;
  onStepped: (file: RequestsFile) => void;
  /** Sending was refused for something the draft's form holds (consent, criteria, …). */
  onSendRefused: (errors: FieldError[]) => void;
}

/**
 * The next steps of a request as buttons: send, record the answer, close with what
 * follows, withdraw with why. Closing and withdrawing ask for a note first.
 */
export function StepActions({ residentId, kind, id, steps, prefix, answerLabel, onAnswer, onStepped, onSendRefused }: Props) {
  const { t } = useText();
  const [noteFor, setNoteFor] = useState<'close' | 'withdraw' | null>(null);
  const [note, setNote] = useState('');
  const form = useFormSubmit();
  const noteRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (noteFor) noteRef.current?.querySelector('textarea')?.focus();
  }, [noteFor]);

  const take = (step: RequestStep, withNote: string | null) => {
    void form.submit(async () => {
      try {
        onStepped(await api.requestStep({ resident_id: residentId, kind, id, step, note: withNote }));
        setNoteFor(null);
        setNote('');
      } catch (e) {
        const p = toErrorPayload(e);
        // A refused send names fields of the draft (consent, criteria): the draft's form shows them.
        const own = p.fields.every((f) => f.field === 'note' || f.field === 'step' || f.field === 'on');
        if (step === 'send' && p.fields.length > 0 && !own) {
          onSendRefused(p.fields);
          return;
        }
        throw e;
      }
    });
  };
  // Errors of no field on screen (a step the life cycle no longer allows) as one alert.
  const stepError = form.errors.find((e) => e.field !== 'note');
  const alert = form.failure ?? (stepError ? { code: 'validation', message_id: stepError.message_id, args: stepError.args, fields: [] } : null);

  if (steps.length === 0) return null;
  return (
    <>
      <ErrorAlert error={alert} testId={`${prefix}-step-failure`} />
      {noteFor ? (
        <form
          noValidate
          className="werkpad-subform"
          aria-label={noteFor === 'close' ? t('request-close-title') : t('request-withdraw-title')}
          onSubmit={(e) => {
            e.preventDefault();
            take(noteFor, text(note));
          }}
        >
          <div ref={noteRef}>
            <TextAreaField
              id={`${prefix}-note`}
              testId={`${prefix}-note`}
              label={noteFor === 'close' ? t('request-close-note') : t('request-withdraw-note')}
              required
              rows={3}
              value={note}
              error={errorAt(form.errors, 'note', t)}
              onChange={setNote}
            />
          </div>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" data-testid={`${prefix}-note-save`} busy={form.busy} disabled={form.busy}>
              {noteFor === 'close' ? t('request-close') : t('request-withdraw')}
            </Button>
            <Button appearance="secondary-action-button" data-testid={`${prefix}-note-cancel`} onClick={() => setNoteFor(null)}>
              {t('request-cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <ButtonGroup>
          {steps.includes('send') ? (
            <Button appearance="primary-action-button" data-testid={`${prefix}-send`} busy={form.busy} disabled={form.busy} onClick={() => take('send', null)}>
              {t('request-send')}
            </Button>
          ) : null}
          {steps.includes('answer') ? (
            <Button appearance="primary-action-button" data-testid={`${prefix}-answer`} onClick={onAnswer}>
              {answerLabel}
            </Button>
          ) : null}
          {steps.includes('close') ? (
            <Button appearance="secondary-action-button" data-testid={`${prefix}-close`} onClick={() => setNoteFor('close')}>
              {t('request-close')}
            </Button>
          ) : null}
          {steps.includes('withdraw') ? (
            <Button appearance="secondary-action-button" data-testid={`${prefix}-withdraw`} onClick={() => setNoteFor('withdraw')}>
              {t('request-withdraw')}
            </Button>
          ) : null}
        </ButtonGroup>
      )}
    </>
  );
}
