"""Language tools in the window: spelling underlines and suggestions, the checklist's run, typing
typography.
"""
