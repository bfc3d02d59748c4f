// 新增捐赠方: a quick form over fund.createDonor (类型, 名称, 统一社会信用代码 for a 单位, 联系人, 联系电话,
// 匿名 + 公示名称). The backend's refusal is shown on the form; onCreated gets the new donor.
import { Alert, Button, Checkbox, Form, Input, Modal, Select, Space } from 'antd';
import {
  anonymousPublishedName,
  donorKindLabels,
  donorKinds,
  type Donor,
} from '../../../../shared/features/fund/donations/contract';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';

type DonorKind = (typeof donorKinds)[number];

interface Values {
  kind: DonorKind;
  name: string;
  uscc: string;
  contactPerson: string;
  phone: string;
  anonymous: boolean;
  publishedName: string;
}

export function CreateDonorModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated?: (donor: Donor) => void;
}) {
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Values | undefined;
  const create = useChannelMutation('fund.createDonor');
  const close = () => {
    form.resetFields();
    create.reset();
    onClose();
  };
  const save = () =>
    void form.validateFields().then((v) => {
      create.mutate(
        {
          kind: v.kind,
          name: v.name.trim(),
          uscc: v.kind === 'organisation' ? v.uscc.trim() : '',
          contactPerson: v.contactPerson.trim(),
          phone: v.phone.trim(),
          address: '',
          anonymous: v.anonymous,
          publishedName: v.anonymous ? v.publishedName.trim() : '',
          note: '',
        },
        {
          onSuccess: (donor) => {
            onCreated?.(donor);
            close();
          },
        },
      );
    });
  return (
    <Modal
      open={open}
      title="新增捐赠方"
      width={560}
      onCancel={close}
      destroyOnHidden
      data-testid="fund-donor-create-modal"
      footer={
        <Space>
          <Button onClick={close}>取消</Button>
          <Button
            type="primary"
            loading={create.isPending}
            onClick={save}
            data-testid="fund-donor-create-save"
          >
            保存
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        aria-label="新增捐赠方"
        data-testid="fund-donor-create-form"
        initialValues={{
          kind: 'person',
          name: '',
          uscc: '',
          contactPerson: '',
          phone: '',
          anonymous: false,
          publishedName: '',
        }}
      >
        <Space wrap align="start">
          <Form.Item label="捐赠人类型" name="kind">
            <Select<DonorKind>
              style={{ width: 120 }}
              aria-label="捐赠人类型"
              data-testid="fund-donor-create-kind"
              options={donorKinds.map((value) => ({ value, label: donorKindLabels[value] }))}
            />
          </Form.Item>
          <Form.Item
            label="捐赠人名称"
            name="name"
            rules={[{ required: true, whitespace: true, message: '请填写捐赠人名称' }]}
          >
            <Input
              style={{ width: 300 }}
              maxLength={100}
              aria-label="捐赠人名称"
              data-testid="fund-donor-create-name"
            />
          </Form.Item>
        </Space>
        {values?.kind === 'organisation' && (
          <Form.Item label="统一社会信用代码" name="uscc">
            <Input maxLength={30} aria-label="统一社会信用代码" data-testid="fund-donor-create-uscc" />
          </Form.Item>
        )}
        <Space wrap align="start">
          <Form.Item label="联系人" name="contactPerson">
            <Input
              style={{ width: 200 }}
              maxLength={50}
              aria-label="联系人"
              data-testid="fund-donor-create-contact"
            />
          </Form.Item>
          <Form.Item label="联系电话" name="phone">
            <Input
              style={{ width: 200 }}
              maxLength={30}
              aria-label="联系电话"
              data-testid="fund-donor-create-phone"
            />
          </Form.Item>
        </Space>
        <Form.Item name="anonymous" valuePropName="checked">
          <Checkbox data-testid="fund-donor-create-anonymous">匿名（对外公示时不显示真实名称）</Checkbox>
        </Form.Item>
        {values?.anonymous && (
          <Form.Item label="公示名称" name="publishedName">
            <Input
              maxLength={100}
              placeholder={anonymousPublishedName}
              aria-label="公示名称"
              data-testid="fund-donor-create-published-name"
            />
          </Form.Item>
        )}
      </Form>
      {create.isError && (
        <Alert
          type="error"
          showIcon
          title={toApiError(create.error).message}
          data-testid="fund-donor-create-error"
        />
      )}
    </Modal>
  );
}
