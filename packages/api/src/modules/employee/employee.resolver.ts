import { rolesWith } from '@kinerja/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { requireViewer } from '../../common/auth/auth-checker.js';
import { ConnectionType, PageArgs, pageWindow, toConnection, type Connection } from '../../common/graphql/connection.js';
import type { Context } from '../../common/graphql/context.js';
import { parseId } from '../../common/graphql/ids.js';
import { Agency } from '../agency/agency.entity.js';
import { Position } from '../position/position.entity.js';
import { Employee } from './employee.entity.js';
import { EmployeeCreateInput, EmployeeFilter, EmployeeUpdateInput } from './employee.input.js';
import { EmployeePayload } from './employee.payload.js';
import { EmployeeService } from './employee.service.js';

export const EmployeeConnection = ConnectionType(Employee, 'Employee', 'A page of employees.');

const toPayload = (outcome: WriteOutcome<Employee>): EmployeePayload =>
  outcome.ok ? { employee: outcome.value, userErrors: [] } : { employee: null, userErrors: outcome.errors };

@Resolver(() => Employee)
export class EmployeeResolver {
  // Analysts see aggregates only: no names, no NIP (SPEC §6).
  @Authorized(rolesWith('READ_PEOPLE'))
  @Query(() => EmployeeConnection, { description: 'Employees in your scope matching a filter, by name, a page at a time.' })
  async employees(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => EmployeeFilter, { nullable: true, description: 'Which employees; all active ones when omitted.' })
    filter?: EmployeeFilter,
  ): Promise<Connection<Employee>> {
    const window = pageWindow(page);
    const [items, total] = await new EmployeeService(ctx.em, requireViewer(ctx)).list(filter ?? {}, window);
    return toConnection(items, total, window.offset);
  }

  @Authorized()
  @Query(() => Employee, { nullable: true, description: 'One employee by id; null when there is none in your scope.' })
  async employee(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Employee id.' }) id: string): Promise<Employee | null> {
    const key = parseId(id);
    return key == null ? null : ctx.loaders.employee.load(key);
  }

  @Authorized(rolesWith('WRITE_EMPLOYEES'))
  @Mutation(() => EmployeePayload, { description: 'Add an employee to an agency in your subtree. NIP, rank, position and supervisor are checked. Audited.' })
  async employeeCreate(
    @Ctx() ctx: Context,
    @Arg('input', () => EmployeeCreateInput, { description: 'The new employee.' }) input: EmployeeCreateInput,
  ): Promise<EmployeePayload> {
    return toPayload(await new EmployeeService(ctx.em, requireViewer(ctx)).create(input, ctx.requestId));
  }

  @Authorized(rolesWith('WRITE_EMPLOYEES'))
  @Mutation(() => EmployeePayload, {
    description: 'Change an employee in your subtree: corrections, position, transfer within your subtree, supervisor, or deactivation. Audited.',
  })
  async employeeUpdate(
    @Ctx() ctx: Context,
    @Arg('input', () => EmployeeUpdateInput, { description: 'The employee and what to change.' }) input: EmployeeUpdateInput,
  ): Promise<EmployeePayload> {
    return toPayload(await new EmployeeService(ctx.em, requireViewer(ctx)).update(input, ctx.requestId));
  }

  @FieldResolver(() => Position, { description: 'Current position (jabatan).' })
  async position(@Root() employee: Employee, @Ctx() ctx: Context): Promise<Position> {
    return (await ctx.loaders.position.load(employee.position.id))!;
  }

  @FieldResolver(() => Agency, { description: 'Agency or unit the employee is placed in.' })
  async agency(@Root() employee: Employee, @Ctx() ctx: Context): Promise<Agency> {
    // Visible employees sit in visible agencies, so this is never null.
    return (await ctx.loaders.agency.load(employee.agency.id))!;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Direct supervisor (atasan langsung); null at the top or outside your scope.' })
  async supervisor(@Root() employee: Employee, @Ctx() ctx: Context): Promise<Employee | null> {
    return employee.supervisor ? ctx.loaders.employee.load(employee.supervisor.id) : null;
  }
}
