"""Developer tooling: starting the whole stack for `make run`, the conversation tests and the bench."""
