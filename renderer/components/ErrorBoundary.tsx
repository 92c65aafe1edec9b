import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the user was looking at, for the message: "The reader", "The rendered page" … */
  what: string;
  children: ReactNode;
  /** Offered as a button next to the message (e.g. switch to the source text, go back). */
  action?: { label: string; run: () => void };
}

interface State {
  error: Error | null;
}

/**
 * Keeps one failing view from blanking the app: without a boundary, React unmounts the whole
 * tree on an error thrown while rendering. Shows what failed and keeps the rest of the UI (the
 * header, the other pane) working. Reset by remounting (give it a `key` that changes with the
 * view or article).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Reported once for whoever investigates (and for e2e, which fails on console errors).
    console.error(`${this.props.what} failed to render:`, error, info.componentStack ?? '');
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { action } = this.props;
    return (
      <div role="alert" className="fatal view-error" data-testid="view-error">
        <p>
          <strong>{this.props.what} could not be shown.</strong> Your library is unchanged. ({error.message || error.name})
        </p>
        <p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          {action && (
            <button type="button" onClick={action.run}>
              {action.label}
            </button>
          )}
        </p>
      </div>
    );
  }
}
