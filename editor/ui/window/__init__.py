"""The editor's window: the main window, the workspace of windows, the status bar's counts, the
preview.
"""
