import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import * as api from '../api/contract.gen';
import type { AppStatus, ErrorPayload, Locale } from '../api/contract.gen';
import { ErrorAlert } from '../components/ErrorAlert';
import { Facts } from '../components/Facts';
import { PageHeading } from '../components/PageHeading';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useText } from '../i18n/useText';
import type { SyncState } from '../shell/useSyncStatus';
import { ReferenceReleases } from './matching/ReferenceReleases';
import { PassphraseChange } from './PassphraseChange';
import { ServerSection } from './sync/ServerSection';

const AUTOLOCK_MIN = 1;
const AUTOLOCK_MAX = 120;

interface Props {
  status: AppStatus;
  onSaved: (s: AppStatus) => void;
  /** The server connection; without it the server section is left out. */
  sync?: SyncState;
}

/**
 * Language, auto-lock time, the server connection, the reference data this laptop holds,
 * and where the store's key is kept.
 */
export function Settings({ status, onSaved, sync }: Props) {
  const { t } = useText();
  const [locale, setLocale] = useState<Locale>(status.locale);
  const [minutes, setMinutes] = useState(String(status.auto_lock_minutes));
  const [minutesError, setMinutesError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    const n = Number(minutes.trim());
    if (!/^\d+$/.test(minutes.trim()) || n < AUTOLOCK_MIN || n > AUTOLOCK_MAX) {
      setMinutesError(t('error-out-of-range', { min: AUTOLOCK_MIN, max: AUTOLOCK_MAX }));
      document.getElementById('settings-autolock')?.focus();
      return;
    }
    setMinutesError(undefined);
    try {
      onSaved(await api.saveSettings({ locale, auto_lock_minutes: n }));
      setSaved(true);
    } catch (e) {
      const payload = e as ErrorPayload;
      const field = payload.fields.find((f) => f.field === 'auto_lock_minutes');
      if (field) setMinutesError(t(field.message_id, field.args));
      else setFailure(payload);
    }
  };

  const backend = status.keyring_backend;
  return (
    <>
      <PageHeading>{t('settings-title')}</PageHeading>
      <ErrorAlert error={failure} />
      {saved ? (
        <Paragraph role="status" className="werkpad-notice">
          {t('settings-saved')}
        </Paragraph>
      ) : null}
      <form onSubmit={submit} noValidate>
        <SelectField
          id="settings-locale"
          testId="settings-locale"
          label={t('settings-locale')}
          value={locale}
          emptyText={false}
          options={[
            { value: 'nl-NL', text: t('settings-locale-nl') },
            { value: 'en-US', text: t('settings-locale-en') },
          ]}
          onChange={(v) => setLocale(v === 'en-US' ? 'en-US' : 'nl-NL')}
        />
        <TextField
          id="settings-autolock"
          testId="settings-autolock"
          type="number"
          inputMode="numeric"
          min={AUTOLOCK_MIN}
          max={AUTOLOCK_MAX}
          label={t('settings-autolock')}
          description={t('settings-autolock-description', { min: AUTOLOCK_MIN, max: AUTOLOCK_MAX })}
          value={minutes}
          onChange={setMinutes}
          error={minutesError}
        />
        <Button type="submit" appearance="primary-action-button" data-testid="settings-save">
          {t('settings-save')}
        </Button>
      </form>
      {sync ? <ServerSection sync={sync} /> : null}
      <ReferenceReleases />
      <section aria-labelledby="settings-keyring-heading" className="werkpad-section">
        <Heading2 id="settings-keyring-heading">{t('settings-keyring-title')}</Heading2>
        <Facts
          facts={[
            {
              label: t('settings-keyring'),
              testId: 'settings-keyring',
              value:
                backend === 'keyring'
                  ? t('settings-keyring-keyring')
                  : backend === 'file'
                    ? t('settings-keyring-file')
                    : t('settings-keyring-unknown'),
            },
          ]}
        />
        <Paragraph>
          {backend === 'file' ? t('settings-keyring-file-explained') : t('settings-keyring-keyring-explained')}
        </Paragraph>
      </section>
      <PassphraseChange onChanged={onSaved} />
    </>
  );
}
