// 新建合同 (/contracts/new), 修改草稿 (/contracts/:id/edit) and 变更 (/contracts/:id/amend): every
// 第二十三条 item, the cost sheet, the schedule and, for a term over a year, the 第二十四条 conditions and
// budget rows. The schema of the channel checks the whole form; the Node side's refusals land on their
// field (costItems.0.quantity included). An amendment is confirmed first: it adds a version for good.
import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Divider, Form, Input, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  contractAmendInput,
  contractDraftInput,
  contractUpdateInput,
} from '../../../../shared/features/contracts/contract-fields';
import type { ContractDetail } from '../../../../shared/features/contracts/contract';
import { useChannelMutation } from '../../../api/mutations';
import { confirmPosting } from '../../../ui/confirm-posting';
import { DateField } from '../../../ui/DateField';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { PageState } from '../../../ui/PageState';
import { useToday } from '../../../ui/today';
import { useCommunities } from '../../register';
import { useContract, useProviders } from '../queries';
import {
  amendInput,
  blankContractValues,
  contractValues,
  draftInput,
  type ContractFormValues,
} from './contract-form-values';
import { CostSheetEditor } from './CostSheetEditor';
import { InstalmentsEditor } from './InstalmentsEditor';
import { TermsFields } from './TermsFields';
import { TermYearsFields } from './TermYearsFields';

export type ContractFormMode = 'create' | 'edit' | 'amend';

function yearChoices(thisYear: number) {
  return [thisYear - 1, thisYear, thisYear + 1].map((year) => ({ value: year, label: `${year} 年` }));
}

function PartiesFields({ contract }: { contract: ContractDetail | undefined }) {
  const { year } = useToday();
  const communities = useCommunities({ status: 'active' });
  const providers = useProviders({ search: '', status: 'active' });
  // A draft keeps its own community and provider even when they are no longer active.
  const communityOptions = useMemo(() => {
    const list = (communities.data ?? []).map((c) => ({ value: c.id, label: c.name }));
    if (contract && !list.some((o) => o.value === contract.community.id))
      list.push({ value: contract.community.id, label: contract.community.name });
    return list;
  }, [communities.data, contract]);
  const providerOptions = useMemo(() => {
    const list = (providers.data ?? []).map((p) => ({ value: p.id, label: p.name }));
    if (contract && !list.some((o) => o.value === contract.provider.id))
      list.push({ value: contract.provider.id, label: contract.provider.name });
    return list;
  }, [providers.data, contract]);
  return (
    <Row gutter={16}>
      <Col span={6}>
        <Form.Item label="预算年度" name="year" required>
          <Select options={yearChoices(year)} data-testid="contract-year" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item label="实施社区" name="communityId" required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={communityOptions}
            placeholder="选择社区"
            data-testid="contract-community"
          />
        </Form.Item>
      </Col>
      <Col span={10}>
        <Form.Item label="承接主体" name="providerId" required extra="仅列出正常合作的承接主体">
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={providerOptions}
            placeholder="选择承接主体"
            data-testid="contract-provider"
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

function AmendmentFields() {
  return (
    <Row gutter={16}>
      <Col span={6}>
        <Form.Item label="变更日期" name="amendedDate" required>
          <DateField allowClear={false} data-testid="contract-amended-date" />
        </Form.Item>
      </Col>
      <Col span={18}>
        <Form.Item label="变更理由" name="reason" required>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={1000}
            data-testid="contract-amend-reason"
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

interface ContractFormProps {
  mode: ContractFormMode;
  contract: ContractDetail | undefined;
}

function schemaOf(mode: ContractFormMode) {
  if (mode === 'amend') return contractAmendInput;
  return mode === 'edit' ? contractUpdateInput : contractDraftInput;
}

function ContractForm({ mode, contract }: ContractFormProps) {
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { today, year } = useToday();
  const create = useChannelMutation('contracts.create');
  const update = useChannelMutation('contracts.update');
  const amend = useChannelMutation('contracts.amend');
  const id = contract?.id ?? 0;
  const schema = schemaOf(mode);
  const toInput = (values: ContractFormValues) =>
    mode === 'amend'
      ? amendInput(id, values)
      : mode === 'edit'
        ? { id, ...draftInput(values) }
        : draftInput(values);
  const { form, submitting, onFinish } = useSchemaForm<typeof schema, ContractFormValues>({
    schema,
    toInput,
    submit: async (input) => {
      if (mode === 'create') {
        const created = await create.mutateAsync(input as Parameters<typeof create.mutateAsync>[0]);
        void message.success('已保存合同草稿');
        void navigate(`/contracts/${created.id}`);
        return;
      }
      if (mode === 'edit') {
        await update.mutateAsync(input as Parameters<typeof update.mutateAsync>[0]);
        void message.success('已保存对草稿的修改');
        void navigate(`/contracts/${id}`);
        return;
      }
      await amend.mutateAsync(input as Parameters<typeof amend.mutateAsync>[0]);
      void message.success('已变更合同');
      void navigate(`/contracts/${id}`);
    },
  });
  const initialValues: ContractFormValues = contract
    ? { ...contractValues(contract), ...(mode === 'amend' ? { amendedDate: dayjs(today), reason: '' } : {}) }
    : blankContractValues(year);
  // An amendment adds a version for good: asked once the form passes the schema, before it is sent.
  const finish = async (values: ContractFormValues) => {
    if (mode === 'amend' && schema.safeParse(toInput(values)).success) {
      const confirmed = await confirmPosting(modal, {
        title: `变更合同 ${contract?.contractNo ?? ''}？`,
        content: '变更将生成新的合同版本，原版本保留在变更记录中，不能撤销。',
        okText: '确认变更',
        okTestId: 'contract-amend-confirm-ok',
      });
      if (!confirmed) return;
    }
    await onFinish(values);
  };
  const back = contract ? `/contracts/${contract.id}` : '/contracts';
  const title =
    mode === 'create'
      ? '新建合同'
      : mode === 'edit'
        ? '修改合同草稿'
        : `变更合同 ${contract?.contractNo ?? ''}`;
  return (
    <Card
      title={
        <Space>
          <Link to={back} aria-label="返回">
            <ArrowLeftOutlined />
          </Link>
          {title}
        </Space>
      }
    >
      <Form<ContractFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void finish(values)}
        autoComplete="off"
        data-testid="contract-form"
      >
        {mode === 'amend' ? <AmendmentFields /> : <PartiesFields contract={contract} />}
        <Divider titlePlacement="start">合同条款（第二十三条）</Divider>
        <TermsFields />
        <TermYearsFields />
        <Divider titlePlacement="start">成本测算（以事定费）</Divider>
        <CostSheetEditor />
        <Divider titlePlacement="start">分期付款计划</Divider>
        <InstalmentsEditor />
        <Divider />
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={submitting}
            data-testid="contract-form-submit"
          >
            {mode === 'amend' ? '提交变更' : '保存草稿'}
          </Button>
          <Button
            onClick={() => void navigate(back)}
            disabled={submitting}
            data-testid="contract-form-cancel"
          >
            取消
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export function ContractFormPage({ mode }: { mode: ContractFormMode }) {
  const id = Number(useParams().id);
  const contract = useContract(mode === 'create' ? 0 : id);
  if (mode === 'create') return <ContractForm mode={mode} contract={undefined} />;
  if (contract.isError)
    return <PageState state="error" error={contract.error} action={<Link to="/contracts">返回合同</Link>} />;
  if (!contract.data) return <PageState state="loading" />;
  return <ContractForm key={contract.data.id} mode={mode} contract={contract.data} />;
}
