import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/graphql/errors.js';
import { Position } from './position.entity.js';

@ObjectType({ description: 'Result of creating or changing a position or its competency standard.' })
export class PositionPayload {
  @Field(() => Position, { nullable: true, description: 'The position after the change, with its standard; null when nothing was changed.' })
  position!: Position | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
