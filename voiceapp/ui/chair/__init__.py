"""The conference chair's screens.

* ``ChairSetup`` (setup.py): the first run: make a key, import one or restore a
  backup, protected by a passphrase; emits ``done``.
* ``ChairHome`` (home.py): the inbox, the viewer and the key page, for an
  unlocked chair vault; ``open_file(path)`` opens a bundle (also used by
  ``voiceapp open FILE``); emits ``lock_requested``.

Everything slow (opening, verifying, reading items, writing PDFs and copies)
runs in a ``Task``; plaintext is only ever held in memory.
"""
