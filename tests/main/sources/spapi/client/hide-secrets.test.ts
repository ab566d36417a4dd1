// Hiding credentials in a text a server sent back: every form a secret travels in is hidden,
// short words are left alone.
import { describe, expect, it } from 'vitest';
import { hideSecrets } from '../../../../../main/sources/spapi/client/hide-secrets';

const refreshToken = 'Atzr|IwEBI/example+token=';

describe('hideSecrets', () => {
  it.each([
    ['as is', refreshToken],
    ['URL-encoded', encodeURIComponent(refreshToken)],
    ['form-encoded', new URLSearchParams({ refresh_token: refreshToken }).toString().slice('refresh_token='.length)],
    ['JSON-escaped', JSON.stringify({ t: 'Atzr|"quoted"\\slash' }).slice(6, -2)],
  ])('hides a secret %s', (_, form) => {
    const secret = form.startsWith('Atzr|\\"') ? 'Atzr|"quoted"\\slash' : refreshToken;
    expect(hideSecrets(`invalid request: ${form}!`, [secret])).toBe('invalid request: [hidden]!');
  });

  it('hides every secret, every time it appears', () => {
    const text = 'secret=cs-0123456789&token=Atza|access-0001 and again cs-0123456789';
    expect(hideSecrets(text, ['cs-0123456789', 'Atza|access-0001'])).toBe(
      'secret=[hidden]&token=[hidden] and again [hidden]',
    );
  });

  it('leaves text without secrets, and secrets too short to be credentials, as they are', () => {
    expect(hideSecrets('invalid_grant', ['', 'grant', 'cs-0123456789'])).toBe('invalid_grant');
  });
});
