import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';

interface State {
  error: Error | null;
}

interface Props {
  children: ReactNode;
  /** Reloads the page at the same URL; replaceable in tests, where jsdom cannot reload. */
  reload?: () => void;
  /** Opens the given address (the page without its query); replaceable in tests. */
  open?: (url: string) => void;
}

const reloadPage = () => window.location.reload();
const openPage = (url: string) => window.location.assign(url);

/** This page with no query: the default dataset and view, whatever the link asked for. */
function defaultViewUrl(): string {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * Catches a crash while rendering and offers to reload, keeping the URL (and so the reader's
 * place), or to load the default dataset: a way out even when the link itself makes the crash.
 */
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
          title={i18n._('error.viewTitle')}
          message={i18n._('error.view', { detail: this.state.error.message })}
          action={
            <div className="error-actions">
              <button type="button" onClick={this.props.reload ?? reloadPage}>
                {i18n._('error.reload')}
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => (this.props.open ?? openPage)(defaultViewUrl())}
              >
                {i18n._('error.loadDefault')}
              </button>
            </div>
          }
        />
      </main>
    );
  }
}
