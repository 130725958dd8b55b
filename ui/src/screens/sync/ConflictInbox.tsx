import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { ConflictChoice, ConflictView, ErrorPayload, JsonValue, Purpose, SyncStatus } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { formatInstant } from '../../i18n/format';
import { useText } from '../../i18n/useText';
import { HealthAccessFields, type HealthAccessErrors, missingHealthAccess } from '../shared/HealthAccessFields';
import { entityLabel, fieldLabel, isEditable, readableValue } from './conflictValue';

interface Props {
  /** Takes the status conflict_resolve answers with (the status bar's count). */
  onStatus: (s: SyncStatus) => void;
  /** The open conflicts count from the sync status: the list loads again when it changes. */
  conflictCount?: number;
}

/**
 * The conflict inbox: each change that was made here and on the server to the same field.
 * The coach chooses per conflict; nothing is decided automatically.
 */
export function ConflictInbox({ onStatus, conflictCount }: Props) {
  const { t } = useText();
  const [items, setItems] = useState<ConflictView[] | null>(null);
  const [loadError, setLoadError] = useState<ErrorPayload | null>(null);
  const [resolved, setResolved] = useState(0);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const load = useCallback(() => {
    api.conflicts().then(
      (list) => {
        setItems(Array.isArray(list) ? list : []);
        setLoadError(null);
      },
      (e: ErrorPayload) => setLoadError(e),
    );
  }, []);

  useEffect(load, [load, conflictCount]);

  const onResolved = (s: SyncStatus) => {
    onStatus(s);
    setResolved((n) => n + 1);
    load();
  };

  useLayoutEffect(() => {
    if (resolved > 0) noticeRef.current?.focus();
  }, [resolved]);

  return (
    <>
      <PageHeading>{t('conflicts-title')}</PageHeading>
      <Paragraph>{t('conflicts-intro')}</Paragraph>
      {resolved > 0 ? (
        <Paragraph
          ref={noticeRef}
          tabIndex={-1}
          role="status"
          data-testid="conflicts-resolved"
          className="werkpad-notice werkpad-focus-target"
        >
          {t('conflicts-resolved')}
        </Paragraph>
      ) : null}
      <ErrorAlert error={loadError} testId="conflicts-error" />
      {items === null ? (
        loadError ? null : <Paragraph>{t('app-loading')}</Paragraph>
      ) : items.length === 0 ? (
        <Paragraph data-testid="conflicts-empty">{t('conflicts-empty')}</Paragraph>
      ) : (
        <>
          <Paragraph data-testid="conflicts-count">{t('conflicts-count', { count: items.length })}</Paragraph>
          <ul className="werkpad-conflicts">
            {items.map((c) => (
              <ConflictItem key={c.conflict_id} conflict={c} onResolved={onResolved} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

interface ItemProps {
  conflict: ConflictView;
  onResolved: (s: SyncStatus) => void;
}

function ConflictItem({ conflict: listed, onResolved }: ItemProps) {
  const { t } = useText();
  // Health data (special category) comes without its values; they open with a purpose
  // and a reason, and the backend logs that read (conflict_open).
  const [opened, setOpened] = useState<ConflictView | null>(null);
  const c = opened ?? listed;
  const hidden = listed.restricted && opened === null;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState('');
  const [editError, setEditError] = useState<string | undefined>();
  const editButton = useRef<HTMLButtonElement>(null);

  const base = `conflict-${c.conflict_id}`;
  const headingId = `${base}-heading`;
  const whatId = `${base}-what`;
  const editId = `${base}-edit`;
  const field = fieldLabel(t, c.field);
  const editable = isEditable(c);
  // The other side's value is this laptop's own when the conflict came from elsewhere.
  const own = c.from_this_device;
  const start = own ? [c.mine, c.theirs] : [c.theirs, c.mine];
  const initialText = start.find((v): v is string => typeof v === 'string') ?? '';
  const long = initialText.length > 60 || initialText.includes('\n');

  const resolve = async (choice: ConflictChoice, value?: unknown) => {
    setBusy(true);
    setFailure(null);
    setEditError(undefined);
    try {
      const input = choice === 'edited' ? { conflict_id: c.conflict_id, choice, value: value as JsonValue } : { conflict_id: c.conflict_id, choice };
      onResolved(await api.conflictResolve(input));
    } catch (e) {
      const payload = e as ErrorPayload;
      const fieldError = payload.fields[0];
      if (choice === 'edited' && fieldError) {
        setEditError(t(fieldError.message_id, fieldError.args));
        document.getElementById(editId)?.focus();
      } else {
        setFailure(payload);
      }
      setBusy(false);
    }
  };

  const startEditing = () => {
    setEdited(initialText);
    setEditError(undefined);
    setEditing(true);
  };

  const wasEditing = useRef(false);
  useLayoutEffect(() => {
    // Opening the edit form moves focus to its text box; cancelling moves it back.
    if (editing) document.getElementById(editId)?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing, editId]);

  const submitEdited = (event: FormEvent) => {
    event.preventDefault();
    const v = edited.trim();
    void resolve('edited', v === '' ? null : v);
  };

  const describedBy = `${headingId} ${whatId}`;
  return (
    <li className="werkpad-conflict" data-testid="conflict">
      <Heading2 id={headingId}>{c.resident_name ?? t('conflicts-resident-unknown')}</Heading2>
      <Paragraph id={whatId}>
        {t('conflicts-what', { record: entityLabel(t, c.entity), field })}
      </Paragraph>
      {hidden ? (
        <HealthReveal base={base} conflictId={c.conflict_id} onOpened={setOpened} />
      ) : (
        resolvable()
      )}
    </li>
  );

  // A plain function, not a component: its form keeps focus while the coach types.
  function resolvable() {
    return (
      <>
      <Facts
        facts={[
          {
            label: t(own ? 'conflicts-mine' : 'conflicts-other-device'),
            testId: 'conflict-mine',
            value: <span className="werkpad-conflict__value">{readableValue(t, c.mine, c.entity, c.field)}</span>,
          },
          {
            label: t('conflicts-theirs'),
            testId: 'conflict-theirs',
            value: <span className="werkpad-conflict__value">{readableValue(t, c.theirs, c.entity, c.field)}</span>,
          },
          { label: t('conflicts-created-at'), value: formatInstant(c.created_at) },
        ]}
      />
      <ErrorAlert error={failure} testId="conflict-error" />
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          data-testid="conflict-keep-mine"
          aria-describedby={describedBy}
          disabled={busy}
          onClick={() => void resolve('mine')}
        >
          {t(own ? 'conflicts-keep-mine' : 'conflicts-keep-other-device')}
        </Button>
        <Button
          appearance="secondary-action-button"
          data-testid="conflict-keep-theirs"
          aria-describedby={describedBy}
          disabled={busy}
          onClick={() => void resolve('theirs')}
        >
          {t('conflicts-keep-theirs')}
        </Button>
        {editable && !editing ? (
          <Button
            ref={editButton}
            appearance="subtle-button"
            data-testid="conflict-edit"
            aria-describedby={describedBy}
            disabled={busy}
            onClick={startEditing}
          >
            {t('conflicts-edit')}
          </Button>
        ) : null}
      </ButtonGroup>
      {editing ? (
        <form onSubmit={submitEdited} noValidate className="werkpad-subform werkpad-section">
          {long ? (
            <TextAreaField
              id={editId}
              testId="conflict-edit-value"
              label={t('conflicts-edit-label', { field })}
              description={t(own ? 'conflicts-edit-description' : 'conflicts-edit-description-server')}
              value={edited}
              onChange={setEdited}
              error={editError}
            />
          ) : (
            <TextField
              id={editId}
              testId="conflict-edit-value"
              label={t('conflicts-edit-label', { field })}
              description={t(own ? 'conflicts-edit-description' : 'conflicts-edit-description-server')}
              value={edited}
              onChange={setEdited}
              error={editError}
            />
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" data-testid="conflict-edit-save" busy={busy} disabled={busy}>
              {t('conflicts-edit-save')}
            </Button>
            <Button
              appearance="secondary-action-button"
              data-testid="conflict-edit-cancel"
              disabled={busy}
              onClick={() => setEditing(false)}
            >
              {t('conflicts-edit-cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
      </>
    );
  }
}

interface RevealProps {
  base: string;
  conflictId: string;
  onOpened: (view: ConflictView) => void;
}

/** Asks why the coach needs to see health values before the backend shows (and logs) them. */
function HealthReveal({ base, conflictId, onOpened }: RevealProps) {
  const { t } = useText();
  const [purpose, setPurpose] = useState<Purpose | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<HealthAccessErrors>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const purposeId = `${base}-purpose`;
  const reasonId = `${base}-reason`;

  const open = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    // What the coach has not filled in cannot be sent; whether the purpose may justify
    // health data is the backend's rule (its error shows below).
    const found = missingHealthAccess(t, purpose, reason);
    setErrors(found);
    if (found.purpose || found.reason) {
      document.getElementById(found.purpose ? purposeId : reasonId)?.focus();
      return;
    }
    setBusy(true);
    try {
      onOpened(await api.conflictOpen({ conflict_id: conflictId, purpose: purpose || null, reason: reason.trim() }));
    } catch (e) {
      setFailure(e as ErrorPayload);
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void open(e)} className="werkpad-subform werkpad-section">
      <Paragraph data-testid="conflict-health-hidden">{t('conflicts-health-hidden')}</Paragraph>
      <ErrorAlert error={failure} testId="conflict-health-error" />
      <HealthAccessFields
        t={t}
        ids={{ purpose: purposeId, reason: reasonId }}
        testIds={{ purpose: 'conflict-health-purpose', reason: 'conflict-health-reason' }}
        purpose={purpose}
        reason={reason}
        onPurpose={setPurpose}
        onReason={setReason}
        errors={errors}
      />
      <Button type="submit" appearance="primary-action-button" data-testid="conflict-health-show" busy={busy} disabled={busy}>
        {t('conflicts-health-show')}
      </Button>
    </form>
  );
}
