import { Button, Paragraph } from '@utrecht/component-library-react';
import { useText } from '../../i18n/useText';

/** On the caseload: the way to a file outside it. */
export function EmergencyEntry({ onStart }: { onStart: () => void }) {
  const { t } = useText();
  return (
    <Paragraph className="werkpad-section">
      {t('emergency-entry-intro')}{' '}
      <Button appearance="subtle-button" data-testid="emergency-open" onClick={onStart}>
        {t('emergency-entry')}
      </Button>
    </Paragraph>
  );
}
