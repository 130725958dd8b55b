import { Alert, Button, Page, PageContent, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import * as api from '../api/contract.gen';
import type { AppStatus, ErrorPayload } from '../api/contract.gen';
import { ErrorAlert } from '../components/ErrorAlert';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/TextField';
import { useText } from '../i18n/useText';
import { MIN_PASSPHRASE_LENGTH } from './passphrase';
import { PassphraseStrength } from './PassphraseStrength';

type Field = 'coach' | 'passphrase' | 'repeat';

const IDS: Record<Field, string> = {
  coach: 'firstrun-coach',
  passphrase: 'firstrun-passphrase',
  repeat: 'firstrun-repeat',
};

interface Props {
  onCreated: (s: AppStatus) => void;
  /** A message shown above the form, e.g. why the app is back at the first start. */
  notice?: string | null;
}

/** First start: the coach's name and a passphrase; creates the encrypted store. */
export function FirstRun({ onCreated, notice }: Props) {
  const { t } = useText();
  const [coach, setCoach] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // The coach's name is the backend's rule (`coach_name`, a field error, shown below). The
  // passphrase's length stays here: the backend refuses a short one as `weak_passphrase`,
  // not as a field error; and the repeat never reaches the backend.
  const check = (): Partial<Record<Field, string>> => {
    const e: Partial<Record<Field, string>> = {};
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      e.passphrase = t('error-weak-passphrase', { min: MIN_PASSPHRASE_LENGTH });
    }
    if (repeat !== passphrase) e.repeat = t('firstrun-error-mismatch');
    return e;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      onCreated(await api.createStore({ coach_name: coach.trim(), passphrase }));
    } catch (e) {
      const p = e as ErrorPayload;
      const name = p.fields.find((f) => f.field === 'coach_name');
      if (name) {
        setErrors({ coach: t(name.message_id, name.args) });
        setAttempt((n) => n + 1);
      } else {
        setFailure(p);
      }
      setBusy(false);
    }
  };

  const labels: Record<Field, string> = {
    coach: t('firstrun-coach'),
    passphrase: t('firstrun-passphrase'),
    repeat: t('firstrun-repeat'),
  };
  const summary: SummaryItem[] = (Object.keys(IDS) as Field[])
    .filter((f) => errors[f])
    .map((f) => ({
      targetId: IDS[f],
      text: t('form-error-summary-item', { field: labels[f], message: errors[f] ?? '' }),
    }));

  return (
    <Page className="werkpad-page-narrow">
      <PageContent>
        <main id="main" className="werkpad-main">
          <PageHeading>{t('firstrun-title')}</PageHeading>
          {notice ? (
            <Alert type="warning" data-testid="firstrun-notice">
              <Paragraph>{notice}</Paragraph>
            </Alert>
          ) : null}
          <Paragraph>{t('firstrun-intro')}</Paragraph>
          <ErrorSummary items={summary} testId="firstrun-error-summary" focusKey={attempt || undefined} />
          <ErrorAlert error={failure} testId="firstrun-error" />
          <form onSubmit={submit} noValidate>
            <TextField
              id={IDS.coach}
              testId="firstrun-coach"
              label={t('firstrun-coach')}
              description={t('firstrun-coach-description')}
              value={coach}
              onChange={setCoach}
              autoComplete="name"
              required
              error={errors.coach}
            />
            <TextField
              id={IDS.passphrase}
              testId="firstrun-passphrase"
              type="password"
              label={t('firstrun-passphrase')}
              description={t('firstrun-passphrase-description', { min: MIN_PASSPHRASE_LENGTH })}
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="new-password"
              required
              error={errors.passphrase}
            />
            <PassphraseStrength id="firstrun-strength" passphrase={passphrase} />
            <TextField
              id={IDS.repeat}
              testId="firstrun-repeat"
              type="password"
              label={t('firstrun-repeat')}
              value={repeat}
              onChange={setRepeat}
              autoComplete="new-password"
              required
              error={errors.repeat}
            />
            <Button type="submit" appearance="primary-action-button" data-testid="firstrun-submit" busy={busy} disabled={busy}>
              {t('firstrun-submit')}
            </Button>
          </form>
        </main>
      </PageContent>
    </Page>
  );
}
