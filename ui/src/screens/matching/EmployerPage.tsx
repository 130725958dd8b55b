import { Button, Heading2, LinkButton, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { EmployerFile, EmployerRecord, ErrorPayload } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { PageHeading } from '../../components/PageHeading';
import { formatPostcode } from '../../i18n/format';
import { useText } from '../../i18n/useText';
import { EmployerForm } from './EmployerForm';
import { EmployerLks } from './EmployerLks';
import { WorkplaceList } from './WorkplaceList';

interface Props {
  employerId: string;
  onBack: () => void;
  /** Opens the ranked residents of a workplace. */
  onCandidates: (workplaceId: string) => void;
}

/** "Steenstraat 12 A, 6828 AB Arnhem". */
export function addressLine(e: EmployerRecord): string {
  const a = e.address;
  const street = [a.street, a.house_number, a.house_number_addition].filter(Boolean).join(' ');
  return `${street}, ${formatPostcode(a.postcode)} ${a.woonplaats}`;
}

function EmployerFacts({ employer: e }: { employer: EmployerRecord }) {
  const { t } = useText();
  return (
    <Facts
      facts={[
        { label: t('employer-field-kvk'), value: e.kvk ?? '' },
        { label: t('employer-field-loonheffingennummer'), value: e.loonheffingennummer ?? '' },
        { label: t('employer-address'), value: addressLine(e), testId: 'employer-address' },
        {
          label: t('employer-contacts'),
          value:
            e.contacts.length === 0 ? (
              ''
            ) : (
              <ul className="werkpad-plain-list">
                {e.contacts.map((c, i) => (
                  <li key={`${c.name}-${i}`}>
                    {[c.name, c.role, c.phone, c.email].filter(Boolean).join(' · ')}
                  </li>
                ))}
              </ul>
            ),
        },
        { label: t('employer-field-notes'), value: e.notes ? <span className="werkpad-prewrap">{e.notes}</span> : '' },
      ]}
    />
  );
}

/** One employer: its details (to change), its workplaces (to add and change) and their candidates. */
export function EmployerPage({ employerId, onBack, onCandidates }: Props) {
  const { t } = useText();
  const [file, setFile] = useState<EmployerFile | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [editing, setEditing] = useState(false);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  const load = useCallback(() => {
    api.employerFile({ employer_id: employerId }).then(
      (f) => {
        setFile(f);
        setFailure(null);
      },
      (e: ErrorPayload) => setFailure(e),
    );
  }, [employerId]);
  useEffect(load, [load]);

  useLayoutEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);

  const back = (
    <LinkButton inline onClick={onBack} className="werkpad-back" data-testid="employer-back">
      {t('employer-back')}
    </LinkButton>
  );
  if (!file) {
    return (
      <>
        {back}
        <PageHeading>{t('employer-loading-title')}</PageHeading>
        {failure ? <ErrorAlert error={failure} /> : <Paragraph>{t('app-loading')}</Paragraph>}
      </>
    );
  }

  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <>
      {back}
      <PageHeading testId="employer-title" focusKey={employerId}>
        {file.employer.name}
      </PageHeading>
      {editing ? (
        <section aria-labelledby="employer-edit-heading" className="werkpad-section werkpad-subform">
          <Heading2 id="employer-edit-heading" ref={editHeading} tabIndex={-1} className="werkpad-focus-target">
            {t('employer-edit-title')}
          </Heading2>
          <EmployerForm
            employer={file.employer}
            onSaved={(employer) => {
              setFile({ ...file, employer });
              stopEditing();
            }}
            onCancel={stopEditing}
          />
        </section>
      ) : (
        <section aria-labelledby="employer-facts-heading" className="werkpad-section">
          <Heading2 id="employer-facts-heading">{t('employer-facts-title')}</Heading2>
          <EmployerFacts employer={file.employer} />
          <Button ref={editButton} appearance="secondary-action-button" data-testid="employer-edit" onClick={() => setEditing(true)}>
            {t('employer-edit')}
          </Button>
        </section>
      )}
      <WorkplaceList employer={file.employer} workplaces={file.workplaces} onSaved={load} onCandidates={onCandidates} />
      <EmployerLks employerId={employerId} />
    </>
  );
}
