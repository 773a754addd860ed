import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';

interface TableSectionProps {
  title: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}

/** A titled table inside a card, with its 新增 button in the toolbar. */
export function TableSection({ title, addLabel, onAdd, children }: TableSectionProps) {
  return (
    <div>
      <div className="table-toolbar">
        <Typography.Title level={3} className="section-heading">
          {title}
        </Typography.Title>
        <Button icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
          {addLabel}
        </Button>
      </div>
      {children}
    </div>
  );
}
