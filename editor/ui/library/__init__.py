"""The library: search every article, its results, its window."""
