"""Dialogs: about, export, recovery, settings."""
