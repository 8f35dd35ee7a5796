account-cli-code-description = Activation codes for linking chat accounts
account-cli-code-issue-description = Issue a one-time activation code for an employee
account-cli-account-description = Linked chat accounts
account-cli-unlink-description = Unlink an employee's chat account so they can link another one
account-code-issued = Activation code for { $name } (NIP { $nip }): { $code }
    Valid until { $expires }. Earlier unused codes no longer work.
    Hand this code to the employee in person.
account-employee-unknown = NIP { $nip } is not in the staff records.
account-employee-inactive = The employee with NIP { $nip } is inactive.
account-not-linked = The employee with NIP { $nip } has not linked a chat account.
account-unlinked = Chat account for NIP { $nip } unlinked ({ $count } account(s)). The employee can link again with /start.
