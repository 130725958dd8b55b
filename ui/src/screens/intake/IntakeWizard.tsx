import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { ErrorPayload, FieldError, IntakeForm } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorSummary, focusField, type SummaryItem } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useDebouncedCallback } from '../../components/useDebounced';
import { useText } from '../../i18n/useText';
import { BindingProvider, type FormBinding, fieldIdFor, pathSlug } from './binding';
import { DiscardIntake } from './DiscardIntake';
import { fieldLabel } from './fieldLabels';
import { emptyIntakeForm, normaliseIntakeForm, setAt } from './form';
import { StepProgress } from './StepProgress';
import { ReviewStep } from './ReviewStep';
import { STEPS, stepOf } from './steps';
import { useDraftSaver } from './useDraftSaver';

export const CHECK_DEBOUNCE_MS = 250;
const ID_PREFIX = 'intake';

/** Test id of an intake field: `intake-` plus the path without `resident.`, dots as dashes. */
export function intakeTestId(path: string): string {
  return path === 'privacy_statement_explained' ? 'intake-privacy' : `intake-${pathSlug(path)}`;
}

/**
 * The intake wizard: ten steps covering every data category, checked by the backend
 * (intake_check) on blur and on "Volgende", kept as an encrypted draft while typing, and
 * stored with intake_submit.
 */
