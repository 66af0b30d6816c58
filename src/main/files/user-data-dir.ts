import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Pipewright keeps its own data (recent files, recovery copies) when not run by Electron,
 * which has `app.getPath('userData')`: the folder each OS uses for application settings.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Pipewright');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Pipewright');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'pipewright');
}
