// Every public PDF the demo can make, read back as text: each quarter's 收支公示 for every quarter with
// posted entries and each welfare project's 公益项目公示. No anonymous donor's own name may appear in
// any of them (the names are read from the donors the demo marked anonymous), their published name
// (爱心人士 or their choice) stands where they gave, and each reversal of a quarter is printed as a 更正说明
// naming the voucher it corrects. One notice of each kind is rendered to PNG for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatYuan } from '../../../shared/domain/money';
import { openEmptyTestBackend, type EmptyTestBackend, type TestCaller } from '../../fixtures/backend';
import { seededDemo } from '../../fixtures/demo';
import { expectInk, pdfText, renderedPages, savedPdf } from '../fund/disclosure/public-pdf';

const today = '2026-11-27';
const notice = {
  publishedOn: today,
  workingDays: 10,
  contactPerson: '',
  contactPhone: '',
  supervisionPhone: '',
};

interface AnonymousDonor {
  id: number;
  name: string;
  publishedName: string;
}

interface Quarter {
  year: number;
  quarter: number;
}

let ledger: EmptyTestBackend;
let backend: TestCaller;
const quarterTexts = new Map<string, string>();
const projectTexts = new Map<string, string>();
const pdfPaths: string[] = [];

const quarterOf = (date: string) => `${date.slice(0, 4)}Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

/** The quarters holding a posted voucher: the notices a clerk of the demo fund would post. */
function activeQuarters(): Quarter[] {
  return ledger.db
    .prepare(
      `SELECT DISTINCT CAST(substr(voucher_date, 1, 4) AS INTEGER) AS year,
         (CAST(substr(voucher_date, 6, 2) AS INTEGER) + 2) / 3 AS quarter
       FROM fund_voucher WHERE state = 'posted' ORDER BY year, quarter`,
    )
    .all() as Quarter[];
}

function anonymousDonors(): AnonymousDonor[] {
  return ledger.db
    .prepare('SELECT id, name, published_name AS publishedName FROM fund_donor WHERE anonymous = 1')
    .all() as AnonymousDonor[];
}

beforeAll(async () => {
  ledger = await openEmptyTestBackend({ clock: () => new Date(`${today}T10:00:00+08:00`) });
  backend = await seededDemo(ledger, 2026, today);
  for (const { year, quarter } of activeQuarters()) {
    const file = await backend.call('fund.quarterNoticePdf', { year, quarter, ...notice });
    const saved = savedPdf(ledger.dir, file, `demo-quarter-${year}-${quarter}.pdf`);
    pdfPaths.push(saved);
    quarterTexts.set(`${year}Q${quarter}`, pdfText(saved));
  }
  const { rows } = await backend.call('fund.projects', { pageSize: 100 });
  for (const project of rows) {
    const file = await backend.call('fund.projectNoticePdf', { projectId: project.id, ...notice });
    const saved = savedPdf(ledger.dir, file, `demo-project-${project.id}.pdf`);
    pdfPaths.push(saved);
    projectTexts.set(project.number, pdfText(saved));
  }
}, 120_000);
afterAll(() => ledger.dispose());

describe('the public PDFs the demo can make', () => {
  it('are a 收支公示 for each quarter with entries and a 公益项目公示 for each of the nine projects', () => {
    expect([...quarterTexts.keys()]).toEqual(['2025Q1', '2025Q2', '2025Q3', '2026Q2', '2026Q3', '2026Q4']);
    expect(projectTexts.size).toBe(9);
    for (const [number, text] of projectTexts) expect(text).toContain(number);
  });

  it('never print an anonymous donor by name', () => {
    const donors = anonymousDonors();
    expect(donors.length).toBeGreaterThanOrEqual(2);
    for (const text of [...quarterTexts.values(), ...projectTexts.values()])
      for (const donor of donors) expect(text).not.toContain(donor.name);
  });

  it("print an anonymous donor's published name with the amount in the quarter they gave", async () => {
    const donors = new Map(anonymousDonors().map((donor) => [donor.id, donor]));
    const { rows } = await backend.call('fund.donations', { pageSize: 500 });
    const anonymous = rows.filter((row) => donors.has(row.donorId));
    expect(anonymous.length).toBeGreaterThanOrEqual(3);
    expect(anonymous.map((row) => row.publishedName)).toContain('爱心人士');
    for (const donation of anonymous) {
      expect(donation.publishedName).toBe(donors.get(donation.donorId)!.publishedName);
      const text = quarterTexts.get(quarterOf(donation.date))!;
      expect(text).toContain(donation.publishedName);
      expect(text).toContain(formatYuan(donation.amountFen));
    }
  });

  it("print a 更正说明 naming the corrected voucher for each of a quarter's reversals", async () => {
    const reversals = [];
    for (const year of [2025, 2026]) {
      const vouchers = await backend.call('fund.vouchers', { year, limit: 500 });
      reversals.push(...vouchers.rows.filter((row) => row.kind === 'reversal' && row.state === 'posted'));
    }
    expect(reversals.length).toBeGreaterThanOrEqual(2);
    for (const reversal of reversals) {
      const text = quarterTexts.get(quarterOf(reversal.date))!;
      // 五、更正说明（共2项）：1.2026年7月2日以记-2026-07-0001红字冲销2026年6月27日的记-2026-06-0003（资助支出…
      const corrections = text.slice(text.indexOf('更正说明（共'));
      const correction = `以${reversal.number}红字冲销[^的]*的${reversal.reverses!.number}（`;
      expect(corrections).toMatch(new RegExp(correction, 'u'));
      // Every corrected voucher is named by its kind, never by the generic fallback.
      expect(corrections).not.toContain('（记账凭证');
    }
  });

  it('render with ink on every page', () => {
    for (const pdfPath of pdfPaths) for (const page of renderedPages(pdfPath)) expectInk(page);
  }, 120_000);
});
