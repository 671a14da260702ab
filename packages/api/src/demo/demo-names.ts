// Personal names common in the four regions of the seed documents, plus names heard everywhere
// in Indonesia (migrants, transferred civil servants). Many Indonesians carry no family name;
// the generator therefore sometimes writes two given names instead of given + family.

export interface NamePool {
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
  /** Honorific prefixes that are part of the recorded name (La Ode / Wa Ode in Buton, Andi among Bugis). */
  malePrefixes: readonly string[];
  femalePrefixes: readonly string[];
}

/** Kendari, Sulawesi Tenggara: Tolaki, Muna, Buton and Bugis names. */
const SULAWESI_TENGGARA: NamePool = {
  male: [
    'Muhammad', 'Asrul', 'Irwan', 'Rahmat', 'Syamsul', 'Jusman', 'Ridwan', 'Hasrun', 'Sahrul', 'Alimuddin',
    'Haerul', 'Arman', 'Zainal', 'Budiman', 'Sulkarnain', 'Ilham', 'Nasrun', 'Samsu', 'Akbar', 'Fadli',
    'Herman', 'Sudirman', 'Jafar', 'Rusdin', 'Kaharuddin', 'Hasanuddin', 'Amirullah', 'Syahrir', 'Ma\'ruf', 'Arsyad',
  ],
  female: [
    'Sitti', 'Nurhayati', 'Hasnawati', 'Fitriani', 'Risma', 'Hartati', 'Nurlina', 'Sriwahyuni', 'Masniar',
    'Rahmawati', 'Halija', 'Wahyuni', 'Darmawati', 'Sumarni', 'Nurjannah', 'Asriani', 'Irmawati', 'Hasmia',
    'Nurul', 'Musdalifah', 'Hamsinah', 'Ernawati', 'Juhaepa', 'Salmia',
  ],
  family: [
    'Saranani', 'Tamburaka', 'Lasandara', 'Tawulo', 'Lahada', 'Pagala', 'Mekuo', 'Masihu', 'Arsyad', 'Kadir',
    'Latif', 'Baso', 'Rahim', 'Halim', 'Amiruddin', 'Supu', 'Muthalib', 'Hamid', 'Ronga', 'Lakidende',
    'Tosepu', 'Tombili', 'Sarita', 'Asrun',
  ],
  malePrefixes: ['La Ode', 'Andi'],
  femalePrefixes: ['Wa Ode', 'Andi'],
};

/** Pauh, Sumatera Barat: Minangkabau names; suku names serve as family names. */
const SUMATERA_BARAT: NamePool = {
  male: [
    'Afrizal', 'Zulkifli', 'Syafril', 'Nofrizal', 'Hendri', 'Ferdinal', 'Yusrizal', 'Rizki', 'Fauzan', 'Irfan',
    'Yulhendri', 'Edwar', 'Elfiandri', 'Syahrial', 'Jasman', 'Erizal', 'Hasnul', 'Deri', 'Fadhli', 'Syafi\'i',
    'Rusdi', 'Alfian', 'Masrul', 'Zulhendri', 'Yonnedi', 'Hardiman',
  ],
  female: [
    'Yulfitri', 'Rini', 'Deswita', 'Yusmarni', 'Elfi', 'Desi', 'Yenni', 'Fitri', 'Nelmi', 'Rosmaniar',
    'Asnimar', 'Zurniati', 'Gusnita', 'Rahmi', 'Mawarni', 'Yelfi', 'Elvira', 'Syafrina', 'Nurhasanah', 'Yusnidar',
    'Ermita', 'Novia',
  ],
  family: [
    'Chaniago', 'Piliang', 'Tanjung', 'Koto', 'Sikumbang', 'Jambak', 'Caniago', 'Melayu', 'Guci', 'Panai',
    'Bendang', 'Syamsuddin', 'Rasyid', 'Hamzah', 'Effendi', 'Yunus', 'Anwar', 'Malik', 'Syarif', 'Nasrul',
  ],
  malePrefixes: [],
  femalePrefixes: [],
};

