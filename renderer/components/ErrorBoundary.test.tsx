// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Broken(): never {
  throw new TypeError("Failed to set the 'srcdoc' property: This document requires 'TrustedHTML' assignment.");
}

describe('ErrorBoundary', () => {
  it('shows what failed in place of the view and keeps the rest of the app mounted', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = document.createElement('div');
    document.body.append(host);
    const back = vi.fn();
    await act(async () =>
      createRoot(host).render(
        <div>
          <header>Gleaner header</header>
          <ErrorBoundary what="The reader view" action={{ label: 'Back to the library', run: back }}>
            <Broken />
          </ErrorBoundary>
        </div>,
      ),
    );
    expect(host.textContent).toContain('Gleaner header');
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The reader view could not be shown.');
    expect(alert?.textContent).toContain('TrustedHTML');
    const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Back to the library');
    await act(async () => button?.click());
    expect(back).toHaveBeenCalledOnce();
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('renders its children when nothing fails', async () => {
    const host = document.createElement('div');
    await act(async () => createRoot(host).render(<ErrorBoundary what="The library view">fine</ErrorBoundary>));
    expect(host.textContent).toBe('fine');
  });
});
