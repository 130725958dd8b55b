import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { REFERENCE_DATASETS, type ErrorPayload, type ReferenceRelease } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import * as api from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatInstant } from '../../i18n/format';
import { useText } from '../../i18n/useText';

/**
 * Instellingen, "Naslaggegevens": which release of each reference dataset (occupations,
 * occupation groups, postcode areas) this laptop received from the server.
 */
export function ReferenceReleases() {
  const { t } = useText();
  const [releases, setReleases] = useState<ReferenceRelease[] | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);

  useEffect(() => {
    let live = true;
    api.referenceReleases().then(
      (r) => live && setReleases(r ?? []),
      (e: ErrorPayload) => live && setFailure(e),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section aria-labelledby="reference-heading" className="werkpad-section" data-testid="reference-releases">
      <Heading2 id="reference-heading">{t('reference-title')}</Heading2>
      <Paragraph>{t('reference-intro')}</Paragraph>
      <ErrorAlert error={failure} />
      {releases && releases.length === 0 ? <Paragraph data-testid="reference-empty">{t('reference-empty')}</Paragraph> : null}
      {releases && releases.length > 0 ? (
        <div className="werkpad-table-scroll">
          <Table>
            <TableCaption className="werkpad-visually-hidden">{t('reference-caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('reference-col-dataset')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('reference-col-version')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('reference-col-imported-at')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('reference-col-records')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {releases.map((r) => {
                const label = labelOf(REFERENCE_DATASETS, r.dataset);
                return (
                  <TableRow key={r.id} data-testid="reference-row">
                    <TableHeaderCell scope="row">{label ? t(label) : r.dataset}</TableHeaderCell>
                    <TableCell>{r.version}</TableCell>
                    <TableCell>{formatInstant(r.imported_at)}</TableCell>
                    <TableCell>{t('reference-records', { count: r.records })}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
