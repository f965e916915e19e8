"""HelpClient: a desktop help application for a company's employees."""

__version__ = "0.1.0"
APP_NAME = "HelpClient"
APP_ID = "helpclient"
