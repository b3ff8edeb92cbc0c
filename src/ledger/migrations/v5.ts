import { stores as v4Stores } from './v4';

/** v5: monthly budgets per category (alerts reuse the notices table). */
export const stores = { ...v4Stores, budgets: 'id, month, categoryId' };
