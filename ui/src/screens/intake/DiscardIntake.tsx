import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useText } from '../../i18n/useText';

/** "Intake weggooien", with a confirmation in the page (no browser dialog). */
export function DiscardIntake({ onConfirm }: { onConfirm: () => Promise<void> }) {
  const { t } = useText();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useLayoutEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <Button ref={openRef} appearance="subtle-button" hint="danger" data-testid="intake-discard" onClick={() => setAsking(true)}>
        {t('intake-discard')}
      </Button>
    );
  }
  return (
    <Alert type="warning">
      <Paragraph>{t('intake-discard-question')}</Paragraph>
      <ButtonGroup>
        <Button
          ref={confirmRef}
          appearance="primary-action-button"
          hint="danger"
          data-testid="intake-discard-confirm"
          onClick={() => {
            void onConfirm().then(() => setAsking(false));
          }}
        >
          {t('intake-discard-confirm')}
        </Button>
        <Button appearance="secondary-action-button" data-testid="intake-discard-cancel" onClick={() => setAsking(false)}>
          {t('intake-discard-cancel')}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
