// The two roles as the interface names them.
import type { Role } from '../../../../domain/schemas.ts';

export const ROLE_LABELS: Record<Role, string> = { factchecker: 'Fact-checker', editor: 'Editor' };
