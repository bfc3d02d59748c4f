// 新增 / 编辑 one item of a draft list, checked with the contract's listItemInput (same limits as the
// Excel import); a server refusal lands on the field it names.
import { Form, Input } from 'antd';
import type { z } from 'zod';
import {
  listItemInput,
  listItemLabels,
  listItemLimits,
  type ListItem,
} from '../../../shared/features/lists/contract';
import {
  listItemTextFields,
  multilineListItemFields,
  type ListItemTextField,
} from '../../../shared/features/lists/list-item-fields';
import { useSchemaForm } from '../../ui/forms/use-schema-form';
import { FormModal } from '../../ui/FormModal';

type ListItemFormValues = Record<ListItemTextField, string>;

export interface ListItemFormModalProps {
  versionId: number;
  /** The item edited; absent for a new one. */
  item?: ListItem;
  onSubmit: (input: z.output<typeof listItemInput>) => Promise<unknown>;
  onCancel: () => void;
}

export function ListItemFormModal({ versionId, item, onSubmit, onCancel }: ListItemFormModalProps) {
  const { form, submitting, onFinish } = useSchemaForm<typeof listItemInput, ListItemFormValues>({
    schema: listItemInput,
    toInput: (values) => ({ ...values, versionId, itemId: item?.id }),
    submit: onSubmit,
  });
  const initialValues = Object.fromEntries(
    listItemTextFields.map((field) => [field, item?.[field] ?? '']),
  ) as ListItemFormValues;
  return (
    <FormModal<ListItemFormValues>
      title={item ? `编辑事项（序号 ${item.seq}）` : '新增事项'}
      form={form}
      initialValues={initialValues}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="list-item-form"
      width={640}
    >
      {listItemTextFields.map((field) => (
        <Form.Item key={field} label={listItemLabels[field]} name={field} required={field === 'title'}>
          {multilineListItemFields.has(field) ? (
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={listItemLimits[field]}
              showCount
              data-testid={`list-item-${field}`}
            />
          ) : (
            <Input
              autoFocus={field === 'title'}
              maxLength={listItemLimits[field]}
              data-testid={`list-item-${field}`}
            />
          )}
        </Form.Item>
      ))}
    </FormModal>
  );
}
