// A welfare project's 公益项目公示 on a real SQLite file: the project built through the projects slice's
// own channels (application, review, the 管委会's decision, agreement, one instalment paid, a progress
// report, 结项), its notice text-extracted and rendered, and the anonymous donor's real name nowhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectNoticeInput } from '../../../../shared/features/fund/disclosure/disclosure-fields';
import { exportProjectNotice } from '../../../../electron/backend/fund/disclosure/disclosure-notices';
import { communityInput } from '../../../fixtures/builders';
import { submitAndPost } from '../../../fixtures/fund';
import { yuan } from '../../../fixtures/fund-donations';
import { openDisclosureWorld, type DisclosureWorld } from './disclosure-world';
import { expectInk, publicPdfText, renderedPages, savedPdf } from './public-pdf';

let world: DisclosureWorld;
let projectId: number;

/** From application to 结项 through the channels: 1,800 approved, 1,000 paid, 900 used, 100 returned. */
async function closedProject(): Promise<number> {
  const { backend } = world;
  const community = await backend.call('communities.create', communityInput({ name: '和平社区' }));
  const { id } = await backend.call('fund.applyProject', {
    communityId: community.id,
    applicantKind: 'resident_group',
    applicantName: '和平社区银龄互助队',
    title: '独居老人送餐',
    purpose: '为独居老人每日送餐上门',
    beneficiaries: '独居老人 30 人',
    periodStart: '2026-01-20',
    periodEnd: '2026-03-10',
    budgetFen: yuan(2_000),
    budgetLines: [
      { item: '餐费', amountFen: yuan(1_500) },
      { item: '交通', amountFen: yuan(500), note: '送餐电动车充电' },
    ],
    designationId: null,
    appliedOn: '2026-01-18',
  });
  const approver = backend.as('approver');
  await approver.call('fund.reviewProject', { id, reviewedOn: '2026-01-19', opinion: '同意报管委会' });
  await approver.call('fund.decideProject', {
    id,
    result: 'approved',
    decidedOn: '2026-01-20',
    decisionNo: '管委〔2026〕7号',
    approvedFen: yuan(1_800),
  });
  const agreed = await backend.call('fund.agreeProject', {
    id,
    agreementNo: '资助〔2026〕7号',
    signedOn: '2026-01-21',
    instalments: [
      { plannedOn: '2026-01-25', amountFen: yuan(1_000) },
      { plannedOn: '2026-03-01', amountFen: yuan(800) },
    ],
  });
  const paid = await backend.call('fund.payInstalment', {
    instalmentId: agreed.agreement!.instalments[0]!.id,
    date: '2026-01-25',
  });
  await submitAndPost(backend, paid.voucherId);
  await backend.call('fund.reportProject', {
    id,
    reportedOn: '2026-02-25',
    progress: '已送餐 600 份',
    usedFen: yuan(600),
  });
  await approver.call('fund.closeProject', {
    id,
    closedOn: '2026-03-12',
    usedFen: yuan(900),
    returnedFen: yuan(100),
    disposition: 'return_to_designation',
    report: '送餐服务按期完成',
  });
  return id;
}

beforeAll(async () => {
  world = await openDisclosureWorld();
  projectId = await closedProject();
});
afterAll(() => world.backend.dispose());

const notice = (over: Record<string, unknown> = {}) =>
  projectNoticeInput.parse({ projectId, publishedOn: '2026-03-13', workingDays: 5, ...over });

describe('the project notice PDF', () => {
  it('prints the approval, budget, instalment paid, progress and closing with its leftover', async () => {
    const file = await exportProjectNotice(world.backend.contextAs(), notice());
    expect(file.fileName).toBe('关于幸福街道社区公益微基金资助项目「独居老人送餐」的公示.pdf');
    const pdf = savedPdf(world.backend.dir, file, 'project-notice.pdf');
    const text = publicPdfText(pdf);
    expect(text).toContain('微基金项目〔2026〕2号');
    expect(text).toContain('决议文号管委〔2026〕7号');
    expect(text).toContain('决议日期2026年1月20日');
    expect(text).toContain('批准金额（元）1,800.00');
    expect(text).toMatch(/参加决议的管委会成员张主任（主任）、/u);
    expect(text).toContain('餐费1,500.00');
    expect(text).toContain('交通送餐电动车充电500.00');
    expect(text).toMatch(/第1期2026-01-25记-2026-01-\d{4}1,000.00/u);
    expect(text).not.toContain('第2期');
    expect(text).toContain('已拨付合计1,000.00');
    expect(text).toContain('2026-02-25已送餐600份600.00');
    expect(text).toContain('结项日期2026年3月12日');
    expect(text).toContain('实际使用（元）900.00');
    expect(text).toContain('退回基金（元）100.00');
    expect(text).toContain('批准金额结余（元）900.00');
    expect(text).toContain('结余去向退回基金非限定资金');
    expect(text).toContain('如对上述项目情况有异议');
    expect(text).toMatch(/公示期：自2026年3月13日至2026年3月\d{1,2}日（5个工作日）/u);
    expect(text).toContain('特此公示。');
    const pages = renderedPages(pdf);
    expect(pages.length).toBeGreaterThan(0);
    expectInk(pages[0]!);
  });

  it('says what is not there yet for a project only agreed', async () => {
    const file = await exportProjectNotice(world.backend.contextAs(), notice({ projectId: world.projectId }));
    const text = publicPdfText(savedPdf(world.backend.dir, file, 'open-project-notice.pdf'));
    expect(text).toContain('项目尚未结项');
    expect(text).toContain('长者助餐');
  });

  it('is served through fund.projectNoticePdf, phones defaulting to the office settings', async () => {
    const file = await world.backend.call('fund.projectNoticePdf', {
      projectId,
      publishedOn: '2026-03-13',
      workingDays: 5,
      contactPerson: '',
      contactPhone: '',
      supervisionPhone: '',
    });
    const text = publicPdfText(savedPdf(world.backend.dir, file, 'channel-project-notice.pdf'));
    expect(text).toContain('联系人及电话：张敏0871-60000000');
    expect(text).toContain('「独居老人送餐」的公示');
  });

  it('refuses a project that does not exist, naming it', async () => {
    await expect(
      exportProjectNotice(world.backend.contextAs(), notice({ projectId: 9_999 })),
    ).rejects.toThrow(/公益项目/u);
  });
});
