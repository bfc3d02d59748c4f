// OWNER: renderer projects slice (公益项目: the list with its reminders, one project's page and its steps).
// Reached through the fund's sub-navigation (books/FundNav), so no menu entries of its own.
import type { FeatureScreens } from '../../../ui/screens';
import { ProjectPage } from './ProjectPage';
import { ProjectsPage } from './ProjectsPage';

export const fundProjectsScreens: FeatureScreens = {
  screens: [
    { path: 'fund/projects', element: <ProjectsPage /> },
    { path: 'fund/projects/:id', element: <ProjectPage /> },
  ],
  menu: [],
};
