//! Integration tests: history, stats and durability.
