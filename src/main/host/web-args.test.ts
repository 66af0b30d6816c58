import { describe, expect, it } from 'vitest';
import { parseWebArgs } from './web-args';
import { defaultUserDataDir } from '../files/user-data-dir';

describe('the web host command line', () => {
  it('reads --port and --user-data', () => {
    expect(parseWebArgs([])).toEqual({ port: 0 });
    expect(parseWebArgs(['--port', '8080', '--user-data', '/tmp/pw'])).toEqual({ port: 8080, userData: '/tmp/pw' });
  });

  it.each([
    [['--port', 'x'], /--port must be 0–65535, got "x"/],
    [['--port'], /--port must be/],
    [['--user-data'], /--user-data needs a folder/],
    [['--user-data', '--port', '1'], /--user-data needs a folder/],
    [['--verbose'], /unknown option "--verbose"/],
  ])('refuses %j, naming the problem', (argv, message) => {
    expect(parseWebArgs(argv)).toEqual({ error: expect.stringMatching(message) });
  });
});

describe('the default user-data folder', () => {
  it('follows each OS convention', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/pipewright');
    expect(defaultUserDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/pipewright');
    expect(defaultUserDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/Pipewright');
    expect(defaultUserDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toMatch(/Roaming.Pipewright$/);
  });
});
