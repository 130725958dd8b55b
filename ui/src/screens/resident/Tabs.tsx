import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';

export interface TabDef {
  key: string;
  label: string;
  testId: string;
  render: () => ReactNode;
}

interface Props {
  tabs: TabDef[];
  label: string;
  initial?: string;
}

/**
 * Accessible tabs (WAI-ARIA tabs pattern, automatic activation): arrow keys move between
 * tabs, Home and End jump to the first and last, Tab moves into the panel. Only the
 * selected panel is rendered, so data of other tabs (health!) is not in the page.
 */
export function Tabs({ tabs, label, initial }: Props) {
  const [selected, setSelected] = useState(initial ?? tabs[0]?.key ?? '');
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});

  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    setSelected(tab.key);
    refs.current[tab.key]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((t) => t.key === selected);
    const moves: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    select(target);
  };

  const current = tabs.find((t) => t.key === selected) ?? tabs[0];
  return (
    <div className="werkpad-tabs">
      <div role="tablist" aria-label={label} className="werkpad-tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const isSelected = tab.key === current?.key;
          return (
            <button
              key={tab.key}
              ref={(el) => {
                refs.current[tab.key] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${tab.key}`}
              data-testid={tab.testId}
              aria-selected={isSelected}
              aria-controls={`panel-${tab.key}`}
              tabIndex={isSelected ? 0 : -1}
              className="werkpad-tabs__tab"
              onClick={() => setSelected(tab.key)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {current ? (
        <div
          role="tabpanel"
          id={`panel-${current.key}`}
          aria-labelledby={`tab-${current.key}`}
          tabIndex={0}
          className="werkpad-tabs__panel"
        >
          {current.render()}
        </div>
      ) : null}
    </div>
  );
}
