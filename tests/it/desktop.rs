//! Integration tests: desktop.
