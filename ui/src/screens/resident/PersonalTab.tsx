import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { Facts } from '../../components/Facts';
import { useText } from '../../i18n/useText';
import { residentFactSections } from '../shared/residentFacts';
import { ResidentEditForm } from './ResidentEditForm';
import { RightsRequests } from './RightsRequests';
import type { TabProps } from './tabProps';

/** Persoonsgegevens: a read view, and an edit form that saves with resident_update. */
export function PersonalTab({ residentId, view, onView }: TabProps) {
  const { t } = useText();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useLayoutEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (editing) {
    return (
      <ResidentEditForm
        residentId={residentId}
        draft={view.draft}
        onSaved={(v) => {
          onView(v);
          setSaved(true);
          setEditing(false);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <>
      <div className="werkpad-panel-head">
        <Heading2>{t('file-tab-personal')}</Heading2>
        <Button ref={editButton} appearance="secondary-action-button" data-testid="personal-edit" onClick={() => { setSaved(false); setEditing(true); }}>
          {t('personal-edit')}
        </Button>
      </div>
      {saved ? (
        <Paragraph role="status" className="werkpad-notice">
          {t('personal-saved')}
        </Paragraph>
      ) : null}
      {residentFactSections(view.draft, t).map((s) => (
        <section key={s.key} aria-labelledby={`personal-${s.key}`} className="werkpad-review-section">
          <Heading3 id={`personal-${s.key}`}>{s.title}</Heading3>
          <Facts facts={s.facts} appearance="rows" />
        </section>
      ))}
      <RightsRequests residentId={residentId} view={view} onView={onView} />
    </>
  );
}
