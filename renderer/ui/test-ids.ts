// data-testid on props objects that antd spreads onto elements (table rows, a popconfirm's buttons): the
// prop types do not list data-* attributes, though React passes them through.
import type { ButtonProps } from 'antd';
import type { HTMLAttributes } from 'react';

export function buttonTestId(id: string): ButtonProps {
  return { 'data-testid': id } as ButtonProps;
}

export function rowTestId(id: string): HTMLAttributes<HTMLElement> {
  return { 'data-testid': id } as HTMLAttributes<HTMLElement>;
}
