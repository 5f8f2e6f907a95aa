/** Every report fixture extracts to its hand-checked expected record, field by field. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { ROOT, reportFixtures, withoutLocations, type ExpectedFinding } from './helpers.js';

const project = (f: ExpectedFinding) => ({ rule: f.rule, severity: f.severity, stage: f.stage, criterion: f.criterion, elements: f.elements });
const key = (f: ExpectedFinding) => JSON.stringify(project(f));

describe.each(reportFixtures())('fixture $stem', ({ path, expected }) => {
  // One extraction per fixture, shared by its tests: each test reads one fact of the same record.
  let record: ReturnType<typeof extract> | undefined;
  const extracted = () => (record ??= extract(`${ROOT}${path}`));

  it('records its source: format and the sha256 of its bytes', async () => {
    const report = await extracted();
    expect(report.source.format).toBe(expected.source.format);
    expect(report.source.sha256).toBe(createHash('sha256').update(readFileSync(`${ROOT}${path}`)).digest('hex'));
  });

  it('names the template, organisation and assessment body', async () => {
    const report = await extracted();
    expect({ template: report.template, organisation: report.organisation, assessmentBody: report.assessmentBody }).toEqual({
      template: expected.template,
      organisation: expected.organisation,
      assessmentBody: expected.assessmentBody,
    });
  });

  it('finds each stage with its status, dates, assessors and stated totals', async () => {
    const report = await extracted();
    const withoutElements = (a: Record<string, unknown>) => ({ ...a, elements: undefined });
    expect(report.assessments.map(withoutElements)).toEqual(expected.assessments.map(withoutElements));
  });

  it('rates every element with its basis and justification', async () => {
    const report = await extracted();
    expected.assessments.forEach((stage: { stage: string; elements: unknown[] }, i: number) => {
      expect(withoutLocations(report.assessments[i]?.elements), `elements of ${stage.stage}`).toEqual(stage.elements);
    });
  });

  it('reports the findings the document calls for', async () => {
    const report = await extracted();
    expect(report.findings.map(key).sort()).toEqual((expected.findings as ExpectedFinding[]).map(key).sort());
  });
});
