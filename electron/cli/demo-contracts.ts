// Sample purchase-of-services contracts for `cli demo`, in last year's approved funding so that every
// date lies behind today: one in each state (completed, performing, signed, terminated, draft), with
// evaluations of each grade, gated instalments paid and refused, a payment waiting for approval, a
// reversal and an amendment. 经办人 drafts, evaluates and requests; 审核人 signs, amends and approves.
import type { ChannelInput } from '../../shared/contract';
import { demoProviders } from './demo-providers';
import type { DemoPeople } from './demo-people';
import { call } from './open-backend';

type Draft = ChannelInput<'contracts.create'>;
type Terms = Omit<Draft, 'year' | 'communityId' | 'providerId'>;

/** Terms of a one-year service: `sessions` activities at `unitYuan` each, paid 30 / 40 / 30 %. */
function serviceTerms(y: number, title: string, content: string, sessions: number, unitYuan: number): Terms {
  const priceFen = sessions * unitYuan * 100;
  const first = Math.round(priceFen * 0.3);
  const second = Math.round(priceFen * 0.4);
  return {
    title,
    content,
    startDate: `${y}-04-01`,
    endDate: `${y}-12-31`,
    quantity: `开展服务 ${sessions} 场（次），每场不少于 20 人次`,
    qualityStandard: '服务对象满意度不低于 90%，活动记录、签到表、照片资料完整',
    priceFen,
    settlementMethod: '分三期支付：签订后付 30%，中期评价合格后付 40%，终期评价合格后付 30%',
    rightsAndDuties:
      '甲方负责需求确认、监督指导和按约付款；乙方按约定的内容、数量和质量标准提供服务并接受评价',
    breachLiability: '乙方未达到约定数量或质量的，甲方按评价结果扣减服务费；情节严重的，甲方可解除合同',
    procurementMethod: 'competitive_consultation',
    procurementNote: '',
    multiYear: {},
    costItems: [{ item: '社区服务活动', quantity: sessions, unit: '场', unitPriceFen: unitYuan * 100 }],
    instalments: [
      { label: '首期', amountFen: first, plannedDate: `${y}-04-15`, gate: 'none' },
      { label: '中期', amountFen: second, plannedDate: `${y}-08-15`, gate: 'interim' },
      { label: '尾款', amountFen: priceFen - first - second, plannedDate: `${y}-12-20`, gate: 'final' },
    ],
    budgetYears: [],
  };
}

/** Scores over the default template adding up to `total` (whole points). */
function scores(total: number) {
  const template = [
    ['前期准备', 20],
    ['实施过程', 30],
    ['绩效表现', 30],
    ['满意度', 20],
  ] as const;
  let left = total * 10;
  return template.map(([indicator, weight], i) => {
    const share = i === template.length - 1 ? left : Math.round((total * weight) / 10);
    left -= share;
    return { indicator, weight, scoreTenths: share };
  });
}

interface Demo {
  people: DemoPeople;
  y: number;
  community: (name: string) => number;
  provider: (key: string) => number;
}

async function signed(demo: Demo, community: string, provider: string, terms: Terms, signedDate: string) {
  const draft = await call(demo.people.preparer, 'contracts.create', {
    year: demo.y,
    communityId: demo.community(community),
    providerId: demo.provider(provider),
    ...terms,
  });
  return call(demo.people.approver, 'contracts.sign', { id: draft.id, signedDate });
}

async function evaluate(
  demo: Demo,
  contractId: number,
  kind: 'interim' | 'final',
  seq: number,
  total: number,
  on: string,
) {
  return call(demo.people.preparer, 'contracts.evaluate', {
    contractId,
    kind,
    instalmentSeq: seq,
    evaluatedOn: on,
    evaluators: '街道社区建设科、社区居委会、居民代表',
    conclusion:
      total >= 60 ? '服务按计划实施，资料基本完整，评价合格' : '服务次数和资料均未达到合同约定，评价不合格',
    scores: scores(total),
  });
}

