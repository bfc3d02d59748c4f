// 资助协议: recorded by the 经办人 once the 管委会 approved, with the instalments (分期拨付) that add up to
// the approved amount; written once, never changed.
import type { ParsedInput } from '../../../../shared/contract';
import type { ProjectDetail } from '../../../../shared/features/fund/projects/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { nowIso, type ServiceContext } from '../../core/context';
import { conflict } from '../../core/errors';
import { notePreparer } from '../../core/people/separation';
import { checkDay } from './decisions';
import { projectRecord, takeProjectStep } from './project-step';
import { setProjectState } from './project-writes';

function insertAgreement(ctx: ServiceContext, input: ParsedInput<'fund.agreeProject'>): void {
  const at = nowIso(ctx);
  ctx.db
    .prepare(
      `INSERT INTO fund_project_agreement (project_id, agreement_no, signed_on, terms, created_at) VALUES (?, ?, ?, ?, ?)`,
    )
    .run(input.id, input.agreementNo, input.signedOn, input.terms, at);
  const insert = ctx.db.prepare(
    `INSERT INTO fund_project_instalment (project_id, seq, planned_on, amount_fen, condition) VALUES (?, ?, ?, ?, ?)`,
  );
  input.instalments.forEach((instalment, index) =>
    insert.run(input.id, index + 1, instalment.plannedOn, instalment.amountFen, instalment.condition),
  );
}

export function agreeProject(ctx: ServiceContext, input: ParsedInput<'fund.agreeProject'>): ProjectDetail {
  return takeProjectStep(ctx, input.id, 'agree', 'sign', (before, to) => {
    checkDay(ctx, input.signedOn, before.decision?.decidedOn ?? null, '签订日期', 'signedOn');
    const approvedFen = before.approvedFen!;
    const plannedFen = input.instalments.reduce((sum, instalment) => sum + instalment.amountFen, 0);
    if (plannedFen !== approvedFen)
      throw conflict(
        `拨付计划：各期合计 ${formatYuan(plannedFen)} 元，与批准金额 ${formatYuan(approvedFen)} 元不一致`,
        'instalments',
      );
    const taken = ctx.db
      .prepare('SELECT 1 FROM fund_project_agreement WHERE agreement_no = ?')
      .get(input.agreementNo);
    if (taken) throw conflict(`协议编号：「${input.agreementNo}」已被其他协议使用`, 'agreementNo');
    insertAgreement(ctx, input);
    setProjectState(ctx.db, before.id, to, nowIso(ctx));
    notePreparer(ctx, projectRecord(before.id));
    return {
      summary: `签订公益项目 ${before.number}「${before.title}」资助协议 ${input.agreementNo}（${input.instalments.length} 期，共 ${formatYuan(plannedFen)} 元）`,
    };
  });
}
