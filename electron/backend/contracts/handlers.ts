// The contracts feature's handlers: providers, contracts through their steps, evaluations, payments,
// settings and documents.
import type { contractsChannels } from '../../../shared/features/contracts/channels';
import type { HandlersOf } from '../core/handler';
import {
  exportContractNotice,
  exportContractRegister,
  exportEvaluationSheet,
  exportPaymentForm,
} from './contract-documents';
import { createContract, discardContract, updateContract } from './lifecycle/contract-drafts';
import { budgetOf, listContracts, readContract } from './contract-read';
import { readContractSettings, saveContractSettings } from './contract-settings';
import { selectContractAudit } from './queries/contract-audit';
import {
  amendContract,
  completeContract,
  signContract,
  startContract,
  terminateContract,
} from './lifecycle/contract-steps';
import { recordEvaluation } from './money/evaluations';
import {
  approvePayment,
  listPaymentVoucherUses,
  rejectPayment,
  requestPayment,
  reversePayment,
} from './money/payments';
import {
  createProvider,
  getProvider,
  listProviders,
  reactivateProvider,
  recordQualificationCheck,
  suspendProvider,
  updateProvider,
} from './providers/providers';

export const contractsHandlers: HandlersOf<typeof contractsChannels> = {
  'providers.list': listProviders,
  'providers.get': getProvider,
  'providers.create': createProvider,
  'providers.update': updateProvider,
  'providers.suspend': suspendProvider,
  'providers.reactivate': reactivateProvider,
  'providers.recordCheck': recordQualificationCheck,
  'contracts.list': listContracts,
  'contracts.get': (ctx, input) => readContract(ctx, input.id),
  'contracts.budget': budgetOf,
  'contracts.audit': (ctx, input) => selectContractAudit(ctx.db, input),
  'contracts.create': createContract,
  'contracts.update': updateContract,
  'contracts.discard': discardContract,
  'contracts.sign': signContract,
  'contracts.start': startContract,
  'contracts.amend': amendContract,
  'contracts.complete': completeContract,
  'contracts.terminate': terminateContract,
  'contracts.evaluate': recordEvaluation,
  'contracts.requestPayment': requestPayment,
  'contracts.approvePayment': approvePayment,
  'contracts.rejectPayment': rejectPayment,
  'contracts.reversePayment': reversePayment,
  'contracts.voucherUses': listPaymentVoucherUses,
  'contracts.settings': readContractSettings,
  'contracts.saveSettings': saveContractSettings,
  'contracts.register': exportContractRegister,
  'contracts.notice': exportContractNotice,
  'contracts.paymentForm': exportPaymentForm,
  'contracts.evaluationSheet': exportEvaluationSheet,
};