/** 经办人 requests, 审核人 approves (unless `approve` is false: it waits for the review). */
async function pay(
  demo: Demo,
  contractId: number,
  seq: number,
  amountFen: number,
  date: string,
  voucher: string,
  approve = true,
) {
  const payment = await call(demo.people.preparer, 'contracts.requestPayment', {
    contractId,
    instalmentSeq: seq,
    date,
    amountFen,
    voucherNo: voucher,
    note: `支付第 ${seq} 期服务费`,
  });
  if (approve) await call(demo.people.approver, 'contracts.approvePayment', { id: payment.id });
  return payment;
}

export async function seedDemoContracts(
  people: DemoPeople,
  year: number,
  communityIds: (name: string) => number,
) {
  const y = year - 1;
  const providerIds = new Map<string, number>();
  for (const { key, ...input } of demoProviders) {
    const created = await call(people.preparer, 'providers.create', input);
    providerIds.set(key, created.id);
    const old = key === 'volunteer';
    await call(people.preparer, 'providers.recordCheck', {
      providerId: created.id,
      checkedOn: old ? `${y - 1}-06-10` : `${y}-03-05`,
      checkedBy: '李晓梅',
      creditChina: 'clear',
      procurementBlacklist: 'clear',
      declarationReceived: true,
      note: '',
    });
  }
  const demo: Demo = { people, y, community: communityIds, provider: (key) => providerIds.get(key)! };
  await call(people.preparer, 'providers.suspend', {
    id: demo.provider('enterprise'),
    reason: '居民投诉保洁服务不到位，经核实暂停合作，整改后再议',
  });
  await completedContract(demo);
  await performingContracts(demo);
  await terminatedContract(demo);
  await signedMultiYear(demo);
  await call(people.preparer, 'contracts.create', {
    year: year,
    communityId: communityIds('太和'),
    providerId: demo.provider('person'),
    ...serviceTerms(
      year,
      `${year} 年度太和社区心理健康讲座`,
      '为辖区居民开展心理健康讲座和个案咨询',
      12,
      1_500,
    ),
  });
}

/** 世纪城 助老: 优 at mid-term, 良 at the end; a payment posted to the wrong voucher is reversed and
 * posted again; completed, then the final instalment paid. */
async function completedContract(demo: Demo) {
  const { y } = demo;
  const terms = serviceTerms(
    y,
    `${y} 年度世纪城社区助老服务项目`,
    '为辖区独居、空巢老人提供助餐配送、定期探访和健康讲座',
    40,
    3_000,
  );
  const contract = await signed(demo, '世纪城', 'social', terms, `${y}-03-20`);
  const [first, second, last] = terms.instalments;
  await pay(demo, contract.id, 1, first!.amountFen, `${y}-04-15`, `记-${y}-04-021`);
  await evaluate(demo, contract.id, 'interim', 2, 95, `${y}-08-05`);
  const mistaken = await pay(demo, contract.id, 2, second!.amountFen, `${y}-08-15`, `记-${y}-08-003`);
  await call(demo.people.preparer, 'contracts.reversePayment', {
    id: mistaken.id,
    date: `${y}-08-16`,
    voucherNo: `记-${y}-08-034`,
    reason: '凭证号录入错误（应为记-08-033），冲销后重新登记',
  });
  await pay(demo, contract.id, 2, second!.amountFen, `${y}-08-16`, `记-${y}-08-033`);
  await evaluate(demo, contract.id, 'final', 3, 86, `${y}-12-10`);
  await call(demo.people.approver, 'contracts.complete', { id: contract.id, date: `${y}-12-12` });
  await pay(demo, contract.id, 3, last!.amountFen, `${y}-12-20`, `记-${y}-12-058`);
}

