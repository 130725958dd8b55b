import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import * as api from '../api/contract.gen';
import type { AppStatus, ErrorPayload } from '../api/contract.gen';
import { ErrorAlert } from '../components/ErrorAlert';
import { TextField } from '../components/TextField';
import { useText } from '../i18n/useText';

type Field = 'old' | 'new' | 'repeat';

/**
 * Change the passphrase. The store gets a new key at the same time, so an old copy of the
 * key file together with the old passphrase opens nothing.
 */
export function PassphraseChange({ onChanged }: { onChanged: (s: AppStatus) => void }) {
  const { t } = useText();
  const [values, setValues] = useState<Record<Field, string>>({ old: '', new: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (f: Field) => (v: string) => setValues((old) => ({ ...old, [f]: v }));
  const focus = (f: Field) => document.getElementById(`passphrase-${f}`)?.focus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setFailure(null);
    if (values.new !== values.repeat) {
      setErrors({ repeat: t('passphrase-change-mismatch') });
      focus('repeat');
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      onChanged(await api.changePassphrase({ old_passphrase: values.old, new_passphrase: values.new }));
      setValues({ old: '', new: '', repeat: '' });
      setDone(true);
    } catch (e) {
      const payload = e as ErrorPayload;
      const field: Field | null =
        payload.code === 'wrong_passphrase' ? 'old' : payload.code === 'weak_passphrase' ? 'new' : null;
      if (field) {
        setErrors({ [field]: t(payload.message_id, payload.args) });
        focus(field);
      } else {
        setFailure(payload);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="passphrase-change-heading" className="werkpad-section">
      <Heading2 id="passphrase-change-heading">{t('passphrase-change-title')}</Heading2>
      <Paragraph>{t('passphrase-change-explained')}</Paragraph>
      {done ? (
        <Paragraph role="status" className="werkpad-notice" data-testid="passphrase-change-done">
          {t('passphrase-change-done')}
        </Paragraph>
      ) : null}
      <ErrorAlert error={failure} />
      <form onSubmit={submit} noValidate>
        <TextField id="passphrase-old" testId="passphrase-old" type="password" label={t('passphrase-change-old')}
          value={values.old} onChange={set('old')} autoComplete="current-password" error={errors.old} required />
        <TextField id="passphrase-new" testId="passphrase-new" type="password" label={t('passphrase-change-new')}
          value={values.new} onChange={set('new')} autoComplete="new-password" error={errors.new} required />
        <TextField id="passphrase-repeat" testId="passphrase-repeat" type="password" label={t('passphrase-change-repeat')}
          value={values.repeat} onChange={set('repeat')} autoComplete="new-password" error={errors.repeat} required />
        <Button type="submit" appearance="secondary-action-button" data-testid="passphrase-change-submit" busy={busy} disabled={busy}>
          {t('passphrase-change-submit')}
        </Button>
      </form>
    </section>
  );
}
