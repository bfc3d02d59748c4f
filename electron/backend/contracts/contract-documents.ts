// The contracts' documents: the register (xlsx), the notice, the payment approval form and the evaluation
// sheet (PDF). Each is assembled through the contracts' own reads (readContract, listContracts, the
// provider card, the settings) and the office and signatories, then handed to a builder in documents/.
import type { ParsedInput } from '../../../shared/contract';
import type { FileOutput } from '../../../shared/contract/files';
import { toLocalIsoDate } from '../../../shared/domain/dates';
import type { ServiceContext } from '../core/context';
import type { Db } from '../core/db/connection';
import { notFound } from '../core/errors';
import { fileOutput, pdfMime, xlsxMime } from '../core/file-output';
import { issuingOffice } from '../core/office';
import { preparerNames, printedApproval, signatoriesOf } from '../core/people/printed-signatures';
import { renderNotice } from '../documents/pdf/notice';
import { postingEnd } from '../calendar';
import { readContract } from './contract-read';
import { selectRegisterContracts } from './queries/contract-register';
import { contractRecord, paymentNumbers, paymentRecord } from './contract-records';
import { readContractSettings } from './contract-settings';
import { getProvider } from './providers/providers';
import { buildContractNotice, contractNoticeTitle } from './documents/contract-notice';
import { buildContractRegister, registerTitle } from './documents/contract-register.xlsx';
import { evaluationSheetTitle, renderEvaluationSheet } from './documents/evaluation-sheet';
import { paymentFormTitle, renderPaymentForm } from './documents/payment-form';

export async function exportContractRegister(
  ctx: ServiceContext,
  input: ParsedInput<'contracts.register'>,
): Promise<FileOutput> {
  const bytes = await buildContractRegister({
    office: issuingOffice(ctx),
    year: input.year,
    reportDate: toLocalIsoDate(ctx.clock()),
    contracts: selectRegisterContracts(ctx.db, input.year),
  });
  return fileOutput(`${registerTitle(input.year)}.xlsx`, xlsxMime, bytes);
}

export async function exportContractNotice(
  ctx: ServiceContext,
  input: ParsedInput<'contracts.notice'>,
): Promise<FileOutput> {
  const contract = readContract(ctx, input.contractId);
  const notice = buildContractNotice({
    office: issuingOffice(ctx),
    contract,
    posting: {
      startDate: input.startDate,
      workingDays: input.workingDays,
      endDate: postingEnd(ctx, input.startDate, input.workingDays),
    },
    issueDate: input.issueDate,
    contactPerson: input.contactPerson,
    contactPhone: input.contactPhone,
    signatories: signatoriesOf(ctx.db, contractRecord(contract.id), 'sign'),
  });
  const bytes = await renderNotice(notice, { resourcesDir: ctx.resourcesDir });
  const name = contractNoticeTitle(contract.terms.title).replace('\n', '');
  return fileOutput(`${name}.pdf`, pdfMime, bytes);
}

interface PaymentKeys {
  contractId: number;
  year: number;
  seq: number;
}

/** Where a payment belongs and its number: the Payment answer carries neither year nor sequence. */
export function findPaymentKeys(db: Db, paymentId: number): PaymentKeys | null {
  const row = db
    .prepare(
      'SELECT contract_id AS contractId, payment_year AS year, payment_seq AS seq FROM contract_payment WHERE id = ?',
    )
    .get(paymentId) as PaymentKeys | undefined;
  return row ?? null;
}

export async function exportPaymentForm(
  ctx: ServiceContext,
  input: ParsedInput<'contracts.paymentForm'>,
): Promise<FileOutput> {
  const keys = findPaymentKeys(ctx.db, input.id);
  if (!keys) throw notFound('付款记录');
  const contract = readContract(ctx, keys.contractId);
  const payment = contract.payments.find((candidate) => candidate.id === input.id);
  if (!payment) throw notFound('付款记录');
  const { provider } = getProvider(ctx, { id: contract.provider.id });
  const paymentNo = paymentNumbers.format(keys.year, keys.seq);
  const record = paymentRecord(payment.id);
  const bytes = await renderPaymentForm(
    {
      office: issuingOffice(ctx),
      paymentNo,
      contract,
      payment,
      bank: { bankName: provider.bankName, bankAccount: provider.bankAccount },
      requesters: preparerNames(ctx.db, record),
      approver: printedApproval(ctx.db, record, 'approve'),
    },
    ctx.resourcesDir,
  );
  return fileOutput(`${paymentFormTitle}（${paymentNo}）.pdf`, pdfMime, bytes);
}

/** The contract an evaluation belongs to, or null when there is no such evaluation. */
export function findEvaluationContract(db: Db, evaluationId: number): number | null {
  const row = db
    .prepare('SELECT contract_id AS contractId FROM contract_evaluation WHERE id = ?')
    .get(evaluationId) as { contractId: number } | undefined;
  return row?.contractId ?? null;
}

export async function exportEvaluationSheet(
  ctx: ServiceContext,
  input: ParsedInput<'contracts.evaluationSheet'>,
): Promise<FileOutput> {
  const contractId = findEvaluationContract(ctx.db, input.id);
  if (contractId === null) throw notFound('绩效评价');
  const contract = readContract(ctx, contractId);
  const evaluation = contract.evaluations.find((candidate) => candidate.id === input.id);
  if (!evaluation) throw notFound('绩效评价');
  const bytes = await renderEvaluationSheet(
    {
      office: issuingOffice(ctx),
      contract,
      evaluation,
      indicators: readContractSettings(ctx, {}).indicators,
    },
    ctx.resourcesDir,
  );
  const which = contract.contractNo ?? contract.terms.title;
  return fileOutput(`${evaluationSheetTitle}（${which}，${evaluation.evaluatedOn}）.pdf`, pdfMime, bytes);
}
