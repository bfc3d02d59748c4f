// Queries of contract_evaluation and its scores: append-only, the latest for an instalment counts.
import type { Evaluation, EvaluationScore } from '../../../../shared/features/contracts/contract';
import type { Db } from '../../core/db/connection';

const evaluationColumns = `id, contract_id AS contractId, kind, instalment_seq AS instalmentSeq,
  evaluated_on AS evaluatedOn, evaluators, conclusion, total_tenths AS totalTenths, grade,
  coefficient_percent AS coefficientPercent, recorded_by AS recordedBy, recorded_at AS recordedAt`;

type EvaluationDbRow = Omit<Evaluation, 'scores'>;

function withScores(db: Db, rows: EvaluationDbRow[]): Evaluation[] {
  const scores = db.prepare(
    `SELECT indicator, weight, score_tenths AS scoreTenths FROM contract_evaluation_score
     WHERE evaluation_id = ? ORDER BY position`,
  );
  return rows.map((row) => ({ ...row, scores: scores.all(row.id) as EvaluationScore[] }));
}

/** A contract's evaluations in the order they were recorded. */
export function selectContractEvaluations(db: Db, contractId: number): Evaluation[] {
  const rows = db
    .prepare(`SELECT ${evaluationColumns} FROM contract_evaluation WHERE contract_id = ? ORDER BY id`)
    .all(contractId) as EvaluationDbRow[];
  return withScores(db, rows);
}

export function findEvaluation(db: Db, id: number): Evaluation | undefined {
  const row = db.prepare(`SELECT ${evaluationColumns} FROM contract_evaluation WHERE id = ?`).get(id) as
    EvaluationDbRow | undefined;
  return row ? withScores(db, [row])[0] : undefined;
}

export type EvaluationRow = Omit<Evaluation, 'id' | 'recordedBy' | 'recordedAt'>;

function withoutScores({ scores: _scores, ...row }: EvaluationRow): Omit<EvaluationRow, 'scores'> {
  return row;
}

export function insertEvaluation(db: Db, evaluation: EvaluationRow, by: string, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO contract_evaluation (contract_id, kind, instalment_seq, evaluated_on, evaluators, conclusion,
         total_tenths, grade, coefficient_percent, recorded_by, recorded_at)
       VALUES (@contractId, @kind, @instalmentSeq, @evaluatedOn, @evaluators, @conclusion, @totalTenths,
         @grade, @coefficientPercent, @by, @at)`,
    )
    .run({ ...withoutScores(evaluation), by, at });
  const id = Number(lastInsertRowid);
  const insertScore = db.prepare(
    `INSERT INTO contract_evaluation_score (evaluation_id, position, indicator, weight, score_tenths)
     VALUES (?, ?, ?, ?, ?)`,
  );
  evaluation.scores.forEach((score, i) =>
    insertScore.run(id, i + 1, score.indicator, score.weight, score.scoreTenths),
  );
  return id;
}
