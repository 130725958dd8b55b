import {
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { TRAJECT_STATES, type TrajectView } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import { formatDate } from '../../i18n/format';
import { useText } from '../../i18n/useText';

/** Every state change of the traject, oldest first, with who made it and why. */
export function TrajectHistory({ traject }: { traject: TrajectView }) {
  const { t } = useText();
  const state = (s: string) => {
    const id = labelOf(TRAJECT_STATES, s);
    return id ? t(id) : s;
  };
  return (
    <section aria-labelledby="traject-history-heading" className="werkpad-section">
      <Heading3 id="traject-history-heading">{t('traject-history')}</Heading3>
      {traject.history.length === 0 ? (
        <Paragraph>{t('traject-history-empty')}</Paragraph>
      ) : (
        <div className="werkpad-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('traject-history-date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('traject-history-step')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('traject-history-by')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('traject-history-reason')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {traject.history.map((c, i) => (
                <TableRow key={i}>
                  <TableCell>{formatDate(c.on)}</TableCell>
                  <TableCell>{t('traject-history-change', { from: state(c.from), to: state(c.to) })}</TableCell>
                  <TableCell>{c.by.name}</TableCell>
                  <TableCell>{c.reason ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
