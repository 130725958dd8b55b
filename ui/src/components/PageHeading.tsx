import { Heading1 } from '@utrecht/component-library-react';
import { type ReactNode, useLayoutEffect, useRef } from 'react';

interface Props {
  children: ReactNode;
  testId?: string;
  /** Focus moves here when this value changes (and on mount). */
  focusKey?: unknown;
}

/**
 * The screen's h1. It takes focus when the screen opens, so keyboard and screen-reader
 * users start at the top of the new content (WCAG 2.4.3).
 */
export function PageHeading({ children, testId, focusKey }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <Heading1 ref={ref} tabIndex={-1} data-testid={testId} className="werkpad-focus-target">
      {children}
    </Heading1>
  );
}
