"""Work above the core's layers that loads, renders and writes articles: batch export and
batch status changes, each a generator yielding progress."""
