// The `Source` combobox (ARIA 1.2 pattern): type any name or alias in any language, pick one, or add a new source.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { sourceName } from '@domain/locales.ts';
import type { Source } from '@domain/schemas.ts';
import { useErrorText } from '../i18n/error-text.ts';
import { useFormat } from '../i18n/format.ts';
import { useCreateSource } from '../lib/queries/create-source.ts';
import { useSources } from '../lib/queries/get-sources.ts';
import { namesExactly, newSourceBody, searchSources } from '../lib/source-search.ts';

type Option = { kind: 'source'; source: Source } | { kind: 'new'; name: string };

interface SourceComboboxProps {
  id: string;
  value: string | null;
  onChange: (sourceId: string) => void;
  /** Enter on a closed list with a source chosen: the form's main action. */
  onCommit?: () => void;
}

export function SourceCombobox({ id, value, onChange, onCommit }: SourceComboboxProps) {
  const { t } = useTranslation('sources');
  const { language } = useFormat();
  const errorText = useErrorText();
  const { data: sources = [], isError } = useSources();
  const createSource = useCreateSource();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  /** Why adding a source failed, worded when shown. */
  const [error, setError] = useState<unknown>(null);
  const listId = useId();
  const selected = sources.find((s) => s.id === value);

  const options = useMemo<Option[]>(() => {
    const found: Option[] = searchSources(sources, query ?? '', language).map((source) => ({ kind: 'source', source }));
    const typed = query?.trim() ?? '';
    if (typed && !sources.some((s) => namesExactly(s, typed))) found.push({ kind: 'new', name: typed });
    return found;
  }, [sources, query, language]);

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
      (e: unknown) => setError(e),
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
      <label htmlFor={id}>{t('combobox.label')}</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        aria-invalid={error !== null ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        placeholder={t('combobox.placeholder')}
        value={query ?? (selected ? sourceName(selected, language) : '')}
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
        <ul role="listbox" id={listId} aria-label={t('combobox.listLabel')} className="combobox-list">
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
              {option.kind === 'source' ? (
                <SourceOptionLabel source={option.source} current={option.source.id === value} language={language} />
              ) : (
                <Trans t={t} i18nKey="combobox.add" values={{ name: option.name }} components={{ bdi: <bdi /> }} />
              )}
            </li>
          ))}
          {options.length === 0 && (
            <li className="option-empty">{isError ? t('combobox.loadFailed') : t('combobox.typeToAdd')}</li>
          )}
        </ul>
      )}
      {error !== null && (
        <p className="field-error" role="alert">
          {t('combobox.notAdded', { reason: errorText(error) })}
        </p>
      )}
    </div>
  );
}

/**
 * The source by its name in the interface language, with its other usual name beside it: its Arabic name, or in an
 * Arabic interface its main name.
 */
function SourceOptionLabel({ source, current, language }: { source: Source; current: boolean; language: string }) {
  const name = sourceName(source, language);
  const otherIsArabic = language !== 'ar';
  const other = otherIsArabic ? source.names.ar : source.name;
  return (
    <>
      <span className="option-check" aria-hidden="true">{current ? '✓' : ''}</span>
      <bdi className="option-name">{name}</bdi>
      {other && other !== name && (
        <bdi className="option-alt" lang={otherIsArabic ? 'ar' : undefined} dir={otherIsArabic ? 'rtl' : 'auto'}>
          {other}
        </bdi>
      )}
    </>
  );
}
