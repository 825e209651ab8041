// The password rule, shown under every field where a password is chosen before anyone tries one: the length comes
// from the contract's limits, the field points at it with aria-describedby.
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';

export function PasswordRule({ id }: { id: string }) {
  const { t } = useTranslation('common');
  return (
    <p id={id} className="hint password-rule">
      {t('passwordRule', { min: LIMITS.passwordMin, max: LIMITS.passwordMax })}
    </p>
  );
}
