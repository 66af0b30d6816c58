import type { Command } from './registry';

/**
 * How well `query` matches `label`, or undefined when it does not: every query character must
 * appear in order (a fuzzy match, so `sva` finds "Save As…"). A run of the query as one piece
 * scores highest, earlier is better, and characters at word starts beat ones inside words.
 */
export function matchScore(label: string, query: string): number | undefined {
  const text = label.toLowerCase();
  const q = query.trim().toLowerCase();
  if (q === '') return 0;
  const at = text.indexOf(q);
  if (at >= 0) return 1_000 - at + (at === 0 || text[at - 1] === ' ' ? 100 : 0);
  let score = 0;
  let from = 0;
  for (const ch of q) {
    if (ch === ' ') continue;
    const i = text.indexOf(ch, from);
    if (i < 0) return undefined;
    score += i === 0 || text[i - 1] === ' ' ? 10 : i === from ? 5 : -(i - from);
    from = i + 1;
  }
  return score;
}

/** The palette's list: commands (not hidden) whose label matches, best first; registry order among equals. */
export function filterCommands(commands: readonly Command[], query: string): Command[] {
  return commands
    .filter((c) => !c.hiddenInPalette)
    .map((command, index) => ({ command, index, score: matchScore(command.label, query) }))
    .filter((e): e is { command: Command; index: number; score: number } => e.score !== undefined)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((e) => e.command);
}
