import packageJson from '../../../package.json';
import { FINDING_CODES, type FindingCode } from '../../shared/findings/codes';
import { findingTarget, type Finding } from '../../shared/findings/finding';

/** SARIF 2.1.0 levels for our severities. */
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The 1-based line of the first `"id": "<id>"` in the file, so code scanning points at the node or edge. */
function lineOf(text: string, id: string | undefined): number {
  if (id === undefined) return 1;
  const at = text.indexOf(`"id": ${JSON.stringify(id)}`);
  return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}

/**
 * Findings as a SARIF 2.1.0 log (the format GitHub code scanning reads): one run, the rules that
 * fired, one result per finding located at its node or edge in the file, suppressions as such.
 */
export function toSarif(findings: readonly Finding[], file: { uri: string; text: string }): object {
  const codes = [...new Set(findings.map((f) => f.code))].sort() as FindingCode[];
  const rules = codes.map((code) => {
    const entry: { title: string; help: string; name: string; severity: keyof typeof LEVEL; notes?: string } = FINDING_CODES[code];
    const help = entry.notes ? `${entry.help} (Domain notes: ${entry.notes}.)` : entry.help;
    return {
      id: code,
      name: entry.name,
      shortDescription: { text: entry.title },
      fullDescription: { text: entry.help },
      help: { text: help },
      defaultConfiguration: { level: LEVEL[entry.severity] },
    };
  });
  const results = findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: codes.indexOf(f.code),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: file.uri }, region: { startLine: lineOf(file.text, f.nodeId ?? f.edgeId) } },
        logicalLocations: [{ fullyQualifiedName: f.nodeId ? `nodes/${f.nodeId}` : f.edgeId ? `edges/${f.edgeId}` : 'pipeline', kind: 'object' }],
      },
    ],
    partialFingerprints: { 'pipewrightFinding/v1': `${f.code}:${findingTarget(f)}:${(f.path ?? []).join('.')}` },
    ...(f.suppressed ? { suppressions: [{ kind: 'external', justification: f.suppressed.justification }] } : {}),
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Pipewright', version: packageJson.version, semanticVersion: packageJson.version, rules } },
        artifacts: [{ location: { uri: file.uri } }],
        results,
      },
    ],
  };
}
