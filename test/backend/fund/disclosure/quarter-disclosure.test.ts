// The quarter's 收支公示 on a real SQLite file: figures that reconcile with the books, donors by published
// name only, a 更正说明 beside each reversal, and the notice PDF read back by pdftotext and rendered.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatYuan } from '../../../../shared/domain/money';
import { quarterNoticeInput } from '../../../../shared/features/fund/disclosure/disclosure-fields';
import { exportQuarterNotice } from '../../../../electron/backend/fund/disclosure/disclosure-notices';
import { quarterDisclosure } from '../../../../electron/backend/fund/disclosure/quarter-disclosure';
import { fundBalances } from '../../../../electron/backend/fund/reports/fund-balances';
import { yuan } from '../../../fixtures/fund-donations';
import { anonymousRealName, openDisclosureWorld, type DisclosureWorld } from './disclosure-world';
import { expectInk, publicPdfText, renderedPages, savedPdf } from './public-pdf';

let world: DisclosureWorld;
const q1 = { year: 2026, quarter: 1 };

beforeAll(async () => {
  world = await openDisclosureWorld();
});
afterAll(() => world.backend.dispose());

describe('the quarter disclosure', () => {
  it('reconciles: closing = opening + income − spending, equal to the books’ net assets that day', async () => {
    const d = quarterDisclosure(world.backend.db, q1);
    expect(d).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(d.openingBalanceFen).toBe(yuan(10_000));
    expect(d.incomeFen).toBe(yuan(500 + 800 + 300 - 300));
    expect(d.spendingFen).toBe(yuan(600 + 200 - 200));
    expect(d.closingBalanceFen).toBe(d.openingBalanceFen + d.incomeFen - d.spendingFen);
    expect(d.closingBalanceFen).toBe(fundBalances(world.backend.db, '2026-03-31').totalFen);
    const activity = await world.backend.call('fund.activityStatement', { year: 2026, toMonth: 3 });
    const change = activity.rows.find((row) => row.key === 'change')!;
    expect(d.incomeFen - d.spendingFen).toBe(change.totalFen);
  });

  it('counts posted vouchers only: the draft bank charge is in no figure', () => {
    const d = quarterDisclosure(world.backend.db, q1);
    expect(d.byDesignation.map((row) => row.spendingFen).reduce((a, b) => a + b, 0)).toBe(yuan(600));
    expect(JSON.stringify(d)).not.toContain('银行手续费');
  });

  it('lists donations by published name and never the anonymous donor’s own', () => {
    const d = quarterDisclosure(world.backend.db, q1);
    const anonymous = d.donations.find((row) => row.voucherId === world.donationVoucherIds.anonymous)!;
    expect(anonymous).toMatchObject({
      publishedName: '爱心人士',
      amountFen: yuan(800),
      designationName: '助老服务',
    });
    expect(d.donations.find((row) => row.voucherId === world.donationVoucherIds.named)?.publishedName).toBe(
      '李明',
    );
    expect(JSON.stringify(d)).not.toContain(anonymousRealName);
  });

  it('splits income and spending by designation', () => {
    const d = quarterDisclosure(world.backend.db, q1);
    expect(d.byDesignation).toEqual([
      { designationId: null, name: '非限定性', incomeFen: yuan(500), spendingFen: 0 },
      { designationId: world.elderlyId, name: '助老服务', incomeFen: yuan(800), spendingFen: yuan(600) },
    ]);
  });

  it('lists grants by project, and a grant without one by its counterparty', () => {
    const d = quarterDisclosure(world.backend.db, q1);
    const project = d.grants.find((row) => row.voucherId === world.grantVoucherIds.project)!;
    expect(project).toMatchObject({
      projectNumber: '微基金项目〔2026〕1号',
      projectTitle: '长者助餐',
      recipient: '幸福社区老年协会',
      amountFen: yuan(600),
    });
    const plain = d.grants.find((row) => row.voucherId === world.grantVoucherIds.plain)!;
    expect(plain.projectNumber).toBeNull();
    expect(plain.recipient).not.toBe('');
  });

  it('writes a 更正说明 for each reversal, placed right after the entry it corrects', () => {
    const d = quarterDisclosure(world.backend.db, q1);
    expect(d.corrections.map((c) => c.reversalVoucherId)).toEqual([
      world.reversalIds.donation,
      world.reversalIds.grant,
    ]);
    const donationIds = d.donations.map((row) => row.voucherId);
    const original = donationIds.indexOf(world.donationVoucherIds.reversed);
    expect(donationIds[original + 1]).toBe(world.reversalIds.donation);
    const grantIds = d.grants.map((row) => row.voucherId);
    expect(grantIds[grantIds.indexOf(world.grantVoucherIds.plain) + 1]).toBe(world.reversalIds.grant);
    const [donation] = d.corrections;
    expect(donation!.text).toMatch(
      /^更正说明：2026年3月5日以记-2026-03-\d{4}红字冲销2026年2月20日的记-2026-02-\d{4}/u,
    );
    expect(donation!.text).toContain('捐赠收入300.00元');
    // The reason named the donor; the public sentence names the published name.
    expect(donation!.reason).toBe('爱心人士的捐赠金额录入有误');
  });
});

