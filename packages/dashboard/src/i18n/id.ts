// Bahasa Indonesia: the dashboard's first language. en.ts must have exactly the same keys.
const id = {
  app: {
    name: 'Kinerja',
    tagline: 'Penilaian Kinerja ASN Berbasis Kompetensi',
    skipToContent: 'Langsung ke konten',
    language: 'Bahasa',
    languageNames: { id: 'Bahasa Indonesia', en: 'English' },
    footer: 'Kinerja — perangkat lunak sumber terbuka untuk manajemen kinerja ASN.',
  },
  nav: {
    label: 'Navigasi utama',
    overview: 'Ringkasan',
    gaps: 'Kesenjangan Kompetensi',
    training: 'Kebutuhan Pelatihan',
    agencies: 'Perbandingan Instansi',
    talent: 'Talenta',
    explorer: 'Explorer',
    soon: 'Segera',
    login: 'Masuk',
  },
  login: {
    title: 'Masuk ke Kinerja',
    lead: 'Gunakan akun yang diberikan BKD/BKPSDM instansi Anda.',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    submitting: 'Memeriksa…',
    failed: 'Gagal masuk',
    signOut: 'Keluar',
    roles: {
      ADMIN: 'Administrator',
      HR_ADMIN: 'Admin kepegawaian',
      LEADER: 'Pimpinan',
      TRAINING_PLANNER: 'Perencana pelatihan',
      ANALYST: 'Analis',
      SUPERVISOR: 'Atasan langsung',
      EMPLOYEE: 'Pegawai',
    },
  },
  overview: {
    title: 'Ringkasan',
    lead: 'Gambaran pegawai aktif di setiap pemerintah daerah dan perangkat daerahnya.',
  },
  state: {
    loading: 'Memuat data…',
    empty: 'Belum ada data instansi.',
    emptyHint: 'Impor dataset instansi dan pegawai terlebih dahulu, lalu muat ulang halaman ini.',
    error: 'Data tidak dapat dimuat.',
    errorHint: 'Periksa sambungan ke server Kinerja, lalu coba lagi.',
    details: 'Rincian teknis',
    retry: 'Coba lagi',
  },
  chart: {
    saveAsImage: 'Simpan sebagai PNG',
    loading: 'Memuat…',
  },
  headcount: {
    kpi: {
      total: 'Pegawai aktif',
      totalHint: 'ASN aktif (PNS dan PPPK) di semua instansi',
      regions: 'Pemerintah daerah',
      regionsHint: 'Pemerintah kabupaten/kota dan provinsi',
      agencies: 'Perangkat daerah',
      agenciesHint: 'Dengan {units} unit kerja di bawahnya',
      agenciesHintGeneric: 'Dinas, badan, dan sekretariat',
    },
    chart: {
      title: 'Pegawai aktif per instansi',
      subtitle: 'Setiap pemerintah daerah diikuti perangkat daerahnya, dari yang terbesar.',
      region: 'Pemerintah daerah',
      agency: 'Perangkat daerah',
      unit: 'Unit kerja',
      headcount: 'Pegawai aktif',
      direct: 'Langsung di instansi ini',
      others: '{count} perangkat daerah lainnya',
      fileName: 'kinerja-pegawai-aktif-per-instansi',
      description:
        'Diagram batang mendatar jumlah pegawai aktif untuk {regions} pemerintah daerah dan perangkat daerahnya.',
    },
  },
};

export default id;
export type MessageSchema = typeof id;
