import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Credentials of a Kinerja account.' })
export class SessionCreateInput {
  @Field(() => String, { description: 'Username (case does not matter).' })
  username!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@InputType({ description: 'Your current password and the new one.' })
export class AccountPasswordChangeInput {
  @Field(() => String, { description: 'Your current password (wrong guesses count against the sign-in limit).' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password: at least 12 characters.' })
  newPassword!: string;
}

@InputType({ description: "A new password for someone else's account." })
export class AccountPasswordResetInput {
  @Field(() => String, { description: 'The account (an HR_ADMIN: an account below HR_ADMIN in their agency subtree).' })
  username!: string;

  @Field(() => String, { description: 'The new password: at least 12 characters. Tell it to the user over a safe channel.' })
  newPassword!: string;
}

@InputType({ description: 'The account to disable or enable.' })
export class AccountUsernameInput {
  @Field(() => String, { description: 'The account (an HR_ADMIN: an account below HR_ADMIN in their agency subtree).' })
  username!: string;
}
