import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit-verdict';

const report = (vulnerabilities: Record<string, { severity: string }>) => {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 };
  for (const { severity } of Object.values(vulnerabilities)) {
    counts[severity as keyof typeof counts] += 1;
    counts.total += 1;
  }
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: counts },
  });
};

describe('auditVerdict', () => {
  it('passes a clean report and one with only low or moderate findings', () => {
    expect(auditVerdict(report({}))).toEqual({
      ok: true,
      message:
        'npm audit: no high or critical findings [0 info, 0 low, 0 moderate, 0 high, 0 critical]',
    });
    expect(auditVerdict(report({ cookie: { severity: 'low' } })).ok).toBe(true);
  });

  it('fails on a high or critical finding and names the package', () => {
    const verdict = auditVerdict(
      report({
        cookie: { severity: 'low' },
        devalue: { severity: 'high' },
        luxon: { severity: 'critical' },
      }),
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain('devalue (high), luxon (critical)');
    expect(verdict.message).not.toContain('cookie (');
  });

  it('says plainly when the registry did not answer, without failing', () => {
    const refused = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    const verdict = auditVerdict(refused);
    expect(verdict.ok).toBe(true);
    expect(verdict.message).toMatch(/^npm audit: NOT MEASURED, .*405 Method Not Allowed/);
  });

  it('fails on output that is not JSON', () => {
    expect(auditVerdict('npm ERR! something')).toEqual({
      ok: false,
      message: 'npm audit: unreadable output: npm ERR! something',
    });
  });
});
