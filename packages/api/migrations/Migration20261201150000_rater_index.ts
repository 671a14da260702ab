import { Migration } from '@mikro-orm/migrations';

/*
 * competency_assessment's rater index holds only the levels that name their rater (issue #13). A
 * dataset's levels name none (the rater is the employee's supervisor), so the full index was built
 * over millions of nulls nobody looks up: 0.75 s of the 5.7 s building the levels' keys and indexes
 * after a first import of 50,000 employees, and an index entry per imported level. Its one user,
 * the foreign key's ON DELETE SET NULL when an employee is deleted, asks for a given rater, which
 * the partial index answers.
 */
export class Migration20261201150000_rater_index extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop index "competency_assessment_rater_id_index";');
    this.addSql('create index "competency_assessment_rater_id_index" on "competency_assessment" ("rater_id") where rater_id is not null;');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "competency_assessment_rater_id_index";');
    this.addSql('create index "competency_assessment_rater_id_index" on "competency_assessment" ("rater_id");');
  }
}
