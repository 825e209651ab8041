// Loading, empty and error states in one calm shape.
import type { ReactNode } from 'react';

interface StatusMessageProps {
  title?: string;
  tone?: 'info' | 'error';
  children?: ReactNode;
}

export function StatusMessage({ title, tone = 'info', children }: StatusMessageProps) {
  return (
    <div className={`status-message status-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <h2>{title}</h2>}
      {children && <p>{children}</p>}
    </div>
  );
}
