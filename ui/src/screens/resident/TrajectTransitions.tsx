import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { TRAJECT_STATES, type ErrorPayload, type ResidentFileView, type TrajectState, type TrajectView } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import * as api from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { useText } from '../../i18n/useText';

interface Props {
  residentId: string;
  traject: TrajectView;
  next: TrajectState[];
  onView: (v: ResidentFileView) => void;
}

/** The steps the traject may take now (TrajectState::next_states), with an optional reason. */
export function TrajectTransitions({ residentId, traject, next, onView }: Props) {
  const { t } = useText();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  if (next.length === 0) return null;

  const go = async (to: TrajectState) => {
    setBusy(true);
    setFailure(null);
    try {
      const v = await api.trajectTransition({
        resident_id: residentId,
        traject_id: traject.id,
        to,
        reason: reason.trim() || null,
      });
      setReason('');
      onView(v);
    } catch (e) {
      setFailure(e as ErrorPayload);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="traject-next-heading" className="werkpad-section">
      <Heading3 id="traject-next-heading">{t('traject-next-title')}</Heading3>
      <Paragraph>{t('traject-next-intro')}</Paragraph>
      <ErrorAlert error={failure} />
      <TextAreaField
        id="traject-transition-reason"
        testId="traject-transition-reason"
        label={t('traject-transition-reason')}
        value={reason}
        onChange={setReason}
        rows={2}
      />
      <ButtonGroup>
        {next.map((to) => {
          const id = labelOf(TRAJECT_STATES, to);
          return (
            <Button
              key={to}
              appearance="primary-action-button"
              data-testid={`traject-to-${to}`}
              disabled={busy}
              onClick={() => void go(to)}
            >
              {t('traject-to', { state: id ? t(id) : to })}
            </Button>
          );
        })}
      </ButtonGroup>
    </section>
  );
}
