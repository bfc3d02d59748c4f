// Arranging a test's starting point through the host's API (as the renderer's fetch client does), so a
// spec spends its clicks on the behaviour it checks. `request` is a signed-in session's (support/signed-in.ts:
// the token and the session key travel on every call), acting as a user whose role may make the call.
import { expect, type APIRequestContext } from '@playwright/test';
import type {
  Community,
  CommunityInput,
  Courtyard,
  CourtyardInput,
} from '../../../shared/features/register/contract';

/** A community in the register, with the form's defaults for whatever the test does not care about. */
export async function registerCommunity(
  request: APIRequestContext,
  fields: Pick<CommunityInput, 'name'> & Partial<CommunityInput>,
): Promise<Community> {
  const input: CommunityInput = { code: '', address: '', floorAreaM2: 1000, isPilot: false, ...fields };
  const response = await request.post('/api/communities.create', { data: input });
  const body = (await response.json()) as { ok: true; data: Community };
  expect(body, `communities.create (HTTP ${response.status()})`).toMatchObject({ ok: true });
  return body.data;
}

export async function registerCourtyard(
  request: APIRequestContext,
  input: CourtyardInput,
): Promise<Courtyard> {
  const response = await request.post('/api/courtyards.create', { data: input });
  const body = (await response.json()) as { ok: true; data: Courtyard };
  expect(body, `courtyards.create (HTTP ${response.status()})`).toMatchObject({ ok: true });
  return body.data;
}
