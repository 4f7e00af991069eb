import { z } from 'zod';
import { Participation } from './meetings.schema.ts';
import { MemberState } from './registry.schema.ts';

export const MemberStateDetail = MemberState.extend({
  participation: z.array(Participation).meta({ description: 'Meetings and conferences attended, oldest first.' }),
}).meta({ id: 'MemberStateDetail' });
export type MemberStateDetail = z.infer<typeof MemberStateDetail>;
