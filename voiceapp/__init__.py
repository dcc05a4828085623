"""My Voice: a young person's views for their child protection conference."""

__version__ = "0.1.0"
