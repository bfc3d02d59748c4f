// The purchase-of-services screens (政府购买服务, 财政部令第102号): providers and their cards, the contracts
// register, a contract's form and page; and what other features show of it: the purchased-services
// budget (funding page and dashboard) and the contract settings (单位设置).
import { FileDoneOutlined, TeamOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { ContractFormPage } from './contract/ContractFormPage';
import { ContractPage } from './contract/ContractPage';
import { ContractsPage } from './list/ContractsPage';
import { ProviderCardPage } from './providers/ProviderCardPage';
import { ProvidersPage } from './providers/ProvidersPage';

export { PurchasedServicesBudgetCard, PurchasedServicesBudgetTable } from './budget/PurchasedServicesBudget';
export { ContractSettingsCard } from './settings/ContractSettingsCard';

export const contractScreens: FeatureScreens = {
  screens: [
    { path: 'providers', element: <ProvidersPage /> },
    { path: 'providers/:id', element: <ProviderCardPage /> },
    { path: 'contracts', element: <ContractsPage /> },
    { path: 'contracts/new', element: <ContractFormPage mode="create" /> },
    { path: 'contracts/:id', element: <ContractPage /> },
    { path: 'contracts/:id/edit', element: <ContractFormPage mode="edit" /> },
    { path: 'contracts/:id/amend', element: <ContractFormPage mode="amend" /> },
  ],
  menu: [
    {
      to: '/contracts',
      label: '购买服务合同',
      icon: <FileDoneOutlined />,
      testId: 'nav-contracts',
      group: 'work',
      order: 40,
    },
    {
      to: '/providers',
      label: '承接主体',
      icon: <TeamOutlined />,
      testId: 'nav-providers',
      group: 'work',
      order: 50,
    },
  ],
};
