// The `Source` combobox (ARIA 1.2 pattern): type any name or alias in any language, pick one, or add a new source.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Source } from '../../../../../domain/schemas.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCreateSource } from '../api/create-source.ts';
import { useSources } from '../api/get-sources.ts';
import { namesExactly, newSourceBody, searchSources } from '../source-search.ts';

type Option = { kind: 'source'; source: Source } | { kind: 'new'; name: string };

interface SourceComboboxProps {
  id: string;
  value: string | null;
  onChange: (sourceId: string) => void;
  /** Enter on a closed list with a source chosen: the form's main action. */
  onCommit?: () => void;
}

export function SourceCombobox({ id, value, onChange, onCommit }: SourceComboboxProps) {
  const { data: sources = [], isError } = useSources();
  const createSource = useCreateSource();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const selected = sources.find((s) => s.id === value);

  const options = useMemo<Option[]>(() => {
    const found: Option[] = searchSources(sources, query ?? '').map((source) => ({ kind: 'source', source }));
    const typed = query?.trim() ?? '';
    if (typed && !sources.some((s) => namesExactly(s, typed))) found.push({ kind: 'new', name: typed });
    return found;
  }, [sources, query]);

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(0);
  };

  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.kind === 'source') {
      onChange(option.source.id);
      setError(null);
      close();
      return;
    }
    createSource.mutateAsync(newSourceBody(option.name)).then(
      (source) => {
        onChange(source.id);
        setError(null);
        close();
      },
      (e: unknown) => setError(`The source was not added: ${errorMessage(e)}`),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length === 0 ? 0 : (i + step + options.length) % options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open && options.length > 0) choose(options[active]);
      else if (value) onCommit?.();
    } else if (event.key === 'Escape' && (open || query !== null)) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="combobox">
      <label htmlFor={id}>Source</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        placeholder="Search names in Arabic, English or French"
        value={query ?? selected?.name ?? ''}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {open && (
        <ul role="listbox" id={listId} aria-label="Sources" className="combobox-list">
          {options.map((option, i) => (
            <li
              key={option.kind === 'source' ? option.source.id : 'new'}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={option.kind === 'new' ? 'option-new' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(option)}
            >
              {option.kind === 'source' ? <SourceOptionLabel source={option.source} current={option.source.id === value} /> : <>Add <bdi>“{option.name}”</bdi> as a new source</>}
            </li>
          ))}
          {options.length === 0 && <li className="option-empty">{isError ? 'Sources could not be loaded' : 'Type a name to add a source'}</li>}
        </ul>
      )}
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}

function SourceOptionLabel({ source, current }: { source: Source; current: boolean }) {
  const arabic = source.names.ar;
  return (
    <>
      <span className="option-check" aria-hidden="true">{current ? '✓' : ''}</span>
      <span className="option-name">{source.name}</span>
      {arabic && (
        <bdi className="option-alt" lang="ar" dir="rtl">
          {arabic}
        </bdi>
      )}
    </>
  );
}
