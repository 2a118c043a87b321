import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
  componentStack: string;
  copied: boolean;
}

/**
 * Last line of defence: a render error shows a calm page instead of a white screen. Workshop data
 * lives in IndexedDB and every edit is already saved, so "Reload" is safe and says so.
 */
interface Props {
  children: ReactNode;
  /** The host's clipboard: in Electron the web clipboard permission is denied, main copies instead. */
  copyText: (text: string) => Promise<void>;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: '', copied: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo) {
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  private details(): string {
    const { error, componentStack } = this.state;
    return [
      `Endfirst error at ${new Date().toISOString()}`,
      `${error?.name ?? 'Error'}: ${error?.message ?? ''}`,
      error?.stack ?? '',
      componentStack.trim(),
      `User agent: ${navigator.userAgent}`,
    ].join('\n\n');
  }

  private copyDetails = async () => {
    try {
      await this.props.copyText(this.details());
      this.setState({ copied: true });
    } catch {
      // Clipboard can be refused (no focus, permissions); the details stay visible to select by hand.
      this.setState({ copied: false });
    }
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="crash" role="alert" aria-labelledby="crash-title">
        <h1 id="crash-title">Something went wrong on this screen</h1>
        <p>
          Your workshops are safe: everything you typed was saved as you went. Reloading usually fixes this. If it
          keeps happening, copy the details and send them to whoever supports Endfirst for you.
        </p>
        <div className="crash-actions">
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            Reload
          </button>
          <button type="button" className="button" onClick={() => void this.copyDetails()}>
            {this.state.copied ? 'Copied' : 'Copy details'}
          </button>
        </div>
        <details>
          <summary>Technical details</summary>
          <pre>{this.details()}</pre>
        </details>
      </main>
    );
  }
}
