// Channel inputs and outputs of the purchase-of-services contracts (政府购买服务, 财政部令第102号). The
// schemas are in provider-fields, contract-fields and payment-fields; the answers in outputs; the rules
// both sides apply in provider-rules, contract-rules and evaluation-rules.
import { channel, noInput, type ContractFor } from '../../contract/channel-spec';
import type { FileOutput } from '../../contract/files';
import type { AuditPage } from '../../contract/audit';
import type { contractsChannels } from './channels';
import {
  budgetInput,
  contractAmendInput,
  contractAuditInput,
  contractCompleteInput,
  contractDraftInput,
  contractIdInput,
  contractListInput,
  contractSignInput,
  contractStartInput,
  contractTerminateInput,
  contractUpdateInput,
} from './contract-fields';
import type {
  ContractDetail,
  ContractPage,
  ContractSettings,
  Evaluation,
  Payment,
  PaymentVoucherUse,
  Provider,
  ProviderCard,
  ProviderRow,
  PurchasedServicesBudget,
} from './outputs';
import {
  contractNoticeInput,
  contractSettingsInput,
  evaluationIdInput,
  evaluationInput,
  paymentIdInput,
  paymentRejectInput,
  paymentRequestInput,
  paymentReverseInput,
  registerInput,
  voucherUsesInput,
} from './payment-fields';
import {
  providerIdInput,
  providerInput,
  providerListInput,
  providerSuspendInput,
  providerUpdateInput,
  qualificationCheckInput,
} from './provider-fields';

export * from './outputs';
export * from './contract-rules';
export * from './evaluation-rules';
export * from './provider-rules';
export {
  instalmentGateLabels,
  instalmentGates,
  type ContractDraftInput,
  type InstalmentGate,
} from './contract-fields';
export { evaluationKindLabels, evaluationKinds, type EvaluationKind } from './payment-fields';
export type { ProviderInput } from './provider-fields';

export const contractsContract = {
  'providers.list': channel<ProviderRow[]>()(providerListInput),
  'providers.get': channel<ProviderCard>()(providerIdInput),
  'providers.create': channel<Provider>()(providerInput),
  'providers.update': channel<Provider>()(providerUpdateInput),
  'providers.suspend': channel<Provider>()(providerSuspendInput),
  'providers.reactivate': channel<Provider>()(providerIdInput),
  'providers.recordCheck': channel<ProviderCard>()(qualificationCheckInput),
  'contracts.list': channel<ContractPage>()(contractListInput),
  'contracts.get': channel<ContractDetail>()(contractIdInput),
  'contracts.budget': channel<PurchasedServicesBudget[]>()(budgetInput),
  'contracts.audit': channel<AuditPage>()(contractAuditInput),
  'contracts.create': channel<ContractDetail>()(contractDraftInput),
  'contracts.update': channel<ContractDetail>()(contractUpdateInput),
  'contracts.discard': channel<{ id: number }>()(contractIdInput),
  'contracts.sign': channel<ContractDetail>()(contractSignInput),
  'contracts.start': channel<ContractDetail>()(contractStartInput),
  'contracts.amend': channel<ContractDetail>()(contractAmendInput),
  'contracts.complete': channel<ContractDetail>()(contractCompleteInput),
  'contracts.terminate': channel<ContractDetail>()(contractTerminateInput),
  'contracts.evaluate': channel<Evaluation>()(evaluationInput),
  'contracts.requestPayment': channel<Payment & { sameVoucher: PaymentVoucherUse[] }>()(paymentRequestInput),
  'contracts.approvePayment': channel<Payment>()(paymentIdInput),
  'contracts.rejectPayment': channel<Payment>()(paymentRejectInput),
  'contracts.reversePayment': channel<Payment>()(paymentReverseInput),
  'contracts.voucherUses': channel<PaymentVoucherUse[]>()(voucherUsesInput),
  'contracts.settings': channel<ContractSettings>()(noInput),
  'contracts.saveSettings': channel<ContractSettings>()(contractSettingsInput),
  'contracts.register': channel<FileOutput>()(registerInput),
  'contracts.notice': channel<FileOutput>()(contractNoticeInput),
  'contracts.paymentForm': channel<FileOutput>()(paymentIdInput),
  'contracts.evaluationSheet': channel<FileOutput>()(evaluationIdInput),
} satisfies ContractFor<typeof contractsChannels>;
