"""``python -m voiceapp``: the same as the ``voiceapp`` command."""

from voiceapp.cli import main

raise SystemExit(main())
