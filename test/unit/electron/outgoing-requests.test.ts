import { describe, expect, it, vi } from 'vitest';
import { isAllowedOutgoingRequest, limitOutgoingRequests, NETWORK_URL_PATTERNS, type OutgoingAllowance } from '../../../electron/main/outgoing-requests';

const none: OutgoingAllowance = { teamServerOrigin: null, devServerOrigin: null };
const team: OutgoingAllowance = { teamServerOrigin: 'wss://sync.example.org', devServerOrigin: null };
const dev: OutgoingAllowance = { teamServerOrigin: null, devServerOrigin: 'http://localhost:5173' };

describe('which requests may leave the machine', () => {
  it.each([
    ['nothing without a team server', none, 'wss://sync.example.org/team', false],
    ['nothing without a team server, not even https', none, 'https://example.org/', false],
    ['the team server’s socket', team, 'wss://sync.example.org/team', true],
    ['the team server with its default port spelled out', team, 'wss://sync.example.org:443/team', true],
    ['the team server in capitals', team, 'wss://SYNC.example.org/team', true],
    ['the team server’s host over https, which the socket does not need', team, 'https://sync.example.org/', false],
    ['the team server’s host unencrypted', team, 'ws://sync.example.org/team', false],
    ['the team server’s host on another port', team, 'wss://sync.example.org:8443/team', false],
    ['a look-alike host', team, 'wss://sync.example.org.evil.example/', false],
    ['a sub-domain', team, 'wss://a.sync.example.org/', false],
    ['credentials that hide another host', team, 'wss://sync.example.org@evil.example/', false],
    ['a telemetry call', team, 'https://telemetry.example/collect', false],
    ['a malformed address', team, 'wss://', false],
    ['the dev server in development', dev, 'http://localhost:5173/src/main.tsx', true],
    ['the dev server’s hot-reload socket', dev, 'ws://localhost:5173/?token=x', true],
    ['another port on the same machine', dev, 'http://localhost:5174/', false],
    ['a team server on this machine, while developing', { teamServerOrigin: 'ws://localhost:1234', devServerOrigin: 'http://localhost:5173' }, 'ws://localhost:1234/', true],
  ] as const)('%s', (_label, allowance, url, expected) => {
    expect(isAllowedOutgoingRequest(url, allowance)).toBe(expected);
  });
});

describe('the session filter', () => {
  function install(allowance: () => OutgoingAllowance) {
    let listener: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
    const filters: string[][] = [];
    const refused: string[] = [];
    limitOutgoingRequests(
      {
        webRequest: {
          onBeforeRequest: (filter, handler) => {
            filters.push(filter.urls);
            listener = handler;
          },
        },
      },
      allowance,
      (url) => refused.push(url),
    );
    const decide = (url: string) => {
      const callback = vi.fn();
      listener?.({ url }, callback);
      return callback.mock.calls[0]?.[0] as { cancel: boolean } | undefined;
    };
    return { filters, refused, decide };
  }

  it('watches every network scheme, app:// not among them', () => {
    const { filters } = install(() => none);
    expect(filters).toEqual([NETWORK_URL_PATTERNS]);
    expect(NETWORK_URL_PATTERNS).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
  });

  it('follows the setting at each request: reachable once saved, refused once forgotten', () => {
    let allowance = none;
    const { decide, refused } = install(() => allowance);
    expect(decide('wss://sync.example.org/team')).toEqual({ cancel: true });
    allowance = team;
    expect(decide('wss://sync.example.org/team')).toEqual({ cancel: false });
    allowance = none;
    expect(decide('wss://sync.example.org/team')).toEqual({ cancel: true });
    expect(refused).toEqual(['wss://sync.example.org/team', 'wss://sync.example.org/team']);
  });
});
