import { useSearchParams } from 'react-router';

/** The list's search text and page, kept in the URL so a view can be shared and reloaded. */
export function useListSearch() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  return {
    q,
    page,
    params,
    setQuery: (value: string) => update({ q: value.trim(), page: null }),
    setPage: (value: number) => update({ page: value > 1 ? String(value) : null }),
    update,
  };
}