/** Tanjung Selor, Kalimantan Utara: Bulungan, Tidung, Dayak Kenyah, Banjar and Bugis names. */
const KALIMANTAN_UTARA: NamePool = {
  male: [
    'Ajang', 'Lahang', 'Usat', 'Jalung', 'Ngau', 'Ibau', 'Bilung', 'Alung', 'Yansen', 'Markus', 'Ingkong',
    'Iskandar', 'Syarwani', 'Zainal', 'Asmadi', 'Hasbi', 'Rusli', 'Jemmy', 'Junaidi', 'Hairul', 'Mansyur',
    'Sabri', 'Aji', 'Yunus', 'Bahrum', 'Datu Amir',
  ],
  female: [
    'Norhayati', 'Rusmiati', 'Aisyah', 'Yuliana', 'Erna', 'Ratna', 'Juliana', 'Rahmawati', 'Marlina', 'Lusiana',
    'Maria', 'Ruth', 'Ping', 'Anye', 'Ubung', 'Lenjau', 'Hasnah', 'Noorhayati', 'Fatimah', 'Ilut',
  ],
  family: [
    'Lawing', 'Jalung', 'Lahang', 'Ajang', 'Ngau', 'Bilung', 'Usat', 'Alung', 'Anye', 'Imang', 'Ala',
    'Mustafa', 'Hasan', 'Achmad', 'Ramli', 'Saleh', 'Baharuddin', 'Sahabuddin', 'Djalil', 'Lenjau',
  ],
  malePrefixes: ['Datu', 'Aji'],
  femalePrefixes: ['Dayang'],
};

/** Maulafa (Kupang), Nusa Tenggara Timur: Timorese, Rotenese, Sabunese and Florenese names. */
const NUSA_TENGGARA_TIMUR: NamePool = {
  male: [
    'Yohanes', 'Yosef', 'Fransiskus', 'Agustinus', 'Melkianus', 'Yeremias', 'Ferdinand', 'Marthen', 'Antonius',
    'Petrus', 'Paulus', 'Daniel', 'Stefanus', 'Yakobus', 'Obed', 'Semuel', 'Adrianus', 'Kornelis', 'Frederik',
    'Benediktus', 'Dominggus', 'Simon', 'Yulius', 'Aleksander',
  ],
  female: [
    'Maria', 'Yuliana', 'Margaretha', 'Novita', 'Debora', 'Selfina', 'Kristina', 'Agustina', 'Yohana', 'Theresia',
    'Elisabeth', 'Welhelmina', 'Ester', 'Ribka', 'Aplonia', 'Dorkas', 'Mersi', 'Sarlota', 'Imelda', 'Veronika',
  ],
  family: [
    'Ndun', 'Lado', 'Benu', 'Tefa', 'Nenobais', 'Manafe', 'Fanggidae', 'Pellokila', 'Ndoen', 'Bessie', 'Kase',
    'Sabuna', 'Tanesib', 'Amalo', 'Bunga', 'Pah', 'Haning', 'Riwu', 'Dethan', 'Foeh', 'Dju', 'Messakh', 'Tallo',
    'Ballo', 'Nalle', 'Tuka', 'Boimau', 'Taneo', 'Nubatonis', 'Nope', 'Selan',
  ],
  malePrefixes: [],
  femalePrefixes: [],
};

/** Names found across the country (Javanese, Batak, Sundanese, Malay…). */
export const NATIONAL_NAMES: NamePool = {
  male: [
    'Taufik', 'Ahmad', 'Yusuf', 'Hendra', 'Joko', 'Hadi', 'Rahmat', 'Budi', 'Arif', 'Dedi', 'Eko', 'Agus',
    'Bambang', 'Hari', 'Dwi', 'Teguh', 'Wahyu', 'Rudi', 'Fajar', 'Andika', 'Bayu', 'Gilang', 'Rizal', 'Doni',
  ],
  female: [
    'Kartika', 'Sri', 'Utami', 'Citra', 'Nining', 'Dewi', 'Rina', 'Endang', 'Wulan', 'Ratna', 'Siti', 'Ayu',
    'Indah', 'Lestari', 'Putri', 'Anisa', 'Dian', 'Nur', 'Yuni', 'Mega', 'Intan', 'Eka',
  ],
  family: [
    'Hidayat', 'Siregar', 'Sinaga', 'Wijaya', 'Kurniawan', 'Pratama', 'Halim', 'Nasution', 'Simanjuntak',
    'Santoso', 'Setiawan', 'Saputra', 'Permana', 'Nugroho', 'Susanto', 'Purba', 'Harahap', 'Gultom',
    'Hutapea', 'Prasetyo', 'Wibowo', 'Rahayu', 'Sari', 'Lubis',
  ],
  malePrefixes: [],
  femalePrefixes: [],
};

export const REGIONAL_NAMES = {
  KDI: SULAWESI_TENGGARA,
  PAUH: SUMATERA_BARAT,
  TJS: KALIMANTAN_UTARA,
  MLF: NUSA_TENGGARA_TIMUR,
} as const satisfies Record<string, NamePool>;