describe('the quarter notice PDF', () => {
  it('prints the figures, 爱心人士 with its amount, each 更正说明, the posting period and the phones', async () => {
    const input = quarterNoticeInput.parse({ ...q1, publishedOn: '2026-04-08', workingDays: 7 });
    const file = await exportQuarterNotice(world.backend.contextAs(), input);
    expect(file.fileName).toBe('关于幸福街道社区公益微基金2026年第1季度收支情况的公示.pdf');
    const pdf = savedPdf(world.backend.dir, file, 'quarter-notice.pdf');
    const text = publicPdfText(pdf);
    const d = quarterDisclosure(world.backend.db, q1);
    expect(text).toContain('2026年第1季度收支情况的公示');
    expect(text).toContain(`期初余额（2026年1月1日）${formatYuan(d.openingBalanceFen)}`);
    expect(text).toContain(`期末余额（2026年3月31日）${formatYuan(d.closingBalanceFen)}`);
    expect(text).toContain('爱心人士助老服务800.00');
    expect(text).toContain('李明非限定性500.00');
    for (const correction of d.corrections) {
      expect(text).toContain(correction.originalNumber);
      expect(text).toContain(correction.reversalNumber);
    }
    expect(text.match(/更正说明：/gu)?.length).toBe(d.corrections.length);
    expect(text).toContain('五、更正说明（共2项）');
    expect(text).toContain('微基金项目〔2026〕1号');
    expect(text).toMatch(/公示期：自2026年4月8日至2026年4月\d{1,2}日（7个工作日）/u);
    expect(text).toContain('联系人及电话：张敏0871-60000000');
    expect(text).toContain('监督电话：0871-60000001');
    expect(text).toContain('特此公示。');
    const pages = renderedPages(pdf);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(fs.existsSync(page)).toBe(true);
    expectInk(pages[0]!);
  });

  it('takes the phones the clerk typed over the office settings', async () => {
    const input = quarterNoticeInput.parse({
      ...q1,
      publishedOn: '2026-04-08',
      workingDays: 5,
      contactPerson: '李娜',
      contactPhone: '0871-61111111',
      supervisionPhone: '12345',
    });
    const text = publicPdfText(
      savedPdf(world.backend.dir, await exportQuarterNotice(world.backend.contextAs(), input), 'typed.pdf'),
    );
    expect(text).toContain('联系人及电话：李娜0871-61111111');
    expect(text).toContain('监督电话：12345');
  });

  it('refuses a quarter out of range with the field named', () => {
    const parsed = quarterNoticeInput.safeParse({
      year: 2026,
      quarter: 5,
      publishedOn: '2026-04-08',
      workingDays: 7,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('季度：不能大于 4');
  });
});
