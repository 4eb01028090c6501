/** The two sides a reader can answer from. Kept free of zod: the island imports it. */
export const ROLES = ['customer', 'supplier'] as const;
export type Role = (typeof ROLES)[number];
