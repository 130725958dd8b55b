import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ErrorPayload } from '../api/contract.gen';
import { useText } from '../i18n/useText';

/** A failed command's message (its Fluent `message_id` with `args`), as an error alert. */
export function ErrorAlert({ error, testId }: { error: ErrorPayload | null; testId?: string }) {
  const { t } = useText();
  if (!error) return null;
  return (
    <Alert type="error" data-testid={testId}>
      <Paragraph>{t(error.message_id, error.args)}</Paragraph>
    </Alert>
  );
}
