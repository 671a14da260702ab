/** What a row of a list of people must carry for PeopleListCard's name and position columns. */
export interface PersonRow {
  employee: {
    id: string;
    name: string;
    nip: string;
    position: { title: string };
    agency: { name: string };
  };
}
