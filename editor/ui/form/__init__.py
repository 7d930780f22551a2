"""The article as a form of parts: text boxes, panes, highlighting, find and replace, the
quotation bank.
"""
