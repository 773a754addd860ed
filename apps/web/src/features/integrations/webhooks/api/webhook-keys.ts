export const webhookKeys = {
  all: ['webhooks'] as const,
  list: (page: number, pageSize: number) => ['webhooks', 'list', { page, pageSize }] as const,
  deliveries: (webhookId: string) => ['webhooks', 'deliveries', webhookId] as const,
};
