import { Spin } from 'antd';

/** Centred spinner for whole-page waits (restoring the session, loading a route). */
export function FullPageSpinner({ label }: { label: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ minHeight: '60vh', display: 'grid', placeItems: 'center', gap: 12, padding: 24 }}
    >
      <Spin size="large" description={label}>
        <div style={{ width: 160, height: 48 }} />
      </Spin>
    </div>
  );
}
