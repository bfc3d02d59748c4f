// The state of a welfare project as a coloured tag, in the workflow's own words.
import { Tag } from 'antd';
import {
  projectStateLabels,
  type ProjectState,
} from '../../../../shared/features/fund/projects/project-workflow';

const colors: Record<ProjectState, string> = {
  submitted: 'processing',
  reviewed: 'gold',
  approved: 'cyan',
  rejected: 'red',
  agreed: 'blue',
  in_progress: 'green',
  closed: 'default',
  withdrawn: 'default',
};

export function ProjectStateTag({ state }: { state: ProjectState }) {
  return (
    <Tag color={colors[state]} data-testid="fund-project-state" data-state={state}>
      {projectStateLabels[state]}
    </Tag>
  );
}
