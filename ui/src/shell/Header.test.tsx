import { screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../test/helpers';
import { Header } from './Header';

describe('Header', () => {
  it('offers Managementinformatie only to those who get figures', () => {
    const { unmount } = renderWithI18n(<Header current="caseload" coachName="Anna" onNavigate={vi.fn()} onLock={vi.fn()} />);
    expect(screen.queryByTestId('nav-reports'), 'a coach has no management information').toBeNull();
    unmount();
    const onNavigate = vi.fn();
    renderWithI18n(<Header current="reports" coachName="Lieke" showReports onNavigate={onNavigate} onLock={vi.fn()} />);
    const item = screen.getByTestId('nav-reports');
    expect(item.textContent).toBe('Managementinformatie');
    expect(item.getAttribute('aria-current'), 'the open screen is marked').toBe('page');
    item.click();
    expect(onNavigate).toHaveBeenCalledWith('reports');
  });
});
