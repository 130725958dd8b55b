import {
  Heading3,
  Heading4,
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
import type { Choice } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import { formatDate } from '../../i18n/format';
import { useText } from '../../i18n/useText';
import { PlanItemForm, type PlanItemValues } from './PlanItemForm';

export interface PlanItem {
  id: string;
  description: string;
  date: string | null;
  status: string;
}

interface Props {
  idPrefix: 'agreement' | 'goal';
  title: string;
  emptyText: string;
  dateLabel: string;
  newTitle: string;
  editTitle: string;
  statuses: readonly Choice[];
  items: PlanItem[];
  /** Saves a new item (id null) or changes one. */
  onSave: (id: string | null, v: PlanItemValues) => Promise<void>;
}

/** A list of agreements or goals with a form to add one and a way to change each. */
export function PlanList(p: Props) {
  const { t } = useText();
  const [editing, setEditing] = useState<PlanItem | null>(null);
  const status = (v: string) => {
    const id = labelOf(p.statuses, v);
    return id ? t(id) : v;
  };
  return (
    <section aria-labelledby={`${p.idPrefix}-heading`} className="werkpad-section">
      <Heading3 id={`${p.idPrefix}-heading`}>{p.title}</Heading3>
      {p.items.length === 0 ? (
        <Paragraph>{p.emptyText}</Paragraph>
      ) : (
        <div className="werkpad-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('plan-description')}</TableHeaderCell>
                <TableHeaderCell scope="col">{p.dateLabel}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('plan-status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('plan-actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {p.items.map((item) => (
                <TableRow key={item.id} data-testid={`${p.idPrefix}-row`}>
                  <TableCell className="werkpad-prewrap">{item.description}</TableCell>
                  <TableCell>{formatDate(item.date)}</TableCell>
                  <TableCell>{status(item.status)}</TableCell>
                  <TableCell>
                    <LinkButton
                      inline
                      onClick={() => setEditing(item)}
                      aria-label={t('plan-edit-label', { item: item.description.slice(0, 60) })}
                    >
                      {t('plan-edit')}
                    </LinkButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <div className="werkpad-subform">
        <Heading4>{editing ? p.editTitle : p.newTitle}</Heading4>
        <PlanItemForm
          key={editing?.id ?? 'new'}
          idPrefix={p.idPrefix}
          initial={editing ?? { description: '', date: null, status: p.statuses[0]?.value ?? 'open' }}
          dateLabel={p.dateLabel}
          statuses={p.statuses}
          submitLabel={editing ? t('plan-save-changes') : t('plan-add')}
          onSave={async (v) => {
            await p.onSave(editing?.id ?? null, v);
            setEditing(null);
          }}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      </div>
    </section>
  );
}
