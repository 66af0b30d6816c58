export type Severity = 'error' | 'warning' | 'info';

/** One finding code: never reused for another meaning once released. */
export interface FindingCodeEntry {
  /** kebab-case name of the rule. */
  readonly name: string;
  readonly severity: Severity;
  readonly title: string;
  /** Why it matters, in our words. */
  readonly help: string;
  /** The section of the domain notes that explains it, where there is one. Example: `"5.2.2 Kinesis Streams Limitations"`. */
  readonly notes?: string;
}
