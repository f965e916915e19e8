"""Remote assistance: the consent dialog, and starting and stopping the tool IT configured."""