export function IntakeWizard({ onSubmitted }: { onSubmitted: (residentId: string) => void }) {
  const { t } = useText();
  const [loaded, setLoaded] = useState(false);
  const [form, setForm] = useState<IntakeForm>(emptyIntakeForm);
  const [step, setStep] = useState(0);
  const [checked, setChecked] = useState<FieldError[]>([]);
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [notice, setNotice] = useState<'resumed' | 'discarded' | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef(form);
  formRef.current = form;
  const dirty = useRef(false);
  const checkRequest = useRef(0);
  /** The form that `checked` was computed for. */
  const checkedFor = useRef<IntakeForm | null>(null);
  /** Fields left while `checked` was older than the form: shown after the next check. */
  const revealAfterCheck = useRef(new Set<string>());
  const focusAfterStep = useRef<string | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const draft = useDraftSaver();

  useEffect(() => {
    let live = true;
    api.intakeDraftLoad().then(
      (saved) => {
        if (!live) return;
        if (saved) {
          setForm(normaliseIntakeForm(saved));
          setNotice('resumed');
        }
        setLoaded(true);
      },
      (e: ErrorPayload) => {
        if (!live) return;
        setFailure(e);
        setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const runCheck = useCallback(async (): Promise<FieldError[]> => {
    const n = ++checkRequest.current;
    const sent = formRef.current;
    const result = await api.intakeCheck(sent);
    if (n === checkRequest.current) {
      setChecked(result);
      checkedFor.current = sent;
      if (sent === formRef.current && revealAfterCheck.current.size > 0) {
        const paths = [...revealAfterCheck.current];
        revealAfterCheck.current.clear();
        setShown((s) => new Set([...s, ...paths]));
      }
    }
    return result;
  }, []);
  const checkLater = useDebouncedCallback(() => {
    runCheck().catch(() => {
      // Checking while typing is a courtesy; "Volgende" and submit report failures.
    });
  }, CHECK_DEBOUNCE_MS);

  // Save the draft after each change, and re-check while errors are on screen so a
  // corrected field loses its error without leaving it.
  useEffect(() => {
    if (!dirty.current) return;
    draft.schedule(form);
    if (shown.size > 0 || revealAfterCheck.current.size > 0) checkLater();
  }, [form]);

  // A new step: focus its heading, or the field an error summary link pointed at.
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const target = focusAfterStep.current;
    focusAfterStep.current = null;
    if (target) focusField(target);
    else stepHeading.current?.focus();
  }, [step]);

  const reveal = (errors: FieldError[]) => {
    setChecked(errors);
    setShown((s) => new Set([...s, ...errors.map((e) => e.field)]));
    setSummaryFocus((n) => n + 1);
  };

  const binding: FormBinding = useMemo(
    () => ({
      form,
      set: (path, value) => {
        dirty.current = true;
        setForm((f) => setAt(f, path, value));
      },
      // Leaving a field shows its error, but only from a check of the form as it is now.
      // The last check may be older than the last keystrokes (it runs after a pause): its
      // error for this field may already be fixed. Showing it would add a line under the
      // field and an error summary above the form for a moment, and move "Volgende" down
      // between mousedown (which blurs the field) and mouseup, so the click was lost (the
      // end-to-end flake of nextStep). Such a field waits for the next check instead.
      blur: (path) => {
        if (checkedFor.current === formRef.current) {
          setShown((s) => (s.has(path) ? s : new Set([...s, path])));
        } else {
          revealAfterCheck.current.add(path);
        }
        checkLater();
      },
      error: (path) => {
        if (!shown.has(path)) return undefined;
        const e = checked.find((c) => c.field === path);
        return e ? t(e.message_id, e.args) : undefined;
      },
      fieldId: (path) => fieldIdFor(ID_PREFIX, path),
      testId: intakeTestId,
    }),
    [form, shown, checked, t, checkLater],
  );

  const goTo = (next: number, focusTarget: string | null = null) => {
    focusAfterStep.current = focusTarget;
    setFailure(null);
    setNotice(null);
    setStep(Math.max(0, Math.min(STEPS.length - 1, next)));
  };

  const next = async () => {
    setFailure(null);
    setBusy(true);
    try {
      const errors = (await runCheck()).filter((e) => stepOf(e.field) === step);
      if (errors.length > 0) reveal(errors);
      else goTo(step + 1);
    } catch (e) {
      setFailure(e as ErrorPayload);
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    setFailure(null);
    setBusy(true);
    try {
      const errors = await runCheck();
      if (errors.length > 0) {
        reveal(errors);
        return;
      }
      await draft.cancel();
      const { resident_id } = await api.intakeSubmit(formRef.current);
      dirty.current = false;
      await api.intakeDraftDiscard().catch(() => {
        // The resident is stored; a draft left behind stays encrypted and is replaced by
        // the next intake.
      });
      onSubmitted(resident_id);
    } catch (e) {
      const p = e as ErrorPayload;
      if (p.code === 'validation' && p.fields.length > 0) reveal(p.fields);
      else setFailure(p);
      if (dirty.current) draft.schedule(formRef.current);
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    await draft.cancel();
    try {
      await api.intakeDraftDiscard();
    } catch (e) {
      setFailure(e as ErrorPayload);
      return;
    }
    dirty.current = false;
    revealAfterCheck.current.clear();
    setForm(emptyIntakeForm());
    setChecked([]);
    setShown(new Set());
    goTo(0);
    setNotice('discarded');
  };

  const current = STEPS[step] ?? STEPS[0]!;
  const isReview = step === STEPS.length - 1;
  const summary: SummaryItem[] = checked
    .filter((e) => shown.has(e.field) && (isReview || stepOf(e.field) === step))
    .map((e) => {
      const message = t(e.message_id, e.args);
      const label = fieldLabel(e.field, t);
      const owner = stepOf(e.field);
      const targetId = owner >= 0 ? fieldIdFor(ID_PREFIX, e.field) : '';
      return {
        targetId,
        text: label ? t('form-error-summary-item', { field: label, message }) : message,
        onSelect: owner >= 0 && owner !== step ? () => goTo(owner, targetId) : undefined,
      };
    });

  if (!loaded) {
    return (
      <>
        <PageHeading>{t('intake-title')}</PageHeading>
        <Paragraph>{t('app-loading')}</Paragraph>
      </>
    );
  }

  const Section = current.Section;
  return (
    <>
      <PageHeading>{t('intake-title')}</PageHeading>
      {notice === 'resumed' ? <Paragraph className="werkpad-notice">{t('intake-resumed')}</Paragraph> : null}
      {notice === 'discarded' ? (
        <Paragraph className="werkpad-notice" role="status">
          {t('intake-discarded')}
        </Paragraph>
      ) : null}
      <StepProgress current={step} onSelect={(i) => goTo(i)} />
      <Heading2 ref={stepHeading} tabIndex={-1} className="werkpad-focus-target" data-testid="intake-step-title">
        {t('intake-step-heading', { n: step + 1, total: STEPS.length, title: t(current.title) })}
      </Heading2>
      <ErrorSummary items={summary} testId="intake-error-summary" focusKey={summaryFocus || undefined} />
      <ErrorAlert error={failure} testId="intake-failure" />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void (isReview ? submit() : next());
        }}
      >
        <BindingProvider value={binding}>
          {Section ? <Section /> : <ReviewStep form={form} onEdit={(i) => goTo(i)} />}
        </BindingProvider>
        <ButtonGroup className="werkpad-wizard-buttons">
          {step > 0 ? (
            <Button appearance="secondary-action-button" data-testid="intake-back" onClick={() => goTo(step - 1)}>
              {t('intake-back')}
            </Button>
          ) : null}
          {isReview ? (
            <Button type="submit" appearance="primary-action-button" data-testid="intake-submit" busy={busy} disabled={busy}>
              {t('intake-submit')}
            </Button>
          ) : (
            <Button type="submit" appearance="primary-action-button" data-testid="intake-next" busy={busy} disabled={busy}>
              {t('intake-next')}
            </Button>
          )}
        </ButtonGroup>
      </form>
      <p className="werkpad-draft-state" role="status">
        {draft.state === 'saved' ? t('intake-draft-saved') : null}
        {draft.state === 'failed' ? t('intake-draft-failed') : null}
      </p>
      <DiscardIntake onConfirm={discard} />
    </>
  );
}
