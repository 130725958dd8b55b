import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { REPORT_KINDS, type ErrorPayload, type ReportKind } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import * as api from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusField } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { formatInstant } from '../../i18n/format';
import { useText } from '../../i18n/useText';
import type { TabProps } from './tabProps';

/** Reports (rapportages): append-only, newest first, and a form to add one. */
export function ReportsTab({ residentId, view, onView }: TabProps) {
  const { t } = useText();
  const [kind, setKind] = useState<ReportKind>('conversation');
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(false);

  const add = async () => {
    setAdded(false);
    setFailure(null);
    // Whether there is text (and not too much) is the backend's rule: its field error for
    // `text` is shown at the field.
    setTextError(undefined);
    setBusy(true);
    try {
      onView(await api.reportAdd({ resident_id: residentId, kind, text }));
      setText('');
      setAdded(true);
    } catch (e) {
      const p = e as ErrorPayload;
      const field = p.fields.find((f) => f.field === 'text' || f.field.endsWith('.text'));
      if (field) {
        setTextError(t(field.message_id, field.args));
        focusField('report-text');
      } else {
        setFailure(p);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading2>{t('file-tab-reports')}</Heading2>
      <section aria-labelledby="report-add-heading" className="werkpad-section werkpad-subform">
        <Heading3 id="report-add-heading">{t('report-add-title')}</Heading3>
        <Paragraph className="werkpad-muted">{t('report-append-only')}</Paragraph>
        <ErrorAlert error={failure} />
        {added ? (
          <Paragraph role="status" className="werkpad-notice">
            {t('report-added')}
          </Paragraph>
        ) : null}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <SelectField
            id="report-kind"
            testId="report-kind"
            label={t('report-kind')}
            value={kind}
            emptyText={false}
            options={REPORT_KINDS.map((k) => ({ value: k.value, text: t(k.label) }))}
            onChange={(v) => setKind(v as ReportKind)}
          />
          <TextAreaField
            id="report-text"
            testId="report-text"
            label={t('report-text')}
            required
            rows={6}
            value={text}
            onChange={setText}
            error={textError}
          />
          <Button type="submit" appearance="primary-action-button" data-testid="report-submit" busy={busy} disabled={busy}>
            {t('report-submit')}
          </Button>
        </form>
      </section>
      <section aria-labelledby="report-list-heading" className="werkpad-section">
        <Heading3 id="report-list-heading">{t('report-list-title')}</Heading3>
        {view.reports.length === 0 ? <Paragraph>{t('report-empty')}</Paragraph> : null}
        <ol className="werkpad-reports">
          {view.reports.map((r) => {
            const kindId = labelOf(REPORT_KINDS, r.kind);
            return (
              <li key={r.id} className="werkpad-report" data-testid="report-item">
                <article aria-labelledby={`report-${r.id}`}>
                  <p id={`report-${r.id}`} className="werkpad-report__meta">
                    <strong>{kindId ? t(kindId) : r.kind}</strong>{' '}
                    {t('report-meta', { date: formatInstant(r.written_at), author: r.author.name })}
                  </p>
                  <p className="werkpad-report__text">{r.text}</p>
                </article>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
