// How a feature tells the frame about its screens: each feature's index.tsx lists its routes and the
// menu entries that open them, and App.tsx and the layout are built from those lists.
import type { ReactNode } from 'react';
import type { QueryChannel } from '../../shared/contract/channels';

/** The menu's groups, in the order they are shown: the daily work, 清单与准入, 设置与日志. */
export const menuGroups = [
  { key: 'work', label: null },
  { key: 'lists', label: '清单与准入' },
  { key: 'admin', label: '设置与日志' },
] as const;
export type MenuGroup = (typeof menuGroups)[number]['key'];

export interface MenuEntry {
  /** Where the entry leads; also the key by which the open screen selects it. */
  to: string;
  label: string;
  icon: ReactNode;
  testId: string;
  group: MenuGroup;
  /** Position within its group (smaller first). */
  order: number;
  /** The query the screen is built on, when some roles may not call it: the entry is hidden from them. */
  reads?: QueryChannel;
}

export interface Screen {
  /** A react-router path below the frame, e.g. 'funding/:year?'. */
  path: string;
  element: ReactNode;
}

export interface FeatureScreens {
  screens: Screen[];
  menu: MenuEntry[];
}
