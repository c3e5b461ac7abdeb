"""The files beside the database that name the user are readable by their owner only."""

from __future__ import annotations

import os
import stat

import pytest

from roundtable.app import LOCK_NAME, single_instance_lock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def test_the_lock_file_is_private(qapp, tmp_path):
    lock = single_instance_lock(tmp_path)
    assert lock is not None
    try:
        assert stat.S_IMODE((tmp_path / LOCK_NAME).stat().st_mode) == 0o600
    finally:
        lock.unlock()
