"""Clinic-wide defaults set by IT: the pure reading and merging rules."""
