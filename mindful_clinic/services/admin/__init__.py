"""Clinic-wide defaults: where the file lives on each system, and reading it."""
