"""Plain rules for keeping one person's data in step across their computers (issue #20)."""
