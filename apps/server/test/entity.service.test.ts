import type { Entity } from '@tansiq/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEntity } from '../src/modules/registry/entity.service.ts';
import {
  MANAGERS,
  REFUSED,
  auditActor,
  auditRowsOf,
  countRows,
  expectApiError,
  expectDomainError,
  getData,
  openTestApp,
  operator,
  type TestApp,
} from './helpers.ts';

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('createEntity', () => {
  it.each(MANAGERS)('registers a Sector Member for %s, with one audit row', async (_label, actor) => {
    const before = await countRows(t.db);
    const row = await createEntity(t.as(actor), {
      category: 'sector-member',
      name: `Operator ${before.entities + 1}`,
      countryIso3: 'EGY',
    });
    expect(await countRows(t.db)).toEqual({
      ...before,
      entities: before.entities + 1,
      auditEvents: before.auditEvents + 1,
    });
    const audit = await auditRowsOf(t.db, row.id, 'entity.create');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ ...auditActor(actor), entityType: 'entity' });
    expect(audit[0]!.changes).toMatchObject({
      category: { before: null, after: 'sector-member' },
      countryIso3: { before: null, after: 'EGY' },
    });
  });

  it.each(REFUSED)('refuses %s with %s and writes nothing', async (_label, code, actor) => {
    const before = await countRows(t.db);
    await expectDomainError(
      createEntity(t.as(actor), { category: 'academia', name: 'A university', countryIso3: 'EGY' }),
      code,
    );
    expect(await countRows(t.db)).toEqual(before);
  });

  it('refuses a country that is not a Member State and writes nothing', async () => {
    const before = await countRows(t.db);
    await expectDomainError(
      createEntity(t.as(operator), { category: 'associate', name: 'Somewhere', countryIso3: 'XXX' }),
      'validation_failed',
      { path: ['countryIso3'], issue: 'unknown_member_state' },
    );
    expect(await countRows(t.db)).toEqual(before);
  });
});

describe('GET /api/v1/entities', () => {
  it('lists the entities of a country and category, by name', async () => {
    for (const name of ['Zeta Networks', 'Alpha Telecom']) {
      await createEntity(t.as(operator), { category: 'sector-member', name, countryIso3: 'TUN' });
    }
    await createEntity(t.as(operator), { category: 'academia', name: 'Beta Institute', countryIso3: 'TUN' });
    const members = await getData<Entity[]>(t, '/api/v1/entities?country=TUN&category=sector-member');
    expect(members.map((entity) => entity.name)).toEqual(['Alpha Telecom', 'Zeta Networks']);
    expect(members.every((entity) => entity.countryIso3 === 'TUN' && entity.category === 'sector-member')).toBe(true);
    const all = await getData<Entity[]>(t, '/api/v1/entities?country=TUN');
    expect(all).toHaveLength(3);
  });

  it('refuses an unknown category with its path', async () => {
    const response = await t.app.inject({ url: '/api/v1/entities?category=company' });
    expectApiError(response, 400, 'validation_failed', { path: ['query', 'category'] });
  });
});
