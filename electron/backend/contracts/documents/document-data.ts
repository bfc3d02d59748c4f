// The plain data the contracts' documents are built from. The services (contract-documents.ts) assemble
// it through the contracts' own reads; the builders here turn it into bytes and never touch the database.
import type { OfficeSettings } from '../../../../shared/contract/office';
import type {
  ContractDetail,
  ContractTerms,
  ContractTotals,
  Evaluation,
  IndicatorTemplate,
  Payment,
} from '../../../../shared/features/contracts/contract';
import type { PrintedSignature, Signatories } from '../../documents/signatures';

/** 政府购买服务合同台账: every non-draft contract of a year, in the order of their numbers. */
export interface ContractRegisterData {
  office: OfficeSettings;
  year: number;
  /** ISO date the register is made (填表日期). */
  reportDate: string;
  contracts: RegisterContract[];
}

/** What one register row shows of a contract: a ContractDetail has it all, the register's own read
 * (queries/contract-register.ts) only this, so a year of 2,000 contracts is one query. */
export interface RegisterContract {
  contractNo: string | null;
  state: ContractDetail['state'];
  community: { name: string };
  provider: { name: string; uscc: string };
  terms: Pick<ContractTerms, 'title' | 'procurementMethod' | 'startDate' | 'endDate' | 'priceFen'>;
  totals: Pick<ContractTotals, 'paidFen' | 'remainingFen'>;
  /** The latest last (only the latest is printed). */
  evaluations: Pick<Evaluation, 'grade' | 'totalTenths'>[];
}

/** 付款审批单 of one payment request (or reversal). */
export interface PaymentFormData {
  office: OfficeSettings;
  /** 付〔2026〕3号. */
  paymentNo: string;
  contract: ContractDetail;
  payment: Payment;
  /** Where the money goes: the provider's bank, as the provider register keeps it. */
  bank: { bankName: string; bankAccount: string };
  /** 经办人: who requested it; 审核人: who approved it (null until approved). */
  requesters: string[];
  approver: PrintedSignature | null;
}

/** 绩效评价表 of one evaluation, with the template's 评价要点 for its indicators. */
export interface EvaluationSheetData {
  office: OfficeSettings;
  contract: ContractDetail;
  evaluation: Evaluation;
  /** The office's indicators: the guidance printed beside an indicator of the same name. */
  indicators: IndicatorTemplate[];
}

/** 关于<title>政府购买服务合同的公告 (第二十三条, information disclosure). */
export interface ContractNoticeData {
  office: OfficeSettings;
  contract: ContractDetail;
  posting: { startDate: string; workingDays: number; endDate: string };
  issueDate: string;
  contactPerson: string;
  contactPhone: string;
  signatories: Signatories;
}
