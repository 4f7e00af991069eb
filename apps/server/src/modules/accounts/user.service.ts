import type { ChangePasswordBody, CreateUserBody, UpdateUserBody, UsersQuery } from '@tansiq/api';
import {
  deleteSessionsOfUser,
  findEntity,
  findMemberState,
  findUserByEmail,
  findUserById,
  insertUser,
  listUserRows,
  updateUserRow,
  type Executor,
  type UserRow,
} from '@tansiq/db';
import {
  DomainError,
  assertNoIssues,
  canManageUsers,
  requireIdentified,
  requireUserManager,
  seesAllUsers,
  userScopeIssues,
  type Issue,
  type Role,
  type UserScope,
} from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { generatePassword, hashPassword, verifyPassword } from '../../credentials.ts';
import { conflict, notFound } from '../../errors.ts';
import { personOf, requireUser } from '../../policy.ts';

/**
 * Users the actor may see: the secretariat all; a focal point those of its own administration or entity.
 */
export async function listUsers(ctx: ServiceContext, query: UsersQuery) {
  const person = personOf(ctx.actor);
  requireIdentified(person);
  const filter = {
    role: query.role,
    memberStateIso3: query.memberState,
    organizationCode: query.organization,
    q: query.q,
  };
  if (seesAllUsers(person)) {
    return listUserRows(ctx.db, filter, query);
  }
  if (!canManageUsers(person)) {
    throw new DomainError('forbidden', 'Only the secretariat and focal points see the list of users.');
  }
  const state = person.memberStateIso3 ?? null;
  if (state !== null) {
    if (query.memberState !== undefined && query.memberState !== state) {
      throw new DomainError('forbidden', 'A focal point sees the users of its own administration only.');
    }
    return listUserRows(ctx.db, { ...filter, memberStateIso3: state }, query);
  }
  return listUserRows(ctx.db, { ...filter, entityId: person.entityId ?? undefined }, query);
}

/** Checks that the administration, entity or organization a user is attached to exists. */
async function scopeReferenceIssues(db: Executor, scope: UserScope): Promise<Issue[]> {
  const issues: Issue[] = [];
  if (scope.memberStateIso3 !== null && (await findMemberState(db, scope.memberStateIso3)) === undefined) {
    issues.push({
      path: ['memberStateIso3'],
      code: 'unknown_member_state',
      message: `No Member State ${scope.memberStateIso3}.`,
    });
  }
  if (scope.entityId !== null) {
    if ((await findEntity(db, scope.entityId)) === undefined) {
      issues.push({ path: ['entityId'], code: 'unknown_entity', message: `No entity ${scope.entityId}.` });
    }
  }
  return issues;
}

/**
 * Creates an account. The secretariat may create any; a focal point only people of its own administration or
 * entity in the roles it may grant. Without a password a strong one is generated and returned once.
 */
export async function createUser(
  ctx: ServiceContext,
  body: CreateUserBody,
): Promise<{ user: UserRow; generatedPassword: string | null }> {
  requireUserManager(personOf(ctx.actor), body);
  assertNoIssues(userScopeIssues(body.role, body));
  // Sign-in looks addresses up in lower case: store them so, whoever calls.
  const email = body.email.trim().toLowerCase();
  const generatedPassword = body.password === null ? generatePassword() : null;
  const passwordHash = await hashPassword(body.password ?? generatedPassword!);
  const user = await ctx.db.transaction(async (tx) => {
    assertNoIssues(await scopeReferenceIssues(tx, body));
    if ((await findUserByEmail(tx, email)) !== undefined) {
      throw conflict(`An account with the address ${email} exists already.`, ['email']);
    }
    const { password: _password, ...fields } = { ...body, email };
    const now = ctx.clock.now();
    const row = await insertUser(tx, { ...fields, passwordHash, createdAt: now, updatedAt: now });
    await recordAudit(tx, ctx, {
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
  return { user, generatedPassword };
}

/** Changes a person's name, role or whether the account is disabled (disabling ends their sessions). */
export async function updateUser(ctx: ServiceContext, id: string, body: UpdateUserBody): Promise<UserRow> {
  requireIdentified(personOf(ctx.actor));
  return ctx.db.transaction(async (tx) => {
    const current = await findUserById(tx, id);
    if (current === undefined) {
      throw notFound('user', id, ['params', 'id']);
    }
    requireUserManager(personOf(ctx.actor), { ...current, role: current.role as Role });
    const role = (body.role ?? current.role) as Role;
    requireUserManager(personOf(ctx.actor), { ...current, role });
    assertNoIssues(userScopeIssues(role, current));
    if (body.disabled === true && ctx.actor.kind === 'user' && ctx.actor.userId === id) {
      throw conflict('You cannot disable your own account.', ['disabled']);
    }
    const disabledAt =
      body.disabled === undefined ? current.disabledAt : body.disabled ? (current.disabledAt ?? ctx.clock.now()) : null;
    const row = await updateUserRow(tx, id, {
      name: body.name ?? current.name,
      role,
      disabledAt,
      updatedAt: ctx.clock.now(),
    });
    if (row.disabledAt !== null) {
      await deleteSessionsOfUser(tx, id);
    }
    await recordAudit(tx, ctx, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before: current,
      after: row,
    });
    return row;
  });
}

/** Changes the signed-in person's password; their other sessions end. */
export async function changeOwnPassword(
  ctx: ServiceContext,
  body: ChangePasswordBody,
  keepSessionId: string | null,
): Promise<void> {
  requireUser(ctx.actor);
  const actor = ctx.actor;
  const user = await findUserById(ctx.db, actor.userId);
  if (user === undefined || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
    throw new DomainError('validation_failed', 'The current password is wrong.', [
      { path: ['currentPassword'], code: 'invalid_credentials', message: 'The current password is wrong.' },
    ]);
  }
  const passwordHash = await hashPassword(body.newPassword);
  await ctx.db.transaction(async (tx) => {
    await updateUserRow(tx, actor.userId, { passwordHash, updatedAt: ctx.clock.now() });
    await deleteSessionsOfUser(tx, actor.userId, keepSessionId ?? undefined);
    // The act is recorded, never the secret: the trail shows that the password changed.
    await recordAudit(tx, ctx, {
      action: 'user.password-change',
      entityType: 'user',
      entityId: actor.userId,
      before: { password: 'previous' },
      after: { password: 'changed' },
    });
  });
}
