import {
  Heading2,
  Heading3,
  LinkButton,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { APPOINTMENT_STATUSES, type Appointment } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import * as api from '../../api/contract.gen';
import { formatDate, timeOf } from '../../i18n/format';
import { useText } from '../../i18n/useText';
import { AppointmentForm } from './AppointmentForm';
import type { TabProps } from './tabProps';

/** Agenda: the resident's appointments (earliest first) and a form to plan or change one. */
export function AppointmentsTab({ residentId, view, onView }: TabProps) {
  const { t } = useText();
  const [editing, setEditing] = useState<Appointment | null>(null);
  const status = (v: string) => {
    const id = labelOf(APPOINTMENT_STATUSES, v);
    return id ? t(id) : v;
  };
  return (
    <>
      <Heading2>{t('file-tab-appointments')}</Heading2>
      {view.appointments.length === 0 ? (
        <Paragraph>{t('appointment-empty')}</Paragraph>
      ) : (
        <div className="werkpad-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('appointment-date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('appointment-time')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('appointment-subject')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('appointment-location')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('appointment-status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('plan-actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.appointments.map((a) => (
                <TableRow key={a.id} data-testid="appointment-row">
                  <TableCell>{formatDate(a.starts_at.slice(0, 10))}</TableCell>
                  <TableCell>{t('appointment-time-range', { start: timeOf(a.starts_at), end: timeOf(a.ends_at) })}</TableCell>
                  <TableCell>{a.subject}</TableCell>
                  <TableCell>{a.location ?? ''}</TableCell>
                  <TableCell>{status(a.status)}</TableCell>
                  <TableCell>
                    <LinkButton inline onClick={() => setEditing(a)} aria-label={t('plan-edit-label', { item: a.subject })}>
                      {t('plan-edit')}
                    </LinkButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <section aria-labelledby="appointment-form-heading" className="werkpad-section werkpad-subform">
        <Heading3 id="appointment-form-heading">
          {editing ? t('appointment-edit-title') : t('appointment-new-title')}
        </Heading3>
        <AppointmentForm
          key={editing?.id ?? 'new'}
          residentId={residentId}
          appointment={editing}
          onSave={async (input) => {
            onView(await api.appointmentSave(input));
            setEditing(null);
          }}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      </section>
    </>
  );
}
