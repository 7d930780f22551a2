"""Review in the window: comments, status, compare, the checklist panel."""
