import { Alert, Heading, Link, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef } from 'react';
import { useText } from '../i18n/useText';

export interface SummaryItem {
  /** Element id of the field; empty when the error belongs to no field on screen. */
  targetId: string;
  text: string;
  /** Called instead of plain focusing, e.g. to open the step that holds the field first. */
  onSelect?: () => void;
}

interface Props {
  items: SummaryItem[];
  testId?: string;
  /** The summary takes focus whenever this changes (e.g. a submit counter) and it has items. */
  focusKey?: unknown;
  /** Level of its heading: one below the form's own heading (default 2). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/** Moves focus to the field with this id (and scrolls it into view). */
export function focusField(targetId: string) {
  const el = document.getElementById(targetId);
  if (el) {
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
  }
}

/**
 * NLDS error summary: an error alert with a heading and a link per problem that moves
 * focus to the field. It takes focus (tabIndex -1) when `focusKey` changes.
 */
export function ErrorSummary({ items, testId, focusKey, headingLevel = 2 }: Props) {
  const { t } = useText();
  const ref = useRef<HTMLDivElement>(null);
  const hasItems = items.length > 0;
  useLayoutEffect(() => {
    if (hasItems && focusKey !== undefined) ref.current?.focus();
    // Only a new focusKey moves focus; new items while typing must not steal it.
  }, [focusKey]);
  if (items.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} data-testid={testId} className="werkpad-error-summary werkpad-focus-target">
      <Alert type="error">
        <Heading level={headingLevel}>{t('form-error-summary-title', { count: items.length })}</Heading>
        <UnorderedList>
          {items.map((item, i) => (
            <UnorderedListItem key={`${item.targetId}-${i}`}>
              {item.targetId ? (
                <Link
                  href={`#${item.targetId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    if (item.onSelect) item.onSelect();
                    else focusField(item.targetId);
                  }}
                >
                  {item.text}
                </Link>
              ) : (
                item.text
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}
