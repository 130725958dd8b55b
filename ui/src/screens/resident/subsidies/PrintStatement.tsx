import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ErrorPayload, PrintFile } from '../../../api/contract.gen';
import { useText } from '../../../i18n/useText';
import { PrintActions } from '../statements/PrintActions';

interface Props {
  /** The button's text id. */
  labelId: string;
  /** Makes the PDF (and records the issued statement). */
  make: () => Promise<PrintFile>;
  testId: string;
}

/** A button that makes one statement as PDF, then offers to open or save it. */
export function PrintStatement({ labelId, make, testId }: Props) {
  const { t } = useText();
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<PrintFile | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setFile(await make());
    } catch (e) {
      setFile(null);
      setError(e as ErrorPayload);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="werkpad-subform">
      <Button appearance="secondary-action-button" data-testid={testId} disabled={busy} onClick={() => void run()}>
        {t(labelId)}
      </Button>
      <PrintActions file={file} error={error} testId={`${testId}-result`} />
    </div>
  );
}
