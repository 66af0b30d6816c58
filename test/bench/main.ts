import { benchSimulation } from './simulate.bench';
import { benchValidation } from './validate.bench';

// `npm run bench`: every benchmark prints its figures beside its target and baseline.
const results = [benchValidation(), benchSimulation()];
if (results.some((met) => !met)) process.exitCode = 1;
