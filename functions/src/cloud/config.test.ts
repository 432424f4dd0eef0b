import { describe, expect, test } from 'vitest';
import { ConfigError, describeConfig, parseConfig } from './config.js';

const valid = {
  SALESPERF_WEBHOOK_SECRET: 'a'.repeat(64),
  SALESPERF_SPREADSHEET_IDS:
    '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd, 1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210dcba',
  GOOGLE_CLOUD_PROJECT: 'salesperf-prod',
};

describe('parseConfig', () => {
  test('reads the variables once, with defaults for the optional ones', () => {
    expect(parseConfig(valid)).toEqual({
      webhookSecret: 'a'.repeat(64),
      spreadsheetIds: [
        '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd',
        '1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210dcba',
      ],
      projectId: 'salesperf-prod',
      firestoreDatabase: '(default)',
      editQuietMs: 5000,
      editMaxWaitMs: 60000,
      leaseTtlMs: 540000,
      retryBaseMs: 500,
    });
  });

  const bad: { name: string; env: Record<string, string | undefined>; variable: string; problem: RegExp }[] =
    [
      {
        name: 'a missing secret',
        env: { ...valid, SALESPERF_WEBHOOK_SECRET: undefined },
        variable: 'SALESPERF_WEBHOOK_SECRET',
        problem: /not set/,
      },
      {
        name: 'a short secret',
        env: { ...valid, SALESPERF_WEBHOOK_SECRET: 'short' },
        variable: 'SALESPERF_WEBHOOK_SECRET',
        problem: /32 characters/,
      },
      {
        name: 'no spreadsheet',
        env: { ...valid, SALESPERF_SPREADSHEET_IDS: ' , ' },
        variable: 'SALESPERF_SPREADSHEET_IDS',
        problem: /at least one/,
      },
      {
        name: 'a spreadsheet URL instead of an id',
        env: { ...valid, SALESPERF_SPREADSHEET_IDS: 'https://docs.google.com/x' },
        variable: 'SALESPERF_SPREADSHEET_IDS',
        problem: /spreadsheet ids/,
      },
      {
        name: 'an empty project',
        env: { ...valid, GOOGLE_CLOUD_PROJECT: '' },
        variable: 'GOOGLE_CLOUD_PROJECT',
        problem: /not set/,
      },
      {
        name: 'a quiet time in words',
        env: { ...valid, SALESPERF_EDIT_QUIET_MS: 'five' },
        variable: 'SALESPERF_EDIT_QUIET_MS',
        problem: /whole number/,
      },
      {
        name: 'a day in another form',
        env: { ...valid, SALESPERF_AS_OF: '15/05/2026' },
        variable: 'SALESPERF_AS_OF',
        problem: /YYYY-MM-DD/,
      },
    ];
  test.each(bad)('$name throws one ConfigError naming $variable', ({ env, variable, problem }) => {
    let error: unknown;
    try {
      parseConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toMatch(problem);
    expect((error as ConfigError).message).not.toContain(valid.SALESPERF_WEBHOOK_SECRET);
  });

  test('the secret is shown as <omitted> when the configuration is described', () => {
    const described = JSON.stringify(describeConfig(parseConfig(valid)));
    expect(described).toContain('"webhookSecret":"<omitted>"');
    expect(described).not.toContain('a'.repeat(64));
  });
});
