import { useEffect, useState } from 'react';
import * as api from '../../api/contract.gen';

/** The coach of this laptop (app_status), who decides; null until known. */
export function useCoachName(): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.appStatus().then(
      (s) => live && setName(s?.coach_name ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return name;
}
