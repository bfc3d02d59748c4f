// What other features use of the contracts: the purchased-services budget of each community (the annual
// report's sheet 政府购买服务执行情况).
export { budgetOf } from './contract-read';
