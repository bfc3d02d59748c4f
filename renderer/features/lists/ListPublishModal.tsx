// 发布修订稿: the date it takes effect and who approved it. The page confirms before sending.
import { DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import { listPublishInput } from '../../../shared/features/lists/contract';
import { useSchemaForm } from '../../ui/forms/use-schema-form';
import { FormModal } from '../../ui/FormModal';
import { useToday } from '../../ui/today';

interface PublishFormValues {
  effectiveDate: Dayjs | null;
  approvedBy: string;
}

export interface ListPublishModalProps {
  listLabel: string;
  versionNo: number;
  itemCount: number;
  sampleCount: number;
  versionId: number;
  onSubmit: (input: z.output<typeof listPublishInput>) => Promise<unknown>;
  onCancel: () => void;
}

export function ListPublishModal(props: ListPublishModalProps) {
  const { today } = useToday();
  const { form, submitting, onFinish } = useSchemaForm<typeof listPublishInput, PublishFormValues>({
    schema: listPublishInput,
    toInput: (values) => ({
      versionId: props.versionId,
      effectiveDate: values.effectiveDate?.format('YYYY-MM-DD'),
      approvedBy: values.approvedBy,
    }),
    submit: props.onSubmit,
  });
  return (
    <FormModal<PublishFormValues>
      title={`发布${props.listLabel}（第 ${props.versionNo} 版）`}
      form={form}
      initialValues={{ effectiveDate: dayjs(today), approvedBy: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={props.onCancel}
      testId="list-publish-form"
      submitText="发布"
      width={520}
    >
      <Typography.Paragraph type="secondary">
        共 {props.itemCount} 项{props.sampleCount > 0 && `，其中 ${props.sampleCount} 项仍是示例内容`}
        。发布后该版本即为现行版本，不能再修改。
      </Typography.Paragraph>
      <Form.Item label="生效日期" name="effectiveDate" required>
        <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="list-publish-date" />
      </Form.Item>
      <Form.Item label="批准单位" name="approvedBy" required extra="如：区委社会工作部、街道党工委会议">
        <Input autoFocus maxLength={100} data-testid="list-publish-approved-by" />
      </Form.Item>
    </FormModal>
  );
}
