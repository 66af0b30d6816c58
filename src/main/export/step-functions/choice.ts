import type { Json } from './integrations';

/**
 * A Choice state's condition setting ("$.rows > 0", "$.status == 'ok'", "$.full != true") as an ASL
 * choice rule and back. One comparison of a JSONPath with a number, a quoted string or a boolean:
 * the ASL comparison operators (States Language spec, Choice Rules) have no other operand kinds.
 */

const OPERATORS = { '==': 'Equals', '>': 'GreaterThan', '>=': 'GreaterThanEquals', '<': 'LessThan', '<=': 'LessThanEquals' } as const;
type Operator = keyof typeof OPERATORS | '!=';

const CONDITION = /^\s*(\$[^\s=!<>]*)\s*(==|!=|>=|<=|>|<)\s*(.+?)\s*$/;

function operand(text: string): { type: 'Numeric' | 'String' | 'Boolean'; value: number | string | boolean } | undefined {
  if (/^-?\d+(\.\d+)?$/.test(text)) return { type: 'Numeric', value: Number(text) };
  if (text === 'true' || text === 'false') return { type: 'Boolean', value: text === 'true' };
  const quoted = /^'(.*)'$/.exec(text) ?? /^"(.*)"$/.exec(text);
  return quoted ? { type: 'String', value: quoted[1]! } : undefined;
}

/** The rule for a condition (without its Next), or undefined when the condition is not one comparison. */
export function choiceRule(condition: string): Record<string, Json> | undefined {
  const match = CONDITION.exec(condition);
  const value = match && operand(match[3]!);
  if (!match || !value) return undefined;
  const operator = match[2] as Operator;
  // Booleans compare for equality only.
  if (value.type === 'Boolean' && operator !== '==' && operator !== '!=') return undefined;
  const comparison = { Variable: match[1]!, [`${value.type}${OPERATORS[operator === '!=' ? '==' : operator]}`]: value.value };
  return operator === '!=' ? { Not: comparison } : comparison;
}

const SYMBOL = Object.fromEntries(Object.entries(OPERATORS).map(([symbol, name]) => [name, symbol])) as Record<string, string>;

/** The condition a rule of `choiceRule` says, or undefined for any other rule. */
export function conditionOf(rule: unknown): string | undefined {
  if (typeof rule !== 'object' || rule === null) return undefined;
  const negated = 'Not' in rule;
  const comparison = (negated ? (rule as { Not: unknown }).Not : rule) as Record<string, unknown>;
  if (typeof comparison !== 'object' || comparison === null || typeof comparison.Variable !== 'string') return undefined;
  for (const [key, value] of Object.entries(comparison)) {
    const match = /^(Numeric|String|Boolean)(\w+)$/.exec(key);
    const symbol = match && SYMBOL[match[2]!];
    if (!match || symbol === undefined || (negated && symbol !== '==')) continue;
    const text = match[1] === 'String' ? `'${String(value)}'` : String(value);
    return `${comparison.Variable} ${negated ? '!=' : symbol} ${text}`;
  }
  return undefined;
}
