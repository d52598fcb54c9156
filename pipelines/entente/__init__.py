"""Entente: news articles about international affairs in, versioned event/actor/agreement releases out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("entente")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
