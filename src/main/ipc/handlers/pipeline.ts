import { Validator } from '../../validate/validate';
import type { HandlerGroup } from '../types';

/** Validators keep the last run of each client, so a small edit re-validates only what it touched. */
const validators = new Map<string, Validator>();
/** Windows and pages come and go; keep the most recent few. */
const MAX_CLIENTS = 16;

function validatorFor(client: string): Validator {
  let validator = validators.get(client);
  if (validator) validators.delete(client);
  else validator = new Validator();
  validators.set(client, validator);
  if (validators.size > MAX_CLIENTS) validators.delete(validators.keys().next().value!);
  return validator;
}

export const pipelineHandlers: HandlerGroup<'pipeline:validate'> = {
  'pipeline:validate': async ({ pipeline }, ctx) => ({ findings: validatorFor(ctx.client).validate(pipeline) }),
};
