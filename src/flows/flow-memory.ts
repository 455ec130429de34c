// Reload and back safety: only a flow's opaque id is kept, in sessionStorage (gone when the tab
// closes); never a phone number or a code. On reload the flow asks the backend where it stands.
import type { FlowKind } from '../api/types';
import { tabStorage } from '../session/tab-storage';

const key = (kind: FlowKind) => `ssi.flow.${kind}`;

export const flowMemory = {
  remember: (kind: FlowKind, flowId: string) => tabStorage()?.setItem(key(kind), flowId),
  recall: (kind: FlowKind): string | null => tabStorage()?.getItem(key(kind)) ?? null,
  forget: (kind: FlowKind) => tabStorage()?.removeItem(key(kind)),
};
