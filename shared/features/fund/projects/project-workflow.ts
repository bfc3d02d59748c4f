// The welfare-project (公益项目) workflow as data, as the access requests keep theirs: every (state, action)
// pair is either a step to the next state or a refusal with the sentence the clerk reads. One typed Record
// makes a forgotten pair a compile error and lets the tests walk every pair.
//
// A community applies (申请中); the office reviews it (街道初审, 待管委会审议); the fund's 管委会 approves
// an amount or refuses it; the grant agreement with its instalments is signed (已签协议); the first
// instalment drawn starts it (实施中); progress reports follow; 结项 ends it, after which nothing is paid.
// An application may be withdrawn until money has been drawn for it.

export const projectStates = [
  'submitted',
  'reviewed',
  'approved',
  'rejected',
  'agreed',
  'in_progress',
  'closed',
  'withdrawn',
] as const;
export type ProjectState = (typeof projectStates)[number];
export const projectStateLabels: Record<ProjectState, string> = {
  submitted: '申请中',
  reviewed: '待管委会审议',
  approved: '已批准',
  rejected: '不予资助',
  agreed: '已签协议',
  in_progress: '实施中',
  closed: '已结项',
  withdrawn: '已撤回',
};

/** 'edit' corrects an application and keeps its state; 'pay' drafts an instalment's grant voucher. */
export const projectActions = [
  'edit',
  'review',
  'approve',
  'reject',
  'agree',
  'pay',
  'report',
  'close',
  'withdraw',
] as const;
export type ProjectAction = (typeof projectActions)[number];
export const projectActionLabels: Record<ProjectAction, string> = {
  edit: '修改申请',
  review: '街道初审',
  approve: '管委会批准',
  reject: '不予资助',
  agree: '签订资助协议',
  pay: '拨付',
  report: '进展报告',
  close: '结项',
  withdraw: '撤回',
};

type Step = { to: ProjectState } | { refusal: string };

const reviewFirst = '须先经街道初审，才能提交管委会审议';
const alreadyReviewed = '该项目已经初审，不能重复初审';
const noEditAfterReview = '该项目已经初审，申请内容不能再修改';
const decided = (result: string) => `管委会已作出决定（${result}），不能重复决定`;
const notApproved = '该项目尚未获管委会批准，不能签订资助协议';
const alreadyAgreed = '该项目已签订资助协议，不能重复签订';
const noAgreement = '须先签订资助协议，才能拨付';
const notStarted = '该项目尚未签订资助协议，没有进展可报告';
const nothingPaid = '该项目尚未拨付任何款项，不能结项；如不再实施，请撤回';
/** An ended project: why it ended, what follows a refused decision, and its own repeat refusals. */
interface Ending {
  why: string;
  next: string;
  close?: string;
  withdraw?: string;
}
const closedEnding: Ending = { why: '该项目已结项', next: '', close: '该项目已结项，不能重复结项' };
const withdrawnEnding: Ending = {
  why: '该项目已撤回',
  next: '；如需重新申请，请提交新的项目申请',
  withdraw: '该项目已撤回，不能重复撤回',
};
const rejectedEnding: Ending = { why: '管委会已决定不予资助', next: '；如需重新申请，请提交新的项目申请' };

const ended = ({ why, next, close, withdraw }: Ending): Record<ProjectAction, Step> => ({
  edit: { refusal: `${why}，不能再修改` },
  review: { refusal: `${why}，不能初审` },
  approve: { refusal: `${why}，不能再作决定${next}` },
  reject: { refusal: `${why}，不能再作决定` },
  agree: { refusal: `${why}，不能签订资助协议` },
  pay: { refusal: `${why}，不能再拨付任何款项` },
  report: { refusal: `${why}，不能再报告进展` },
  close: { refusal: close ?? `${why}，不能结项` },
  withdraw: { refusal: withdraw ?? `${why}，不能撤回` },
});

export const projectWorkflow: Record<ProjectState, Record<ProjectAction, Step>> = {
  submitted: {
    edit: { to: 'submitted' },
    review: { to: 'reviewed' },
    approve: { refusal: reviewFirst },
    reject: { refusal: reviewFirst },
    agree: { refusal: notApproved },
    pay: { refusal: noAgreement },
    report: { refusal: notStarted },
    close: { refusal: nothingPaid },
    withdraw: { to: 'withdrawn' },
  },
  reviewed: {
    edit: { refusal: noEditAfterReview },
    review: { refusal: alreadyReviewed },
    approve: { to: 'approved' },
    reject: { to: 'rejected' },
    agree: { refusal: notApproved },
    pay: { refusal: noAgreement },
    report: { refusal: notStarted },
    close: { refusal: nothingPaid },
    withdraw: { to: 'withdrawn' },
  },
  approved: {
    edit: { refusal: noEditAfterReview },
    review: { refusal: alreadyReviewed },
    approve: { refusal: decided('批准资助') },
    reject: { refusal: decided('批准资助') },
    agree: { to: 'agreed' },
    pay: { refusal: noAgreement },
    report: { refusal: notStarted },
    close: { refusal: nothingPaid },
    withdraw: { to: 'withdrawn' },
  },
  rejected: ended(rejectedEnding),
  agreed: {
    edit: { refusal: noEditAfterReview },
    review: { refusal: alreadyReviewed },
    approve: { refusal: decided('批准资助') },
    reject: { refusal: decided('批准资助') },
    agree: { refusal: alreadyAgreed },
    pay: { to: 'in_progress' },
    report: { to: 'agreed' },
    close: { refusal: nothingPaid },
    withdraw: { to: 'withdrawn' },
  },
  in_progress: {
    edit: { refusal: noEditAfterReview },
    review: { refusal: alreadyReviewed },
    approve: { refusal: decided('批准资助') },
    reject: { refusal: decided('批准资助') },
    agree: { refusal: alreadyAgreed },
    pay: { to: 'in_progress' },
    report: { to: 'in_progress' },
    close: { to: 'closed' },
    withdraw: { refusal: '该项目已拨付款项，不能撤回；请办理结项，写明已用和退回的资金' },
  },
  closed: ended(closedEnding),
  withdrawn: ended(withdrawnEnding),
};

export type NextProjectState = { ok: true; state: ProjectState } | { ok: false; reason: string };

export function nextProjectState(state: ProjectState, action: ProjectAction): NextProjectState {
  const step = projectWorkflow[state][action];
  return 'to' in step ? { ok: true, state: step.to } : { ok: false, reason: step.refusal };
}

/** What can be done next from a state, in workflow order (the renderer shows these as buttons). */
export function allowedProjectActions(state: ProjectState): ProjectAction[] {
  return projectActions.filter((action) => nextProjectState(state, action).ok);
}
