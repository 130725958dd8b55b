import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { ErrorPayload, PrintFile } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useText } from '../../../i18n/useText';

interface Props {
  /** The file just made here, or null. */
  file: PrintFile | null;
  /** Making the file failed. */
  error: ErrorPayload | null;
  testId: string;
}

/**
 * What to do with a PDF that Werkpad made: open it (to print from the viewer) or save a
 * copy where the coach chooses. The status region is always in the page, so screen
 * readers announce "Klaar: …" when a file arrives.
 */
export function PrintActions({ file, error, testId }: Props) {
  const { t } = useText();
  const [saved, setSaved] = useState<string[]>([]);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [shownFor, setShownFor] = useState<PrintFile | null>(file);

  // A new file: forget what was saved and what failed for the previous one.
  if (shownFor !== file) {
    setShownFor(file);
    setSaved([]);
    setFailure(null);
  }

  const act = async (command: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await command();
    } catch (e) {
      setFailure(e as ErrorPayload);
    }
  };
  const save = (path: string) =>
    act(async () => {
      const to = await api.printFileSave({ path });
      if (to) setSaved((s) => [...s, to]);
    });

  return (
    <div data-testid={testId}>
      <ErrorAlert error={error} testId={`${testId}-error`} />
      <div role="status" aria-live="polite" data-testid={`${testId}-status`}>
        {file ? <p className="werkpad-notice">{t('statements-print-ready', { file: file.file_name })}</p> : null}
        {saved.map((path) => (
          <p key={path}>{t('statements-print-saved', { path })}</p>
        ))}
      </div>
      {file ? (
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            data-testid={`${testId}-open`}
            onClick={() => void act(() => api.printFileOpen({ path: file.path }))}
          >
            {t('statements-print-open')}
          </Button>
          <Button appearance="secondary-action-button" data-testid={`${testId}-save`} onClick={() => void save(file.path)}>
            {t('statements-print-save')}
          </Button>
          {file.json_path ? (
            <Button
              appearance="secondary-action-button"
              data-testid={`${testId}-save-json`}
              onClick={() => void save(file.json_path ?? '')}
            >
              {t('statements-print-save-json')}
            </Button>
          ) : null}
        </ButtonGroup>
      ) : null}
      <ErrorAlert error={failure} testId={`${testId}-failure`} />
    </div>
  );
}
