import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the TypeScript schema and applied at start-up by `migrate()`,
// identically on PostgreSQL and PGlite.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
});
