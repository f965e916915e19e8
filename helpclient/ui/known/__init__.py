"""Known problems on screen: one announcement as a card, the window listing the active ones, and
the driver that refreshes them off the GUI thread."""
