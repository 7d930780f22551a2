"""What an article file was when it was read, to tell later whether it changed on disk."""

from __future__ import annotations

import os
import time

from editor.model.frozen import Frozen

# Modification times are as coarse as 2 s (FAT) or 1 s (older file systems, some network
# shares): a change made within that long of the reading may leave the time unchanged, so
# then only the content hash can tell.
TIME_RESOLUTION_NS = 2_000_000_000


class Fingerprint(Frozen):
    """What an article file was when it was read: size, time, identity, content hash."""

    __slots__ = ("device", "inode", "mtime_ns", "seen_ns", "sha256", "size")

    size: int
    mtime_ns: int
    device: int
    inode: int
    sha256: str
    seen_ns: int  # when it was looked at (wall clock), to know whether mtime can be trusted

    @classmethod
    def of(cls, data: bytes, info: os.stat_result, seen_ns: int | None = None) -> Fingerprint:
        """Return the fingerprint of a file's bytes and its status, seen now or at seen_ns."""
        return cls(
            size=info.st_size,
            mtime_ns=info.st_mtime_ns,
            device=info.st_dev,
            inode=info.st_ino,
            sha256=content_hash(data),
            seen_ns=time.time_ns() if seen_ns is None else seen_ns,
        )

    def same_status(self, info: os.stat_result) -> bool:
        """Whether a file's status is the one fingerprinted (size, time, identity)."""
        return file_status(info) == (self.size, self.mtime_ns, self.device, self.inode)

    @property
    def time_trusted(self) -> bool:
        """Whether a later change would show in the modification time (not too close)."""
        return abs(self.seen_ns - self.mtime_ns) >= TIME_RESOLUTION_NS


def file_status(info: os.stat_result) -> tuple[int, int, int, int]:
    """Return what tells a file's versions apart without reading it: size, time, identity."""
    return (info.st_size, info.st_mtime_ns, info.st_dev, info.st_ino)


def content_hash(data: bytes) -> str:
    """Return the SHA-256 of data in hex."""
    import hashlib  # here: only writing needs it, and it costs every command its start-up

    return hashlib.sha256(data).hexdigest()