/** 新亚洲体育城: 中 (80 % of the mid-term instalment paid), amended; 螺蛳湾: 差, gated instalment unpaid. */
async function performingContracts(demo: Demo) {
  const { y } = demo;
  const youth = serviceTerms(
    y,
    `${y} 年度新亚洲体育城青少年四点半课堂`,
    '为辖区双职工家庭小学生提供课后托管、作业辅导和兴趣课程',
    60,
    1_200,
  );
  const contract = await signed(demo, '新亚洲体育城', 'institution', youth, `${y}-03-25`);
  await pay(demo, contract.id, 1, youth.instalments[0]!.amountFen, `${y}-04-16`, `记-${y}-04-025`);
  await evaluate(demo, contract.id, 'interim', 2, 72, `${y}-08-08`);
  const allowed = Math.floor((youth.instalments[1]!.amountFen * 80) / 100);
  await pay(demo, contract.id, 2, allowed, `${y}-08-20`, `记-${y}-08-041`);
  await call(demo.people.approver, 'contracts.amend', {
    id: contract.id,
    amendedDate: `${y}-09-01`,
    reason: '暑期托管需求增加，经双方协商将服务结束日期顺延，服务数量不变',
    ...youth,
    endDate: `${y}-12-31`,
    quantity: '开展课后托管与兴趣课程 60 场，每场不少于 25 人次，暑期增设 4 场集中活动',
  });

  const market = serviceTerms(
    y,
    `${y} 年度螺蛳湾社区商户矛盾调解服务`,
    '为商贸城商户和居民提供矛盾纠纷调解、法律咨询和普法宣传',
    30,
    2_000,
  );
  const weak = await signed(demo, '螺蛳湾国际商贸城', 'enterprise_social', market, `${y}-03-28`);
  await pay(demo, weak.id, 1, market.instalments[0]!.amountFen, `${y}-04-18`, `记-${y}-04-030`);
  await evaluate(demo, weak.id, 'interim', 2, 55, `${y}-08-12`);
  // 关上: the first instalment requested and still waiting for 审核人.
  const senior = serviceTerms(
    y,
    `${y} 年度关上社区居家养老上门服务`,
    '为失能、半失能老人提供上门助浴、助洁和陪诊服务',
    24,
    2_500,
  );
  const waiting = await signed(demo, '关上', 'community_group', senior, `${y}-03-30`);
  await pay(demo, waiting.id, 1, senior.instalments[0]!.amountFen, `${y}-05-06`, `记-${y}-05-012`, false);
}

/** 凤凰山: terminated after the provider stopped the service, settled at what the work done is worth. */
async function terminatedContract(demo: Demo) {
  const { y } = demo;
  const terms = serviceTerms(
    y,
    `${y} 年度凤凰山社区环境美化志愿服务`,
    '组织志愿者开展楼道清理、绿化养护和垃圾分类宣传',
    20,
    1_500,
  );
  const contract = await signed(demo, '凤凰山', 'volunteer', terms, `${y}-03-18`);
  await pay(demo, contract.id, 1, terms.instalments[0]!.amountFen, `${y}-04-20`, `记-${y}-04-036`);
  await call(demo.people.approver, 'contracts.terminate', {
    id: contract.id,
    date: `${y}-07-15`,
    reason: '承接主体骨干志愿者流失，无法继续提供约定服务，双方协商一致解除合同',
    settlementFen: terms.instalments[0]!.amountFen,
  });
}

/** 金马: a three-year service (第二十四条), budgeted year by year, signed and not yet started. */
async function signedMultiYear(demo: Demo) {
  const { y } = demo;
  const yearly = 80_000_00;
  const terms: Terms = {
    ...serviceTerms(
      y,
      `${y}—${y + 2} 年度金马社区儿童友好空间运营`,
      '运营社区儿童之家，提供课后托管、亲子阅读和安全教育',
      120,
      2_000,
    ),
    startDate: `${y}-10-01`,
    endDate: `${y + 2}-09-30`,
    priceFen: 3 * yearly,
    costItems: [{ item: '儿童之家运营（年）', quantity: 3, unit: '年', unitPriceFen: yearly }],
    instalments: [
      { label: `${y} 年度`, amountFen: yearly, plannedDate: `${y}-12-15`, gate: 'none' },
      { label: `${y + 1} 年度`, amountFen: yearly, plannedDate: `${y + 1}-12-15`, gate: 'interim' },
      { label: `${y + 2} 年度`, amountFen: yearly, plannedDate: `${y + 2}-10-15`, gate: 'final' },
    ],
    multiYear: { contentFixed: true, continuityStrong: true, fundingStable: true, priceStable: true },
    budgetYears: [
      { year: y, amountFen: yearly },
      { year: y + 1, amountFen: yearly },
      { year: y + 2, amountFen: yearly },
    ],
    procurementMethod: 'open_tender',
  };
  await signed(demo, '金马', 'social', terms, `${y}-09-10`);
}
