import { benchValidation } from './validate.bench';

// `npm run bench`: every benchmark prints its figures beside its target and baseline.
const results = [benchValidation()];
if (results.some((met) => !met)) process.exitCode = 1;
