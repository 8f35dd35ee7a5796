link-welcome = Welcome to <b>ASN Development</b> of the Tebo District Government 🌿

    Here you can register for training, workshops, seminars and internships, answer evaluations, and track your 20 JP target.

    To begin, link your Telegram account to your staff record:
    1️⃣ Press <b>📱 Share phone number</b> below. The number must match the one BKPSDM has on record.
    2️⃣ Or link with your <b>NIP and an activation code</b> from a BKPSDM admin.
link-share-contact = 📱 Share phone number
link-with-code = 🔑 Link with NIP and code
link-success = ✅ Your account is linked. Welcome, <b>{ $name }</b>!
link-contact-not-own = That contact does not belong to this Telegram account. Press <b>📱 Share phone number</b> to share your own number.
link-phone-invalid = That phone number could not be read. Press <b>📱 Share phone number</b>, or link with your NIP and an activation code.
link-phone-unknown = Your phone number is not in the staff records. Ask a BKPSDM admin to update it, or link with your NIP and an activation code.
link-employee-inactive = Your staff record is inactive, so the account cannot be linked. Please contact a BKPSDM admin.
link-account-already-linked = This Telegram account is already linked as <b>{ $name }</b>. Press /menu to continue.
link-employee-already-linked = This staff record is already linked to another Telegram account. To move it, contact a BKPSDM admin.
link-ask-nip = Type your NIP (18 digits), for example <code>19860926 201505 1 001</code>.
    Type /batal to stop.
link-nip-malformed = A NIP has 18 digits, for example <code>19860926 201505 1 001</code>. Please type it again, or /batal.
link-nip-invalid = That NIP is not valid. Check it, then press /start to try again.
link-ask-code = Type the activation code from the BKPSDM admin, for example <code>K7PM-Q2XA</code>.
link-code-invalid = The activation code does not match that NIP. Check it and type the code again, or /batal.
link-code-expired = This activation code has expired. Ask a BKPSDM admin for a new one, then press /start.
link-code-used = This activation code has already been used. Ask a BKPSDM admin for a new one, then press /start.
link-rate-limited = Too many wrong attempts. For your security, try again after { $time }.
link-cancelled = Linking cancelled. Press /start whenever you want to try again.
link-text-expected = Please type the answer as text, or /batal to stop.
link-in-progress-command = You are linking your account. Finish first, or type /batal to stop.
