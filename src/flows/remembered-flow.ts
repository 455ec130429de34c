// The one owner of the remembered flow id (and a sign-in's flow secret), kept apart from the rest of
// what the flows around the verification share (verification-parent.ts, which downloads with their
// statecharts): a page reads it before its statechart has arrived, to pick a flow up after a reload.
//
// Reload and back safety: only a flow's opaque id is kept, in sessionStorage (gone when the tab
// closes), never a phone number or a code; on reload the flow asks the backend where it stands.
// A sign-in keeps the flow's secret beside its id: the session it completes with is handed over
// once, and only a read with the secret can get it back if that answer was lost (a reload then).
import type { FlowKind } from '../api/types';
import { tabStorage } from '../session/tab-storage';

const key = (kind: FlowKind) => `ssi.flow.${kind}`;
const secretKey = (kind: FlowKind) => `ssi.flow.${kind}.secret`;
/** The contract's FlowId and FlowSecret: anything else in storage was not put there by us. */
const FLOW_ID = /^[A-Za-z0-9_-]{16,128}$/;
const FLOW_SECRET = /^[A-Za-z0-9_-]{22,128}$/;

/** `flowSecret`: the one the flow's creation answered with, for a flow whose outcome matters here. */
export function rememberFlow(kind: FlowKind, flowId: string, flowSecret: string | null = null) {
  const storage = tabStorage();
  storage?.setItem(key(kind), flowId);
  if (flowSecret) storage?.setItem(secretKey(kind), flowSecret);
  else storage?.removeItem(secretKey(kind));
}

export function forgetFlow(kind: FlowKind) {
  tabStorage()?.removeItem(key(kind));
  tabStorage()?.removeItem(secretKey(kind));
}

/** The flow to resume after a reload, if one was remembered and looks like a flow id. */
export function rememberedFlow(kind: FlowKind): string | null {
  const flowId = tabStorage()?.getItem(key(kind)) ?? null;
  if (flowId !== null && !FLOW_ID.test(flowId)) {
    forgetFlow(kind);
    return null;
  }
  return flowId;
}

/** The remembered flow's secret, if one was kept with it. */
export function rememberedFlowSecret(kind: FlowKind): string | null {
  const secret = rememberedFlow(kind) === null ? null : (tabStorage()?.getItem(secretKey(kind)) ?? null);
  return secret !== null && FLOW_SECRET.test(secret) ? secret : null;
}
