// 会计科目 (/fund/accounts): the chart as a tree by code with kind, side and the designation rule; 管理员
// adds a 明细科目 under an unused leaf (same kind, side and rule as the parent), renames an account or
// deactivates it.
import { App, Card, Form, Input, Modal, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { fundAccountKindLabels, type FundAccountRow } from '../../../../shared/features/fund/books/contract';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { PageState } from '../../../ui/PageState';
import { ChannelButton } from '../../../ui/signed-in';
import { rowTestId } from '../../../ui/test-ids';
import { accountTree, designationRuleLabel, nextChildCode, type AccountNode } from './account-tree';
import { FundNav } from './FundNav';
import { useFundAccounts } from './queries';

type Editing = { mode: 'child'; parent: FundAccountRow } | { mode: 'edit'; account: FundAccountRow };

export function AccountsPage() {
  const accounts = useFundAccounts();
  const [editing, setEditing] = useState<Editing>();
  const rows = accounts.data ?? [];
  const columns: ColumnsType<AccountNode> = [
    { title: '科目代码', dataIndex: 'code', width: 180 },
    {
      title: '科目名称',
      dataIndex: 'name',
      render: (name: string, row) => (
        <>
          {name} {!row.active && <Tag>停用</Tag>}
          {row.standard && <Tag color="blue">制度科目</Tag>}
        </>
      ),
    },
    {
      title: '类别',
      dataIndex: 'kind',
      width: 90,
      render: (kind: AccountNode['kind']) => fundAccountKindLabels[kind],
    },
    {
      title: '余额方向',
      dataIndex: 'normalSide',
      width: 80,
      render: (side: AccountNode['normalSide']) => (side === 'debit' ? '借' : '贷'),
    },
    {
      title: '限定性',
      key: 'rule',
      width: 150,
      render: (_: unknown, row) => designationRuleLabel(row.designationRule, row.kind),
    },
    {
      title: '',
      key: 'actions',
      width: 200,
      render: (_: unknown, row) => (
        <>
          {row.leaf && !row.used && row.code.length <= 8 && (
            <ChannelButton
              channel="fund.createAccount"
              size="small"
              type="link"
              onClick={() => setEditing({ mode: 'child', parent: row })}
              data-testid={`fund-account-add-child-${row.code}`}
            >
              增加明细科目
            </ChannelButton>
          )}
          <ChannelButton
            channel="fund.updateAccount"
            size="small"
            type="link"
            onClick={() => setEditing({ mode: 'edit', account: row })}
            data-testid={`fund-account-edit-${row.code}`}
          >
            修改
          </ChannelButton>
        </>
      ),
    },
  ];
  return (
    <>
      <FundNav />
      <Card title="会计科目">
        {accounts.isError ? (
          <PageState state="error" error={accounts.error} />
        ) : (
          <Table<AccountNode>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={accountTree(rows)}
            loading={accounts.isFetching}
            pagination={false}
            expandable={{ defaultExpandAllRows: true }}
            onRow={(row) => rowTestId(`fund-account-row-${row.code}`)}
            data-testid="fund-account-table"
          />
        )}
      </Card>
      {editing && <AccountModal editing={editing} rows={rows} onClose={() => setEditing(undefined)} />}
    </>
  );
}

function AccountModal({
  editing,
  rows,
  onClose,
}: {
  editing: Editing;
  rows: FundAccountRow[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const create = useChannelMutation('fund.createAccount');
  const update = useChannelMutation('fund.updateAccount');
  const [code, setCode] = useState(
    editing.mode === 'child' ? nextChildCode(editing.parent, rows) : editing.account.code,
  );
  const [name, setName] = useState(editing.mode === 'edit' ? editing.account.name : '');
  const [active, setActive] = useState(editing.mode === 'edit' ? editing.account.active : true);
  const [refusal, setRefusal] = useState<string>();
  const onOk = async () => {
    try {
      if (editing.mode === 'child')
        await create.mutateAsync({ parentId: editing.parent.id, code: code.trim(), name: name.trim() });
      else await update.mutateAsync({ id: editing.account.id, name: name.trim(), active });
      void message.success('已保存');
      onClose();
    } catch (error) {
      setRefusal(toApiError(error).message);
    }
  };
  return (
    <Modal
      open
      title={
        editing.mode === 'child'
          ? `增加明细科目：${editing.parent.code} ${editing.parent.name}`
          : `修改科目：${editing.account.code}`
      }
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ disabled: name.trim() === '' }}
      onOk={() => void onOk()}
      onCancel={onClose}
      maskClosable={false}
    >
      <Form layout="vertical" data-testid="fund-account-form">
        <Form.Item label="科目代码" required={editing.mode === 'child'}>
          <Input
            aria-label="科目代码"
            value={code}
            disabled={editing.mode === 'edit'}
            onChange={(event) => setCode(event.target.value)}
            data-testid="fund-account-code"
          />
        </Form.Item>
        <Form.Item label="科目名称" required>
          <Input
            aria-label="科目名称"
            value={name}
            maxLength={40}
            onChange={(event) => setName(event.target.value)}
            onPressEnter={() => void onOk()}
            data-testid="fund-account-name"
          />
        </Form.Item>
        {editing.mode === 'edit' && (
          <Form.Item label="启用">
            <Switch
              aria-label="启用"
              checked={active}
              onChange={setActive}
              data-testid="fund-account-active"
            />
          </Form.Item>
        )}
        {refusal && (
          <Typography.Text type="danger" data-testid="fund-account-refusal">
            {refusal}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
