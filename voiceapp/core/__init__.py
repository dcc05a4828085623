"""Everything that is not on screen. This package never imports Qt."""
