"""The errors factcheck raises; the CLI turns each into a one-line message and an exit code."""


class FactcheckError(Exception):
    """Base class; never raised bare."""


class SourceError(FactcheckError):
    """The sources folder is missing, empty, or holds fewer than two readable articles."""


class ModelError(FactcheckError):
    """The embedding model cannot be found, loaded or trusted."""


class ReportError(FactcheckError):
    """A report cannot be written (folder not writable, file exists without --force)."""


class Interrupted(FactcheckError):
    """The run was interrupted (Ctrl-C); nothing half-written was left behind."""


class ReviewError(FactcheckError):
    """The review file or a review command is unusable (the message names the file and line)."""
