// The demo's welfare projects that have drawn no money (see demo-fund-projects.ts): one agreed with its
// instalments still ahead, one approved, one awaiting the 管委会, one just applied, one refused as outside
// the fund's scope and one withdrawn after its review.
import { agree, propose, type ProjectContext } from './demo-fund-project-steps';
import { call } from './open-backend';

/** The projects still on their way, or stopped before any money: one in each remaining state. */
export async function seedOpenDemoProjects({ desk, ago, communityIds, providerIds }: ProjectContext) {
  const stairs = await propose(desk, {
    application: {
      communityId: communityIds('关上'),
      applicant: { group: '关上老街居民议事会', contact: '马文斌', phone: '13888000402' },
      title: '关上老街楼道微更新',
      purpose: '粉刷老旧楼道、更换感应照明灯，改善老年住户出行安全',
      beneficiaries: '关上老街 6 个单元楼住户 140 户',
      periodStart: ago(15),
      periodEnd: ago(-75),
      lines: [
        ['涂料与辅材', 3_500],
        ['感应照明灯具', 1_500],
      ],
      designationId: null,
      appliedOn: ago(30),
    },
    review: [ago(28), '居民议事会已表决通过，同意报管委会审议'],
    decision: [ago(25), 5_000],
  });
  await agree(desk, stairs, ago(20), '材料采购须三家比价', [
    [ago(-10), 3_000],
    [ago(-70), 2_000],
  ]);

  await propose(desk, {
    application: {
      communityId: communityIds('太和'),
      applicant: { providerId: providerIds('volunteer') },
      title: '太和村垃圾分类入户督导',
      purpose: '志愿者入户宣传垃圾分类并在投放点督导',
      beneficiaries: '太和村居民约 1,100 户',
      periodStart: ago(5),
      periodEnd: ago(-85),
      lines: [
        ['宣传物料', 1_200],
        ['志愿者餐补', 1_800],
      ],
      designationId: null,
      appliedOn: ago(14),
    },
    review: [ago(12), '同意报管委会审议'],
    decision: [ago(9), 2_500, '志愿者餐补按实际出勤人次结算，核减 500.00 元'],
  });

  await propose(desk, {
    application: {
      communityId: communityIds('螺蛳湾国际商贸城'),
      applicant: { providerId: providerIds('social') },
      title: '商贸城务工人员子女周末课堂',
      purpose: '为商贸城务工人员子女开设周末阅读、手工和心理支持小组',
      beneficiaries: '商贸城务工人员子女 40 人',
      periodStart: ago(-10),
      periodEnd: ago(-100),
      lines: [
        ['社工服务费', 4_000],
        ['活动材料', 1_200],
        ['场地水电', 800],
      ],
      designationId: null,
      appliedOn: ago(8),
    },
    review: [ago(6), '申请材料齐全，同意报管委会审议'],
  });

  await propose(desk, {
    application: {
      communityId: communityIds('金马'),
      applicant: { group: '金马村银龄学习小组', contact: '刘桂芬', phone: '13888000403' },
      title: '金马村老年人智能手机课堂',
      purpose: '教老年人使用健康码、视频通话和防范电信诈骗',
      beneficiaries: '金马村 60 岁以上老人 50 人',
      periodStart: ago(-7),
      periodEnd: ago(-60),
      lines: [
        ['讲师补贴', 1_000],
        ['讲义印制', 500],
      ],
      designationId: null,
      appliedOn: ago(3),
    },
  });

  await propose(desk, {
    application: {
      communityId: communityIds('世纪城'),
      applicant: { group: '春城苑业主代表小组', contact: '吴海', phone: '13888000404' },
      title: '春城苑小区门禁系统升级',
      purpose: '更换小区 4 个出入口的门禁设备',
      beneficiaries: '春城苑小区住户',
      periodStart: ago(40),
      periodEnd: ago(-20),
      lines: [
        ['门禁设备', 16_000],
        ['安装调试', 4_000],
      ],
      designationId: null,
      appliedOn: ago(50),
    },
    review: [ago(48), '请管委会审议是否属于资助范围'],
    decision: [
      ago(45),
      null,
      '门禁维护属于物业服务合同约定的事项，应由物业服务企业承担，不属于微基金资助范围',
    ],
  });

  const sports = await propose(desk, {
    application: {
      communityId: communityIds('凤凰山'),
      applicant: { providerId: providerIds('enterprise_social') },
      title: '凤凰新城亲子运动会',
      purpose: '组织社区亲子趣味运动会，增进邻里交往',
      beneficiaries: '凤凰新城家庭约 80 户',
      periodStart: ago(20),
      periodEnd: ago(20),
      lines: [['场地与器材', 4_000]],
      designationId: null,
      appliedOn: ago(40),
    },
    review: [ago(38), '同意报管委会审议'],
  });
  await call(desk.fund.people.preparer, 'fund.withdrawProject', {
    id: sports,
    reason: '运动会场地未能落实，申请单位书面申请撤回',
  });
}
