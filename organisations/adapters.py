from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """No open sign-up: people are invited by a manager or programme staff."""

    def is_open_for_signup(self, request) -> bool:
        return False
