"""The package version; bump it when the document JSON or dataset contract changes."""

__version__ = "0.1.0"
