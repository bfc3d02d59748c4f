// 新增准入申请 (and 修改 of a request not yet reviewed): every field of access.submit, checked with the
// contract's schema. 费随事转 is typed in yuan (parseYuan) and sent as fen; the supporting documents are a
// list of titles.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import { accessRequestInput, type AccessRequest } from '../../../shared/features/access/contract';
import { listItemLimits } from '../../../shared/features/lists/contract';
import { NumberInput, type NumberFieldValue } from '../../ui/forms/NumberInput';
import { useSchemaForm } from '../../ui/forms/use-schema-form';
import { fenOfText, textOfFen, yuanRules } from '../../ui/forms/yuan-field';
import { FormModal } from '../../ui/FormModal';
import { useToday } from '../../ui/today';

interface AccessFormValues {
  requestingDepartment: string;
  title: string;
  content: string;
  legalBasis: string;
  reason: string;
  communityIds: number[];
  /** Typed in yuan; sent as fen (blank: no funding comes with the work). */
  fundingFen: string;
  staffCount: NumberFieldValue;
  requestedStartDate: Dayjs | null;
  submittedDate: Dayjs | null;
  documents: string[];
}

export interface AccessFormModalProps {
  communities: { id: number; name: string }[];
  /** The submitted request being corrected; a new request when absent. */
  editing?: AccessRequest;
  onSubmit: (input: z.output<typeof accessRequestInput>) => Promise<unknown>;
  onCancel: () => void;
}

const iso = (value: Dayjs | null) => value?.format('YYYY-MM-DD');

function valuesOf(request: AccessRequest): AccessFormValues {
  return {
    requestingDepartment: request.requestingDepartment,
    title: request.title,
    content: request.content,
    legalBasis: request.legalBasis,
    reason: request.reason,
    communityIds: request.communities.map((community) => community.id),
    fundingFen: textOfFen(request.fundingFen),
    staffCount: request.staffCount,
    requestedStartDate: dayjs(request.requestedStartDate),
    submittedDate: dayjs(request.submittedDate),
    documents: request.documents,
  };
}

export function AccessFormModal({ communities, editing, onSubmit, onCancel }: AccessFormModalProps) {
  const { today } = useToday();
  const { form, submitting, onFinish } = useSchemaForm<typeof accessRequestInput, AccessFormValues>({
    schema: accessRequestInput,
    toInput: (values) => ({
      ...values,
      fundingFen: fenOfText(values.fundingFen) ?? null,
      staffCount: values.staffCount ?? null,
      requestedStartDate: iso(values.requestedStartDate),
      submittedDate: iso(values.submittedDate),
      documents: (values.documents ?? []).map((title) => title ?? ''),
    }),
    submit: onSubmit,
  });
  const initialValues: AccessFormValues = editing
    ? valuesOf(editing)
    : {
        requestingDepartment: '',
        title: '',
        content: '',
        legalBasis: '',
        reason: '',
        communityIds: [],
        fundingFen: '',
        staffCount: null,
        requestedStartDate: null,
        submittedDate: dayjs(today),
        documents: [],
      };
  return (
    <FormModal<AccessFormValues>
      title={editing ? `修改准入申请 ${editing.requestNo}` : '新增准入申请'}
      form={form}
      initialValues={initialValues}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="access-form-modal"
      submitText={editing ? '保存修改' : '登记申请'}
      width={760}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="申请单位" name="requestingDepartment" required>
            <Input autoFocus maxLength={100} data-testid="access-department" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="事项名称" name="title" required>
            <Input maxLength={listItemLimits.title} data-testid="access-title" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="事项内容" name="content" required>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={listItemLimits.content}
          data-testid="access-content"
        />
      </Form.Item>
      <Form.Item label="依据" name="legalBasis" extra="法律法规、政策文件名称及条款">
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={listItemLimits.legalBasis}
          data-testid="access-legal-basis"
        />
      </Form.Item>
      <Form.Item label="申请理由" name="reason" required>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} data-testid="access-reason" />
      </Form.Item>
      <Form.Item label="适用社区" name="communityIds" required>
        <Select
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择一个或多个社区"
          options={communities.map((community) => ({ value: community.id, label: community.name }))}
          data-testid="access-communities"
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="费随事转：经费" name="fundingFen" rules={yuanRules} extra="没有随事转经费时留空">
            <Input suffix="元" inputMode="decimal" data-testid="access-funding" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="费随事转：人员" name="staffCount" extra="没有随事转人员时留空">
            <NumberInput suffix="人" data-testid="access-staff" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="拟开始日期" name="requestedStartDate" required>
            <DatePicker style={{ width: '100%' }} data-testid="access-start-date" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="申请日期" name="submittedDate" required>
            <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="access-submitted-date" />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="documents">
        {(fields, { add, remove }) => (
          <Form.Item label="附件材料（名称）">
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={field.name} noStyle>
                    <Input
                      maxLength={200}
                      style={{ width: 560 }}
                      placeholder={`材料 ${index + 1}`}
                      data-testid={`access-document-${index}`}
                    />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除该材料" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add('')}
                data-testid="access-document-add"
              >
                添加材料
              </Button>
            </Space>
          </Form.Item>
        )}
      </Form.List>
    </FormModal>
  );
}
