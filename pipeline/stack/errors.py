"""Errors of the local stack."""


class StackError(RuntimeError):
    """A server of the local stack could not be obtained, started, reached or stopped."""
