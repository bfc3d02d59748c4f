// One community's register entry, with its actions: 编辑, 归档 / 恢复 (confirmed), 删除 (confirmed, and
// offered only while nothing refers to the community).
import { DeleteOutlined, EditOutlined, InboxOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Popconfirm, Space, Tag } from 'antd';
import type { Community } from '../../../shared/features/register/contract';
import { formatArea, formatDateTime } from '../../ui/format';
import { RefusalTip, useChannelAccess } from '../../ui/signed-in';

export interface CommunityDescriptionsProps {
  community: Community;
  isReferenced: boolean;
  onEdit: () => void;
  onArchive: () => Promise<unknown>;
  onRestore: () => Promise<unknown>;
  onDelete: () => Promise<unknown>;
}

export function CommunityDescriptions(props: CommunityDescriptionsProps) {
  const { community, isReferenced } = props;
  const archived = community.status === 'archived';
  // Keeping the register is preparers' work: every action here has the same declared roles.
  const { refusal } = useChannelAccess('communities.update');
  const locked = refusal !== undefined;
  const actions = (
    <RefusalTip refusal={refusal}>
      <Space>
        <Button icon={<EditOutlined />} onClick={props.onEdit} disabled={locked} data-testid="community-edit">
          编辑
        </Button>
        {archived ? (
          <Popconfirm
            title="恢复该社区？"
            description="恢复后社区重新出现在在册列表中。"
            okText="恢复"
            cancelText="取消"
            disabled={locked}
            onConfirm={props.onRestore}
          >
            <Button icon={<RollbackOutlined />} disabled={locked} data-testid="community-restore">
              恢复
            </Button>
          </Popconfirm>
        ) : (
          <Popconfirm
            title="归档该社区？"
            description="归档后不再出现在在册列表中，已有记录保留；如需要可再恢复。"
            okText="归档"
            cancelText="取消"
            disabled={locked}
            onConfirm={props.onArchive}
          >
            <Button icon={<InboxOutlined />} disabled={locked} data-testid="community-archive">
              归档
            </Button>
          </Popconfirm>
        )}
        {!isReferenced && (
          <Popconfirm
            title="删除该社区？"
            description="删除后无法恢复。只有尚无任何记录引用的社区可以删除。"
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            disabled={locked}
            onConfirm={props.onDelete}
          >
            <Button danger icon={<DeleteOutlined />} disabled={locked} data-testid="community-delete">
              删除
            </Button>
          </Popconfirm>
        )}
      </Space>
    </RefusalTip>
  );

  return (
    <Card title={community.name} extra={actions} data-testid="community-detail">
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'name',
            label: '社区名称',
            children: <span data-testid="community-detail-name">{community.name}</span>,
          },
          { key: 'code', label: '社区代码', children: community.code || '—' },
          {
            key: 'status',
            label: '状态',
            children: (
              <span data-testid="community-detail-status">
                {archived ? <Tag>已归档</Tag> : <Tag color="blue">在册</Tag>}
              </span>
            ),
          },
          { key: 'address', label: '地址', children: community.address || '—' },
          {
            key: 'floorArea',
            label: '办公及公益用房面积',
            children: (
              <span data-testid="community-detail-floor-area">{formatArea(community.floorAreaM2)}</span>
            ),
          },
          {
            key: 'pilot',
            label: '试点社区',
            children: community.isPilot ? <Tag color="gold">是</Tag> : '否',
          },
          { key: 'created', label: '登记时间', children: formatDateTime(community.createdAt) },
          { key: 'updated', label: '最后修改', children: formatDateTime(community.updatedAt) },
        ]}
      />
    </Card>
  );
}
