/** Model (stage 4) public surface: the typed BudgetDocument, its vocabulary (table kinds, column roles) and accessors. */
export { amountInYuan, amountOf, keyForRole, toYuan } from './amounts';
export * from './budget-document';
export * from './column-roles';
export * from './table-kinds';
