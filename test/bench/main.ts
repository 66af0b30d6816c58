import { benchLayout } from './layout.bench';
import { benchSimulation } from './simulate.bench';
import { benchValidation } from './validate.bench';

// `npm run bench`: every benchmark prints its figures beside its target and baseline.
async function main(): Promise<void> {
  const results = [benchValidation(), benchSimulation(), await benchLayout()];
  if (results.some((met) => !met)) process.exitCode = 1;
}
void main();
