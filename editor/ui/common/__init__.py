"""What every part of the interface shares: failures told in the interface language, the names of
statuses, parts and checklist findings, translations, theme.
"""
