"""Newsdesk: an offline desktop editor for news-plus-commentary articles."""

__version__ = "0.1.0"

APP_ID = "org.newsdesk.Newsdesk"
APP_NAME = "Newsdesk"
