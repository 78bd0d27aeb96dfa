import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';

interface State {
  error: Error | null;
}

interface Props {
  children: ReactNode;
  /** Reloads the page at the same URL; replaceable in tests, where jsdom cannot reload. */
  reload?: () => void;
}

const reloadPage = () => window.location.reload();

/** Catches a crash while rendering and offers to reload, keeping the URL (and so the reader's place). */
export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('Source Timeline could not show this view:', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="app-error">
        <ErrorMessage
          title="This view could not be shown"
          message={`Something went wrong while showing this view (${this.state.error.message}). Reloading keeps this link.`}
          action={
            <button type="button" onClick={this.props.reload ?? reloadPage}>
              Reload
            </button>
          }
        />
      </main>
    );
  }
}
