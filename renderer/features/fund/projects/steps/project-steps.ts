// The steps a project's page offers: the channel each action calls (its declaration says who may take
// it), the step buttons in workflow order, and the confirmation every step that cannot be undone asks.
import { App } from 'antd';
import type { ChannelName } from '../../../../../shared/contract/channels';
import type { ProjectAction } from '../../../../../shared/features/fund/projects/project-workflow';
import { confirmPosting } from '../../../../ui/confirm-posting';
import type { ProjectDetail } from '../ProjectDetail';

export type Step = 'edit' | 'review' | 'decide' | 'agree' | 'report' | 'close' | 'withdraw';

export const actionChannels = {
  edit: 'fund.updateProject',
  review: 'fund.reviewProject',
  approve: 'fund.decideProject',
  reject: 'fund.decideProject',
  agree: 'fund.agreeProject',
  pay: 'fund.payInstalment',
  report: 'fund.reportProject',
  close: 'fund.closeProject',
  withdraw: 'fund.withdrawProject',
} as const satisfies Record<ProjectAction, ChannelName>;

/** The step buttons in workflow order; 拨付 is on each instalment, approve and reject share 管委会决议. */
export const stepButtons: { step: Step; action: ProjectAction; label: string; danger?: boolean }[] = [
  { step: 'edit', action: 'edit', label: '修改申请' },
  { step: 'review', action: 'review', label: '街道初审' },
  { step: 'decide', action: 'approve', label: '管委会决议' },
  { step: 'agree', action: 'agree', label: '签订资助协议' },
  { step: 'report', action: 'report', label: '进展报告' },
  { step: 'close', action: 'close', label: '结项' },
  { step: 'withdraw', action: 'withdraw', label: '撤回', danger: true },
];

/** What each section of the page is given: the project, the step the clerk opened, and how to end it. */
export interface SectionProps {
  project: ProjectDetail;
  step: Step | null;
  onStepEnd: () => void;
}

export interface Question {
  title: string;
  content: string;
  okTestId: string;
}

/**
 * A step that cannot be undone: asked first, in words that say what follows, then sent; once done the
 * step's form closes (`onDone`) and a message says what was done. A refusal is thrown back to the form,
 * which shows it on its field.
 */
export function useConfirmedStep(onDone: () => void) {
  const { message, modal } = App.useApp();
  return <I>(send: (input: I) => Promise<unknown>, ask: (input: I) => Question, done: (input: I) => string) =>
    async (input: I) => {
      const ok = await confirmPosting(modal, { ...ask(input), okText: '确认' });
      if (!ok) return;
      await send(input);
      onDone();
      void message.success(done(input));
    };
}
