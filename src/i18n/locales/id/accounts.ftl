account-cli-code-description = Kode aktivasi untuk menautkan akun chat
account-cli-code-issue-description = Terbitkan kode aktivasi sekali pakai untuk seorang pegawai
account-cli-account-description = Akun chat yang tertaut
account-cli-unlink-description = Lepaskan akun chat pegawai agar dapat menautkan akun lain
account-code-issued = Kode aktivasi untuk { $name } (NIP { $nip }): { $code }
    Berlaku sampai { $expires }. Kode lama yang belum dipakai tidak berlaku lagi.
    Sampaikan kode ini langsung kepada pegawai yang bersangkutan.
account-employee-unknown = NIP { $nip } tidak ada di data kepegawaian.
account-employee-inactive = Pegawai dengan NIP { $nip } berstatus tidak aktif.
account-not-linked = Pegawai dengan NIP { $nip } belum menautkan akun chat.
account-unlinked = Akun chat untuk NIP { $nip } dilepas ({ $count } akun). Pegawai dapat menautkan akun lagi lewat /start.
