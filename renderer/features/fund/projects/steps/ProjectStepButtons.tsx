// The buttons of the steps the project's state allows (the detail's allowedActions, from the workflow
// table), each disabled with who may for a role that may not.
import { Button, Space } from 'antd';
import type { ProjectAction } from '../../../../../shared/features/fund/projects/project-workflow';
import { RefusalTip, useRoleRefusal } from '../../../../ui/signed-in';
import type { ProjectDetail } from '../ProjectDetail';
import { actionChannels, stepButtons, type Step } from './project-steps';

export function ProjectStepButtons({
  project,
  onStep,
}: {
  project: ProjectDetail;
  onStep: (step: Step) => void;
}) {
  const roleRefusal = useRoleRefusal();
  const allowed = new Set<ProjectAction>(project.allowedActions);
  return (
    <Space wrap data-testid="fund-project-actions">
      {stepButtons
        .filter((button) => allowed.has(button.action))
        .map((button) => {
          const refusal = roleRefusal(actionChannels[button.action]);
          return (
            <RefusalTip key={button.step} refusal={refusal}>
              <Button
                type={button.danger ? 'default' : 'primary'}
                danger={button.danger}
                disabled={refusal !== undefined}
                onClick={() => onStep(button.step)}
                data-testid={`fund-project-${button.step}`}
              >
                {button.label}
              </Button>
            </RefusalTip>
          );
        })}
    </Space>
  );
}
