// Purchase-of-services channels: providers, contracts through their states, evaluations, payments and
// the documents. 经办人 enters providers, drafts contracts, records evaluations and requests payments;
// 审核人 signs, amends, completes and terminates a contract and approves a payment, never one they
// prepared (制单与审核分离); 管理员 sets the evaluation template and the payment coefficients.
import { command, declareChannels, file, query } from '../../contract/channel-kinds';
import { administrators, anyRole, approvers, preparers, type ChannelRoles } from '../../contract/roles';

const providerChange = command({ invalidates: ['providers', 'contracts'], roles: preparers });
// A contract's figures show on the community's funding page and on the dashboard: 'funding' refetches.
const contractChange = (roles: ChannelRoles) =>
  command({ invalidates: ['contracts', 'providers', 'funding'], roles });

export const contractsChannels = declareChannels({
  'providers.list': query(anyRole),
  'providers.get': query(anyRole),
  'providers.create': providerChange,
  'providers.update': providerChange,
  'providers.suspend': providerChange,
  'providers.reactivate': providerChange,
  'providers.recordCheck': providerChange,
  'contracts.list': query(anyRole),
  'contracts.get': query(anyRole),
  'contracts.budget': query(anyRole),
  'contracts.audit': query(anyRole),
  'contracts.create': contractChange(preparers),
  'contracts.update': contractChange(preparers),
  'contracts.discard': contractChange(preparers),
  'contracts.sign': contractChange(approvers),
  'contracts.start': contractChange(preparers),
  'contracts.amend': contractChange(approvers),
  'contracts.complete': contractChange(approvers),
  'contracts.terminate': contractChange(approvers),
  'contracts.evaluate': contractChange(preparers),
  'contracts.requestPayment': contractChange(preparers),
  'contracts.approvePayment': contractChange(approvers),
  'contracts.rejectPayment': contractChange(approvers),
  'contracts.reversePayment': contractChange(preparers),
  'contracts.voucherUses': query(anyRole),
  'contracts.settings': query(anyRole),
  'contracts.saveSettings': command({ invalidates: ['contracts'], roles: administrators }),
  'contracts.register': file({ roles: anyRole }),
  'contracts.notice': file({ printable: true, roles: anyRole }),
  'contracts.paymentForm': file({ printable: true, roles: anyRole }),
  'contracts.evaluationSheet': file({ printable: true, roles: anyRole }),
});
