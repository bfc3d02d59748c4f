// 绩效评价: recorded with the scores over the office's template, the total and grade computed, and the
// coefficient the office gives the grade now kept with it (a later change of the table does not touch it).
import type { ParsedInput } from '../../../../shared/contract';
import {
  evaluationKindLabels,
  gradeOf,
  refusalOfAction,
  scoreText,
  totalTenths,
  type Evaluation,
  type IndicatorTemplate,
} from '../../../../shared/features/contracts/contract';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import { AppError, conflict, notFound } from '../../core/errors';
import { today } from '../../core/posting/posting-dates';
import { findContractFacts, type ContractFacts } from '../queries/contract-money';
import { findEvaluation, insertEvaluation } from '../queries/evaluations';
import { selectContractSettings } from '../queries/settings';
import { startOnFirstStep } from './performance-start';

type EvaluationInput = ParsedInput<'contracts.evaluate'>;

export function recordEvaluation(ctx: ServiceContext, input: EvaluationInput): Evaluation {
  return inTransaction(ctx, () => {
    const contract = findContractFacts(ctx.db, input.contractId);
    if (!contract) throw notFound('合同');
    const refusal = refusalOfAction(contract.state, 'evaluate');
    if (refusal) throw conflict(`评价类型：${refusal}`, 'kind');
    refuseEvaluationDate(ctx, contract, input.evaluatedOn);
    refuseInstalment(contract, input);
    const settings = selectContractSettings(ctx.db);
    const scores = inTemplateOrder(settings.indicators, input.scores);
    const total = totalTenths(scores.map((score) => score.scoreTenths));
    const grade = gradeOf(total);
    const id = insertEvaluation(
      ctx.db,
      {
        contractId: contract.id,
        kind: input.kind,
        instalmentSeq: input.instalmentSeq,
        evaluatedOn: input.evaluatedOn,
        evaluators: input.evaluators,
        conclusion: input.conclusion,
        scores,
        totalTenths: total,
        grade,
        coefficientPercent: settings.coefficients[grade],
      },
      ctx.actor,
      nowIso(ctx),
    );
    const evaluation = findEvaluation(ctx.db, id)!;
    recordAudit(ctx, {
      action: 'evaluate',
      entity: 'contract_evaluation',
      entityId: id,
      summary: `${evaluationKindLabels[input.kind]} ${contract.contractNo}「${contract.title}」：${scoreText(total)}，付款比例 ${evaluation.coefficientPercent}%`,
      after: evaluation,
    });
    startOnFirstStep(ctx, contract, input.evaluatedOn);
    return evaluation;
  });
}

function refuseEvaluationDate(ctx: ServiceContext, contract: ContractFacts, date: string): void {
  const latest = today(ctx);
  if (date >= contract.startDate && date <= latest) return;
  throw new AppError(
    'invalid_input',
    `评价日期：应在合同开始日期 ${contract.startDate} 至今天 ${latest} 之间`,
    'evaluatedOn',
  );
}

/** An evaluation for an instalment must be the one its gate asks for (中期 for interim, 终期 for final). */
function refuseInstalment(contract: ContractFacts, input: EvaluationInput): void {
  if (input.instalmentSeq === null) return;
  const instalment = contract.instalments.find((item) => item.seq === input.instalmentSeq);
  if (!instalment) throw conflict(`对应分期：合同没有第 ${input.instalmentSeq} 期`, 'instalmentSeq');
  if (instalment.gate === input.kind) return;
  const name = `第 ${instalment.seq} 期（${instalment.label}）`;
  throw conflict(
    instalment.gate === 'none'
      ? `对应分期：${name}付款不需要评价，${evaluationKindLabels[input.kind]}不能对应该期`
      : `对应分期：${name}须${evaluationKindLabels[instalment.gate]}合格后支付，不能以${evaluationKindLabels[input.kind]}对应`,
    'instalmentSeq',
  );
}

/** The scores must be the office's template, indicator for indicator and weight for weight. */
function inTemplateOrder(
  template: readonly IndicatorTemplate[],
  scores: EvaluationInput['scores'],
): EvaluationInput['scores'] {
  for (const score of scores) {
    const indicator = template.find((item) => item.name === score.indicator);
    if (!indicator)
      throw conflict(`评价指标：「${score.indicator}」不是本单位评价指标模板中的指标`, 'scores');
    if (indicator.weight !== score.weight)
      throw conflict(
        `评价指标：「${score.indicator}」的分值应为 ${indicator.weight} 分（本单位模板），不是 ${score.weight} 分`,
        'scores',
      );
  }
  return template.map((indicator) => {
    const matching = scores.filter((score) => score.indicator === indicator.name);
    if (matching.length !== 1)
      throw conflict(
        matching.length === 0
          ? `评价指标：缺少「${indicator.name}」的得分`
          : `评价指标：「${indicator.name}」填写了 ${matching.length} 次`,
        'scores',
      );
    return matching[0]!;
  });
}
