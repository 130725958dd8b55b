import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useText } from '../../../i18n/useText';

export type OtherDocument = 'intake_report' | 'plan_van_aanpak' | 'inzage' | 'privacy';

interface Props {
  /** A document is being made. */
  busy: boolean;
  onMake: (doc: OtherDocument) => void;
  /** The print actions of the document just made. */
  actions: ReactNode;
}

/** The intake report, the plan van aanpak, the AVG inzage and the privacy statement. */
export function OtherDocuments({ busy, onMake, actions }: Props) {
  const { t } = useText();
  const button = (doc: OtherDocument, label: string) => (
    <Button
      appearance="secondary-action-button"
      data-testid={`other-${doc}`}
      busy={busy}
      disabled={busy}
      onClick={() => onMake(doc)}
    >
      {label}
    </Button>
  );
  return (
    <section aria-labelledby="other-documents-heading" className="werkpad-section">
      <Heading3 id="other-documents-heading">{t('statements-other-title')}</Heading3>
      <Paragraph>{t('statements-other-intro')}</Paragraph>
      <Paragraph className="werkpad-muted">{t('statements-other-inzage-json')}</Paragraph>
      <ButtonGroup>
        {button('intake_report', t('statements-other-intake'))}
        {button('plan_van_aanpak', t('statements-other-plan'))}
        {button('inzage', t('statements-other-inzage'))}
        {button('privacy', t('statements-other-privacy'))}
      </ButtonGroup>
      {actions}
    </section>
  );
}
