// publicationBlockers: what keeps a newsroom from publishing, field by field.
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, publicationBlockers } from '../../../domain/publication/blockers.ts';
import { DEFAULT_SETTINGS } from '../../../domain/schemas.ts';

const ready = { ...DEFAULT_SETTINGS, newsroomName: 'Karabakh Facts', publicBaseUrl: 'https://facts.example.org' };

describe('publicationBlockers', () => {
  it('lets a named newsroom with a public address publish', () => {
    expect(publicationBlockers(ready)).toEqual([]);
  });

  it('names both fields on the default settings, the name first', () => {
    expect(publicationBlockers(DEFAULT_SETTINGS)).toEqual([
      { field: 'newsroomName', reason: 'default_name' },
      { field: 'publicBaseUrl', reason: 'unset' },
    ]);
  });

  it.each(['http://localhost', 'http://localhost:3000/', 'https://desk.localhost', 'http://127.0.0.1:8080', 'http://127.9.9.9', 'http://[::1]/', 'http://0.0.0.0:3000', 'http://LOCALHOST.'])(
    'refuses the loopback address %s',
    (publicBaseUrl) => {
      expect(publicationBlockers({ ...ready, publicBaseUrl })).toEqual([{ field: 'publicBaseUrl', reason: 'loopback' }]);
    },
  );

  it.each(['facts.example.org', '10.0.0.5', '128.0.0.1', 'localhost.example.org', '::2'])('takes %s for a reachable host', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
