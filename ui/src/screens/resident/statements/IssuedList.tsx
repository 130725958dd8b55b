import {
  Button,
  Heading3,
  Heading4,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { DATA_CATEGORIES, PURPOSES, RECIPIENTS, STATEMENT_KINDS, type Choice, type Disclosure, type IssuedStatement } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { formatDate, formatInstant } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';

/** The Amsterdam date of an instant, dd-mm-jjjj. */
const dateOf = (instant: string) => formatInstant(instant).split(' ')[0] ?? '';

interface Props {
  statements: IssuedStatement[];
  disclosures: Disclosure[];
  /** A reprint is being made. */
  busy: boolean;
  onReprint: (statementId: string) => void;
  /** The print actions of a reprint. */
  actions: ReactNode;
}

/** Statements issued about the resident, and the sharing register (to whom data went). */
export function IssuedList({ statements, disclosures, busy, onReprint, actions }: Props) {
  const { t } = useText();
  const label = (list: readonly Choice[], value: string) => {
    const id = labelOf(list, value);
    return id ? t(id) : value;
  };
  return (
    <section aria-labelledby="issued-heading" className="werkpad-section">
      <Heading3 id="issued-heading">{t('statements-issued-title')}</Heading3>
      {statements.length === 0 ? (
        <Paragraph>{t('statements-issued-empty')}</Paragraph>
      ) : (
        <div className="werkpad-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('statements-col-date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('statements-col-kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('statements-col-reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('statements-col-issued-by')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('statements-col-actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {statements.map((s) => (
                <TableRow key={s.id} data-testid="issued-row">
                  <TableCell>{dateOf(s.issued_at)}</TableCell>
                  <TableCell>{label(STATEMENT_KINDS, s.kind)}</TableCell>
                  <TableCell>{s.reference}</TableCell>
                  <TableCell>{s.issued_by.name}</TableCell>
                  <TableCell>
                    {s.kind === 'verklaring_56_plus' ? (
                      <Button
                        appearance="secondary-action-button"
                        data-testid="issued-reprint"
                        aria-label={t('statements-reprint-label', { reference: s.reference })}
                        busy={busy}
                        disabled={busy}
                        onClick={() => onReprint(s.id)}
                      >
                        {t('statements-reprint')}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {actions}
      <Heading4 id="disclosures-heading">{t('statements-disclosures-title')}</Heading4>
      <Paragraph className="werkpad-muted">{t('statements-disclosures-intro')}</Paragraph>
      {disclosures.length === 0 ? (
        <Paragraph>{t('statements-disclosures-empty')}</Paragraph>
      ) : (
        <div className="werkpad-table-scroll">
          <Table aria-labelledby="disclosures-heading">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('statements-col-date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('statements-col-recipient')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('statements-col-purpose')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('statements-col-categories')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('statements-col-reference')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {disclosures.map((d) => (
                <TableRow key={d.id} data-testid="disclosure-row">
                  <TableCell>{formatDate(d.disclosed_on)}</TableCell>
                  <TableCell>
                    {d.recipient_name}
                    <br />
                    <span className="werkpad-muted">{label(RECIPIENTS, d.recipient)}</span>
                  </TableCell>
                  <TableCell>{label(PURPOSES, d.purpose)}</TableCell>
                  <TableCell>
                    <ul>
                      {d.categories.map((c) => (
                        <li key={c}>{label(DATA_CATEGORIES, c)}</li>
                      ))}
                    </ul>
                  </TableCell>
                  <TableCell>{d.statement_reference ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
