language-choose = Pilih bahasa / Choose your language:
language-set = ✅ Language changed to English.
language-id = 🇮🇩 Bahasa Indonesia
language-en = 🇬🇧 English
