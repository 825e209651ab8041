// A calendar day typed as day, month and year, in the order the interface language writes them and with the months
// named in it. The browser's own date input shows its format in the browser's language (mm/dd/yyyy in an English
// Chromium) whatever the interface speaks. The value is YYYY-MM-DD, or "" when the three parts are empty; a day typed
// in part, or one that does not exist, changes nothing until it is whole (and is marked invalid meanwhile).
// The visible label of the field is the element with id `${id}-label`; `id` goes to the first part.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayFromParts, dayParts, monthNames, partOrder, type DayPart, type DayParts } from '../i18n/day-parts.ts';
import { useFormat } from '../i18n/format.ts';

interface DateFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  'aria-invalid'?: true | undefined;
  'aria-describedby'?: string | undefined;
}

export function DateField({ id, value, onChange, 'aria-invalid': invalid, 'aria-describedby': describedBy }: DateFieldProps) {
  const { t } = useTranslation('common');
  const { language } = useFormat();
  const [parts, setParts] = useState<DayParts>(() => dayParts(value));
  // The last value this field reported: a new value from outside (a filter cleared, a form reset) replaces the parts;
  // the field's own report does not, so a day being typed is not wiped.
  const reported = useRef(value);
  useEffect(() => {
    if (value === reported.current) return;
    reported.current = value;
    setParts(dayParts(value));
  }, [value]);
  const order = useMemo(() => partOrder(language), [language]);
  const months = useMemo(() => monthNames(language), [language]);
  const whole = dayFromParts(parts);

  const change = (part: DayPart, text: string) => {
    const next = { ...parts, [part]: text };
    setParts(next);
    const day = dayFromParts(next);
    if (day !== null && day !== reported.current) {
      reported.current = day;
      onChange(day);
    }
  };
  const common = (part: DayPart, index: number) => ({
    id: index === 0 ? id : `${id}-${part}`,
    'aria-labelledby': `${id}-label ${id}-${part}-name`,
    'aria-invalid': invalid ?? (whole === null ? true : undefined),
    'aria-describedby': describedBy,
  });
  return (
    <span className="date-field" role="group" aria-labelledby={`${id}-label`}>
      {order.map((part, index) => (
        <span key={part} className={`date-part date-${part}`}>
          <span id={`${id}-${part}-name`} className="visually-hidden">
            {t(`date.${part}`)}
          </span>
          {part === 'month' ? (
            <select {...common(part, index)} value={parts.month} onChange={(e) => change('month', e.target.value)}>
              <option value="">{t('date.month')}</option>
              {months.map((name, m) => (
                <option key={name} value={String(m + 1)}>
                  {name}
                </option>
              ))}
            </select>
          ) : (
            <input
              {...common(part, index)}
              inputMode="numeric"
              autoComplete="off"
              maxLength={part === 'year' ? 4 : 2}
              placeholder={t(`date.${part}`)}
              value={parts[part]}
              onChange={(e) => change(part, e.target.value)}
            />
          )}
        </span>
      ))}
    </span>
  );
}
