// 新增限定用途: name, what it is restricted to (a community, a project or a purpose written out), the use,
// and the kind of restriction (a time restriction names the date it may be used from). A refusal from the
// backend is shown under the form.
import { Form, Input, Modal, Select, Typography } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import {
  designationTargetLabels,
  designationTargets,
  restrictionKindLabels,
  restrictionKinds,
  type DesignationTarget,
  type RestrictionKind,
} from '../../../../shared/features/fund/books/contract';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { DateField } from '../../../ui/DateField';
import { useCommunities } from '../../register';

interface DesignationValues {
  name: string;
  target: DesignationTarget;
  communityId?: number;
  projectName?: string;
  purpose: string;
  restrictionKind: RestrictionKind;
  usableFrom?: dayjs.Dayjs;
}

export function DesignationModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<DesignationValues>();
  const create = useChannelMutation('fund.createDesignation');
  const communities = useCommunities({ status: 'active' });
  const [refusal, setRefusal] = useState<string>();
  const target = Form.useWatch('target', form);
  const restriction = Form.useWatch('restrictionKind', form);
  const onFinish = async (values: DesignationValues) => {
    try {
      await create.mutateAsync({
        name: values.name.trim(),
        target: values.target,
        communityId: values.target === 'community' ? (values.communityId ?? null) : null,
        projectName: values.target === 'project' ? (values.projectName ?? '').trim() : '',
        purpose: values.purpose.trim(),
        restrictionKind: values.restrictionKind,
        usableFrom:
          values.restrictionKind === 'time' && values.usableFrom
            ? values.usableFrom.format('YYYY-MM-DD')
            : null,
      });
      onClose();
    } catch (error) {
      setRefusal(toApiError(error).message);
    }
  };
  return (
    <Modal
      open
      title="新增限定用途"
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
    >
      <Form<DesignationValues>
        form={form}
        layout="vertical"
        initialValues={{ target: 'community', restrictionKind: 'use', name: '', purpose: '' }}
        onFinish={(values) => void onFinish(values)}
        data-testid="fund-designation-form"
      >
        <Form.Item
          label="限定用途名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '限定用途名称：必须填写' }]}
        >
          <Input maxLength={60} data-testid="fund-designation-name" />
        </Form.Item>
        <Form.Item label="限定对象" name="target">
          <Select
            options={designationTargets.map((value) => ({ value, label: designationTargetLabels[value] }))}
            data-testid="fund-designation-target"
          />
        </Form.Item>
        {target === 'community' && (
          <Form.Item
            label="社区"
            name="communityId"
            rules={[{ required: true, message: '社区：指定社区时必须选择社区' }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(communities.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              data-testid="fund-designation-community"
            />
          </Form.Item>
        )}
        {target === 'project' && (
          <Form.Item
            label="项目名称"
            name="projectName"
            rules={[{ required: true, whitespace: true, message: '项目名称：指定项目时必须填写' }]}
          >
            <Input maxLength={60} data-testid="fund-designation-project" />
          </Form.Item>
        )}
        <Form.Item
          label="用途说明"
          name="purpose"
          rules={[{ required: true, whitespace: true, message: '用途说明：必须填写' }]}
        >
          <Input.TextArea rows={3} maxLength={300} data-testid="fund-designation-purpose" />
        </Form.Item>
        <Form.Item label="限制类型" name="restrictionKind">
          <Select
            options={restrictionKinds.map((value) => ({ value, label: restrictionKindLabels[value] }))}
            data-testid="fund-designation-restriction"
          />
        </Form.Item>
        {restriction === 'time' && (
          <Form.Item
            label="可使用日期"
            name="usableFrom"
            rules={[{ required: true, message: '可使用日期：时间限制时必须填写' }]}
          >
            <DateField data-testid="fund-designation-usable-from" />
          </Form.Item>
        )}
        {refusal && (
          <Typography.Text type="danger" data-testid="fund-designation-refusal">
            {refusal}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
