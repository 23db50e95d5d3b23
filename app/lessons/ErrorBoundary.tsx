import { Component } from 'react';
import type { ReactNode } from 'react';

interface Props {
  /** Names what failed, e.g. 'The block on line 12'. */
  label: string;
  children: ReactNode;
}

/** Keeps one failing lesson block from taking the page down: shows a message in its place. */
export class ErrorBoundary extends Component<Props, { error: string | null }> {
  state = { error: null as string | null };

  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }

  render() {
    if (this.state.error)
      return (
        <div className="lesson-error" role="alert">
          <p>
            <strong>{this.props.label} could not be shown:</strong> {this.state.error}
          </p>
        </div>
      );
    return this.props.children;
  }
}
