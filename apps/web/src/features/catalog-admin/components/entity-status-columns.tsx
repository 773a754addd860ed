import type { TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveTag, EntityRowActions } from './entity-row-actions';
import { useEntityActions } from './use-entity-actions';

interface Entity {
  id: string;
  name: string;
  active: boolean;
}

interface EntityStatusColumnsOptions<T extends Entity> {
  /** 申报系列, 评委会 … (names the object in the confirmations). */
  kind: string;
  onEdit: (row: T) => void;
  /** Sends `{ active }` for the row. */
  setActive: (row: T, active: boolean) => Promise<unknown>;
  remove: (row: T) => Promise<unknown>;
  /** Buttons shown before 修改. */
  extra?: (row: T) => ReactNode;
  statusWidth?: number;
  actionsWidth: number;
  fixedActions?: boolean;
}

/**
 * The 状态 and 操作 columns of a catalog table: an active tag, and 修改 · 停用/启用 · 删除 wired to the
 * shared confirmations (a refused delete offers 停用 instead).
 */
export function useEntityStatusColumns() {
  const { t } = useTranslation();
  const actions = useEntityActions();

  return function entityStatusColumns<T extends Entity>({
    kind,
    onEdit,
    setActive,
    remove,
    extra,
    statusWidth = 90,
    actionsWidth,
    fixedActions,
  }: EntityStatusColumnsOptions<T>): TableColumnType<T>[] {
    return [
      {
        title: t('catalogAdmin.status'),
        key: 'active',
        width: statusWidth,
        render: (_, row) => <ActiveTag active={row.active} />,
      },
      {
        title: t('catalogAdmin.actions'),
        key: 'actions',
        width: actionsWidth,
        ...(fixedActions ? { fixed: 'right' as const } : {}),
        render: (_, row) => (
          <EntityRowActions
            name={row.name}
            active={row.active}
            extra={extra?.(row)}
            onEdit={() => onEdit(row)}
            onDeactivate={() =>
              actions.confirmDeactivate({ kind, name: row.name }, () => setActive(row, false))
            }
            onActivate={() => actions.activate(() => setActive(row, true))}
            onDelete={() =>
              actions.confirmDelete(
                { kind, name: row.name },
                () => remove(row),
                () => setActive(row, false),
              )
            }
          />
        ),
      },
    ];
  };
}
