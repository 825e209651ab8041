// Where the project's own folders are (data/, client/dist/), found from this module's place: server/ when the
// sources run, dist/server/ in the compiled build, one folder deeper.
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = new URL(import.meta.url.endsWith('.ts') ? '../' : '../../', import.meta.url);

/** The absolute path of `relative` (a folder ends with `/`) in the project. */
export const projectPath = (relative: string) => fileURLToPath(new URL(relative, PROJECT_ROOT));
