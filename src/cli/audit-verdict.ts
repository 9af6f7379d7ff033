/** Reads the JSON of `npm audit --json`: pass, fail on high or critical findings, or say why it could not tell. */
export interface AuditVerdict {
  ok: boolean;
  message: string;
}

interface AuditReport {
  vulnerabilities?: Record<string, { severity: string }>;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { total?: number } };
  message?: string;
  statusCode?: number;
}

const BLOCKING = new Set(['high', 'critical']);

export function auditVerdict(json: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(json) as AuditReport;
  } catch {
    return {
      ok: false,
      message: `npm audit: unreadable output: ${json.slice(0, 200) || '(none)'}`,
    };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    return {
      ok: true,
      message:
        `npm audit: NOT MEASURED, the registry did not answer the audit ` +
        `(${report.message ?? `status ${report.statusCode ?? 'unknown'}`})`,
    };
  }
  const blocking = Object.entries(report.vulnerabilities ?? {})
    .filter(([, finding]) => BLOCKING.has(finding.severity))
    .map(([name, finding]) => `${name} (${finding.severity})`);
  const summary = Object.entries(counts)
    .filter(([severity]) => severity !== 'total')
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
  return blocking.length
    ? {
        ok: false,
        message: `npm audit: high or critical findings: ${blocking.join(', ')} [${summary}]`,
      }
    : { ok: true, message: `npm audit: no high or critical findings [${summary}]` };
}
