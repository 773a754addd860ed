import type pg from 'pg';

/** A table to load: its name and its columns with their PostgreSQL types (for the unnest casts). */
export interface BulkTable {
  name: string;
  columns: readonly (readonly [column: string, type: string])[];
}

/**
 * Rows gathered column by column. One INSERT … SELECT FROM unnest($1::uuid[], $2::text[], …) loads any
 * number of them with one parameter per column: no 65,535-parameter ceiling, one round trip, and the
 * speed of a multi-row INSERT without building a statement per row.
 */
export class ColumnBuffer {
  readonly values: unknown[][];
  length = 0;

  constructor(readonly table: BulkTable) {
    this.values = table.columns.map(() => []);
  }

  push(row: readonly unknown[]): void {
    if (row.length !== this.table.columns.length) {
      throw new Error(`${this.table.name}: ${row.length} values for ${this.table.columns.length} columns`);
    }
    for (let i = 0; i < row.length; i++) this.values[i]?.push(row[i] ?? null);
    this.length++;
  }

  clear(): void {
    for (const column of this.values) column.length = 0;
    this.length = 0;
  }
}

export async function insertBuffer(client: pg.ClientBase, buffer: ColumnBuffer): Promise<number> {
  if (buffer.length === 0) return 0;
  const { name, columns } = buffer.table;
  const names = columns.map(([column]) => `"${column}"`).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  await client.query(`insert into "${name}" (${names}) select * from unnest(${arrays})`, buffer.values);
  return buffer.length;
}
