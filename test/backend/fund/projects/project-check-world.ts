// A fund with welfare projects in the states `cli check` has rules for, every one taken through the real
// channels on a real SQLite file (the donations world: clock 2026-03-15; 5,000.00 元 given to 助老服务 on
// 2026-03-01, before anything is paid from it):
// 1号 closed (one instalment paid, used 900.00, returned 100.00, its leftover re-designated by the 管委会 to
// 儿童服务, its closing voucher posted last by a second 审核人), 2号 in progress with its first payment
// reversed and paid again, 3号 refused, 4号 applied, 5号 withdrawn after its agreement was signed.
import type { TestBackend } from '../../../fixtures/backend';
import { communityInput } from '../../../fixtures/builders';
import { designation } from '../../../fixtures/fund';
import { donationInput, openDonationsWorld, yuan } from '../../../fixtures/fund-donations';
import { projectApplication } from '../../../fixtures/fund-projects';
import { addApprover } from '../../../fixtures/separation';

export interface ProjectCheckWorld {
  backend: TestBackend;
  ids: { closed: number; inProgress: number; rejected: number; submitted: number; withdrawn: number };
}

export async function openProjectCheckWorld(): Promise<ProjectCheckWorld> {
  const world = await openDonationsWorld();
  const { backend } = world;
  const approver = backend.as('approver');
  const communityId = (await backend.call('communities.create', communityInput())).id;
  const gift = await backend.call(
    'fund.recordDonation',
    donationInput(world.donorId, {
      date: '2026-03-01',
      amountFen: yuan(5_000),
      designationId: world.designationId,
      submit: true,
    }),
  );
  await world.post(gift.voucherId);

  let number = 0;
  const apply = async (title: string) => {
    const application = projectApplication({ ...world, communityId }, { title });
    return (await backend.call('fund.applyProject', application)).id;
  };
  const decide = async (id: number, approvedFen: number | null) => {
    number += 1;
    await approver.call('fund.reviewProject', { id, reviewedOn: '2026-03-03', opinion: '同意报管委会' });
    await approver.call('fund.decideProject', {
      id,
      result: approvedFen === null ? 'rejected' : 'approved',
      decidedOn: '2026-03-04',
      decisionNo: `管委〔2026〕${number}号`,
      approvedFen,
    });
  };
  const agree = async (id: number) => {
    await decide(id, yuan(1_800));
    const agreed = await backend.call('fund.agreeProject', {
      id,
      agreementNo: `资助〔2026〕${number}号`,
      signedOn: '2026-03-05',
      instalments: [
        { plannedOn: '2026-03-06', amountFen: yuan(1_000) },
        { plannedOn: '2026-06-10', amountFen: yuan(800) },
      ],
    });
    return agreed.agreement!.instalments.map((instalment) => instalment.id);
  };
  const pay = async (instalmentId: number, date: string) => {
    const paid = await backend.call('fund.payInstalment', { instalmentId, date, submit: true });
    await world.post(paid.voucherId);
    return paid.voucherId;
  };

  const closed = await apply('独居老人助餐');
  await pay((await agree(closed))[0]!, '2026-03-06');
  await backend.call('fund.reportProject', {
    id: closed,
    reportedOn: '2026-03-08',
    progress: '已送餐 200 份',
    usedFen: yuan(600),
  });
  const closing = await approver.call('fund.closeProject', {
    id: closed,
    closedOn: '2026-03-10',
    usedFen: yuan(900),
    returnedFen: yuan(100),
    disposition: 'redesignate',
    redesignation: {
      decidedOn: '2026-03-10',
      decisionNo: '管委〔2026〕9号',
      targetDesignationId: (await designation(backend, '儿童服务')).id,
    },
    report: '按计划完成',
  });

  const inProgress = await apply('楼道清洁');
  const [first] = await agree(inProgress);
  const wrong = await pay(first!, '2026-03-06');
  const reversal = await backend.call('fund.reverseVoucher', {
    id: wrong,
    date: '2026-03-07',
    reason: '账号有误',
  });
  await approver.call('fund.postVoucher', { id: reversal.id });
  await pay(first!, '2026-03-08');

  const rejected = await apply('广场舞音响');
  await decide(rejected, null);
  const submitted = await apply('儿童图书角');
  const withdrawn = await apply('邻里节');
  await agree(withdrawn);
  await backend.call('fund.withdrawProject', { id: withdrawn, reason: '社区另有安排' });
  // Last, so the numbers above stay as they were: another 审核人 posts the closing's voucher.
  const other = await addApprover(backend);
  await other.call('fund.postVoucher', { id: closing.closing!.voucherId! });
  return { backend, ids: { closed, inProgress, rejected, submitted, withdrawn } };
}
