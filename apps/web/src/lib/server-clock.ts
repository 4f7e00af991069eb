import { useQuery } from '@tanstack/react-query';
import { api } from './api.ts';

/** The server's clock (a shifted clock in the demo): the page's notion of "today", never the browser's. */
export function useServerClock() {
  return useQuery({
    queryKey: ['clock'],
    queryFn: async () => (await api.clock()).data,
    refetchInterval: 60_000,
  });
}
