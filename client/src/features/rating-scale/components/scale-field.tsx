// One labelled field of the Rating scale page with its problem beside it: the live check's or the server's refusal,
// named by the field's path (`verdicts.2.colour`), so the message sits where the user acted.
import type { ReactNode } from 'react';

/** The id of a field's input, from its path: `verdicts.2.colour` → `scale-verdicts-2-colour`. */
export const fieldId = (path: string) => `scale-${path.replace(/\./g, '-')}`;

interface ScaleFieldProps {
  path: string;
  label: string;
  problem: string | undefined;
  hint?: string;
  /** The input, given its id and its ARIA state by `children(props)`. */
  children: (props: { id: string; 'aria-invalid': boolean | undefined; 'aria-describedby': string | undefined }) => ReactNode;
  className?: string;
}

export function ScaleField({ path, label, problem, hint, children, className }: ScaleFieldProps) {
  const id = fieldId(path);
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className={className ?? 'scale-field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': described || undefined })}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field-error" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}
