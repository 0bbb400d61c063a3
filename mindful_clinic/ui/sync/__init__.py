"""The Sync section of Settings: one log across the person's computers (issue #20)."""
