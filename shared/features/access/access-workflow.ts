// The work-access (准入) request workflow as data: every (state, action) pair is either a step to the
// next state or a refusal with the sentence the clerk reads. Keeping the whole table in one typed
// Record makes a forgotten pair a compile error, and lets the tests walk every pair.

export const accessStates = [
  'submitted',
  'reviewed',
  'approved',
  'rejected',
  'revoked',
  'withdrawn',
] as const;
export type AccessState = (typeof accessStates)[number];
export const accessStateLabels: Record<AccessState, string> = {
  submitted: '待街道审核',
  reviewed: '待区领导小组决定',
  approved: '已准入',
  rejected: '不予准入',
  revoked: '已撤销准入',
  withdrawn: '已撤回',
};

/** 'edit' corrects a submitted request and keeps its state; 'withdraw' (撤回) ends it before any review. */
export const accessActions = ['review', 'approve', 'reject', 'revoke', 'edit', 'withdraw'] as const;
export type AccessAction = (typeof accessActions)[number];
export const accessActionLabels: Record<AccessAction, string> = {
  review: '街道审核',
  approve: '准予准入',
  reject: '不予准入',
  revoke: '撤销准入',
  edit: '修改',
  withdraw: '撤回',
};

type Step = { to: AccessState } | { refusal: string };

const alreadyReviewed = '该申请已审核，不能重复审核';
const reviewFirst = '须先经街道审核，才能由区领导小组决定';
const notAdmitted = '该申请尚未获准入，不能撤销';
const noEditAfterReview = '该申请已审核，不能再修改';
const noWithdrawAfterReview = '该申请已审核，不能再撤回';
const withdrawnNoDecision = '该申请已撤回，不能再作决定';

export const accessWorkflow: Record<AccessState, Record<AccessAction, Step>> = {
  submitted: {
    review: { to: 'reviewed' },
    approve: { refusal: reviewFirst },
    reject: { refusal: reviewFirst },
    revoke: { refusal: notAdmitted },
    edit: { to: 'submitted' },
    withdraw: { to: 'withdrawn' },
  },
  reviewed: {
    review: { refusal: alreadyReviewed },
    approve: { to: 'approved' },
    reject: { to: 'rejected' },
    revoke: { refusal: notAdmitted },
    edit: { refusal: noEditAfterReview },
    withdraw: { refusal: noWithdrawAfterReview },
  },
  approved: {
    review: { refusal: alreadyReviewed },
    approve: { refusal: '区领导小组已作出决定（准予准入），不能重复决定' },
    reject: { refusal: '区领导小组已作出决定（准予准入），不能重复决定；如需停止该事项，请撤销准入' },
    revoke: { to: 'revoked' },
    edit: { refusal: noEditAfterReview },
    withdraw: { refusal: noWithdrawAfterReview },
  },
  rejected: {
    review: { refusal: alreadyReviewed },
    approve: { refusal: '区领导小组已作出决定（不予准入），不能重复决定；如需重新申请，请提交新的准入申请' },
    reject: { refusal: '区领导小组已作出决定（不予准入），不能重复决定' },
    revoke: { refusal: '该申请未获准入，没有可撤销的准入事项' },
    edit: { refusal: noEditAfterReview },
    withdraw: { refusal: noWithdrawAfterReview },
  },
  revoked: {
    review: { refusal: alreadyReviewed },
    approve: { refusal: '该事项已撤销准入，不能再作决定；如需重新纳入，请提交新的准入申请' },
    reject: { refusal: '该事项已撤销准入，不能再作决定' },
    revoke: { refusal: '该事项已撤销准入，不能重复撤销' },
    edit: { refusal: noEditAfterReview },
    withdraw: { refusal: noWithdrawAfterReview },
  },
  withdrawn: {
    review: { refusal: '该申请已撤回，不能审核' },
    approve: { refusal: withdrawnNoDecision },
    reject: { refusal: withdrawnNoDecision },
    revoke: { refusal: '该申请已撤回，没有可撤销的准入事项' },
    edit: { refusal: '该申请已撤回，不能再修改；如需重新申请，请提交新的准入申请' },
    withdraw: { refusal: '该申请已撤回，不能重复撤回' },
  },
};

export type NextState = { ok: true; state: AccessState } | { ok: false; reason: string };

export function nextState(state: AccessState, action: AccessAction): NextState {
  const step = accessWorkflow[state][action];
  return 'to' in step ? { ok: true, state: step.to } : { ok: false, reason: step.refusal };
}

/** What can be done next from a state, in workflow order (the renderer shows these as buttons). */
export function allowedActions(state: AccessState): AccessAction[] {
  return accessActions.filter((action) => nextState(state, action).ok);
}
