"""The "My requests" window: the user's tickets, one ticket's conversation, reply and actions."""
