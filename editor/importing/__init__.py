"""importing layer."""
