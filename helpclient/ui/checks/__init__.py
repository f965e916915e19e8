"""The quick checks on screen: the results list, the "Check my computer" window."""
