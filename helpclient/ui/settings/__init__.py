"""Settings and sign-in: the dialog (``dialog``) in tabs, one group per tab's part
(``kb``, ``notifications``, ``sysinfo``) on a common ``group`` base that disables fields locked
by policy and writes back only changed, unlocked values.
"""
