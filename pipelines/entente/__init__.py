"""Entente: news articles about international affairs in, versioned event/actor/agreement releases out."""

import os
from importlib.metadata import PackageNotFoundError, version

# Polars allocates with jemalloc, which by default keeps freed pages for a while; returning them at once
# keeps a build's peak memory near the size of its tables. Read when Polars loads, so set it first.
os.environ.setdefault("_RJEM_MALLOC_CONF", "background_thread:true,dirty_decay_ms:0,muzzy_decay_ms:0")

try:
    __version__ = version("entente")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
