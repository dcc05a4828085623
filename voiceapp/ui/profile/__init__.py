"""Profiles on screen: the first run (passphrase), unlocking, the idle lock,
the helper's PIN, and a friendly page when the vault is open elsewhere."""
