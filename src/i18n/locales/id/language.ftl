language-choose = Pilih bahasa / Choose your language:
language-set = ✅ Bahasa diganti ke Bahasa Indonesia.
language-id = 🇮🇩 Bahasa Indonesia
language-en = 🇬🇧 English
