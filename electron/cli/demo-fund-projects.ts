// Sample welfare projects (公益项目) for `cli demo`, one in every state of the workflow, dated back from
// today (never further than the fund's open months): two closed (the leftover returned to its designation,
// and re-designated by a 管委会 decision), one running longer than six months whose three-monthly update is
// overdue, with an instalment paid to a wrong account, reversed (更正说明) and paid again; one agreed, one
// approved, one awaiting the 管委会, one just applied, one refused and one withdrawn. An anonymous donor's
// gift to 新亚洲体育城 funds the running project; the notices already posted are in the register.
import { donateOn, post, yuan, type Fund } from './demo-fund-setup';
import {
  agree,
  close,
  daysBefore,
  pay,
  postedNotice,
  projectDesk,
  propose,
  report,
  type DemoProjectFunds,
  type ProjectContext,
} from './demo-fund-project-steps';
import { addMonths } from '../../shared/features/fund/projects/progress-updates';
import { seedOpenDemoProjects } from './demo-fund-projects-open';
import { call } from './open-backend';

export async function seedDemoProjects(
  fund: Fund,
  today: string,
  communityIds: (name: string) => number,
  providerIds: (key: string) => number,
  funds: DemoProjectFunds,
) {
  const desk = projectDesk(fund);
  const ago = (days: number) => daysBefore(today, days);
  const context = { desk, ago, communityIds, providerIds, funds };
  await closedWithReturn(context);
  await runningLate(context);
  await closedRedesignated(context);
  await seedOpenDemoProjects(context);
}

/** 凤凰山老村's courtyard, paid in two instalments, 800 元 of the approved 10,000 returned at 结项. */
async function closedWithReturn({ desk, ago, communityIds }: ProjectContext) {
  const id = await propose(desk, {
    application: {
      communityId: communityIds('凤凰山'),
      applicant: { group: '凤凰山老村院落自治小组', contact: '杨秀兰', phone: '13888000401' },
      title: '凤凰山老村院落环境微改造',
      purpose: '居民议定改造老村公共院落：补种绿植、添置休闲座椅，由居民投工投劳完成',
      beneficiaries: '凤凰山老村院落居民约 320 户',
      periodStart: ago(174),
      periodEnd: ago(65),
      lines: [
        ['花箱与绿植', 5_000],
        ['休闲座椅', 4_000],
        ['施工辅料与人工', 3_000],
      ],
      designationId: null,
      appliedOn: ago(178),
    },
    review: [ago(177), '院落议事会已表决通过，预算合理，同意报管委会审议'],
    decision: [ago(176), 10_000, '休闲座椅按实际采购数量核减'],
  });
  const [first, second] = await agree(desk, id, ago(175), '按院落议事会确定的方案实施，发票随进展报告报送', [
    [ago(172), 6_000],
    [ago(110), 4_000],
  ]);
  await pay(desk, first!, ago(172));
  await report(desk, id, ago(140), '花箱 24 个已安装、补种绿植 300 株，居民投工 56 人次', 5_800);
  await pay(desk, second!, ago(110));
  await report(desk, id, ago(80), '休闲座椅 12 张已安装，院落改造全部完工并经居民验收', 9_000);
  await close(desk, id, {
    closedOn: ago(60),
    used: 9_200,
    returned: 800,
    report: '院落改造按方案完成，实际使用 9,200.00 元；座椅核减后结余 800.00 元已退回基金',
  });
  await postedNotice(desk, 'project_closing', id, ago(55));
}

/**
 * 新亚洲体育城's after-school classes over ten months, paid by the anonymous gift: the first instalment went
 * to a wrong account and was reversed and paid again; the last report and 进展公示 are over three months old.
 */
async function runningLate({ desk, ago, communityIds, providerIds, funds }: ProjectContext) {
  const { fund } = desk;
  await donateOn(fund, {
    donorId: funds.anonymousDonorId,
    date: ago(172),
    amountFen: yuan(6_000),
    channel: 'bank_transfer',
    designationId: funds.designations.asia.id,
  });
  const start = ago(165);
  const id = await propose(desk, {
    application: {
      communityId: communityIds('新亚洲体育城'),
      applicant: { providerId: providerIds('institution') },
      title: '星都青少年四点半课堂',
      purpose: '为双职工家庭的小学生提供放学后的作业辅导、阅读和体育活动',
      beneficiaries: '新亚洲体育城社区小学生 60 人',
      periodStart: start,
      periodEnd: addMonths(start, 10),
      lines: [
        ['辅导老师课时费', 6_000],
        ['学习与体育用品', 1_800],
        ['学生意外保险', 1_200],
      ],
      designationId: funds.designations.asia.id,
      appliedOn: ago(170),
    },
    review: [ago(168), '符合限定用途，同意报管委会审议'],
    decision: [ago(166), 9_000, '每三个月报送进展报告并公示'],
  });
  const [first] = await agree(desk, id, start, '课堂每周一至周五开放，签到表随进展报告报送', [
    [ago(160), 4_500],
    [addMonths(start, 5), 4_500],
  ]);
  const wrong = await pay(desk, first!, ago(160));
  const reversal = await call(fund.people.preparer, 'fund.reverseVoucher', {
    id: wrong,
    date: ago(155),
    reason: '收款账户填写有误，银行退票，冲销后按正确账户重新拨付',
  });
  await post(fund, reversal.id);
  await pay(desk, first!, ago(150));
  await report(desk, id, ago(120), '课堂开课 30 天，每日到课 45 人左右，志愿者辅导 150 人次', 2_600);
  await postedNotice(desk, 'project_update', id, ago(118));
}

/** 世纪城's meal point for elders: its 600 元 leftover re-designated to 困难老人慰问 by the 管委会. */
async function closedRedesignated({ desk, ago, communityIds, providerIds, funds }: ProjectContext) {
  const id = await propose(desk, {
    application: {
      communityId: communityIds('世纪城'),
      applicant: { providerId: providerIds('community_group') },
      title: '金源老街坊长者助餐点',
      purpose: '在金源老街坊活动室设助餐点，为高龄、独居老人提供午餐',
      beneficiaries: '金源老街坊 70 岁以上老人 45 人',
      periodStart: ago(115),
      periodEnd: ago(40),
      lines: [
        ['食材补贴', 6_000],
        ['餐具与保温箱', 1_500],
        ['志愿者交通补贴', 500],
      ],
      designationId: funds.designations.century.id,
      appliedOn: ago(120),
    },
    review: [ago(118), '符合世纪城社区助老服务的限定用途，同意报管委会审议'],
    decision: [ago(116), 8_000],
  });
  const [only] = await agree(desk, id, ago(115), '', [[ago(112), 8_000]]);
  await pay(desk, only!, ago(112));
  await report(desk, id, ago(70), '助餐点开餐 40 天，供餐 1,600 人次', 5_100);
  await close(desk, id, {
    closedOn: ago(35),
    used: 7_400,
    returned: 600,
    redesignation: { decidedOn: ago(36), targetDesignationId: funds.designations.elderly.id },
    report: '助餐点运行期满，实际使用 7,400.00 元，结余 600.00 元经管委会决议用于困难老人节日慰问',
  });
}
