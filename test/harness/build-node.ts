import { buildNode } from '../../scripts/build.mjs';

/**
 * Unit tests that start the simulation worker, the CLI or the web host need the Node bundles.
 * A bundle that does not build fails those tests with its own error; the others still run.
 */
export default async function setup(): Promise<void> {
  try {
    await buildNode();
  } catch (error) {
    console.warn(`Node bundles not built, tests that need them will fail: ${(error as Error).message.split('\n')[0]}`);
  }
}
